// Waiting for the next key at the prompt. When the session's event loop has
// work (a task started with ensure_future, a timer, a reader), the loop owns
// the wait: standard input is registered as a reader, and the loop runs until
// the reader fires, so tasks keep running while the user types. Output they
// print clears the line being edited first and shows it again afterwards.
// With nothing scheduled, a plain poll() waits.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What waiting for standard input ended with.
enum InputWait: Equatable {
    case readable
    /// Ctrl-C.
    case interrupted
    /// Standard input is gone.
    case closed
    /// Code run by the loop raised SystemExit (kept in `PromptLoop.pendingExit`).
    case exit
}

/// Waits for standard input with poll(); Ctrl-C ends the wait.
func pollStandardInput() -> InputWait {
    while true {
        var pfd = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        if poll(&pfd, 1, -1) < 0 {
            if errno == EINTR {
                if InterruptSignal.takePending() { return .interrupted }
                continue
            }
            return .closed
        }
        return pfd.revents & Int16(POLLNVAL) != 0 ? .closed : .readable
    }
}

final class PromptLoop {
    private unowned let interp: Interpreter
    /// SystemExit raised by a task or callback while the prompt waited.
    private(set) var pendingExit: ScriptError?
    /// Set by the standard-input reader's callback.
    private var inputReady = false

    init(interp: Interpreter) { self.interp = interp }

    func takePendingExit() -> ScriptError? {
        defer { pendingExit = nil }
        return pendingExit
    }

    /// Waits until standard input is readable, running the event loop meanwhile
    /// when it has work. `line` is the input whose line output must not mangle.
    func wait(for line: LineInput) -> InputWait {
        // A Ctrl-C already handled (at an earlier prompt) must not interrupt this wait.
        interp.interrupt.clear()
        while true {
            guard let loop = busyLoop() else { return pollStandardInput() }
            do {
                if try runUntilInput(loop, line) { return .readable }
                // The reader could not be registered (standard input is a regular file).
                return pollStandardInput()
            } catch let e as ScriptError {
                if interp.isInstance(e.exception, "KeyboardInterrupt") {
                    interp.interrupt.clear()
                    InterruptSignal.clearPending()
                    return .interrupted
                }
                if interp.isInstance(e.exception, "SystemExit") {
                    pendingExit = e
                    return .exit
                }
                _ = interp.runReporting { throw e }
            } catch {
                return pollStandardInput()
            }
        }
    }

    /// The current event loop when it has something scheduled and is free to run.
    private func busyLoop() -> PyEventLoop? {
        let support = interp.loopSupport
        guard let loop = support.currentLoop, !loop.isClosed, !loop.isRunning, support.runningLoop == nil,
              loop.readers[0] == nil else { return nil }
        if loop.ready.isEmpty && loop.timers.isEmpty && loop.readers.isEmpty && loop.writers.isEmpty { return nil }
        return loop
    }

    /// Runs loop iterations until standard input is readable. Returns false
    /// when the loop cannot watch standard input (or was closed meanwhile).
    private func runUntilInput(_ loop: PyEventLoop, _ line: LineInput) throws -> Bool {
        inputReady = false
        let ready = interp.makeBuiltin("_prompt_input_ready") { [unowned self] _, _ in
            self.inputReady = true
            return .none
        }
        do {
            try interp.addReader(loop, 0, Value(ready), [])
        } catch {
            return false
        }
        var hidden = false
        var lastChar: Character = "\n"
        let hide: (String) -> Void = { text in
            if !hidden {
                hidden = true
                line.hideLine()
            }
            if let c = text.last { lastChar = c }
        }
        let stdout = interp.stdout, stderr = interp.stderr
        stdout.beforeWrite = hide
        stderr.beforeWrite = hide
        loop.isRunning = true
        interp.loopSupport.runningLoop = loop
        defer {
            stdout.beforeWrite = nil
            stderr.beforeWrite = nil
            loop.isRunning = false
            loop.stopping = false
            interp.loopSupport.runningLoop = nil
            interp.removeReader(loop, 0)
            if hidden { line.showLine(afterNewline: lastChar == "\n") }
        }
        while !inputReady {
            try interp.runOnce(loop)
            // loop.stop() from a task has no run_forever to end here: the prompt goes on.
            loop.stopping = false
            if hidden {
                stdout.flush()
                line.showLine(afterNewline: lastChar == "\n")
                hidden = false
                lastChar = "\n"
            }
            if loop.isClosed { break }
        }
        return inputReady
    }
}
