// The public Swift API for hosts: compile and run EvoScript source, read
// results, and report errors as CPython prints them.

/// What running a program ended with.
public enum RunOutcome: Equatable, Sendable {
    case finished
    /// An uncaught exception (already reported on stderr): exit status 1.
    case failed
    /// sys.exit(code).
    case exited(Int32)

    public var exitStatus: Int32 {
        switch self {
        case .finished: return 0
        case .failed: return 1
        case .exited(let c): return c
        }
    }
}

/// An error surfaced to a host: the script exception's type name, message and formatted traceback.
public struct EvoScriptError: Error, CustomStringConvertible, Sendable {
    public let typeName: String
    public let message: String
    public let traceback: String
    public var description: String { traceback }
}

extension Interpreter {
    /// Parses and compiles source into a module code object. Throws a
    /// ScriptError holding a SyntaxError.
    func compileSource(_ source: String, filename: String, interactive: Bool = false, topLevelAwait: Bool = false,
                       readFromFile: Bool = false) throws -> PyCode {
        sources[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            var body = try Parser.parse(source, filename: filename, mode: interactive ? .interactive : .file,
                                        readFromFile: readFromFile)
            defer { ASTReclaimer.release(&body) }
            return try Compiler.compileModule(body, interp: self, filename: filename, interactive: interactive,
                                              topLevelAwait: topLevelAwait)
        } catch let e as SyntaxErrorInfo {
            throw ScriptError(exception: makeSyntaxError(e))
        } catch let e as CompileError {
            switch e {
            case .syntax(let msg, let pos):
                let lines = sources[filename] ?? []
                let line = Int(pos.line)
                let text = line >= 1 && line <= lines.count ? String(lines[line - 1]) : ""
                throw ScriptError(exception: makeSyntaxError(SyntaxErrorInfo(message: msg, filename: filename, line: line,
                                                                             offset: Int(pos.col) + 1, text: text)))
            case .internalError(let msg):
                throw error("SystemError", "compiler: \(msg)")
            case .recursion:
                throw error("RecursionError", "maximum recursion depth exceeded during compilation")
            }
        }
    }

    /// Runs a program as `__main__`. Uncaught exceptions are printed on stderr.
    public func runMain(source: String, filename: String, argv: [String] = []) -> RunOutcome {
        self.argv = argv.isEmpty ? [filename] : argv
        if let sys = sysModule {
            sys.dict.setStr(intern("argv"), Value(makeList(self.argv.map { makeStr($0) })))
            sys.dict.setStr(intern("path"), Value(makeList(searchPath.map { makeStr($0) })))
        }
        mainFilename = filename
        let main = makeModule("__main__")
        main.dict.setStr(intern("__builtins__"), Value(builtins))
        if !filename.hasPrefix("<") { main.dict.setStr(intern("__file__"), makeStr(filename)) }
        modules.setStr(intern("__main__"), Value(main))
        let outcome = runReporting {
            // CPython reads the main program with its file tokenizer, except for -c.
            let code = try compileSource(source, filename: filename, readFromFile: filename != "<string>")
            _ = try runCode(code, globals: main.dict, locals: nil)
        }
        finalizeAtExit(main.dict)
        finishOutput()
        return outcome
    }

    /// Runs `body`, printing an uncaught exception as CPython does.
    public func runReporting(_ body: () throws -> Void) -> RunOutcome {
        do {
            try body()
            return .finished
        } catch let e as ScriptError {
            return reportUncaught(e.exception)
        } catch {
            stderr.write("internal error: \(error)\n")
            return .failed
        }
    }

    func reportUncaught(_ exc: PyBaseException) -> RunOutcome {
        stdout.flush()
        if exc.cls.isSubtype(of: types.exception("SystemExit")) {
            let code = exc.args.count == 1 ? exc.args[0] : (exc.args.isEmpty ? .none : Value(makeTuple(exc.args)))
            switch code {
            case .none: return .exited(0)
            case .int(let n): return .exited(Int32(truncatingIfNeeded: n))
            case .bool(let b): return .exited(b ? 1 : 0)
            default:
                try? writeText("", to: nil)
                stderr.write(((try? str(code)) ?? "") + "\n")
                return .exited(1)
            }
        }
        stderr.write(formatException(exc))
        stderr.flush()
        return .failed
    }

    /// At exit, as CPython's shutdown clears the main module: suspended
    /// generators the program still holds are closed (their finally blocks
    /// run), in the order the module's names release them.
    func finalizeAtExit(_ globals: PyDict) {
        // Walking the globals is for suspended generators only (a large
        // program's data would cost a visit per item for nothing).
        if heap.anyFinalizable({ ($0 as? PyGenerator)?.state == .suspended }) {
            closeGlobalGeneratorsAtExit(globals)
        }
        destroyPendingTasksAtExit()
        reportUnretrievedFuturesAtExit()
    }

    /// Closes the suspended generators the main module's globals hold, in
    /// the order CPython's shutdown releases them.
    private func closeGlobalGeneratorsAtExit(_ globals: PyDict) {
        var order: [PyGenerator] = []
        func visit(_ v: Value, depth: Int) {
            if let g = v.asObject(PyGenerator.self) { order.append(g); return }
            guard depth < 2 else { return }
            if let l = v.asObject(PyList.self) { for x in l.items { visit(x, depth: depth + 1) } }
            else if let t = v.asObject(PyTuple.self) { for x in t.items { visit(x, depth: depth + 1) } }
            else if let d = v.asObject(PyDict.self) { for e in d.liveEntries { visit(e.value, depth: depth + 1) } }
        }
        let entries = globals.liveEntries
        let underscore = entries.filter { $0.key.asObject(PyStr.self)?.value.hasPrefix("_") ?? false }
        let others = entries.filter { !($0.key.asObject(PyStr.self)?.value.hasPrefix("_") ?? false) }
        for e in underscore + others { visit(e.value, depth: 0) }
        let mark = nativeRoots.count
        nativeRoots.append(contentsOf: order.map { Value($0) })
        defer { nativeRoots.removeSubrange(mark...) }
        for g in order where g.state == .suspended && !g.finalized {
            g.finalized = true
            do {
                try genClose(g)
            } catch let e as ScriptError {
                writeUnraisable(e.exception, in: Value(g), fallback: "<generator>")
            } catch {
            }
        }
    }

    /// Flushes output at the end of a program (and the print statement's pending newline, as 2.7 does).
    public func finishOutput() {
        if let out = currentStdout(), softspaces.contains(out.object.map { ObjectIdentifier($0) }) {
            try? writeText("\n", to: nil)
            softspaces.removeAll()
        }
        stdout.flush()
        stderr.flush()
    }

    /// Evaluates an expression and returns its repr (for hosts and tests).
    public func evaluate(_ source: String) throws -> String {
        do {
            let body = try Parser.parse(source, filename: "<eval>", mode: .eval)
            guard case .expr(let e)? = body.first?.kind else { return "None" }
            let code = try Compiler.compileExpression(e, interp: self, filename: "<eval>")
            let globals = (modules.getStr(intern("__main__"))?.asObject(PyModule.self)?.dict) ?? makeDict()
            let v = try runCode(code, globals: globals, locals: nil)
            return try repr(v)
        } catch let e as ScriptError {
            throw EvoScriptError(typeName: e.exception.cls.name, message: (try? exceptionStr(e.exception)) ?? "",
                                 traceback: formatException(e.exception))
        } catch let e as SyntaxErrorInfo {
            throw EvoScriptError(typeName: e.kind.rawValue, message: e.message, traceback: e.message)
        }
    }

    /// Runs a file as the main program.
    public func runFile(_ path: String, argv: [String] = []) -> RunOutcome {
        guard let text = readTextFile(path) else {
            stderr.write("evoscript: can't open file '\(path)'\n")
            return .exited(2)
        }
        return runMain(source: text, filename: path, argv: argv.isEmpty ? [path] : argv)
    }

    /// Stress mode: a collection at every safe point (proves the roots).
    public var gcStress: Bool {
        get { heap.stress }
        set { heap.stress = newValue }
    }

    /// In stress mode: the references from old objects to young ones that no
    /// write barrier reported (an interpreter bug; each kind listed once).
    public var gcBarrierViolations: [String] { Set(heap.barrierViolations).sorted() }

    /// Asks the running script to stop with KeyboardInterrupt (any thread).
    public var interruptFlag: InterruptFlag { interrupt }
}
