// Stepping a value-stack pointer downwards.
//
// Swift 6.3's SIL dead-store elimination miscompiles a store through
// `p - k` (a constant k > 0) followed by a store through `p`: it deletes the
// first store as if both addressed the same slot. The dispatch loop does
// exactly that (`(sp - 1).pointee = old; sp.pointee = exc`), so for value
// stack pointers the module computes `p - k` on the raw address, which the SIL optimizer cannot see through; LLVM still folds it into
// ordinary pointer arithmetic. Positive offsets are not affected.

extension UnsafeMutablePointer where Pointee == Value {
    @inline(__always)
    static func - (p: UnsafeMutablePointer<Value>, n: Int) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(p) - n &* MemoryLayout<Value>.stride).assumingMemoryBound(to: Value.self)
    }

    @inline(__always)
    static func -= (p: inout UnsafeMutablePointer<Value>, n: Int) {
        p = p - n
    }
}
