// tuple and list: Swift arrays of Values. The arrays live in the object, so a
// list is one heap object plus its buffer; the Values in it are unmanaged.

final class PyTuple: PyObject {
    let items: [Value]
    init(cls: PyType, _ items: [Value]) { self.items = items; super.init(cls: cls) }
    override func trace(_ heap: Heap) { for v in items { heap.mark(v) } }
}

final class PyList: PyObject {
    var items: [Value]
    /// Attributes of instances of list subclasses.
    unowned(unsafe) var dict: PyDict?
    init(cls: PyType, _ items: [Value]) { self.items = items; super.init(cls: cls) }
    override func trace(_ heap: Heap) {
        for v in items { heap.mark(v) }
        if let d = dict { heap.mark(d) }
    }
    override var attributes: PyDict? { dict }
}

/// range: Int bounds and length when everything fits an Int (the common,
/// fast case); otherwise `big` holds them and the Int fields are unused.
final class PyRange: PyObject {
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
    let start: Value, stop: Value, step: Value
    init(cls: PyType, start: Value, stop: Value, step: Value) {
        self.start = start; self.stop = stop; self.step = step
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(start); heap.mark(stop); heap.mark(step) }
}
