// sys and gc: the modules that describe the interpreter itself.

extension Interpreter {
    func registerNativeModules() {
        nativeModules["sys"] = { i in i.makeSysModule() }
        nativeModules["gc"] = { i in i.makeGCModule() }
        nativeModules["builtins"] = { i in
            let m = i.heap.track(PyModule(cls: i.types.module, name: "builtins", dict: i.builtins))
            return m
        }
        registerLibraryModules()
        // sys exists from the start: print() and tracebacks use it.
        if let sys = try? importModule("sys"), let m = sys.asObject(PyModule.self) { sysModule = m }
        // As in CPython, builtins is in sys.modules from the start.
        _ = try? importModule("builtins")
    }

    private func makeSysModule() -> PyModule {
        let m = makeModule("sys")
        let d = m.dict
        let streamType = heap.track(PyType(metatype: types.type, name: "TextIOWrapper", bases: [types.object],
                                           dict: makeDict(), layout: .other, isBuiltin: true))
        streamType.mro = [streamType, types.object]
        addMethod(streamType, "write") { i, a in
            guard let s = a[0].asObject(PyStdStream.self) else { return .none }
            guard a.count == 2, let text = a[1].asObject(PyStr.self) else {
                throw i.typeError("write() argument must be str, not \(a.count > 1 ? i.typeName(a[1]) : "nothing")")
            }
            s.sink.write(text.value)
            i.softspaces.remove(ObjectIdentifier(s))
            return .int(text.count)
        }
        addMethod(streamType, "flush") { _, a in
            a[0].asObject(PyStdStream.self)?.sink.flush()
            return .none
        }
        addMethod(streamType, "isatty") { _, _ in .bool(false) }
        addGetSet(streamType, "name", get: { i, v in i.makeStr(v.asObject(PyStdStream.self)?.name ?? "") })
        let out = heap.track(PyStdStream(cls: streamType, sink: stdout, name: "<stdout>"))
        let err = heap.track(PyStdStream(cls: streamType, sink: stderr, name: "<stderr>"))
        d.setStr(intern("stdout"), Value(out))
        d.setStr(intern("stderr"), Value(err))
        d.setStr(intern("__stdout__"), Value(out))
        d.setStr(intern("__stderr__"), Value(err))
        d.setStr(intern("argv"), Value(makeList(argv.map { makeStr($0) })))
        d.setStr(intern("modules"), Value(modules))
        d.setStr(intern("path"), Value(makeList(searchPath.map { makeStr($0) })))
        d.setStr(intern("version"), makeStr("3.8.18 (EvoScript \(EvoScriptVersion.string))"))
        let versionInfo = makeStructSequenceType(module: "sys", name: "version_info",
                                                 fields: ["major", "minor", "micro", "releaselevel", "serial"])
        d.setStr(intern("version_info"), makeStructSequence(versionInfo, [.int(3), .int(8), .int(18), makeStr("final"), .int(0)]))
        let floatInfo = makeStructSequenceType(module: "sys", name: "float_info",
                                               fields: ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                                        "dig", "mant_dig", "epsilon", "radix", "rounds"])
        d.setStr(intern("float_info"), makeStructSequence(floatInfo, [
            .float(Double.greatestFiniteMagnitude), .int(1024), .int(308), .float(Double.leastNormalMagnitude),
            .int(-1021), .int(-307), .int(15), .int(53), .float(Double.ulpOfOne), .int(2), .int(1),
        ]))
        d.setStr(intern("platform"), makeStr("linux"))
        d.setStr(intern("byteorder"), makeStr("little"))
        d.setStr(intern("maxsize"), .int(Int.max))
        d.setStr(intern("implementation"), makeStr("evoscript"))
        let mod = m
        d.setStr(intern("exc_info"), Value(makeBuiltin("exc_info") { i, _ in
            guard let e = i.currentHandledException() else { return Value(i.makeTuple([.none, .none, .none])) }
            return Value(i.makeTuple([Value(e.cls), Value(e), e.traceback]))
        }))
        d.setStr(intern("exit"), Value(makeBuiltin("exit") { i, a in
            throw ScriptError(exception: i.makeException(i.types.exception("SystemExit"), args: Array(a.positional)))
        }))
        d.setStr(intern("getrecursionlimit"), Value(makeBuiltin("getrecursionlimit") { i, _ in .int(i.recursionLimit) }))
        d.setStr(intern("setrecursionlimit"), Value(makeBuiltin("setrecursionlimit") { i, a in
            try i.expectArgs(a, "setrecursionlimit", min: 1, max: 1)
            let n = try i.intArg(a[0])
            if n < 1 { throw i.valueError("recursion limit must be greater or equal than 1") }
            i.recursionLimit = min(n, i.frameCapacity - 10)
            return .none
        }))
        d.setStr(intern("getrefcount"), Value(makeBuiltin("getrefcount") { _, _ in .int(2) }))
        d.setStr(intern("intern"), Value(makeBuiltin("intern") { i, a in
            guard a.count == 1, let s = a[0].asObject(PyStr.self) else { throw i.typeError("intern() argument must be str") }
            return Value(i.intern(s.value))
        }))
        d.setStr(intern("_getframe"), Value(makeBuiltin("_getframe") { i, a in
            let depth = a.count > 0 ? try i.intArg(a[0]) : 0
            let idx = i.frameCount - 1 - depth
            guard idx >= 0 else { throw i.valueError("call stack is not deep enough") }
            return Value(i.frameSnapshot(idx))
        }))
        _ = mod
        return m
    }

    /// A frame object for frame record `idx`, with f_back filled in (through
    /// the delegators a running `yield from` chain skipped).
    func frameSnapshot(_ idx: Int) -> PyFrameObject {
        let f = frames[idx]
        let fo = frameObject(f)
        var last = fo
        if let g = f.generator {
            for d in skippedDelegators(of: g).reversed() {
                let b = frameObject(d.frame)
                last.back = Value(b)
                last = b
            }
        }
        if idx > 0 { last.back = Value(frameSnapshot(idx - 1)) }
        return fo
    }

    private func frameObject(_ f: Frame) -> PyFrameObject {
        let vals = (0..<f.code.nlocals).map { f.locals[$0] }
        return heap.track(PyFrameObject(cls: types.frame, code: f.code, globals: f.globals, lineno: f.code.line(at: f.ip - 1),
                                        localValues: vals, localsDict: f.localsDict))
    }

    private func makeGCModule() -> PyModule {
        let m = makeModule("gc")
        let d = m.dict
        d.setStr(intern("collect"), Value(makeBuiltin("collect") { i, _ in .int(i.collectGarbage(full: true)) }))
        d.setStr(intern("enable"), Value(makeBuiltin("enable") { i, _ in i.heap.enabled = true; return .none }))
        d.setStr(intern("disable"), Value(makeBuiltin("disable") { i, _ in i.heap.enabled = false; return .none }))
        d.setStr(intern("isenabled"), Value(makeBuiltin("isenabled") { i, _ in .bool(i.heap.enabled) }))
        d.setStr(intern("get_threshold"), Value(makeBuiltin("get_threshold") { i, _ in
            let h = i.heap
            return Value(i.makeTuple([.int(h.minimumThreshold), .int(h.olderThresholds.0), .int(h.olderThresholds.1)]))
        }))
        d.setStr(intern("set_threshold"), Value(makeBuiltin("set_threshold") { i, a in
            if !a.keywords.isEmpty { throw i.typeError("set_threshold() takes no keyword arguments") }
            guard (1...3).contains(a.count) else {
                throw i.typeError("set_threshold() takes at least 1 argument (\(a.count) given)")
            }
            let n = try (0..<a.count).map { try i.intArg(a[$0]) }
            i.heap.minimumThreshold = max(0, n[0])
            if n.count > 1 { i.heap.olderThresholds.0 = n[1] }
            if n.count > 2 { i.heap.olderThresholds.1 = n[2] }
            return .none
        }))
        d.setStr(intern("set_debug"), Value(makeBuiltin("set_debug") { i, a in
            if !a.keywords.isEmpty { throw i.typeError("set_debug() takes no keyword arguments") }
            guard a.count == 1 else { throw i.typeError("set_debug() takes exactly one argument (\(a.count) given)") }
            // _PyLong_AsInt's wording for an int out of C int range.
            let outOfRange: Bool
            if case .int(let n) = a[0] { outOfRange = Int32(exactly: n) == nil } else { outOfRange = a[0].asObject(PyLong.self) != nil }
            if outOfRange {
                throw i.error("OverflowError", "Python int too large to convert to C int")
            }
            i.gcDebugFlags = try i.cIntArg(a[0])
            return .none
        }))
        d.setStr(intern("get_debug"), Value(makeBuiltin("get_debug") { i, _ in .int(i.gcDebugFlags) }))
        d.setStr(intern("get_count"), Value(makeBuiltin("get_count") { i, _ in
            Value(i.makeTuple([.int(i.heap.allocated), .int(0), .int(0)]))
        }))
        for (name, flag) in GCDebug.flagNames { d.setStr(intern(name), .int(flag)) }
        return m
    }

    /// Roots held by modules and subsystems beyond the frame stack.
    func markExtraRoots(_ h: Heap) {
        for r in extraRootProviders { r(h) }
    }
}

public enum EvoScriptVersion {
    public static let string = "0.1.0"
}
