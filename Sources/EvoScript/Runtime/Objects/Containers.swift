// tuple and list: Swift arrays of Values. The arrays live in the object, so a
// list is one heap object plus its buffer; the Values in it are unmanaged.

final class PyTuple: PyObject {
    /// A variable only so that a dead tuple can be given new items (FreeLists.swift).
    private(set) var items: [Value]
    init(cls: PyType, _ items: [Value]) { self.items = items; super.init(cls: cls) }
    /// An exact tuple, its class given by address (no reference count taken).
    init(exactClass: UnsafeMutableRawPointer, _ items: [Value]) {
        self.items = items
        super.init(classPointer: exactClass, kind: .other)
    }
    override func trace(_ heap: Heap) { items.withUnsafeBufferPointer { heap.mark(all: $0) } }
    override var gcPolicy: GCPolicy { .barriered }

    /// Prepares a dead tuple for the free list. The storage of a short one
    /// is kept for its next items (values hold no references, so the stale
    /// ones keep nothing alive); a long one's is released.
    @inline(__always)
    func releaseForReuse() {
        if items.capacity > 16 { items = [] }
    }

    /// Gives a tuple from the free list new items; it is then as good as
    /// new: young and unmarked. Storage shared with another array is not
    /// written to (`overwrite` copies it first, as any array write does).
    @inline(__always)
    func reuse(_ values: UnsafeBufferPointer<Value>) {
        items.overwrite(with: values)
        gcMark = false
        gcBarrierArmed = false
    }
}

final class PyList: PyObject {
    private var storage: [Value]
    /// The items changed since the last collection, for the write barrier:
    /// appending to a long old list makes a minor collection trace only the
    /// new items. Any other change to `items` marks them all.
    private var gcChanged = ChangedRange()
    var items: [Value] {
        _read { yield storage }
        _modify { yield &storage; changedAll() }
        set { storage = newValue; changedAll() }
    }
    /// Attributes of instances of list subclasses.
    unowned(unsafe) var dict: PyDict? { didSet { writeBarrier() } }
    init(cls: PyType, _ items: [Value]) { self.storage = items; super.init(cls: cls) }
    /// An exact list, its class given by address (no reference count taken).
    init(exactClass: UnsafeMutableRawPointer, _ items: [Value]) {
        self.storage = items
        super.init(classPointer: exactClass, kind: .other)
    }

    /// Prepares a dead list for the free list: the storage of a short one is
    /// kept for its next items (values hold no references), a long one's
    /// is released.
    @inline(__always)
    func releaseForReuse() {
        if storage.capacity > 16 { storage = [] }
    }

    /// Gives a list from the free list `items`; it is then as good as new:
    /// young, unmarked, with nothing changed.
    @inline(__always)
    func reuse(_ items: consuming [Value]) {
        storage = items
        resetForReuse()
    }

    /// The same with the values at `values`, written into the kept storage
    /// (storage shared with another array is copied first, as any array
    /// write does).
    @inline(__always)
    func reuse(_ values: UnsafeBufferPointer<Value>) {
        storage.overwrite(with: values)
        resetForReuse()
    }

    @inline(__always)
    private func resetForReuse() {
        gcChanged = ChangedRange()
        gcMark = false
        gcBarrierArmed = false
    }

    @inline(__always)
    func append(_ v: Value) {
        // Swift grows an empty array to 1, 2, 4, 8 items; start at 4, then 8,
        // as CPython's list over-allocation does: two fewer reallocations for
        // the many short lists (a row, a comprehension's result).
        let n = storage.count
        if n < 8 && n == storage.capacity { storage.reserveCapacity(n < 4 ? 4 : 8) }
        storage.append(v)
        changed(at: storage.count - 1)
    }

    /// items[j] = v, for 0 <= j < count.
    @inline(__always)
    func setItem(_ j: Int, _ v: Value) {
        storage[j] = v
        changed(at: j)
    }

    @inline(__always)
    private func changed(at j: Int) {
        if gcBarrierArmed { rememberSelf() }
        gcChanged.add(j)
    }

    private func changedAll() {
        writeBarrier()
        gcChanged.addAll()
    }

    override var gcPolicy: GCPolicy { .barriered }
    override func armBarrier() {
        gcBarrierArmed = true
        gcChanged = ChangedRange()
    }
    override func trace(_ heap: Heap) {
        storage.withUnsafeBufferPointer { heap.mark(all: $0) }
        if let d = dict { heap.mark(d) }
    }
    override func traceRemembered(_ heap: Heap) {
        heap.markClass(of: self)
        if let d = dict { heap.mark(d) }
        gcChanged.forEach(in: storage) { heap.mark($0) }
    }
    override var attributes: PyDict? { dict }
}

/// range: Int bounds and length when everything fits an Int (the common,
/// fast case); otherwise `big` holds them and the Int fields are unused.
final class PyRange: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let start: Int, stop: Int, step: Int
    let count: Int
    let big: BigRange?

    /// A range whose bounds and length fit an Int (see `smallCount`).
    init(cls: PyType, start: Int, stop: Int, step: Int, count: Int) {
        self.start = start; self.stop = stop; self.step = step; self.count = count
        self.big = nil
        super.init(cls: cls)
    }

    init(cls: PyType, big: BigRange) {
        self.start = 0; self.stop = 0; self.step = 1; self.count = 0
        self.big = big
        super.init(cls: cls)
    }

    /// The length of range(start, stop, step), or nil when it does not fit an Int.
    static func smallCount(_ start: Int, _ stop: Int, _ step: Int) -> Int? {
        if step == Int.min { return nil }
        let (d, o) = step > 0 ? stop.subtractingReportingOverflow(start) : start.subtractingReportingOverflow(stop)
        if o { return nil }
        return d > 0 ? (d - 1) / step.magnitude.asInt + 1 : 0
    }

    var isNonEmpty: Bool { big.map { $0.length > 0 } ?? (count > 0) }
}

private extension UInt {
    var asInt: Int { Int(truncatingIfNeeded: self) }
}

final class PySlice: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let start: Value, stop: Value, step: Value
    init(cls: PyType, start: Value, stop: Value, step: Value) {
        self.start = start; self.stop = stop; self.step = step
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(start); heap.mark(stop); heap.mark(step) }
}

extension Array where Element == Value {
    /// Makes the array hold exactly `values`, in its own storage when that
    /// is unique and the count is the same (a reused tuple or list given as
    /// many items as before: the commonest case, and the one where emptying
    /// and refilling would cost two generic calls).
    @inline(__always)
    mutating func overwrite(with values: UnsafeBufferPointer<Value>) {
        if count == values.count {
            withUnsafeMutableBufferPointer { buf in
                guard let to = buf.baseAddress, let from = values.baseAddress else { return }
                to.update(from: from, count: values.count)
            }
        } else {
            replaceSubrange(0..<count, with: values)
        }
    }
}
