// gc.set_debug(gc.DEBUG_STATS): one report per collection on stderr, in the
// words CPython uses. EvoScript's generations are two: a minor collection is
// reported as generation 0, a major one as generation 2, and the counts line
// shows the young objects, 0, and the old objects.

#if canImport(Glibc)
import Glibc
#endif

enum GCDebug {
    static let stats = 1
    /// The flags CPython's gc module defines; EvoScript accepts them all.
    static let flagNames: [(String, Int)] = [
        ("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38),
    ]

    /// What a report needs from before the collection.
    struct Stats {
        let young: Int
        let old: Int
        let started: Int

        init(_ heap: Heap) {
            young = heap.youngCount
            old = heap.oldCount
            started = ClockHooks.readNanoseconds(CLOCK_MONOTONIC)
        }

        func report(_ heap: Heap, freed: Int) -> String {
            let seconds = Double(ClockHooks.readNanoseconds(CLOCK_MONOTONIC) &- started) / 1e9
            let generation = heap.lastWasMajor ? 2 : 0
            return "gc: collecting generation \(generation)...\n"
                + "gc: objects in each generation: \(young) 0 \(old)\n"
                + "gc: objects in permanent generation: 0\n"
                + "gc: done, \(freed) unreachable, 0 uncollectable, \(Stats.fixed4(seconds))s elapsed\n"
        }

        /// `%.4f`, as CPython prints the elapsed time.
        private static func fixed4(_ x: Double) -> String {
            let tenThousandths = Int((x * 10_000).rounded())
            let frac = String(tenThousandths % 10_000)
            return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - frac.count) + frac
        }
    }
}
