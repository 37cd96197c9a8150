// A growable buffer of values kept from one use to the next, for Swift code
// that gathers an unknown number of values before it makes an object of
// them (str.split's pieces): an array emptied for reuse costs a generic
// replaceSubrange call each time, and a fresh one a malloc. Values hold no
// references, so what a previous use left behind keeps nothing alive.

struct ValueScratch {
    private var base: UnsafeMutablePointer<Value>?
    private var capacity = 0
    private(set) var count = 0

    /// Forgets the values gathered so far.
    @inline(__always)
    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(_ v: Value) {
        if count == capacity { grow() }
        base?[count] = v
        count += 1
    }

    /// The values gathered, valid until the next change.
    var values: UnsafeBufferPointer<Value> { UnsafeBufferPointer(start: base, count: count) }

    private mutating func grow() {
        let newCapacity = max(16, capacity * 2)
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        if let base {
            fresh.initialize(from: base, count: count)
            base.deallocate()
        }
        base = fresh
        capacity = newCapacity
    }

    /// Gives back the memory of a large buffer (a long split's), keeping a small one.
    mutating func shrinkIfLarge() {
        if capacity > 1024 { release() }
    }

    mutating func release() {
        base?.deallocate()
        base = nil
        capacity = 0
        count = 0
    }
}
