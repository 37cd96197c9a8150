// The tracing heap: it owns every object once and frees what marking from the
// interpreter's roots did not reach. Collection happens only at safe points
// of the dispatch loop (Interpreter.collectGarbage), never inside an
// allocation, so Swift code holding a fresh object in a local is safe as long
// as it does not run script code before storing it somewhere rooted.

final class Heap {
    private(set) var objects: ContiguousArray<PyObject> = []
    private var worklist: [PyObject] = []
    /// The objects of kind `.finalizable`, unretained (a strong reference
    /// here would make each one a root); swept together with `objects`.
    private var finalizables: [Unmanaged<PyObject>] = []
    /// Allocations since the last collection.
    private(set) var allocated = 0
    /// Collect when `allocated` reaches this; it grows with the live heap, so
    /// the cost of collection stays proportional to allocation.
    var threshold = 20_000
    /// The least number of allocations between collections (gc.set_threshold's first number; 0 turns
    /// automatic collection off). The other two numbers are kept for gc.get_threshold only.
    var minimumThreshold = 20_000 {
        didSet { threshold = minimumThreshold == 0 ? Int.max : max(minimumThreshold, allocated) }
    }
    var olderThresholds = (10, 10)
    var enabled = true
    /// Collect at every safe point (the stress mode that proves the roots).
    var stress = false
    private(set) var collections = 0

    @inline(__always)
    var wantsCollection: Bool { enabled && (allocated >= threshold || stress) }

    @inline(__always)
    func track<T: PyObject>(_ o: T) -> T {
        objects.append(o)
        if o.objectKind == .finalizable { finalizables.append(Unmanaged.passUnretained(o)) }
        allocated &+= 1
        return o
    }

    @inline(__always)
    func mark(_ v: Value) {
        if case .obj(let u) = v { mark(u.takeUnretainedValue()) }
    }

    @inline(__always)
    func mark(_ o: PyObject) {
        if !o.gcMark {
            o.gcMark = true
            if o.objectKind != .leaf { worklist.append(o) }
        }
    }

    func mark(_ o: PyObject?) { if let o { mark(o) } }

    /// Runs the mark phase after `markRoots` has marked the roots.
    func drain() {
        while let o = worklist.popLast() {
            mark(o.cls)
            o.trace(self)
        }
    }

    /// Marks from the roots, then frees what is unmarked. Returns the number freed.
    ///
    /// Besides the interpreter's roots, any object that Swift code holds a
    /// strong reference to (a local in a builtin that is running script code,
    /// a closure capture) is a root: the heap's own reference is then not the
    /// only one. Values (unmanaged references) do not count, so an object
    /// reachable only from a Swift local `Value` must still be rooted explicitly.
    ///
    /// Unreachable objects for which `needsFinalizer` is true are kept alive
    /// (with everything they reach) and returned, so the interpreter can run
    /// their finalizers (close a suspended generator) after the sweep.
    @discardableResult
    func collect(markRoots: (Heap) -> Void, needsFinalizer: (PyObject) -> Bool = { _ in false }) -> (freed: Int, finalize: [PyObject]) {
        markRoots(self)
        objects.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices where !isKnownUniquelyReferenced(&buf[i]) {
                mark(buf[i])
            }
        }
        drain()
        var finalize: [PyObject] = []
        for u in finalizables {
            let o = u.takeUnretainedValue()
            if !o.gcMark && needsFinalizer(o) { finalize.append(o) }
        }
        if !finalize.isEmpty {
            for o in finalize { mark(o) }
            drain()
        }
        // Forget the finalizable objects about to be freed (marks are still set here).
        finalizables.removeAll { !$0.takeUnretainedValue().gcMark }
        var kept = 0
        let n = objects.count
        objects.withUnsafeMutableBufferPointer { buf in
            for i in 0..<n {
                let o = buf[i]
                if o.gcMark {
                    o.gcMark = false
                    if kept != i { buf.swapAt(kept, i) }
                    kept += 1
                }
            }
        }
        let freed = n - kept
        objects.removeLast(freed)
        allocated = 0
        threshold = minimumThreshold == 0 ? Int.max : max(minimumThreshold, kept)
        collections += 1
        return (freed, finalize)
    }
}
