// The common case of `obj.name` and `obj.name = v` on instances of classes
// written in EvoScript, answered without the general descriptor protocol:
// the class keeps object's __getattribute__ / __setattr__ and has no data
// descriptor (property, __set__) under that name, so the instance dict
// decides. Anything else returns nil / false and takes the general path.

extension Interpreter {
    @inline(__always)
    func loadInstanceAttr(_ obj: Value, _ name: PyStr) -> Value? {
        guard case .obj(let u) = obj else { return nil }
        return u._withUnsafeGuaranteedRef { o -> Value? in
            guard o.objectKind == .instance else { return nil }
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard let v = inst.dictRef?._withUnsafeGuaranteedRef({ $0.getStr(name) }) else { return nil }
            let t = o.cls
            if !usesObjectGetattribute(t) { return nil }
            if let descr = typeCache.lookup(t, name), isDataDescriptor(descr) { return nil }
            return v
        }
    }

    @inline(__always)
    func storeInstanceAttr(_ obj: Value, _ name: PyStr, _ value: Value) -> Bool {
        guard case .obj(let u) = obj else { return false }
        return u._withUnsafeGuaranteedRef { o -> Bool in
            guard o.objectKind == .instance else { return false }
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard let d = inst.dictRef else { return false }
            let t = o.cls
            if let sa = lookupSpecial(t, names.setattr), !(sa.object is PyBuiltinFunction) { return false }
            if let descr = typeCache.lookup(t, name), isDataDescriptor(descr) { return false }
            d._withUnsafeGuaranteedRef { $0.setStr(name, value) }
            return true
        }
    }
}
