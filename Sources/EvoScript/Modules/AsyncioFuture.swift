// asyncio.Future and asyncio.Task in Swift (CPython keeps them in C, in
// _asyncio). A Task steps its coroutine exactly as asyncio's Task.__step:
// send None (or throw the exception) into it; a yielded Future gets the
// Task's wakeup as done-callback; a bare `yield` reschedules the step; any
// other yielded value is an error thrown back in; StopIteration completes
// the Task.

class PyFuture: PyObject {
    enum State: UInt8 { case pending, cancelled, finished }
    enum Callback {
        case script(Value)
        /// A Task's __wakeup (TaskWakeupMethWrapper).
        case wakeup(Unmanaged<PyTask>)
    }
    // The one-byte fields come first: they fill the tail of PyObject's
    // layout, which keeps a Future (and a Task) in a smaller malloc size class.
    var state: State = .pending {
        didSet { if state != .pending { noteFinished() } }
    }
    /// _asyncio_future_blocking
    var blocking = false
    /// An exception nobody retrieved yet (reported when the loop closes).
    var logTraceback = false
    // Every reference field reports its changes to the collector (Heap.swift).
    var result: Value = .none { didSet { writeBarrier() } }
    var exception: Value = .none { didSet { writeBarrier() } }
    /// Unmanaged, so that stepping a Task reads its loop without a reference count.
    var loopRef: Unmanaged<PyEventLoop> { didSet { writeBarrier() } }
    var loop: PyEventLoop {
        @inline(__always) get { loopRef.takeUnretainedValue() }
        set { loopRef = Unmanaged.passUnretained(newValue) }
    }
    /// The done callbacks in order: the first inline (most Futures get
    /// exactly one, the Task that awaits them), the others in `moreCallbacks`.
    var firstCallback: Callback? { didSet { writeBarrier() } }
    var moreCallbacks: [Callback] = [] { didSet { writeBarrier() } }
    unowned(unsafe) var dict: PyDict? { didSet { writeBarrier() } }

    init(cls: PyType, loop: PyEventLoop) {
        self.loopRef = Unmanaged.passUnretained(loop)
        super.init(cls: cls, kind: .finalizable)
    }

    override func trace(_ heap: Heap) {
        heap.mark(result)
        heap.mark(exception)
        heap.mark(loopRef)
        if let c = firstCallback { c.mark(heap) }
        for c in moreCallbacks { c.mark(heap) }
        heap.mark(dict)
    }

    override var attributes: PyDict? { dict }
    override var gcPolicy: GCPolicy { .barriered }

    var isDone: Bool { state != .pending }

    /// All done callbacks, in order (for the slow paths: repr, removal).
    var callbacks: [Callback] {
        get { firstCallback.map { [$0] + moreCallbacks } ?? [] }
        set {
            firstCallback = newValue.first
            moreCallbacks = Array(newValue.dropFirst())
        }
    }

    func appendCallback(_ c: Callback) {
        if firstCallback == nil { firstCallback = c } else { moreCallbacks.append(c) }
    }
}

extension PyFuture.Callback {
    func mark(_ heap: Heap) {
        switch self {
        case .script(let v): heap.mark(v)
        case .wakeup(let t): heap.mark(t)
        }
    }
}

final class PyTask: PyFuture {
    var coro: Value { didSet { writeBarrier() } }
    var mustCancel = false
    /// The Future (or Future-like object) the Task waits on; unmanaged, so
    /// that clearing it at every step takes no reference count.
    var futWaiterRef: Unmanaged<PyObject>? { didSet { writeBarrier() } }
    var futWaiter: PyObject? {
        get { futWaiterRef?.takeUnretainedValue() }
        set { futWaiterRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// A str, or the Task number (an int) while the default "Task-N" was not asked for.
    var name: Value { didSet { writeBarrier() } }
    /// The Task's slot in its loop's TaskTable while pending, else -1.
    var tableIndex = -1
    /// Report "Task was destroyed but it is pending!" if it is collected
    /// while pending (asyncio's `_log_destroy_pending`).
    var logDestroyPending = true

    init(cls: PyType, loop: PyEventLoop, coro: Value, name: Value) {
        self.coro = coro
        self.name = name
        super.init(cls: cls, loop: loop)
    }

    override func trace(_ heap: Heap) {
        super.trace(heap)
        heap.mark(coro)
        if let w = futWaiterRef { heap.mark(w) }
        heap.mark(name)
    }
}

extension Interpreter {
    func cancelledError() -> ScriptError {
        ScriptError(exception: makeException(loopSupport.cancelledError ?? types.exception("BaseException"), args: []))
    }

    func invalidStateError(_ msg: String) -> ScriptError {
        ScriptError(exception: makeException(loopSupport.invalidStateError ?? types.exception("Exception"), args: [makeStr(msg)]))
    }

    func isCancelledError(_ e: PyBaseException) -> Bool {
        guard let t = loopSupport.cancelledError else { return false }
        return e.cls.isSubtype(of: t)
    }

    // MARK: Future

    func futureScheduleCallbacks(_ f: PyFuture) throws {
        guard let first = f.firstCallback else { return }
        let more = f.moreCallbacks
        f.firstCallback = nil
        if !more.isEmpty { f.moreCallbacks = [] }
        try scheduleCallback(f, first)
        for c in more { try scheduleCallback(f, c) }
    }

    /// call_soon(callback, future) for one done callback.
    private func scheduleCallback(_ f: PyFuture, _ c: PyFuture.Callback) throws {
        switch c {
        case .script(let v): try scheduleFutureCallback(v, f)
        case .wakeup(let t): try scheduleTaskWakeup(t.takeUnretainedValue(), future: f)
        }
    }

    func stateName(_ f: PyFuture) -> String {
        switch f.state {
        case .pending: return "PENDING"
        case .cancelled: return "CANCELLED"
        case .finished: return "FINISHED"
        }
    }

    func futureSetResult(_ f: PyFuture, _ v: Value) throws {
        if f.state != .pending { throw invalidStateError("invalid state") }
        f.result = v
        f.state = .finished
        try futureScheduleCallbacks(f)
    }

    func futureSetException(_ f: PyFuture, _ v: Value) throws {
        if f.state != .pending { throw invalidStateError("invalid state") }
        var exc = v
        if let t = v.asObject(PyType.self) { exc = try call(Value(t), []) }
        guard let e = exc.asObject(PyBaseException.self) else {
            throw typeError("exceptions must derive from BaseException")
        }
        if e.isExactly(types.exception("StopIteration")) {
            throw typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        f.exception = exc
        f.state = .finished
        try futureScheduleCallbacks(f)
        f.logTraceback = true
    }

    @discardableResult
    func futureCancel(_ f: PyFuture) throws -> Bool {
        f.logTraceback = false
        if f.state != .pending { return false }
        f.state = .cancelled
        try futureScheduleCallbacks(f)
        return true
    }

    func futureResult(_ f: PyFuture) throws -> Value {
        switch f.state {
        case .cancelled: throw cancelledError()
        case .pending: throw invalidStateError("Result is not set.")
        case .finished:
            f.logTraceback = false
            if let e = f.exception.asObject(PyBaseException.self) { throw ScriptError(exception: e) }
            return f.result
        }
    }

    func futureAddDoneCallback(_ f: PyFuture, _ cb: PyFuture.Callback) throws {
        if f.state != .pending {
            try scheduleCallback(f, cb)
        } else {
            f.appendCallback(cb)
        }
    }

    func futureRepr(_ f: PyFuture) -> String {
        let clsName = f.cls.name
        return "<\(clsName) \(futureReprInfo(f).joined(separator: " "))>"
    }

    func futureReprInfo(_ f: PyFuture) -> [String] {
        var info = [stateName(f).lowercased()]
        if f.state == .finished {
            if !f.exception.isNone {
                info.append("exception=\((try? repr(f.exception)) ?? "?")")
            } else {
                info.append("result=\(shortRepr(f.result))")
            }
        }
        if f.firstCallback != nil {
            func fmt(_ c: PyFuture.Callback) -> String {
                switch c {
                case .script(let v): return formatCallbackSource(v, [])
                case .wakeup(let t): return "<TaskWakeupMethWrapper object at \(address(t.takeUnretainedValue()))>()"
                }
            }
            let cbs = f.callbacks
            var s: String
            switch cbs.count {
            case 1: s = fmt(cbs[0])
            case 2: s = "\(fmt(cbs[0])), \(fmt(cbs[1]))"
            default: s = "\(fmt(cbs[0])), <\(cbs.count - 2) more>, \(fmt(cbs[cbs.count - 1]))"
            }
            info.append("cb=[\(s)]")
        }
        return info
    }

    // MARK: Task

    /// The Task's name; a default name is held as its number until asked for.
    func taskName(_ t: PyTask) -> Value {
        if case .int(let n) = t.name { t.name = makeStr("Task-\(n)") }
        return t.name
    }

    func taskRepr(_ t: PyTask) -> String {
        var info = futureReprInfo(t)
        if t.mustCancel { info[0] = "cancelling" }
        info.insert("name=\((try? repr(taskName(t))) ?? "?")", at: 1)
        info.insert("coro=<\(formatCoroutine(t.coro))>", at: 2)
        if let w = t.futWaiter { info.insert("wait_for=\((try? repr(Value(w))) ?? "?")", at: 3) }
        return "<\(t.cls.name) \(info.joined(separator: " "))>"
    }

    /// coroutines._format_coroutine
    func formatCoroutine(_ coro: Value) -> String {
        guard let g = coro.asObject(PyGenerator.self) else {
            var name = (try? getAttrOrNil(coro, intern("__qualname__")) ?? nil).flatMap { $0.asObject(PyStr.self)?.value }
                ?? (try? getAttrOrNil(coro, intern("__name__")) ?? nil).flatMap { $0.asObject(PyStr.self)?.value }
                ?? "<\(typeName(coro)) without __name__>"
            name += "()"
            return name
        }
        let name = (g.qualname.isEmpty ? g.name : g.qualname) + "()"
        let code = g.frame.code
        switch g.state {
        case .finished:
            return "\(name) done, defined at \(code.filename):\(code.firstLine)"
        case .created:
            return "\(name) running at \(code.filename):\(code.firstLine)"
        case .running, .suspended:
            return "\(name) running at \(code.filename):\(code.line(at: max(0, g.frame.ip - 1)))"
        }
    }

    func makeTask(_ loop: PyEventLoop, coro: Value, name: Value, cls: PyType? = nil) throws -> PyTask {
        if !isCoroutineObject(coro) {
            throw typeError("a coroutine was expected, got \(try repr(coro))")
        }
        try checkClosed(loop)
        var nm = name
        if nm.isNone {
            // The default name "Task-N" is made when first asked for (taskName).
            loopSupport.taskCounter += 1
            nm = .int(loopSupport.taskCounter)
        } else if !(nm.object is PyStr) {
            nm = Value(try strObject(nm))
        }
        let t = heap.track(PyTask(cls: cls ?? loopSupport.taskType ?? types.object, loop: loop, coro: coro, name: nm))
        try scheduleTaskStep(t)
        loop.addTask(t)
        return t
    }

    /// asyncio.iscoroutine: coroutines and generators (3.8), or anything with send/throw/close.
    func isCoroutineObject(_ v: Value) -> Bool {
        if v.object is PyGenerator { return true }
        if let o = v.object, o.cls.lookup(intern("send")) != nil, o.cls.lookup(intern("throw")) != nil,
           o.cls.lookup(intern("close")) != nil, o.cls.lookup(intern("__await__")) != nil { return true }
        return false
    }

    private func taskFinished(_ t: PyTask) {
        t.loop.tasks.remove(t)
    }

    func taskStep(_ task: PyTask, _ excIn: PyBaseException?) throws {
        if task.state != .pending {
            throw invalidStateError("_step(): already done: \(taskRepr(task)), \(excIn.map { (try? repr(Value($0))) ?? "?" } ?? "None")")
        }
        var exc = excIn
        if task.mustCancel {
            if exc == nil || !isCancelledError(exc ?? task.loop.dummyException(self)) {
                exc = cancelledError().exception
            }
            task.mustCancel = false
        }
        // The loop, the Task and its coroutine are used borrowed: the loop's
        // `currentTask` roots the Task (and through it the coroutine) while
        // the step runs, and a step per `await` is the hot path of asyncio.
        let loopRef = task.loopRef
        if task.futWaiterRef != nil { task.futWaiterRef = nil }
        if let cur = loopRef._withUnsafeGuaranteedRef({ $0.currentTaskRef }) {
            throw error("RuntimeError", "Cannot enter into task \(taskRepr(task)) while another task \(taskRepr(cur.takeUnretainedValue())) is being executed.")
        }
        loopRef._withUnsafeGuaranteedRef { $0.currentTaskRef = Unmanaged.passUnretained(task) }
        defer { loopRef._withUnsafeGuaranteedRef { $0.currentTaskRef = nil } }
        let yielded: Value
        do {
            if let g = task.coro.generatorRef {
                switch try g._withUnsafeGuaranteedRef({ try genResume($0, send: .none, throwing: exc) }) {
                case .yielded(let v): yielded = v
                case .returned(let v):
                    try taskReturned(task, v)
                    return
                }
            } else if let e = exc {
                yielded = try callMethod(task.coro, "throw", [Value(e)])
            } else {
                yielded = try callMethod(task.coro, "send", [.none])
            }
        } catch let e as ScriptError {
            let x = e.exception
            if isInstance(x, "StopIteration") {
                try taskReturned(task, x.args.first ?? .none)
            } else if isCancelledError(x) {
                taskFinished(task)
                try futureCancel(task)
            } else if isInstance(x, "KeyboardInterrupt") || isInstance(x, "SystemExit") {
                taskFinished(task)
                try futureSetException(task, Value(x))
                throw e
            } else {
                taskFinished(task)
                try futureSetException(task, Value(x))
            }
            return
        }
        try taskHandleYield(task, yielded)
    }

    private func taskReturned(_ task: PyTask, _ v: Value) throws {
        taskFinished(task)
        if task.mustCancel {
            task.mustCancel = false
            try futureSetException(task, Value(cancelledError().exception))
        } else {
            try futureSetResult(task, v)
        }
    }

    private func taskHandleYield(_ task: PyTask, _ result: Value) throws {
        if result.isNone {
            // A bare `yield` (asyncio.sleep(0)): step again on the next iteration.
            try scheduleTaskStep(task)
            return
        }
        let loop = task.loop
        if let f = result.asObject(PyFuture.self) {
            if f.loop !== loop {
                let e = makeException("RuntimeError", "Task \(taskRepr(task)) got Future \(futureAnyRepr(f)) attached to a different loop")
                try scheduleTaskStep(task, exception: e)
            } else if f.blocking {
                if f === task {
                    let e = makeException("RuntimeError", "Task cannot await on itself: \(taskRepr(task))")
                    try scheduleTaskStep(task, exception: e)
                } else {
                    f.blocking = false
                    try futureAddDoneCallback(f, .wakeup(Unmanaged.passUnretained(task)))
                    task.futWaiter = result.object
                    if task.mustCancel {
                        if try cancelFutureLike(result) { task.mustCancel = false }
                    }
                }
            } else {
                let e = makeException("RuntimeError", "yield was used instead of yield from in task \(taskRepr(task)) with \(futureAnyRepr(f))")
                try scheduleTaskStep(task, exception: e)
            }
            return
        }
        // A Future-like object of another kind (duck-typed, as asyncio does).
        if !(result.object is PyGenerator), let blocking = try getAttrOrNil(result, intern("_asyncio_future_blocking")), !blocking.isNone {
            if try isTrue(blocking) {
                try setAttr(result, intern("_asyncio_future_blocking"), .bool(false))
                // Bound to the Task, which it keeps alive as asyncio's wakeup
                // method does (the loop's task table does not).
                let wake = heap.track(PyBuiltinFunction(cls: types.builtinFunction, name: "__wakeup", isMethod: false,
                                                        boundSelf: Value(task)) { i, a in
                    guard let t = a.count > 0 ? a[0].asObject(PyTask.self) : nil else { return .none }
                    try i.taskWakeup(t, a.count > 1 ? a[1] : .none)
                    return .none
                })
                let mark = nativeRoots.count
                nativeRoots.append(Value(wake))
                defer { nativeRoots.removeSubrange(mark...) }
                _ = try callMethod(result, "add_done_callback", [Value(wake)])
                task.futWaiter = result.object
                if task.mustCancel {
                    if try cancelFutureLike(result) { task.mustCancel = false }
                }
            } else {
                let e = makeException("RuntimeError", "yield was used instead of yield from in task \(taskRepr(task)) with \(try repr(result))")
                try scheduleTaskStep(task, exception: e)
            }
            return
        }
        let msg: String
        if let g = result.asObject(PyGenerator.self), !g.isCoroutine {
            msg = "yield was used instead of yield from for generator in task \(taskRepr(task)) with \(try repr(result))"
        } else {
            msg = "Task got bad yield: \(try repr(result))"
        }
        try scheduleTaskStep(task, exception: makeException("RuntimeError", msg))
    }

    func futureAnyRepr(_ f: PyFuture) -> String {
        if let t = f as? PyTask { return taskRepr(t) }
        return futureRepr(f)
    }

    func cancelFutureLike(_ v: Value) throws -> Bool {
        if let f = v.asObject(PyFuture.self) {
            if let t = f as? PyTask { return try taskCancel(t) }
            return try futureCancel(f)
        }
        return try isTrue(try callMethod(v, "cancel", []))
    }

    func taskWakeup(_ task: PyTask, _ fut: Value) throws {
        try taskStep(task, try wakeupException(fut))
    }

    /// What Task.__wakeup throws into the coroutine: the exception
    /// `fut.result()` raises, or nil. The returned strong reference keeps
    /// the exception rooted while the caller steps the Task.
    func wakeupException(_ fut: Value) throws -> PyBaseException? {
        do {
            if let f = fut.asObject(PyFuture.self) {
                _ = try futureResult(f)
            } else {
                _ = try callMethod(fut, "result", [])
            }
        } catch let e as ScriptError {
            return e.exception
        }
        return nil
    }

    func taskCancel(_ t: PyTask) throws -> Bool {
        t.logTraceback = false
        if t.isDone { return false }
        if let w = t.futWaiter {
            if try cancelFutureLike(Value(w)) { return true }
        }
        t.mustCancel = true
        return true
    }
}

extension PyEventLoop {
    /// A placeholder exception (never raised) for checks that need one.
    func dummyException(_ i: Interpreter) -> PyBaseException {
        i.makeException(i.types.exception("Exception"), args: [])
    }
}
