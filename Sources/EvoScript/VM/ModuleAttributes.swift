// `module.name(...)` (LOAD_METHOD on a plain module, as `asyncio.sleep(0)`):
// when the module type has nothing under the name, generic attribute lookup
// ends in the module's dict, so read it there directly. Module subclasses
// and names the module type defines (__dict__, __class__...) take the
// generic path.

extension Interpreter {
    /// Writes the attribute to out[0] (unbound in out[1]) and returns true when found this way.
    @inline(__always)
    func loadModuleMethod(_ o: PyObject, _ name: PyStr, into out: UnsafeMutablePointer<Value>) -> Bool {
        guard o.isExactly(types.module), let m = o as? PyModule, typeCache.lookup(types.module, name) == nil,
              let v = m.dict.getStr(name) else { return false }
        out[0] = v
        out[1] = .unbound
        return true
    }
}
