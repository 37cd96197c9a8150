// The interactive prompt: `>>> ` and `... `, expression statements echo
// their repr and bind `_`, a block runs after an empty line, errors print a
// traceback and the session goes on. Line editing, history and completion
// come from libedit when it can be loaded (LineEditor.swift).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class Repl {
    let interp: Interpreter
    let globals: PyDict
    let input: LineInput
    let isTerminal: Bool
    private let lineEditingNote: String?
    /// Runs the event loop while the prompt waits for input (PromptLoop.swift).
    private var promptLoop: PromptLoop?

    /// A REPL over the interpreter's `__main__` module (created if no
    /// program ran yet), so `evoscript -i FILE` continues with its globals.
    public init(interpreter: Interpreter) {
        interp = interpreter
        if let m = interp.modules.getStr(interp.intern("__main__"))?.asObject(PyModule.self) {
            globals = m.dict
        } else {
            _ = interp.runMain(source: "", filename: "<stdin>", argv: [""])
            globals = interp.modules.getStr(interp.intern("__main__"))?.asObject(PyModule.self)?.dict ?? interp.makeDict()
        }
        isTerminal = isatty(0) != 0
        var note: String? = nil
        if isTerminal && getenv("EVOSCRIPT_NO_LIBEDIT") == nil {
            let (editor, reason) = LibEdit.load()
            if let editor {
                if let path = Repl.historyPath() { editor.loadHistory(path) }
                input = editor
            } else {
                note = "evoscript: line editing is off (\(reason))"
                input = PlainLineInput(promptFD: 1)
            }
        } else {
            if isTerminal { note = "evoscript: line editing is off (EVOSCRIPT_NO_LIBEDIT is set)" }
            input = PlainLineInput(promptFD: isTerminal ? 1 : 2)
        }
        lineEditingNote = note
        let interp = self.interp, globals = self.globals
        input.completer = { word, before in interp.completions(word: word, before: before, globals: globals) }
        let promptLoop = PromptLoop(interp: interp)
        self.promptLoop = promptLoop
        input.waitForInput = { line in promptLoop.wait(for: line) }
    }

    /// ~/.evoscript_history, or $EVOSCRIPT_HISTORY.
    static func historyPath() -> String? {
        if let p = getenv("EVOSCRIPT_HISTORY") { return String(cString: p) }
        guard let home = getenv("HOME") else { return nil }
        return String(cString: home) + "/.evoscript_history"
    }

    public static var banner: String {
        #if os(macOS)
        let platform = "darwin"
        #else
        let platform = "linux"
        #endif
        return "EvoScript \(EvoScriptVersion.string) (the Python 3.8 language) on \(platform)\n"
            + "Type \"help\" for more information; exit() or Ctrl-D to leave.\n"
    }

    /// Runs the prompt until Ctrl-D or sys.exit; returns the exit status.
    public func run(showBanner: Bool = true) -> Int32 {
        interp.stdout.unbuffered = true
        InterruptSignal.install(interp.interruptFlag, secondKills: false)
        installSiteBuiltins()
        if showBanner { writeStandardError(Repl.banner) }
        if let note = lineEditingNote { writeStandardError(note + "\n") }
        var buffer: [String] = []
        while true {
            interp.finishOutput()
            switch input.readLine(prompt: buffer.isEmpty ? ">>> " : "... ") {
            case .eof:
                if isTerminal { writeStandardOutput("\n") }
                return 0
            case .interrupted:
                writeStandardError("KeyboardInterrupt\n")
                buffer = []
            case .exit:
                if let e = promptLoop?.takePendingExit(), case .exited(let code) = interp.runReporting({ throw e }) {
                    return code
                }
                return 0
            case .line(let line):
                input.addHistory(line)
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" }
                if buffer.isEmpty && (blank || line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#")) {
                    continue
                }
                buffer.append(line)
                let source = buffer.joined(separator: "\n")
                let ready: Bool
                switch Repl.classify(source) {
                case .incomplete:
                    // A blank line after a header with no block is an error, as in CPython;
                    // inside brackets or a string it is just more input.
                    ready = blank && Repl.classify(source + "\n0\n") == .error
                case .complete(let compound):
                    ready = !compound || blank
                case .error:
                    ready = true
                }
                if !ready { continue }
                buffer = []
                if case .exited(let code) = execute(source) { return code }
            }
        }
    }

    enum EntryState: Equatable {
        case incomplete
        /// Parsed; `compound` when it holds a block statement (which runs after an empty line).
        case complete(compound: Bool)
        case error
    }

    static func classify(_ source: String) -> EntryState {
        do {
            let body = try Parser.parse(source, filename: "<stdin>", mode: .interactive)
            return .complete(compound: body.contains { isCompound($0.kind) })
        } catch {
            return error.isIncomplete ? .incomplete : .error
        }
    }

    static func isCompound(_ k: StmtKind) -> Bool {
        switch k {
        case .if, .while, .for, .try, .with, .functionDef, .classDef: return true
        default: return false
        }
    }

    /// Compiles and runs one entry; prints a SyntaxError or uncaught exception.
    @discardableResult
    func execute(_ source: String) -> RunOutcome {
        interp.interrupt.clear()
        let outcome = interp.runReporting {
            defer { interp.sources.removeValue(forKey: "<stdin>") }
            // Module-level `await` / `yield from` run on the event loop (ReplAwait.swift).
            let code = try interp.compileSource(source + "\n", filename: "<stdin>", interactive: true, topLevelAwait: true)
            interp.sources.removeValue(forKey: "<stdin>") // CPython shows no source lines for <stdin>
            try runEntry(code)
            // Ctrl-C that came after the last safe point.
            if interp.interrupt.isSet { try interp.safePoint() }
        }
        interp.interrupt.clear()
        interp.finishOutput()
        return outcome
    }

    /// help, exit and quit as the REPL shows them (CPython's _sitebuiltins).
    private func installSiteBuiltins() {
        let source = """
        class _Quitter:
            def __init__(self, name):
                self.name = name
            def __repr__(self):
                return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name
            def __call__(self, code=None):
                raise SystemExit(code)

        class _Helper:
            def __repr__(self):
                return 'Type help() for interactive help, or help(object) for help about object.'
            def __call__(self, *args):
                if not args:
                    print("Welcome to EvoScript: the Python 3.8 language, with generators on an event loop.")
                    print("help(object) shows an object's documentation; dir(object) lists its attributes.")
                    print("Blocks end with an empty line; _ is the last value echoed; exit() or Ctrl-D leaves.")
                    return
                obj = args[0]
                doc = getattr(obj, '__doc__', None)
                print(repr(obj))
                if doc:
                    print(doc)

        help = _Helper()
        exit = _Quitter('exit')
        quit = _Quitter('quit')
        """
        let d = interp.makeDict()
        d.setStr(interp.intern("__name__"), interp.makeStr("_sitebuiltins"))
        d.setStr(interp.intern("__builtins__"), Value(interp.builtins))
        guard let code = try? interp.compileSource(source, filename: "<_sitebuiltins>"),
              (try? interp.runCode(code, globals: d, locals: nil)) != nil else { return }
        for name in ["help", "exit", "quit"] {
            if let v = d.getStr(interp.intern(name)) { interp.builtins.setStr(interp.intern(name), v) }
        }
    }
}
