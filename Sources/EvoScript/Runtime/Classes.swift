// Class creation: __build_class__, type(name, bases, dict), metaclasses,
// the C3 method resolution order, and super().

extension Interpreter {
    /// __build_class__(func, name, *bases, **kwds)
    func buildClass(_ a: Args) throws -> Value {
        guard a.count >= 2, let body = a[0].asObject(PyFunction.self), let name = a[1].asObject(PyStr.self) else {
            throw typeError("__build_class__: func and name are required")
        }
        let bases = Array(a.positional.dropFirst(2))
        var keywords = a.keywords
        var meta: PyType = types.type
        var explicitMeta: Value? = nil
        if let idx = keywords.firstIndex(where: { $0.name.value == "metaclass" }) {
            explicitMeta = keywords[idx].value
            keywords.remove(at: idx)
        }
        if let m = explicitMeta {
            guard let mt = m.asObject(PyType.self) else {
                throw typeError("metaclass must be a type")
            }
            meta = mt
        }
        // The most derived metaclass of the bases wins.
        for b in bases {
            let bt = typeOf(b)
            if bt.isSubtype(of: meta) { meta = bt }
            else if !meta.isSubtype(of: bt) {
                throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
        }
        let namespace: PyDict
        if meta !== types.type, let prep = meta.lookup(intern("__prepare__")), !(prep.object is PyBuiltinFunction) {
            let p = try call(try bindDescriptor(prep, instance: nil, owner: meta), [Value(name), Value(makeTuple(bases))], keywords)
            guard let d = p.asObject(PyDict.self) else { throw typeError("__prepare__() must return a mapping") }
            namespace = d
        } else {
            namespace = makeDict()
        }
        let mark = nativeRoots.count
        nativeRoots.append(Value(namespace))
        defer { nativeRoots.removeSubrange(mark...) }
        _ = try runCode(body.code, globals: body.globals, locals: namespace, function: body)
        let classcell = namespace.getStr(intern("__classcell__"))
        if classcell != nil { namespace.remove(Value(intern("__classcell__")), hash: intern("__classcell__").hash, eq: strKeyEquals) }
        let cls: Value
        if meta === types.type {
            cls = try makeClass(meta: meta, name: Value(name), bases: Value(makeTuple(bases)), namespace: Value(namespace), keywords: keywords)
        } else {
            cls = try call(Value(meta), [Value(name), Value(makeTuple(bases)), Value(namespace)], keywords)
        }
        if let cc = classcell?.asObject(PyCell.self) { cc.value = cls }
        return cls
    }

    /// type.__new__(meta, name, bases, namespace)
    func makeClass(meta: PyType, name: Value, bases: Value, namespace: Value, keywords: [(name: PyStr, value: Value)]) throws -> Value {
        guard let nameStr = name.asObject(PyStr.self) else { throw typeError("type() argument 1 must be str, not \(typeName(name))") }
        guard let baseTuple = bases.asObject(PyTuple.self) else { throw typeError("type() argument 2 must be tuple, not \(typeName(bases))") }
        guard let ns = namespace.asObject(PyDict.self) else { throw typeError("type() argument 3 must be dict, not \(typeName(namespace))") }
        var baseTypes: [PyType] = []
        for b in baseTuple.items {
            guard let bt = b.asObject(PyType.self) else {
                throw typeError("bases must be types")
            }
            if bt.isBuiltin && !bt.isBaseType {
                throw typeError("type '\(bt.name)' is not an acceptable base type")
            }
            baseTypes.append(bt)
        }
        if baseTypes.isEmpty { baseTypes = [types.object] }
        // The layout comes from the builtin base; two different ones conflict.
        var layout: Layout = .object
        for b in baseTypes where b.layout != .object {
            if layout != .object && layout != b.layout {
                throw typeError("multiple bases have instance lay-out conflict")
            }
            layout = b.layout
        }
        if [.float, .frozenset, .set].contains(layout) {
            throw typeError("subclassing '\(baseTypes.first { $0.layout == layout }?.name ?? "")' is not supported yet")
        }
        let dict = makeDict()
        for e in ns.liveEntries { try dict.set(e.key, hash: e.hash, value: e.value, eq: equals) }
        let t = heap.track(PyType(metatype: meta, name: nameStr.value, bases: baseTypes, dict: dict, layout: layout, isBuiltin: false))
        if let q = dict.getStr(intern("__qualname__"))?.asObject(PyStr.self) {
            t.qualname = q.value
            dict.remove(Value(intern("__qualname__")), hash: intern("__qualname__").hash, eq: strKeyEquals)
        }
        t.mro = try computeMRO(t)
        if dict.getStr(intern("__module__")) == nil, let top = safeTop, let f = frames[top].globals.getStr(intern("__name__")) {
            dict.setStr(intern("__module__"), f)
        }
        // __eq__ without __hash__ makes instances unhashable.
        if dict.getStr(intern("__eq__")) != nil && dict.getStr(intern("__hash__")) == nil {
            dict.setStr(intern("__hash__"), .none)
        }
        // __new__ and __init_subclass__ / __class_getitem__ are implicitly static/class methods.
        if let n = dict.getStr(intern("__new__")), n.object is PyFunction {
            dict.setStr(intern("__new__"), Value(heap.track(PyMethodWrapper(cls: types.staticmethod, callable: n))))
        }
        for cm in ["__init_subclass__", "__class_getitem__"] {
            if let n = dict.getStr(intern(cm)), n.object is PyFunction {
                dict.setStr(intern(cm), Value(heap.track(PyMethodWrapper(cls: types.classmethod, callable: n))))
            }
        }
        // __set_name__ on descriptors.
        for e in dict.liveEntries {
            if let sn = special(e.value, "__set_name__"), !(sn.object is PyBuiltinFunction) {
                _ = try call(sn, [e.value, Value(t), e.key])
            }
        }
        // The parent's __init_subclass__.
        if let parent = t.mro.dropFirst().first, let isc = parent.lookup(intern("__init_subclass__")),
           !(isc.asObject(PyMethodWrapper.self)?.callable.object is PyBuiltinFunction) {
            _ = try call(try bindDescriptor(isc, instance: nil, owner: t), [], keywords)
        }
        return Value(t)
    }

    private var safeTop: Int? { frameCount > 0 ? frameCount - 1 : nil }

    /// C3 linearisation.
    func computeMRO(_ t: PyType) throws -> [PyType] {
        var seqs: [[PyType]] = t.bases.map { $0.mro }
        seqs.append(t.bases)
        var result: [PyType] = [t]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType? = nil
            for s in seqs {
                let head = s[0]
                let inTail = seqs.contains { seq in seq.dropFirst().contains { $0 === head } }
                if !inTail { candidate = head; break }
            }
            guard let c = candidate else {
                let names = t.bases.map { $0.name }.joined(separator: ", ")
                throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(c)
            for i in seqs.indices where seqs[i].first === c { seqs[i].removeFirst() }
        }
    }

    /// super(): with no arguments, from the __class__ cell and first argument of the calling frame.
    func makeSuper(_ a: Args) throws -> Value {
        var startType: PyType
        var obj: Value
        if a.count >= 1 {
            guard let t = a[0].asObject(PyType.self) else { throw typeError("super() argument 1 must be type, not \(typeName(a[0]))") }
            startType = t
            obj = a.count > 1 ? a[1] : .none
        } else {
            guard frameCount > 0 else { throw error("RuntimeError", "super(): no current frame") }
            let f = frames[frameCount - 1]
            guard f.code.argcount > 0 || f.code.flags.contains(.varargs) else { throw error("RuntimeError", "super(): no arguments") }
            obj = f.locals[0]
            if let cellIdx = f.code.cellFromArg.first(where: { $0.value == 0 })?.key,
               let cell = f.locals[f.code.nlocals + cellIdx].asObject(PyCell.self) {
                obj = cell.value
            }
            guard let idx = f.code.freevars.firstIndex(of: "__class__"),
                  let cell = f.locals[f.code.nlocals + f.code.cellvars.count + idx].asObject(PyCell.self),
                  let t = cell.value.asObject(PyType.self) else {
                throw error("RuntimeError", "super(): __class__ cell not found")
            }
            startType = t
        }
        let sup = heap.track(PySuper(cls: types.superType, startType: startType, obj: obj))
        return Value(sup)
    }

    func superGetAttr(_ s: PySuper, _ name: PyStr) throws -> Value? {
        let objType: PyType
        if let t = s.obj.asObject(PyType.self), t.isSubtype(of: s.startType) { objType = t }
        else { objType = typeOf(s.obj) }
        let mro = objType.mro
        guard let i = mro.firstIndex(where: { $0 === s.startType }) else {
            throw typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        for t in mro[(i + 1)...] {
            if let v = t.dict.getStr(name) {
                if s.obj.isNone { return v }
                if s.obj.asObject(PyType.self) === objType && !(v.object is PyMethodWrapper) {
                    return v
                }
                return try bindDescriptor(v, instance: s.obj.asObject(PyType.self) === objType ? nil : s.obj, owner: objType)
            }
        }
        return nil
    }
}

final class PySuper: PyObject {
    unowned(unsafe) let startType: PyType
    let obj: Value
    init(cls: PyType, startType: PyType, obj: Value) {
        self.startType = startType; self.obj = obj
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(startType); heap.mark(obj) }
}

extension Interpreter {
    /// `C.__bases__ = (...)`: CPython's checks, then a new MRO for C.
    /// (Subclasses of C keep the MRO they had; CPython recomputes theirs too.)
    func assignBases(_ cls: Value, _ value: Value) throws {
        guard let t = cls.asObject(PyType.self) else { return }
        guard let tuple = value.asObject(PyTuple.self) else {
            throw typeError("can only assign tuple to \(t.name).__bases__, not \(typeName(value))")
        }
        if tuple.items.isEmpty {
            throw typeError("can only assign non-empty tuple to \(t.name).__bases__, not ()")
        }
        var bases: [PyType] = []
        for item in tuple.items {
            guard let b = item.asObject(PyType.self) else {
                throw typeError("\(t.name).__bases__ must be tuple of classes, not '\(typeName(item))'")
            }
            if b.isSubtype(of: t) { throw typeError("a __bases__ item causes an inheritance cycle") }
            bases.append(b)
        }
        let old = t.bases
        t.bases = bases
        do {
            t.mro = try computeMRO(t)
        } catch {
            t.bases = old
            throw error
        }
    }
}
