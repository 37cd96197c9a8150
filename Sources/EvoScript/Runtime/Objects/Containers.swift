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

final class PyRange: PyObject {
    let start: Int, stop: Int, step: Int
    init(cls: PyType, start: Int, stop: Int, step: Int) {
        self.start = start; self.stop = stop; self.step = step
        super.init(cls: cls)
    }
    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

final class PySlice: PyObject {
    let start: Value, stop: Value, step: Value
    init(cls: PyType, start: Value, stop: Value, step: Value) {
        self.start = start; self.stop = stop; self.step = step
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(start); heap.mark(stop); heap.mark(step) }
}
