// The standard library modules implemented in Swift, registered by name.
// Each module's functions live in a file of its own under Modules/; the ones
// written in EvoScript are in Modules/Embedded*.swift (see EmbeddedSources).

extension Interpreter {
    func registerLibraryModules() {
        nativeModules["_evo"] = { i in i.makeEvoHelpersModule() }
        nativeModules["_asyncio"] = { i in try i.makeAsyncioNativeModule() }
        nativeModules["math"] = { i in i.makeMathModule() }
        nativeModules["time"] = { i in try i.makeTimeModule() }
        nativeModules["heapq"] = { i in i.makeHeapqModule() }
        nativeModules["_random"] = { i in i.makeRandomNativeModule() }
        nativeModules["os"] = { i in try i.makeOsModule() }
        nativeModules["os.path"] = { i in i.makeOsPathModule() }
        nativeModules["posixpath"] = { i in
            let m = try i.importModule("os.path")
            return m.asObject(PyModule.self) ?? i.makeOsPathModule()
        }
        nativeModules["string"] = { i in i.makeStringModule() }
        nativeModules["operator"] = { i in i.makeOperatorModule() }
        nativeModules["copy"] = { i in i.makeCopyModule() }
        nativeModules["itertools"] = { i in i.makeItertoolsModule() }
        extraRootProviders.append { [unowned self] h in
            for t in self.libraryTypes.values { h.mark(t) }
        }
    }
}
