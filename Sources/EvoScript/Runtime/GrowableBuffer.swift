// A growable buffer of plain elements (values, unmanaged references) with a
// single owner, for the runtime's own tables on the allocation path: the
// heap's young list, the free lists, split's scratch buffer. An array
// checks that its storage is unique before every append and every removal
// (a runtime call), and emptying one for reuse costs a generic call; this
// buffer is never copied, so it needs neither. Its elements are trivial, so
// nothing is released when they are overwritten or forgotten; the owner
// frees the memory with `deallocate`.

struct GrowableBuffer<Element> {
    private var base: UnsafeMutablePointer<Element>?
    private(set) var capacity = 0
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ e: Element) {
        if count == capacity { grow() }
        base?[count] = e
        count += 1
    }

    @inline(__always)
    mutating func popLast() -> Element? {
        guard count > 0, let base else { return nil }
        count -= 1
        return base[count]
    }

    /// Forgets the elements, keeping the memory.
    @inline(__always)
    mutating func removeAll() { count = 0 }

    /// The elements, valid until the next change.
    var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    /// Doubles the memory, from 16 elements.
    private mutating func grow() {
        let newCapacity = max(16, capacity * 2)
        let fresh = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let base {
            fresh.initialize(from: base, count: count)
            base.deallocate()
        }
        base = fresh
        capacity = newCapacity
    }

    /// Frees the memory (the elements are forgotten).
    mutating func deallocate() {
        base?.deallocate()
        base = nil
        capacity = 0
        count = 0
    }
}
