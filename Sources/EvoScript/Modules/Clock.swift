// The clocks the time module reads. A host (or a future virtual clock) may
// replace them; everything that asks for the time goes through these.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ClockHooks {
    /// Seconds since the Unix epoch (time.time()).
    var wallNow: () -> Double = { ClockHooks.read(CLOCK_REALTIME) }
    /// Seconds on a clock that never goes back (time.monotonic(), perf_counter()).
    var monotonicNow: () -> Double = { ClockHooks.read(CLOCK_MONOTONIC) }
    /// time.sleep(): nil sleeps for real; the virtual clock advances instead.
    var sleep: ((Double) -> Void)? = nil

    static func read(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    static func readNanoseconds(_ id: clockid_t) -> Int {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Int(ts.tv_sec) &* 1_000_000_000 &+ Int(ts.tv_nsec)
    }
}
