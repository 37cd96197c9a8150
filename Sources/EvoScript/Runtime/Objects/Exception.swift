// Exception instances, tracebacks and the frame snapshots tracebacks refer to.

final class PyBaseException: PyObject {
    var args: [Value]
    var traceback: Value = .none
    var cause: Value = .none
    var context: Value = .none
    var suppressContext = false
    unowned(unsafe) var dict: PyDict?

    init(cls: PyType, args: [Value]) { self.args = args; super.init(cls: cls) }

    override func trace(_ heap: Heap) {
        for a in args { heap.mark(a) }
        heap.mark(traceback); heap.mark(cause); heap.mark(context); heap.mark(dict)
    }
    override var attributes: PyDict? { dict }
}

final class PyTraceback: PyObject {
    var next: Value
    unowned(unsafe) let frame: PyFrameObject
    let lineno: Int
    init(cls: PyType, next: Value, frame: PyFrameObject, lineno: Int) {
        self.next = next; self.frame = frame; self.lineno = lineno
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(next); heap.mark(frame) }
}

/// A snapshot of a frame record, made when a traceback or sys._getframe needs one.
final class PyFrameObject: PyObject {
    unowned(unsafe) let code: PyCode
    unowned(unsafe) let globals: PyDict
    var lineno: Int
    /// The frame's local slots at the time of the snapshot.
    var localValues: [Value]
    unowned(unsafe) var localsDict: PyDict?
    var back: Value = .none
    /// The last instruction run (-1 before a generator starts), as f_lasti.
    var lasti = 0

    init(cls: PyType, code: PyCode, globals: PyDict, lineno: Int, localValues: [Value], localsDict: PyDict?) {
        self.code = code; self.globals = globals; self.lineno = lineno
        self.localValues = localValues; self.localsDict = localsDict
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) {
        heap.mark(code); heap.mark(globals)
        for v in localValues { heap.mark(v) }
        heap.mark(localsDict); heap.mark(back)
    }
}

/// A script exception travelling through Swift code.
struct ScriptError: Error, @unchecked Sendable {
    let exception: PyBaseException
}
