// `module.name(...)` (LOAD_METHOD on a plain module, as `asyncio.sleep(0)`):
// when the module type has nothing under the name, generic attribute lookup
// ends in the module's dict, so read it there directly. Module subclasses
// and names the module type defines (__dict__, __class__...) take the
// generic path.

extension Interpreter {
    /// Writes the attribute to out[0] (unbound in out[1]) and returns true when found this way.
    /// The module, its class and its dict are read borrowed.
    @inline(__always)
    func loadModuleMethod(_ o: PyObject, _ name: PyStr, into out: UnsafeMutablePointer<Value>) -> Bool {
        let moduleType = builtinClassPointers.module
        guard o.classPointer == moduleType, o is PyModule else { return false }
        let onType = Unmanaged<PyType>.fromOpaque(moduleType)._withUnsafeGuaranteedRef { typeCache.lookup($0, name) }
        guard onType == nil,
              let v = unsafeDowncast(o, to: PyModule.self).dictRef._withUnsafeGuaranteedRef({ $0.getStr(name) }) else { return false }
        out[0] = v
        out[1] = .unbound
        return true
    }
}
