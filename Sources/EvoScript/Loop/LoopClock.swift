// The event loop's clock: real (CLOCK_MONOTONIC) or virtual. Virtual time
// counts integer nanoseconds and only moves when the loop jumps to its next
// timer (or a script calls time.sleep), so programs that sleep for an hour
// finish at once with the same output. When virtual, it also drives
// time.time(), time.monotonic() and time.sleep() (Interpreter.clock).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class LoopClock {
    private(set) var isVirtual = false
    /// Virtual nanoseconds elapsed since the clock became virtual.
    private(set) var elapsed = 0
    private var monotonicBase = 0
    private var wallBase = 0.0

    /// Now, in nanoseconds on the monotonic scale (loop.time() * 1e9).
    @inline(__always)
    var now: Int {
        isVirtual ? monotonicBase &+ elapsed : ClockHooks.readNanoseconds(CLOCK_MONOTONIC)
    }

    var seconds: Double { Double(now) / 1e9 }

    func makeVirtual() {
        guard !isVirtual else { return }
        isVirtual = true
        monotonicBase = ClockHooks.readNanoseconds(CLOCK_MONOTONIC)
        wallBase = ClockHooks.read(CLOCK_REALTIME)
        elapsed = 0
    }

    /// Moves virtual time forward to `ns` (never back).
    func advance(to ns: Int) {
        guard isVirtual else { return }
        let e = ns &- monotonicBase
        if e > elapsed { elapsed = e }
    }

    func advance(by seconds: Double) {
        guard isVirtual, seconds > 0, seconds.isFinite else { return }
        elapsed &+= Int((seconds * 1e9).rounded(.up))
    }

    var wallSeconds: Double { wallBase + Double(elapsed) / 1e9 }
    var monotonicSeconds: Double { Double(monotonicBase &+ elapsed) / 1e9 }
}

extension Interpreter {
    /// Runs the event loop and time.time()/monotonic()/sleep() on a virtual
    /// clock (set before running a program).
    public var useVirtualClock: Bool {
        get { loopSupport.clock.isVirtual }
        set {
            guard newValue, !loopSupport.clock.isVirtual else { return }
            let c = loopSupport.clock
            c.makeVirtual()
            clock.wallNow = { c.wallSeconds }
            clock.monotonicNow = { c.monotonicSeconds }
            clock.sleep = { secs in c.advance(by: secs) }
        }
    }

    /// Prints one line per loop event on stderr (`--trace-loop`).
    public var traceLoop: Bool {
        get { loopSupport.trace }
        set { loopSupport.trace = newValue }
    }
}
