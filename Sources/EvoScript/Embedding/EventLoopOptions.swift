// Command-line options meant for the event loop. The command line accepts
// and stores them; the event loop wires them (see `configureEventLoop`).

public enum ClockKind: String, Sendable, CaseIterable {
    /// time.time()/monotonic() and loop timers follow the wall clock.
    case real
    /// Timers fire in order at once; time advances only as the loop jumps to the next timer.
    case virtual
}

public struct EventLoopOptions: Sendable, Equatable {
    public var clock: ClockKind
    /// Log each loop step on stderr (`--trace-loop`).
    public var traceLoop: Bool

    public init(clock: ClockKind = .real, traceLoop: Bool = false) {
        self.clock = clock
        self.traceLoop = traceLoop
    }
}

extension Interpreter {
    /// HOOK(event loop): called by the command line (and `evoscript test`,
    /// with `.virtual`) before any script code runs. The event loop is being
    /// built separately; until it is wired here the options are accepted and
    /// have no effect.
    public func configureEventLoop(_ options: EventLoopOptions) {
        _ = options
    }
}
