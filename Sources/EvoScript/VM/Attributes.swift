// Attribute access: the descriptor protocol as CPython's
// PyObject_GenericGetAttr and type_getattro do it.

/// A builtin attribute computed in Swift (`__name__` of a function, `args` of an exception...).
final class PyGetSet: PyObject {
    let name: String
    let get: (Interpreter, Value) throws -> Value
    let set: ((Interpreter, Value, Value) throws -> Void)?
    init(cls: PyType, name: String, get: @escaping (Interpreter, Value) throws -> Value,
         set: ((Interpreter, Value, Value) throws -> Void)?) {
        self.name = name; self.get = get; self.set = set
        super.init(cls: cls)
    }
}

extension Interpreter {
    @inline(__always)
    func typeOf(_ v: Value) -> PyType {
        switch v {
        case .none, .unbound: return types.noneType
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .obj(let u): return u.takeUnretainedValue().cls
        }
    }

    func typeName(_ v: Value) -> String { typeOf(v).name }

    /// Looks a pre-interned special name up on a type.
    @inline(__always)
    func lookupSpecial(_ t: PyType, _ name: PyStr?) -> Value? {
        guard let n = name else { return nil }
        return typeCache.lookup(t, n)
    }

    /// True when type t's __getattribute__ is object's own (or a builtin one).
    @inline(__always)
    func usesObjectGetattribute(_ t: PyType) -> Bool {
        guard let g = lookupSpecial(t, names.getattribute) else { return true }
        guard case .obj(let u) = g else { return false }
        return u._withUnsafeGuaranteedRef { $0 is PyBuiltinFunction }
    }

    /// A class attribute that takes precedence over the instance dict.
    @inline(__always)
    func isDataDescriptor(_ d: Value) -> Bool {
        guard case .obj(let u) = d else { return false }
        let o = u.takeUnretainedValue()
        if o.objectKind == .function { return false }
        if o is PyProperty || o is PyGetSet { return true }
        if o is PyInstance {
            return lookupSpecial(o.cls, names.set) != nil || lookupSpecial(o.cls, names.delete) != nil
        }
        return false
    }

    /// Applies `__get__` of a class attribute found for `instance` (nil instance: looked up on the class).
    func bindDescriptor(_ d: Value, instance: Value?, owner: PyType) throws -> Value {
        guard case .obj(let u) = d else { return d }
        let o = u.takeUnretainedValue()
        switch o {
        case is PyFunction:
            guard let inst = instance else { return d }
            return Value(heap.track(PyMethod(cls: types.method, function: d, selfValue: inst)))
        case let bf as PyBuiltinFunction:
            guard bf.isMethod, bf.boundSelf.isUnbound, let inst = instance else { return d }
            return Value(heap.track(PyBuiltinFunction(cls: types.builtinFunction, name: bf.name, isMethod: true,
                                                      boundSelf: inst, owner: bf.owner, fn: bf.fn)))
        case let w as PyMethodWrapper:
            if w.cls.isSubtype(of: types.classmethod) {
                return Value(heap.track(PyMethod(cls: types.method, function: w.callable, selfValue: Value(owner))))
            }
            if w.cls.isSubtype(of: types.staticmethod) { return w.callable }
            return d
        case let p as PyProperty:
            guard let inst = instance else { return d }
            if p.fget.isNone { throw error("AttributeError", "unreadable attribute") }
            return try call(p.fget, [inst])
        case let g as PyGetSet:
            guard let inst = instance else { return d }
            return try g.get(self, inst)
        case is PyInstance:
            if let get = lookupSpecial(o.cls, names.get) {
                return try call(get, [d, instance ?? .none, Value(owner)])
            }
            return d
        default:
            return d
        }
    }

    func getAttr(_ obj: Value, _ name: PyStr) throws -> Value {
        if let v = try getAttrOrNil(obj, name) { return v }
        throw attributeError(obj, name)
    }

    func attributeError(_ obj: Value, _ name: PyStr) -> ScriptError {
        if let t = obj.asObject(PyType.self) {
            return error("AttributeError", "type object '\(t.name)' has no attribute '\(name.value)'")
        }
        if let m = obj.asObject(PyModule.self) {
            return error("AttributeError", "module '\(m.name)' has no attribute '\(name.value)'")
        }
        return error("AttributeError", "'\(typeName(obj))' object has no attribute '\(name.value)'")
    }

    /// getattr without raising AttributeError for a missing attribute (other errors propagate).
    func getAttrOrNil(_ obj: Value, _ name: PyStr) throws -> Value? {
        if case .obj(let u) = obj, let t = u.takeUnretainedValue() as? PyType {
            return try typeGetAttr(t, name)
        }
        if case .obj(let u) = obj, let sup = u.takeUnretainedValue() as? PySuper, let v = try superGetAttr(sup, name) {
            return v
        }
        let t = typeOf(obj)
        if t.isBuiltin { return try genericGetAttr(obj, name, t) }
        if let gab = lookupSpecial(t, names.getattribute), !(gab.object is PyBuiltinFunction) {
            do {
                return try call(gab, [obj, Value(name)])
            } catch let e as ScriptError where isInstance(e.exception, "AttributeError") {
                guard let ga = lookupSpecial(t, names.getattr) else { throw e }
                return try call(try bindDescriptor(ga, instance: obj, owner: t), [Value(name)])
            }
        }
        guard let ga = lookupSpecial(t, names.getattr) else {
            return try genericGetAttr(obj, name, t)
        }
        // __getattr__ runs when normal lookup fails, including by AttributeError.
        do {
            if let v = try genericGetAttr(obj, name, t) { return v }
        } catch let e as ScriptError where isInstance(e.exception, "AttributeError") {
        }
        return try call(try bindDescriptor(ga, instance: obj, owner: t), [Value(name)])
    }

    /// object.__getattribute__: data descriptors, the instance dict, then other class attributes.
    func genericGetAttr(_ obj: Value, _ name: PyStr, _ t: PyType) throws -> Value? {
        let descr = typeCache.lookup(t, name)
        if let d = descr, isDataDescriptor(d) {
            return try bindDescriptor(d, instance: obj, owner: t)
        }
        if case .obj(let u) = obj, let dict = u.takeUnretainedValue().attributes, let v = dict.getStr(name) {
            return v
        }
        if let d = descr {
            return try bindDescriptor(d, instance: obj, owner: t)
        }
        return nil
    }

    private func typeGetAttr(_ t: PyType, _ name: PyStr) throws -> Value? {
        let meta = t.cls
        let metaDescr = typeCache.lookup(meta, name)
        if let d = metaDescr, isDataDescriptor(d) {
            return try bindDescriptor(d, instance: Value(t), owner: meta)
        }
        if let v = typeCache.lookup(t, name) {
            if case .obj(let u) = v {
                let o = u.takeUnretainedValue()
                if o is PyMethodWrapper || (o is PyInstance && lookupSpecial(o.cls, names.get) != nil) {
                    return try bindDescriptor(v, instance: nil, owner: t)
                }
            }
            return v
        }
        if let d = metaDescr {
            return try bindDescriptor(d, instance: Value(t), owner: meta)
        }
        if meta !== types.type, let ga = lookupSpecial(meta, names.getattr) {
            return try call(try bindDescriptor(ga, instance: Value(t), owner: meta), [Value(name)])
        }
        return nil
    }

    func setAttr(_ obj: Value, _ name: PyStr, _ value: Value) throws {
        if case .obj(let u) = obj, let t = u.takeUnretainedValue() as? PyType {
            if t.isBuiltin {
                throw typeError("can't set attributes of built-in/extension type '\(t.name)'")
            }
            if let d = t.cls.lookup(name), isDataDescriptor(d), let setter = d.asObject(PyGetSet.self)?.set {
                try setter(self, obj, value)
                return
            }
            t.dict.setStr(name, value)
            return
        }
        let t = typeOf(obj)
        if !t.isBuiltin, let sa = lookupSpecial(t, names.setattr), !(sa.object is PyBuiltinFunction) {
            _ = try call(sa, [obj, Value(name), value])
            return
        }
        try genericSetAttr(obj, name, value)
    }

    /// object.__setattr__: data descriptors, then the instance dict.
    func genericSetAttr(_ obj: Value, _ name: PyStr, _ value: Value) throws {
        let t = typeOf(obj)
        if let d = typeCache.lookup(t, name), case .obj(let u) = d {
            let o = u.takeUnretainedValue()
            switch o {
            case let p as PyProperty:
                if p.fset.isNone { throw error("AttributeError", "can't set attribute") }
                _ = try call(p.fset, [obj, value])
                return
            case let g as PyGetSet:
                guard let s = g.set else {
                    throw error("AttributeError", "attribute '\(name.value)' of '\(t.name)' objects is not writable")
                }
                try s(self, obj, value)
                return
            case is PyInstance:
                if let set = lookupSpecial(o.cls, names.set) {
                    _ = try call(set, [d, obj, value])
                    return
                }
            default: break
            }
        }
        if case .obj(let u) = obj {
            let o = u.takeUnretainedValue()
            if let dict = o.attributes {
                dict.setStr(name, value)
                return
            }
            if let f = o as? PyFunction {
                let d = makeDict()
                f.dict = d
                d.setStr(name, value)
                return
            }
        }
        if t.lookup(name) != nil {
            throw error("AttributeError", "'\(t.name)' object attribute '\(name.value)' is read-only")
        }
        throw error("AttributeError", "'\(t.name)' object has no attribute '\(name.value)'")
    }

    func deleteAttr(_ obj: Value, _ name: PyStr) throws {
        if case .obj(let u) = obj, let t = u.takeUnretainedValue() as? PyType {
            if t.isBuiltin { throw typeError("can't set attributes of built-in/extension type '\(t.name)'") }
            if t.dict.remove(Value(name), hash: name.hash, eq: strKeyEquals) == nil {
                throw error("AttributeError", name.value)
            }
            return
        }
        let t = typeOf(obj)
        if !t.isBuiltin, let da = lookupSpecial(t, names.delattr), !(da.object is PyBuiltinFunction) {
            _ = try call(da, [obj, Value(name)])
            return
        }
        try genericDelAttr(obj, name)
    }

    func genericDelAttr(_ obj: Value, _ name: PyStr) throws {
        let t = typeOf(obj)
        if let d = t.lookup(name), case .obj(let u) = d {
            let o = u.takeUnretainedValue()
            if let p = o as? PyProperty {
                if p.fdel.isNone { throw error("AttributeError", "can't delete attribute") }
                _ = try call(p.fdel, [obj])
                return
            }
            if o is PyInstance, let del = lookupSpecial(o.cls, names.delete) {
                _ = try call(del, [d, obj])
                return
            }
        }
        if case .obj(let u) = obj, let dict = u.takeUnretainedValue().attributes {
            if dict.remove(Value(name), hash: name.hash, eq: strKeyEquals) != nil { return }
        }
        throw error("AttributeError", name.value)
    }

    /// For LOAD_METHOD: writes (function, self) to out[0], out[1] when the
    /// attribute is a plain method of the class, so no bound method is made;
    /// otherwise (attribute, unbound).
    /// `site`: LOAD_METHOD's cache entry for the name (see loadModuleMethod).
    func loadMethod(_ obj: Value, _ name: PyStr, into out: UnsafeMutablePointer<Value>,
                    site: UnsafeMutablePointer<GlobalCacheEntry>? = nil) throws {
        if case .obj(let u) = obj {
            if loadBuiltinInstanceMethod(obj, u, name, into: out) { return }
            // Borrowed: the stack slot of `obj` keeps it alive.
            let done = u._withUnsafeGuaranteedRef { o -> Bool in
                // `module.name`: the module type holds no such name (else the
                // lookup below finds what it holds first).
                if o.classLayout == .module && loadModuleMethod(o, name, into: out, site: site) { return true }
                if !(o is PyType) && !(o is PySuper), let c = o.classPointer {
                    let found = Unmanaged<PyType>.fromOpaque(c)._withUnsafeGuaranteedRef { t -> Bool in
                        guard t.isBuiltin || usesObjectGetattribute(t), let d = typeCache.lookup(t, name),
                              case .obj(let du) = d else { return false }
                        let isPlain = du._withUnsafeGuaranteedRef { dobj in
                            dobj is PyFunction || ((dobj as? PyBuiltinFunction)?.isMethod ?? false)
                        }
                        guard isPlain && !o.attributesContain(name) else { return false }
                        out[1] = obj
                        out[0] = d
                        return true
                    }
                    if found { return true }
                }
                return false
            }
            if done { return }
        } else {
            let t = typeOf(obj)
            if let d = typeCache.lookup(t, name), let bf = d.asObject(PyBuiltinFunction.self), bf.isMethod {
                out[1] = obj
                out[0] = d
                return
            }
        }
        let attr = try getAttr(obj, name)
        out[0] = attr
        out[1] = .unbound
    }

    /// A special method looked up on the type and bound (`with` uses this).
    func lookupSpecialBound(_ obj: Value, _ name: String) throws -> Value {
        let t = typeOf(obj)
        guard let d = t.lookup(intern(name)) else {
            throw error("AttributeError", name)
        }
        return try bindDescriptor(d, instance: obj, owner: t)
    }

    /// The special method `name` of obj's type, or nil.
    @inline(__always)
    func special(_ obj: Value, _ name: String) -> Value? {
        typeCache.lookup(typeOf(obj), intern(name))
    }

}
