// Struct sequences (CPython's PyStructSequence): tuple subclasses whose items
// are also named attributes, such as sys.version_info and sys.float_info.

extension Interpreter {
    /// A tuple subclass `module.name` with read-only attributes for `fields`.
    func makeStructSequenceType(module: String, name: String, fields: [String]) -> PyType {
        let t = heap.track(PyType(metatype: types.type, name: name, bases: [types.tuple], dict: makeDict(),
                                  layout: .tuple, isBuiltin: false))
        t.mro = [t, types.tuple, types.object]
        // Not "builtin": its repr and the class's repr (`sys.version_info`) come from here and __module__.
        t.dict.setStr(intern("__module__"), makeStr(module))
        t.dict.setStr(intern("n_sequence_fields"), .int(fields.count))
        t.dict.setStr(intern("n_fields"), .int(fields.count))
        t.dict.setStr(intern("n_unnamed_fields"), .int(0))
        for (k, field) in fields.enumerated() {
            addGetSet(t, field, get: { _, v in
                guard let tup = v.asObject(PyTuple.self), k < tup.items.count else { return .none }
                return tup.items[k]
            }, set: { i, _, _ in throw i.error("AttributeError", "readonly attribute") })
        }
        addMethod(t, "__repr__") { i, a in
            guard let tup = a.count > 0 ? a[0].asObject(PyTuple.self) : nil else {
                throw i.typeError("descriptor '__repr__' of '\(module).\(name)' object needs an argument")
            }
            let parts = try zip(fields, tup.items).map { "\($0.0)=\(try i.repr($0.1))" }
            return i.makeStr("\(module).\(name)(\(parts.joined(separator: ", ")))")
        }
        return t
    }

    func makeStructSequence(_ t: PyType, _ items: [Value]) -> Value {
        Value(heap.track(PyTuple(cls: t, items)))
    }
}
