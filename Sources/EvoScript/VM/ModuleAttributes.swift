// `module.name(...)` (LOAD_METHOD on a plain module, as `asyncio.sleep(0)`):
// when the module type has nothing under the name, generic attribute lookup
// ends in the module's dict, so read it there directly. Module subclasses
// and names the module type defines (__dict__, __class__...) take the
// generic path.

extension Interpreter {
    /// Writes the attribute to out[0] (unbound in out[1]) and returns true when found this way.
    /// The module, its class and its dict are read borrowed. `site` (the
    /// instruction's cache entry for the name) remembers the dict entry, valid
    /// while the dict gains or loses no key and no type changes; the entry's
    /// key is checked too, so a dict reusing a freed one's address cannot mislead it.
    /// Kept out of line: the method loads on other objects stay small.
    @inline(never)
    func loadModuleMethod(_ o: PyObject, _ name: PyStr, into out: UnsafeMutablePointer<Value>,
                          site: UnsafeMutablePointer<GlobalCacheEntry>?) -> Bool {
        let moduleType = builtinClassPointers.module
        guard o.classPointer == moduleType, o is PyModule else { return false }
        let dictRef = unsafeDowncast(o, to: PyModule.self).dictRef
        let now = typeCache.epoch.value
        let found = dictRef._withUnsafeGuaranteedRef { d -> Value? in
            if let site, site.pointee.moduleDict == dictRef.toOpaque(), site.pointee.moduleMutations == d.mutations,
               site.pointee.moduleEpoch == now, let v = d.value(atEntry: Int(site.pointee.moduleEntry), ifKey: name) {
                return v
            }
            let onType = Unmanaged<PyType>.fromOpaque(moduleType)._withUnsafeGuaranteedRef { typeCache.lookup($0, name) }
            guard onType == nil, let ix = d.entryIndex(ofStr: name) else { return nil }
            if let site {
                site.pointee.moduleDict = dictRef.toOpaque()
                site.pointee.moduleMutations = d.mutations
                site.pointee.moduleEntry = Int32(truncatingIfNeeded: ix)
                site.pointee.moduleEpoch = now
            }
            return d.value(atEntry: ix)
        }
        guard let v = found else { return false }
        out[0] = v
        out[1] = .unbound
        return true
    }
}
