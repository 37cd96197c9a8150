// SIGINT (Ctrl-C) for the command-line tool: the handler sets the
// interpreter's InterruptFlag, so running code stops with KeyboardInterrupt
// at its next safe point; the REPL also reads it while waiting for input.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Read and written by the signal handler: plain words, no locks, no allocation.
nonisolated(unsafe) private var sigintFlag: Unmanaged<InterruptFlag>? = nil
nonisolated(unsafe) private var sigintPending: Int = 0
nonisolated(unsafe) private var sigintSecondKills = false

public enum InterruptSignal {
    /// Routes SIGINT to `flag`. With `secondKills`, a second Ctrl-C before
    /// the script has taken the first one ends the process the default way
    /// (for a script stuck where no safe point comes).
    public static func install(_ flag: InterruptFlag, secondKills: Bool) {
        let old = sigintFlag
        sigintFlag = Unmanaged.passRetained(flag)
        old?.release()
        sigintSecondKills = secondKills
        sigintPending = 0
        var sa = sigaction()
        #if canImport(Glibc)
        sa.__sigaction_handler.sa_handler = { _ in interruptSignalHandler() }
        #else
        sa.__sigaction_u.__sa_handler = { _ in interruptSignalHandler() }
        #endif
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = 0 // no SA_RESTART: a blocked read() returns EINTR
        sigaction(SIGINT, &sa, nil)
    }

    /// True (once) when Ctrl-C was pressed since the last call.
    static func takePending() -> Bool {
        if sigintPending == 0 { return false }
        sigintPending = 0
        return true
    }

    static func clearPending() { sigintPending = 0 }
}

private func interruptSignalHandler() {
    if let f = sigintFlag {
        let flag = f.takeUnretainedValue()
        if sigintSecondKills && flag.isSet {
            signal(SIGINT, SIG_DFL)
            raise(SIGINT)
            return
        }
        flag.set()
    }
    sigintPending = 1
}
