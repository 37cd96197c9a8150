// Memory for the interpreter's value stack (1M slots, 16 MB). Filling it
// with a value at start-up would touch every page: that alone was about half
// of `evoscript -c pass` and most of its resident memory. calloc hands out
// zeroed pages that the system maps only when first written, and all-zero
// bits are a valid, object-free Value (checked), so the stack needs no fill.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ValueStackMemory {
    /// True when a zeroed slot reads as a Value that refers to no object.
    private static let zeroIsAValue: Bool = {
        let zero = [UInt8](repeating: 0, count: MemoryLayout<Value>.size)
        return withUnsafeBytes(of: Value.bool(false)) { Array($0) } == zero
    }()

    static func allocate(_ count: Int) -> UnsafeMutablePointer<Value> {
        // Start-up, not script text, reaches this: no memory at all is fatal here.
        guard let raw = calloc(count, MemoryLayout<Value>.stride) else { fatalError("no memory for the value stack") }
        let p = raw.bindMemory(to: Value.self, capacity: count)
        if !zeroIsAValue { p.initialize(repeating: .none, count: count) }
        return p
    }

    /// Frees what `allocate` returned.
    static func free(_ p: UnsafeMutablePointer<Value>) {
        #if canImport(Glibc)
        Glibc.free(p)
        #else
        Darwin.free(p)
        #endif
    }
}
