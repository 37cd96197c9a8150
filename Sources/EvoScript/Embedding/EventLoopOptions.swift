// Options for the event loop chosen by the host or the command line.

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
    /// Chooses the loop's clock and tracing; called before any script code
    /// runs (the command line; `evoscript test` and the golden runner with `.virtual`).
    public func configureEventLoop(_ options: EventLoopOptions) {
        useVirtualClock = options.clock == .virtual
        traceLoop = options.traceLoop
    }
}
