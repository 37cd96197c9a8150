// Watches the real remaining stack of the current thread, so deep
// re-entry through Swift (repr of nested containers, __eq__, key functions)
// raises RecursionError before the thread's stack runs out, whatever its size.

import CEvoSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class StackGuard {
    /// Keep this many bytes in reserve for Swift code between checks.
    private let reserve = 96 * 1024
    private var cachedThread: pthread_t?
    private var low: UInt = 0

    private func lowerBound() -> UInt {
        let me = pthread_self()
        if let t = cachedThread, pthread_equal(t, me) != 0 { return low }
        var lo: UInt = 0
        var size = 0
        if evo_thread_stack_bounds(&lo, &size) != 0 { lo = 0 }
        cachedThread = me
        low = lo
        return lo
    }

    /// True when less than the reserve is left on this thread's stack.
    func isLow() -> Bool {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let lo = lowerBound()
        return lo != 0 && here < lo + UInt(reserve)
    }

    func check(_ interp: Interpreter) throws {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let lo = lowerBound()
        if lo != 0 && here < lo + UInt(reserve) {
            throw interp.error("RecursionError", "maximum recursion depth exceeded")
        }
    }
}
