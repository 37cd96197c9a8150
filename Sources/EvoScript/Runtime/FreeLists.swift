// Dead exact strs, tuples and lists kept for reuse. Nearly every str, tuple
// and short list a program makes is garbage by the next collection (a piece
// of a split, a formatted line joined a moment later, the arguments of a
// `%`), and freeing one object only to allocate another of the same kind
// costs more than the rest of its life: Swift's deallocation path and
// glibc's free, then swift_allocObject and malloc, several hundred
// instructions where CPython's pymalloc takes about a hundred. glibc does
// worst with the sweep's pattern: thousands of small blocks freed at once
// overflow its per-thread cache into bins that the next large allocation
// consolidates, and later small allocations must sort out again. So the
// sweeps hand dead exact strs, tuples and lists to these lists, and
// `Interpreter.makeStr`, `makeListValue` and BUILD_TUPLE / BUILD_LIST take
// from them first, as CPython keeps free lists of tuples, lists and floats.
// Each list holds at most one young generation's worth.

/// Retained dead objects of one class, each ready to be given new contents.
struct FreeList<T: PyObject> {
    /// At most this many are kept (under two megabytes of objects): about
    /// what dies between two collections of a text-heavy program, whose
    /// young generation grows past the 10,000 minimum.
    static var capacity: Int { 20_000 }
    private var items = GrowableBuffer<Unmanaged<T>>()

    var count: Int { items.count }

    /// A dead object, or nil when the list is empty.
    @inline(__always)
    mutating func take() -> Unmanaged<T>? { items.popLast() }

    var isFull: Bool { items.count >= Self.capacity }

    /// Keeps `u` (the caller checked `isFull`), taking over the caller's reference.
    @inline(__always)
    mutating func put(_ u: Unmanaged<T>) { items.append(u) }

    /// Releases every kept object and frees the list's memory.
    mutating func removeAll() {
        for u in items.elements { u.release() }
        items.deallocate()
    }
}

/// The free lists the heap's sweeps fill.
struct FreeLists {
    var strs = FreeList<PyStr>()
    var tuples = FreeList<PyTuple>()
    var lists = FreeList<PyList>()
    /// The exact tuple and list classes (instances of their subclasses are
    /// not reused).
    var exactTupleClass: UnsafeMutableRawPointer?
    var exactListClass: UnsafeMutableRawPointer?

    /// Keeps `u` if it is a dead exact str, tuple or list and its list has room,
    /// taking over the caller's reference; false if the caller must still
    /// release it.
    @inline(__always)
    mutating func adopt(_ u: Unmanaged<PyObject>) -> Bool {
        let (layout, kind, cls) = u._withUnsafeGuaranteedRef { ($0.classLayout, $0.objectKind, $0.classPointer) }
        switch layout {
        case .str:
            // `.leaf` with the str layout is an exact builtin str.
            guard kind == .leaf else { return false }
            return FreeLists.keep(u, in: &strs) { $0.releaseForReuse() }
        case .tuple:
            guard cls == exactTupleClass, cls != nil else { return false }
            return FreeLists.keep(u, in: &tuples) { $0.releaseForReuse(); return true }
        case .list:
            guard cls == exactListClass, cls != nil else { return false }
            return FreeLists.keep(u, in: &lists) { $0.releaseForReuse(); return true }
        default:
            return false
        }
    }

    /// Puts `u`, an object of `list`'s class, on `list` if there is room and
    /// `prepare` (which releases what it holds) says it can be reused.
    @inline(__always)
    private static func keep<T: PyObject>(_ u: Unmanaged<PyObject>, in list: inout FreeList<T>,
                                          _ prepare: (T) -> Bool) -> Bool {
        guard !list.isFull else { return false }
        let object = Unmanaged<T>.fromOpaque(u.toOpaque())
        guard object._withUnsafeGuaranteedRef(prepare) else { return false }
        list.put(object)
        return true
    }

    mutating func removeAll() {
        strs.removeAll()
        tuples.removeAll()
        lists.removeAll()
    }
}
