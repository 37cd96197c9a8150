// The span of an old container's elements changed since the last
// collection. A minor collection traces only that span of a remembered list
// or dict (Heap.swift), so appending to a long-lived container costs the
// collector the new elements, not the whole container.

struct ChangedRange {
    private var low = Int.max
    private var high = -1

    @inline(__always)
    mutating func add(_ i: Int) {
        if i < low { low = i }
        if i > high { high = i }
    }

    mutating func addAll() {
        low = 0
        high = Int.max
    }

    /// Calls `body` with the elements of `elements` in the span (clipped to its bounds).
    func forEach<C: RandomAccessCollection>(in elements: C, _ body: (C.Element) -> Void) where C.Index == Int {
        let lo = max(low, elements.startIndex)
        let hi = min(high, elements.endIndex - 1)
        if lo > hi { return }
        for i in lo...hi { body(elements[i]) }
    }
}
