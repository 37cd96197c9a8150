// Iterator objects for the builtin containers. Lists and ranges have their
// own classes so FOR_ITER can step them without a call; the rest use a
// Swift closure.

final class PyListIterator: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    /// Unmanaged, so that each step reads the list without a reference count.
    let listRef: Unmanaged<PyList>
    var list: PyList { listRef.takeUnretainedValue() }
    var index = 0
    init(cls: PyType, list: PyList) { self.listRef = Unmanaged.passUnretained(list); super.init(cls: cls) }
    override func trace(_ heap: Heap) { heap.mark(list) }
}

final class PyRangeIterator: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    var next: Int
    let step: Int
    var remaining: Int
    init(cls: PyType, start: Int, step: Int, count: Int) {
        self.next = start; self.step = step; self.remaining = count
        super.init(cls: cls)
    }
}

/// An iterator whose `next` is a Swift closure; `refs` are the objects it
/// uses, for the collector.
final class PyNativeIterator: PyObject {
    let name: String
    private(set) var nextFn: (Interpreter) throws -> Value?
    private(set) var refs: [Value]
    private(set) var exhausted = false
    /// For an iterator of pairs (enumerate, dict items): the next pair
    /// without its tuple, which `for a, b in ...` unpacks at once
    /// (VM/PairIteration.swift). `nextFn` makes the tuple from the same step.
    private(set) var pairFn: ((Interpreter) throws -> (Value, Value)?)?
    init(cls: PyType, name: String, refs: [Value], next: @escaping (Interpreter) throws -> Value?) {
        self.name = name; self.refs = refs; self.nextFn = next
        super.init(cls: cls)
    }
    init(cls: PyType, name: String, refs: [Value], nextPair: @escaping (Interpreter) throws -> (Value, Value)?) {
        self.name = name; self.refs = refs; self.pairFn = nextPair
        self.nextFn = { interp in try nextPair(interp).map { interp.makeTupleValue([$0.0, $0.1]) } }
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { for r in refs { heap.mark(r) } }

    /// Marks the iterator exhausted and drops its closure at once. The
    /// closure may hold objects strongly (the tuple a tuple_iterator walks),
    /// and the collector takes an object Swift holds for a root: kept until
    /// the iterator itself is swept, such an object would survive a
    /// collection and be promoted with all it refers to.
    func finish() {
        exhausted = true
        nextFn = { _ in nil }
        pairFn = nil
        refs = []
    }
}

/// dict.keys(), values() and items(): live views of a dict.
final class PyDictView: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    enum Kind { case keys, values, items }
    unowned(unsafe) let dict: PyDict
    let kind: Kind
    init(cls: PyType, dict: PyDict, kind: Kind) { self.dict = dict; self.kind = kind; super.init(cls: cls) }
    override func trace(_ heap: Heap) { heap.mark(dict) }
}
