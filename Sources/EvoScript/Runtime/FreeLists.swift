// Dead exact strs and tuples kept for reuse. Nearly every str and tuple a
// program makes is garbage by the next collection (a piece of a split, a
// formatted line joined a moment later, the arguments of a `%`), and
// freeing one object only to allocate another of the same kind costs more
// than the rest of its life: Swift's deallocation path and glibc's free,
// then swift_allocObject and malloc, several hundred instructions where
// CPython's pymalloc takes about a hundred. glibc does worst with the
// sweep's pattern: thousands of small blocks freed at once overflow its
// per-thread cache into bins that the next large allocation consolidates,
// and later small allocations must sort out again. So the sweeps hand dead
// exact strs and tuples to these lists, and `Interpreter.makeStr` and
// BUILD_TUPLE take from them first, as CPython keeps free lists of tuples,
// lists and floats. Each list holds at most one young generation's worth.

/// Retained dead objects of one class, each ready to be given new contents.
struct FreeList<T: PyObject> {
    private var items: ContiguousArray<Unmanaged<T>> = []
    /// At most this many are kept (under a megabyte of objects).
    let capacity = 10_000

    var count: Int { items.count }

    /// A dead object, or nil when the list is empty.
    @inline(__always)
    mutating func take() -> Unmanaged<T>? {
        items.popLast()
    }

    var isFull: Bool { items.count >= capacity }

    /// Keeps `u`, taking over the caller's reference.
    @inline(__always)
    mutating func put(_ u: Unmanaged<T>) { items.append(u) }

    /// Releases every kept object.
    mutating func removeAll() {
        for u in items { u.release() }
        items.removeAll()
    }
}

/// The free lists the heap's sweeps fill.
struct FreeLists {
    var strs = FreeList<PyStr>()
    var tuples = FreeList<PyTuple>()
    /// The exact tuple class (instances of its subclasses are not reused).
    var exactTupleClass: UnsafeMutableRawPointer?

    /// Keeps `u` if it is a dead exact str or tuple and its list has room,
    /// taking over the caller's reference; false if the caller must still
    /// release it.
    @inline(__always)
    mutating func adopt(_ u: Unmanaged<PyObject>) -> Bool {
        let (layout, kind, cls) = u._withUnsafeGuaranteedRef { ($0.classLayout, $0.objectKind, $0.classPointer) }
        switch layout {
        case .str:
            // `.leaf` with the str layout is an exact builtin str.
            guard kind == .leaf, !strs.isFull else { return false }
            let s = Unmanaged<PyStr>.fromOpaque(u.toOpaque())
            guard s._withUnsafeGuaranteedRef({ $0.releaseForReuse() }) else { return false }
            strs.put(s)
            return true
        case .tuple:
            guard cls == exactTupleClass, cls != nil, !tuples.isFull else { return false }
            let t = Unmanaged<PyTuple>.fromOpaque(u.toOpaque())
            t._withUnsafeGuaranteedRef { $0.releaseForReuse() }
            tuples.put(t)
            return true
        default:
            return false
        }
    }

    mutating func removeAll() {
        strs.removeAll()
        tuples.removeAll()
    }
}
