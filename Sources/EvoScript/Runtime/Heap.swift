// The tracing heap: it owns every object once and frees what marking from the
// interpreter's roots did not reach. Collection happens only at safe points
// of the dispatch loop (Interpreter.collectGarbage), never inside an
// allocation, so Swift code holding a fresh object in a local is safe as long
// as it does not run script code before storing it somewhere rooted.
//
// Two generations. New objects are young; a collection that survives them
// promotes them to old. Most collections are minor: they mark from the roots
// but stop at old objects, and free only young ones, so their cost follows
// what was allocated and survived, not the size of the whole heap. Marks are
// sticky: an old object keeps its mark bit set between collections, which is
// what makes marking stop there. A minor collection must still see every
// reference from an old object to a young one:
//   - objects of a `.barriered` class (lists, dicts, sets, cells, instances,
//     and every class whose references never change) call `writeBarrier()`
//     whenever a reference field changes; the first change after promotion
//     puts the object on the remembered list, traced by the next minor
//     collection;
//   - objects of every other class (`.scanned`: generators, functions, types,
//     Futures, ...) are traced by every minor collection while they are old.
// A major collection clears the old marks and marks everything, as a single
// generation would; it runs when the old generation has grown by half
// since the last one, for gc.collect(), and when many old generators and
// Futures have finished since the last one (see `noteOldFinished`).

/// How the collector learns of references from an old object to young ones.
enum GCPolicy {
    /// Calls `writeBarrier()` on every change of a reference field.
    case barriered
    /// Traced at every minor collection while old.
    case scanned
}

final class Heap {
    /// Objects that survived a collection; their mark bits stay set.
    private var old: ContiguousArray<PyObject> = []
    /// Objects allocated since the last collection, each retained: the
    /// heap's own reference, released by hand when the object dies unless
    /// a free list takes it over.
    private var young = GrowableBuffer<Unmanaged<PyObject>>()
    /// Old objects of `.scanned` classes (unretained: a strong reference here
    /// would make each one a root).
    private var scannedOld: [Unmanaged<PyObject>] = []
    /// Old barriered objects whose references changed since the last collection.
    private var remembered: [Unmanaged<PyObject>] = []
    private var worklist: [Unmanaged<PyObject>] = []
    /// Dead exact strs, tuples and lists the sweeps keep for reuse (FreeLists.swift).
    var freeLists = FreeLists()
    /// The objects of kind `.finalizable`, unretained, by generation.
    private var youngFinalizables: [Unmanaged<PyObject>] = []
    private var oldFinalizables: [Unmanaged<PyObject>] = []
    /// Allocations since the last collection.
    private(set) var allocated = 0
    /// Collect when `allocated` reaches this.
    private(set) var threshold = 10_000
    /// Run a major collection when the old generation reaches this size.
    private var majorThreshold = 50_000
    /// The least number of allocations between collections (gc.set_threshold's first number; 0 turns
    /// automatic collection off). The other two numbers are kept for gc.get_threshold only.
    var minimumThreshold = 10_000 {
        didSet { updateThresholds() }
    }
    var olderThresholds = (10, 10)
    var enabled = true
    /// Collect at every safe point (the stress mode that proves the roots and
    /// the write barriers).
    var stress = false
    private(set) var collections = 0
    /// Whether the last collection was a major one (gc.DEBUG_STATS reports it).
    private(set) var lastWasMajor = false
    var youngCount: Int { young.count }
    var oldCount: Int { old.count }
    /// In stress mode, each minor collection checks that no old object refers
    /// to an unmarked young one; what it finds (a missing write barrier) is
    /// described here, and the referenced objects are kept alive.
    private(set) var barrierViolations: [String] = []
    private var verifying = false
    /// References followed by the collection's marking; `fixedVisits` counts
    /// those from the roots and the old objects a minor collection traces: work
    /// the threshold keeps in proportion to allocation.
    private var visits = 0
    private var fixedVisits = 0
    private var rememberedVisits = 0
    /// Young objects the last collection promoted.
    private var lastSurvivors = 0
    /// Old generators and Futures that finished and may still be alive
    /// (see `noteOldFinished`), and the allocations since the last major collection.
    private var oldFinished = 0
    private var allocatedSinceMajor = 0
    /// How many quarters of the old generation must finish to make a
    /// collection major: doubled each time such a collection frees little of
    /// the old generation (the finished objects are still held, as a list
    /// holds a round of generators), back to one when it frees them.
    private var finishedBar = 1

    @inline(__always)
    var wantsCollection: Bool { enabled && (allocated >= threshold || stress) }

    /// Every live object, oldest first.
    var allObjects: [PyObject] { Array(old) + young.elements.map { $0.takeUnretainedValue() } }

    deinit {
        for u in young.elements { u.release() }
        young.deallocate()
        freeLists.removeAll()
    }

    /// The objects of kind `.finalizable` for which `keep` is true, oldest
    /// first. The others are only looked at, borrowed: at exit there is one
    /// per generator not yet collected.
    func finalizableObjects(where keep: (PyObject) -> Bool) -> [PyObject] {
        var out: [PyObject] = []
        for u in oldFinalizables where u._withUnsafeGuaranteedRef(keep) { out.append(u.takeUnretainedValue()) }
        for u in youngFinalizables where u._withUnsafeGuaranteedRef(keep) { out.append(u.takeUnretainedValue()) }
        return out
    }

    /// Whether `test` is true for any object of kind `.finalizable`.
    func anyFinalizable(_ test: (PyObject) -> Bool) -> Bool {
        oldFinalizables.contains { $0._withUnsafeGuaranteedRef(test) }
            || youngFinalizables.contains { $0._withUnsafeGuaranteedRef(test) }
    }

    @inline(__always)
    func track<T: PyObject>(_ o: T) -> T {
        young.append(Unmanaged.passRetained(o))
        if o.objectKind == .finalizable { youngFinalizables.append(Unmanaged.passUnretained(o)) }
        // A type object lets the write barrier of its instances find this heap.
        if o.classLayout == .type, let t = o as? PyType { t.gcHeap = self }
        allocated &+= 1
        return o
    }

    /// `track` for a new object that is not a type, returned unmanaged: the
    /// caller's reference moves into the young list, so tracking takes no
    /// retain and the caller no release.
    @inline(__always)
    func trackNew<T: PyObject>(_ o: consuming T) -> Unmanaged<T> {
        let u = Unmanaged.passUnretained(o)
        if u._withUnsafeGuaranteedRef({ $0.objectKind == .finalizable }) {
            youngFinalizables.append(Unmanaged<PyObject>.fromOpaque(u.toOpaque()))
        }
        allocated &+= 1
        young.append(Unmanaged<PyObject>.passRetained(consume o))
        return u
    }

    /// `trackNew` for an object taken from `freeLists` (its reference moves
    /// into the young list).
    @inline(__always)
    func trackRecycled<T: PyObject>(_ u: Unmanaged<T>) -> Unmanaged<T> {
        allocated &+= 1
        young.append(Unmanaged<PyObject>.fromOpaque(u.toOpaque()))
        return u
    }

    /// An old generator or Future finished. Such objects usually become
    /// garbage soon after (a wave of Tasks, a round of generators), and only
    /// a major collection frees old objects: when many have finished (a
    /// quarter of the old generation), the next collection is major rather
    /// than waiting for the old generation to grow by half, which would keep
    /// a whole wave's garbage beside the next.
    func noteOldFinished() { oldFinished &+= 1 }

    /// An old barriered object's references changed (see PyObject.writeBarrier).
    func remember(_ o: PyObject) {
        remembered.append(Unmanaged.passUnretained(o))
    }

    // Marking reads objects borrowed (the heap keeps every one alive while
    // it collects): a strong reference per visit would cost a retain and a
    // release for each reference followed.
    @inline(__always)
    func mark(_ v: Value) {
        if case .obj(let u) = v { mark(u) }
    }

    @inline(__always)
    func mark(_ u: Unmanaged<PyObject>) {
        visits &+= 1
        u._withUnsafeGuaranteedRef { o in
            if !o.gcMark {
                if verifying { noteViolation(o) }
                o.gcMark = true
                if o.objectKind != .leaf { worklist.append(u) }
            }
        }
    }

    @inline(__always)
    func mark(_ o: PyObject) { mark(Unmanaged.passUnretained(o)) }

    /// Marks an object given by an unmanaged reference of any object class.
    @inline(__always)
    func mark<T: PyObject>(_ u: Unmanaged<T>) { mark(Unmanaged<PyObject>.fromOpaque(u.toOpaque())) }

    /// Marks the class of `o` by its address (`o.cls` would retain it).
    @inline(__always)
    func markClass(of o: PyObject) {
        if let c = o.classPointer { mark(Unmanaged<PyObject>.fromOpaque(c)) }
    }

    func mark(_ o: PyObject?) { if let o { mark(o) } }

    /// Marks every value of a buffer (a list's or tuple's items).
    @inline(__always)
    func mark(all values: UnsafeBufferPointer<Value>) {
        for v in values { mark(v) }
    }

    /// Runs the mark phase after `markRoots` has marked the roots.
    func drain() {
        while let u = worklist.popLast() {
            u._withUnsafeGuaranteedRef { traceAll($0) }
        }
    }

    /// Marks the class and everything `o` refers to (its own mark is already set).
    private func traceAll(_ o: PyObject) {
        markClass(of: o)
        o.trace(self)
    }

    /// Marks from the roots, then frees what is unmarked. Returns the number
    /// freed. `full` forces a major collection; otherwise the heap chooses.
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
    func collect(full: Bool = false, markRoots: (Heap) -> Void,
                 needsFinalizer: (PyObject) -> Bool = { _ in false }) -> (freed: Int, finalize: [PyObject]) {
        allocatedSinceMajor &+= allocated
        // Many finished old objects make a major collection worth its cost;
        // spacing such collections by a quarter of the old generation's size
        // in allocations bounds that cost when the finished objects stay reachable.
        let manyFinished = oldFinished >= max(rememberedCap / 4, old.count / 4) * finishedBar
            && allocatedSinceMajor >= old.count / 4
        let major = full || old.count >= majorThreshold || manyFinished || (stress && collections % 16 == 15)
        lastWasMajor = major
        visits = 0
        // One pass over the old objects clears their marks and marks those
        // Swift code holds; it comes first, so the roots' marks stay.
        if major { clearMarksAndMarkSwiftHeld(&old) }
        markRoots(self)
        markSwiftHeldYoung()
        if major {
            fixedVisits = 0
            rememberedVisits = 0
        } else {
            for u in scannedOld { u._withUnsafeGuaranteedRef { traceAll($0) } }
            // The cost so far does not shrink with allocation; tracing the
            // remembered objects and the survivors grows with the work done.
            fixedVisits = visits
            for u in remembered { u._withUnsafeGuaranteedRef { $0.traceRemembered(self) } }
            rememberedVisits = visits - fixedVisits
        }
        drain()
        if stress && !major { verifyBarriers() }

        var finalize: [PyObject] = []
        func findFinalizable(_ u: Unmanaged<PyObject>) {
            u._withUnsafeGuaranteedRef { o in
                if !o.gcMark && needsFinalizer(o) { finalize.append(o) }
            }
        }
        for u in youngFinalizables { findFinalizable(u) }
        if major {
            for u in oldFinalizables { findFinalizable(u) }
        }
        if !finalize.isEmpty {
            for o in finalize { mark(o) }
            drain()
        }

        // Forget, while the marks still tell, what is about to be freed, and
        // re-arm the barriers of the remembered objects that stay.
        for u in remembered {
            u._withUnsafeGuaranteedRef { o in if o.gcMark { o.armBarrier() } }
        }
        remembered.removeAll(keepingCapacity: true)
        if major {
            scannedOld.removeAll { !$0._withUnsafeGuaranteedRef { $0.gcMark } }
            oldFinalizables.removeAll { !$0._withUnsafeGuaranteedRef { $0.gcMark } }
        }
        for u in youngFinalizables where u._withUnsafeGuaranteedRef({ $0.gcMark }) { oldFinalizables.append(u) }
        youngFinalizables.removeAll(keepingCapacity: true)

        var freed = 0
        if major {
            let freedOld = sweepOld()
            freed += freedOld
            if freedOld >= oldFinished / 2 {
                finishedBar = 1
            } else if manyFinished {
                finishedBar = min(finishedBar * 2, 64)
            }
            oldFinished = 0
        }
        let oldBefore = old.count
        freed += promoteYoung()
        lastSurvivors = old.count - oldBefore
        allocated = 0
        if major {
            majorThreshold = old.count + max(rememberedCap, old.count / 2)
            allocatedSinceMajor = 0
        }
        updateThresholds()
        collections += 1
        return (freed, finalize)
    }

    /// Marks the objects of `objects` that Swift code also holds.
    private func markSwiftHeld(_ objects: inout ContiguousArray<PyObject>) {
        objects.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices where !isKnownUniquelyReferenced(&buf[i]) {
                mark(buf[i])
            }
        }
    }

    /// `markSwiftHeld` for the young objects, held unmanaged.
    private func markSwiftHeldYoung() {
        let buf = young.elements
        UnsafeMutableRawBufferPointer(buf).withMemoryRebound(to: PyObject.self) { objects in
            for i in objects.indices where !isKnownUniquelyReferenced(&objects[i]) {
                mark(buf[i])
            }
        }
    }

    /// Clears the marks of `objects`, marking again those Swift code holds
    /// (an object is not marked before its own turn, so none is cleared
    /// after it was marked).
    private func clearMarksAndMarkSwiftHeld(_ objects: inout ContiguousArray<PyObject>) {
        objects.withUnsafeMutableBufferPointer { buf in
            for i in buf.indices {
                buf[i].gcMark = false
                if !isKnownUniquelyReferenced(&buf[i]) { mark(buf[i]) }
            }
        }
    }

    /// Calls `body` with the objects of `objects` as unmanaged references:
    /// the sweeps read and reorder them without a reference count each
    /// (the array keeps every one alive; a swap moves two references).
    private func withUnmanaged<R>(_ objects: inout ContiguousArray<PyObject>,
                                  _ body: (UnsafeMutableBufferPointer<Unmanaged<PyObject>>) -> R) -> R {
        objects.withUnsafeMutableBufferPointer { buf in
            UnsafeMutableRawBufferPointer(buf).withMemoryRebound(to: Unmanaged<PyObject>.self, body)
        }
    }

    /// Frees the unmarked old objects (a major collection); marks stay set.
    private func sweepOld() -> Int {
        let n = old.count
        let kept = withUnmanaged(&old) { buf -> Int in
            var kept = 0
            for i in 0..<n where buf[i]._withUnsafeGuaranteedRef({ $0.gcMark }) {
                if kept != i { buf.swapAt(kept, i) }
                kept += 1
            }
            // The list keeps its own reference to what it adopts.
            for i in kept..<n where freeLists.adopt(buf[i]) { _ = buf[i].retain() }
            return kept
        }
        old.removeLast(n - kept)
        return n - kept
    }

    /// Frees the unmarked young objects and makes the others old.
    private func promoteYoung() -> Int {
        let n = young.count
        let buf = young.elements
        var kept = 0
        for i in 0..<n {
            let u = buf[i]
            let survives = u._withUnsafeGuaranteedRef { o -> Bool in
                guard o.gcMark else { return false }
                switch o.gcPolicy {
                case .barriered: o.armBarrier()
                case .scanned: scannedOld.append(u)
                }
                return true
            }
            guard survives else { continue }
            if kept != i { buf.swapAt(kept, i) }
            kept += 1
        }
        // The heap's reference to each dead object goes, unless a free list
        // takes it over; each survivor's moves into the old generation.
        for i in kept..<n where !freeLists.adopt(buf[i]) { buf[i].release() }
        for i in 0..<kept { old.append(buf[i].takeRetainedValue()) }
        young.removeAll()
        return n - kept
    }

    /// A size in objects below which the old generation counts as small:
    /// the young garbage the remembered objects' share of the threshold may
    /// let pile up however small the old generation is, the least growth of
    /// the old generation between major collections, and four times the
    /// least number of finished old objects that makes a collection major.
    private let rememberedCap = 50_000

    private func updateThresholds() {
        // A minor collection follows every reference from the roots and the
        // old `.scanned` objects, however little was allocated, and those of
        // every old object changed since the last one (a program stepping
        // many long-lived Tasks or generators changes most of them between
        // any two collections): the next one waits for allocations in
        // proportion, so its cost per allocation stays low. The young
        // garbage this lets pile up is kept under a quarter of the old
        // generation or 50,000 objects, whichever is more. The floor is low
        // because a small young generation is swept while it is still in
        // the cache (a text-heavy program ran 40% faster at 10,000 than at
        // 50,000). But when most young objects survived, the collection came
        // before they could die (a round of 10,000 Tasks each holding a fresh
        // coroutine): the next one waits for four times as many allocations,
        // so marking survivors costs at most a quarter of a visit per allocation.
        let cap = max(old.count / 4, rememberedCap)
        threshold = minimumThreshold == 0 ? Int.max
            : max(minimumThreshold, scannedOld.count, fixedVisits / 2,
                  min(rememberedVisits, cap), min(lastSurvivors * 4, cap))
    }

    /// Stress mode: every reference from an old object must lead to a marked
    /// object after a minor mark phase, or a write barrier was missed.
    private func verifyBarriers() {
        verifying = true
        for o in old {
            verifyingParent = o
            traceAll(o)
        }
        verifying = false
        verifyingParent = nil
        drain()
    }

    private var verifyingParent: PyObject?

    private func noteViolation(_ child: PyObject) {
        let parent = verifyingParent.map { String(describing: type(of: $0)) } ?? "?"
        barrierViolations.append("old \(parent) refers to unmarked young \(String(describing: type(of: child)))")
    }
}
