// The common case of `obj.name` and `obj.name = v` on instances of classes
// written in EvoScript, answered without the general descriptor protocol:
// the class keeps object's __getattribute__ / __setattr__ and has no data
// descriptor (property, __set__) under that name, so the instance dict
// decides. Anything else returns nil / false and takes the general path.

extension Interpreter {
    /// `obj.name` from the instance dict, or nil for the general path. `site`
    /// remembers the class and type epoch for which the class was last found
    /// not to interfere, so a repeated access skips those two lookups.
    @inline(__always)
    func loadInstanceAttr(_ obj: Value, _ name: PyStr, _ site: UnsafeMutablePointer<GlobalCacheEntry>) -> Value? {
        guard case .obj(let u) = obj else { return nil }
        return u._withUnsafeGuaranteedRef { o -> Value? in
            guard o.objectKind == .instance else { return nil }
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard let v = inst.dictRef?._withUnsafeGuaranteedRef({ $0.getStr(name) }) else { return nil }
            let now = typeCache.epoch.value
            if site.pointee.loadClass == o.classPointer && site.pointee.loadEpoch == now { return v }
            let t = o.cls
            if !usesObjectGetattribute(t) { return nil }
            if let descr = typeCache.lookup(t, name), isDataDescriptor(descr) { return nil }
            site.pointee.loadClass = o.classPointer
            site.pointee.loadEpoch = now
            return v
        }
    }

    /// `obj.name = value` into the instance dict; false for the general path.
    @inline(__always)
    func storeInstanceAttr(_ obj: Value, _ name: PyStr, _ value: Value,
                           _ site: UnsafeMutablePointer<GlobalCacheEntry>) -> Bool {
        guard case .obj(let u) = obj else { return false }
        return u._withUnsafeGuaranteedRef { o -> Bool in
            guard o.objectKind == .instance else { return false }
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard let d = inst.dictRef else { return false }
            let now = typeCache.epoch.value
            if site.pointee.storeClass != o.classPointer || site.pointee.storeEpoch != now {
                let t = o.cls
                if let sa = lookupSpecial(t, names.setattr), !(sa.object is PyBuiltinFunction) { return false }
                if let descr = typeCache.lookup(t, name), isDataDescriptor(descr) { return false }
                site.pointee.storeClass = o.classPointer
                site.pointee.storeEpoch = now
            }
            d._withUnsafeGuaranteedRef { $0.setStr(name, value) }
            return true
        }
    }
}
