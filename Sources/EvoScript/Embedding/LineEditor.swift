// Line input for the REPL: the system's libedit, loaded at run time with
// dlopen (so building needs no -dev package), through its readline
// emulation's callback interface; or plain reads from standard input when
// libedit cannot be loaded or standard input is not a terminal.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one read of a line produced.
enum LineEvent: Equatable {
    case line(String)
    /// Ctrl-D on an empty line, or the end of standard input.
    case eof
    /// Ctrl-C while the line was being typed: discard it.
    case interrupted
    /// Code the event loop ran while the prompt waited raised SystemExit.
    case exit
}

/// Where the REPL reads its lines from.
protocol LineInput: AnyObject {
    func readLine(prompt: String) -> LineEvent
    func addHistory(_ line: String)
    /// Completions for the word before the cursor: (word, line up to the word) -> replacements.
    var completer: ((String, String) -> [String])? { get set }
    /// Waits until standard input is readable (the REPL's runs the event loop meanwhile).
    var waitForInput: ((LineInput) -> InputWait)? { get set }
    /// Clears the prompt line before other output is written over it.
    func hideLine()
    /// Shows the prompt and the line being edited again after such output.
    func showLine(afterNewline: Bool)
}

extension LineInput {
    /// Waits for a key, as the REPL asks, or with a plain poll().
    func waitForKey() -> InputWait {
        waitForInput?(self) ?? pollStandardInput()
    }
}

// MARK: libedit

// The C callbacks reach Swift through these (the REPL runs on one thread).
nonisolated(unsafe) private var activeLibEdit: LibEdit? = nil
nonisolated(unsafe) private var callbackLine: String? = nil
nonisolated(unsafe) private var callbackDone = false
nonisolated(unsafe) private var completionCandidates: [String] = []
nonisolated(unsafe) private var completionIndex = 0
/// The last byte libedit read (to see Ctrl-D on an empty line, which the callback interface does not report).
nonisolated(unsafe) private var lastByteRead: Int32 = -1

/// The few libedit functions and variables the REPL uses, looked up with dlsym.
final class LibEdit: LineInput {
    typealias LineHandler = @convention(c) (UnsafeMutablePointer<CChar>?) -> Void
    typealias AttemptedCompletion = @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    typealias Generator = @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?

    private let handle: UnsafeMutableRawPointer
    private let rlInitialize: @convention(c) () -> Int32
    private let rlAddHistory: @convention(c) (UnsafePointer<CChar>?) -> Int32
    private let rlReadHistory: @convention(c) (UnsafePointer<CChar>?) -> Int32
    private let rlWriteHistory: @convention(c) (UnsafePointer<CChar>?) -> Int32
    private let rlStifleHistory: (@convention(c) (Int32) -> Void)?
    private let rlHandlerInstall: @convention(c) (UnsafePointer<CChar>?, LineHandler?) -> Void
    let rlHandlerRemove: @convention(c) () -> Void
    private let rlReadChar: @convention(c) () -> Void
    private let rlCompletionMatches: @convention(c) (UnsafePointer<CChar>?, Generator?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    private let rlCopyText: (@convention(c) (Int32, Int32) -> UnsafeMutablePointer<CChar>?)?
    private let rlForcedUpdateDisplay: (@convention(c) () -> Int32)?
    private let attemptedCompletionFunction: UnsafeMutablePointer<AttemptedCompletion?>
    private let attemptedCompletionOver: UnsafeMutablePointer<Int32>?

    var completer: ((String, String) -> [String])?
    var waitForInput: ((LineInput) -> InputWait)?
    var historyPath: String?
    private var warnedHistory = false

    /// Loads libedit, or returns nil (with the reason) when it is not there.
    static func load() -> (LibEdit?, String) {
        #if canImport(Darwin)
        let names = ["libedit.3.dylib", "/usr/lib/libedit.3.dylib", "libedit.dylib"]
        #else
        let names = ["libedit.so.2", "libedit.so"]
        #endif
        for name in names {
            if let h = dlopen(name, RTLD_NOW | RTLD_LOCAL), let e = LibEdit(handle: h) {
                return (e, "")
            }
        }
        return (nil, "\(names[0]) could not be loaded")
    }

    private init?(handle: UnsafeMutableRawPointer) {
        func sym(_ name: String) -> UnsafeMutableRawPointer? { dlsym(handle, name) }
        guard let initialize = sym("rl_initialize"), let add = sym("add_history"),
              let readH = sym("read_history"), let writeH = sym("write_history"),
              let install = sym("rl_callback_handler_install"), let remove = sym("rl_callback_handler_remove"),
              let readChar = sym("rl_callback_read_char"), let matches = sym("rl_completion_matches"),
              let attempted = sym("rl_attempted_completion_function") else {
            dlclose(handle)
            return nil
        }
        self.handle = handle
        rlInitialize = unsafeBitCast(initialize, to: (@convention(c) () -> Int32).self)
        rlAddHistory = unsafeBitCast(add, to: (@convention(c) (UnsafePointer<CChar>?) -> Int32).self)
        rlReadHistory = unsafeBitCast(readH, to: (@convention(c) (UnsafePointer<CChar>?) -> Int32).self)
        rlWriteHistory = unsafeBitCast(writeH, to: (@convention(c) (UnsafePointer<CChar>?) -> Int32).self)
        rlStifleHistory = sym("stifle_history").map { unsafeBitCast($0, to: (@convention(c) (Int32) -> Void).self) }
        rlHandlerInstall = unsafeBitCast(install, to: (@convention(c) (UnsafePointer<CChar>?, LineHandler?) -> Void).self)
        rlHandlerRemove = unsafeBitCast(remove, to: (@convention(c) () -> Void).self)
        rlReadChar = unsafeBitCast(readChar, to: (@convention(c) () -> Void).self)
        rlCompletionMatches = unsafeBitCast(matches, to: (@convention(c) (UnsafePointer<CChar>?, Generator?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?).self)
        rlCopyText = sym("rl_copy_text").map { unsafeBitCast($0, to: (@convention(c) (Int32, Int32) -> UnsafeMutablePointer<CChar>?).self) }
        rlForcedUpdateDisplay = sym("rl_forced_update_display").map { unsafeBitCast($0, to: (@convention(c) () -> Int32).self) }
        attemptedCompletionFunction = attempted.assumingMemoryBound(to: AttemptedCompletion?.self)
        attemptedCompletionOver = sym("rl_attempted_completion_over")?.assumingMemoryBound(to: Int32.self)

        // Before rl_initialize: we handle SIGINT ourselves; name for ~/.editrc.
        sym("rl_catch_signals")?.assumingMemoryBound(to: Int32.self).pointee = 0
        typealias Getc = @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32
        sym("rl_getc_function")?.assumingMemoryBound(to: Getc?.self).pointee = { _ in
            var c: UInt8 = 0
            while true {
                let n = read(0, &c, 1)
                if n == 1 { lastByteRead = Int32(c); return Int32(c) }
                if n < 0 && errno == EINTR { continue }
                lastByteRead = -1
                return -1
            }
        }
        sym("rl_readline_name")?.assumingMemoryBound(to: UnsafePointer<CChar>?.self).pointee = UnsafePointer(strdup("evoscript"))
        _ = rlInitialize()
        // Words break as in Python's rlcompleter ('.' stays inside a word: obj.attr).
        let breaks = UnsafePointer(strdup(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?"))
        sym("rl_basic_word_break_characters")?.assumingMemoryBound(to: UnsafePointer<CChar>?.self).pointee = breaks
        sym("rl_completer_word_break_characters")?.assumingMemoryBound(to: UnsafePointer<CChar>?.self).pointee = breaks
        sym("rl_completion_append_character")?.assumingMemoryBound(to: Int32.self).pointee = 0
        attemptedCompletionFunction.pointee = { text, start, _ in libeditAttemptedCompletion(text, start) }
        activeLibEdit = self
    }

    /// Reads the history file (a missing one is fine).
    func loadHistory(_ path: String) {
        historyPath = path
        rlStifleHistory?(5000)
        _ = rlReadHistory(path)
    }

    func addHistory(_ line: String) {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return }
        _ = rlAddHistory(line)
        saveHistory()
    }

    /// Writes the history file; an unwritable location is a warning (once).
    func saveHistory() {
        guard let path = historyPath else { return }
        let rc = rlWriteHistory(path)
        if rc != 0 && !warnedHistory {
            warnedHistory = true
            let reason = String(cString: strerror(rc > 0 ? rc : errno))
            writeStandardError("evoscript: warning: cannot write history file '\(path)': \(reason)\n")
        }
    }

    func readLine(prompt: String) -> LineEvent {
        beginLine(prompt: prompt)
        while true {
            switch waitForKey() {
            case .readable:
                if let event = feed() { return event }
            case .interrupted:
                cancelLine()
                return .interrupted
            case .closed:
                cancelLine()
                return .eof
            case .exit:
                cancelLine()
                return .exit
            }
        }
    }

    func hideLine() { writeStandardOutput("\r\u{1b}[K") }

    func showLine(afterNewline: Bool) {
        if !afterNewline { writeStandardOutput("\r\n") }
        _ = rlForcedUpdateDisplay?()
    }

    /// Shows the prompt and starts a line (libedit's callback interface).
    func beginLine(prompt: String) {
        callbackDone = false
        callbackLine = nil
        InterruptSignal.clearPending()
        rlHandlerInstall(prompt) { line in
            callbackDone = true
            if let line {
                callbackLine = String(cString: line)
                free(line)
            } else {
                callbackLine = nil
            }
            activeLibEdit?.rlHandlerRemove()
        }
    }

    /// Standard input is readable: lets libedit take what was typed. Returns
    /// the finished line (or .eof), or nil while the line is still being edited.
    func feed() -> LineEvent? {
        lastByteRead = -2
        rlReadChar()
        if callbackDone {
            if let line = callbackLine { return .line(line) }
            return .eof
        }
        if (lastByteRead == 4 || lastByteRead == -1) && currentLine().isEmpty {
            // Ctrl-D on an empty line (or the terminal went away).
            rlHandlerRemove()
            return .eof
        }
        return nil
    }

    /// Abandons the line being edited (Ctrl-C) and restores the terminal.
    func cancelLine() {
        rlHandlerRemove()
        writeStandardOutput("\n")
    }

    private func currentLine() -> String {
        guard let copy = rlCopyText, let p = copy(0, Int32.max) else { return "" }
        defer { free(p) }
        return String(cString: p)
    }

    /// The line being edited up to `start` (in characters).
    fileprivate func lineBefore(_ start: Int) -> String {
        guard let copy = rlCopyText, let p = copy(0, Int32.max) else { return "" }
        defer { free(p) }
        let scalars = Array(String(cString: p).unicodeScalars)
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[0..<min(max(start, 0), scalars.count)])
        return s
    }

    fileprivate func matches(_ text: UnsafePointer<CChar>?, _ candidates: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        completionCandidates = candidates
        completionIndex = 0
        attemptedCompletionOver?.pointee = 1
        if candidates.isEmpty { return nil }
        return rlCompletionMatches(text) { _, state in
            if state == 0 { completionIndex = 0 }
            guard completionIndex < completionCandidates.count else { return nil }
            defer { completionIndex += 1 }
            return strdup(completionCandidates[completionIndex])
        }
    }
}

private func libeditAttemptedCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    guard let editor = activeLibEdit else { return nil }
    let word = text.map { String(cString: $0) } ?? ""
    let before = editor.lineBefore(Int(start))
    let candidates = editor.completer?(word, before) ?? []
    return editor.matches(text, candidates)
}

// MARK: plain input

/// Plain line reading (no editing): used when libedit is missing or standard
/// input is not a terminal. Reads a byte at a time so nothing past the line
/// is taken from standard input (input() reads the rest).
final class PlainLineInput: LineInput {
    var completer: ((String, String) -> [String])?
    var waitForInput: ((LineInput) -> InputWait)?
    /// Where prompts go: stdout on a terminal, stderr otherwise (as CPython).
    let promptFD: Int32
    private var prompt = ""

    init(promptFD: Int32) { self.promptFD = promptFD }

    func addHistory(_ line: String) {}

    // What was typed is the terminal's to echo: only the prompt can be shown again.
    func hideLine() { if isatty(promptFD) != 0 { writeFD(promptFD, "\r\u{1b}[K") } }

    func showLine(afterNewline: Bool) {
        guard isatty(promptFD) != 0 else { return }
        writeFD(promptFD, (afterNewline ? "" : "\n") + prompt)
    }

    func readLine(prompt: String) -> LineEvent {
        InterruptSignal.clearPending()
        self.prompt = prompt
        writeFD(promptFD, prompt)
        // The loop may run until the line starts (a terminal delivers it whole).
        switch waitForKey() {
        case .readable: break
        case .interrupted:
            writeFD(promptFD, "\n")
            return .interrupted
        case .closed: return .eof
        case .exit: return .exit
        }
        var bytes: [UInt8] = []
        while true {
            var c: UInt8 = 0
            let n = read(0, &c, 1)
            if n == 1 {
                if c == 10 { return .line(String(decoding: bytes, as: UTF8.self)) }
                bytes.append(c)
                continue
            }
            if n == 0 {
                if bytes.isEmpty { return .eof }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            if errno == EINTR {
                if InterruptSignal.takePending() {
                    writeFD(promptFD, "\n")
                    return .interrupted
                }
                continue
            }
            return .eof
        }
    }
}

func writeFD(_ fd: Int32, _ s: String) {
    var bytes = Array(s.utf8)[...]
    while !bytes.isEmpty {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        bytes = bytes.dropFirst(n)
    }
}

func writeStandardOutput(_ s: String) {
    fflush(nil)
    writeFD(1, s)
}

func writeStandardError(_ s: String) { writeFD(2, s) }
