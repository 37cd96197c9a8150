// _asyncio: the Swift half of asyncio. The event loop type, Handle and
// TimerHandle, Future, Task and the future iterator, and the functions that
// reach the per-interpreter loop state (get_event_loop and friends). The
// wide, slow API (sleep, gather, wait, Queue, locks...) is EvoScript in
// EmbeddedAsyncio.swift, over this module.

extension Interpreter {
    private func makeLibraryType(_ name: String, module: String, base: PyType? = nil, subclassable: Bool = false) -> PyType {
        let b = base ?? types.object
        let t = heap.track(PyType(metatype: types.type, name: name, bases: [b], dict: makeDict(), layout: .other, isBuiltin: false))
        t.mro = [t] + b.mro
        t.isBaseType = subclassable
        t.dict.setStr(intern("__module__"), makeStr(module))
        libraryTypes[module + "." + name] = t
        return t
    }

    private func loopArg(_ a: Args, _ method: String) throws -> PyEventLoop {
        guard a.count > 0, let l = a[0].asObject(PyEventLoop.self) else {
            throw typeError("descriptor '\(method)' requires a '_UnixSelectorEventLoop' object")
        }
        return l
    }

    private func futureArg(_ a: Args, _ method: String) throws -> PyFuture {
        guard a.count > 0, let f = a[0].asObject(PyFuture.self) else {
            throw typeError("descriptor '\(method)' requires a '_asyncio.Future' object but received a '\(a.count > 0 ? typeName(a[0]) : "nothing")'")
        }
        return f
    }

    private func taskArg(_ a: Args, _ method: String) throws -> PyTask {
        guard a.count > 0, let t = a[0].asObject(PyTask.self) else {
            throw typeError("descriptor '\(method)' requires a '_asyncio.Task' object but received a '\(a.count > 0 ? typeName(a[0]) : "nothing")'")
        }
        return t
    }

    private func handleArg(_ a: Args) throws -> PyHandle {
        guard a.count > 0, let h = a[0].asObject(PyHandle.self) else { throw typeError("a Handle is required") }
        return h
    }

    /// The loop a Future gets when none is given: get_event_loop().
    func getEventLoop() throws -> PyEventLoop {
        if let r = loopSupport.runningLoop { return r }
        if loopSupport.currentLoop == nil && !loopSupport.currentLoopSet {
            loopSupport.currentLoop = newEventLoop()
            loopSupport.currentLoopSet = true
        }
        guard let l = loopSupport.currentLoop else {
            throw error("RuntimeError", "There is no current event loop in thread 'MainThread'.")
        }
        return l
    }

    func newEventLoop() -> PyEventLoop {
        heap.track(PyEventLoop(cls: loopSupport.loopType ?? types.object))
    }

    func loopFromKeyword(_ a: Args) throws -> PyEventLoop {
        if let l = a.keyword("loop"), !l.isNone {
            guard let loop = l.asObject(PyEventLoop.self) else { throw typeError("loop must be an event loop, not \(typeName(l))") }
            return loop
        }
        return try getEventLoop()
    }

    /// ensure_future for run_until_complete: Futures as they are, coroutines as Tasks, others through asyncio.ensure_future.
    func ensureFuture(_ v: Value, _ loop: PyEventLoop) throws -> PyFuture {
        if let f = v.asObject(PyFuture.self) {
            if f.loop !== loop { throw valueError("The future belongs to a different loop than the one specified as the loop argument") }
            return f
        }
        if isCoroutineObject(v) { return try makeTask(loop, coro: v, name: .none) }
        if let m = modules.getStr(intern("asyncio"))?.asObject(PyModule.self), let ef = m.dict.getStr(intern("ensure_future")) {
            let r = try call(ef, [v], [(intern("loop"), Value(loop))])
            if let f = r.asObject(PyFuture.self) { return f }
        }
        throw typeError("An asyncio.Future, a coroutine or an awaitable is required")
    }

    func runUntilComplete(_ loop: PyEventLoop, _ v: Value) throws -> Value {
        try checkClosed(loop)
        if loop.isRunning { throw error("RuntimeError", "This event loop is already running") }
        if loopSupport.runningLoop != nil {
            throw error("RuntimeError", "Cannot run the event loop while another loop is running")
        }
        let newTask = !(v.object is PyFuture)
        let fut = try ensureFuture(v, loop)
        // An unfinished Task made here raises below: no "destroyed" report.
        if newTask, let t = fut as? PyTask { t.logDestroyPending = false }
        let cb = runUntilCompleteCallback()
        try futureAddDoneCallback(fut, .script(Value(cb)))
        defer { fut.callbacks.removeAll { if case .script(let c) = $0 { return c.isIdentical(Value(cb)) }; return false } }
        do {
            try withExtendedLifetime(fut) { try runForever(loop) }
        } catch {
            if newTask && fut.isDone && fut.state != .cancelled { fut.logTraceback = false }
            throw error
        }
        if !fut.isDone { throw self.error("RuntimeError", "Event loop stopped before Future completed.") }
        return try futureResult(fut)
    }

    private func runUntilCompleteCallback() -> PyBuiltinFunction {
        if let cb = loopSupport.runUntilCompleteCallback { return cb }
        let cb = makeBuiltin("_run_until_complete_cb") { i, a in
            guard let f = a.count > 0 ? a[0].asObject(PyFuture.self) : nil else { return .none }
            if f.state == .finished, let e = f.exception.asObject(PyBaseException.self),
               i.isInstance(e, "SystemExit") || i.isInstance(e, "KeyboardInterrupt") {
                return .none
            }
            f.loop.stopping = true
            return .none
        }
        loopSupport.runUntilCompleteCallback = cb
        return cb
    }

    func closeLoop(_ loop: PyEventLoop) throws {
        if loop.isRunning { throw error("RuntimeError", "Cannot close a running event loop") }
        if loop.isClosed { return }
        loop.isClosed = true
        loop.ready.removeAll()
        loop.timers.removeAll()
        for fd in Array(loop.readers.keys) { removeReader(loop, fd) }
        for fd in Array(loop.writers.keys) { removeWriter(loop, fd) }
        loop.selector.close()
    }

    private func fdArg(_ v: Value) throws -> Int32 {
        var x = v
        if !(v.asObject(PyStr.self) == nil) || v.isNone {
            throw valueError("Invalid file object: \(try repr(v))")
        }
        if case .int = v {} else if let m = try getAttrOrNil(v, intern("fileno")) { x = try call(m, []) }
        guard case .int(let n) = x else { throw valueError("Invalid file object: \(try repr(v))") }
        if n < 0 { throw valueError("Invalid file descriptor: \(n)") }
        return Int32(truncatingIfNeeded: n)
    }

    private func secondsArg(_ v: Value, _ what: String) throws -> Double {
        switch v {
        case .int(let n): return Double(n)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        default:
            if let d = try floatValue(v) { return d }
            throw typeError("unsupported operand type(s) for +: 'float' and '\(typeName(v))'")
        }
    }

    func loopRepr(_ l: PyEventLoop) -> String {
        "<\(l.cls.name) running=\(l.isRunning ? "True" : "False") closed=\(l.isClosed ? "True" : "False") debug=\(l.debug ? "True" : "False")>"
    }

    // MARK: the module

    func makeAsyncioNativeModule() throws -> PyModule {
        let m = makeModule("_asyncio")
        let d = m.dict
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        let ls = loopSupport

        // Exceptions (asyncio.exceptions), made by script so they are ordinary classes.
        let excSource = """
        class CancelledError(BaseException):
            '''The Future or Task was cancelled.'''
            __module__ = 'asyncio.exceptions'
        class TimeoutError(Exception):
            '''The operation exceeded the given deadline.'''
            __module__ = 'asyncio.exceptions'
        class InvalidStateError(Exception):
            '''The operation is not allowed in this state.'''
            __module__ = 'asyncio.exceptions'
        class SendfileNotAvailableError(RuntimeError):
            __module__ = 'asyncio.exceptions'
        class IncompleteReadError(EOFError):
            __module__ = 'asyncio.exceptions'
            def __init__(self, partial, expected):
                r = 'undefined' if expected is None else repr(expected)
                super().__init__(f'{len(partial)} bytes read on a total of {r} expected bytes')
                self.partial = partial
                self.expected = expected
        class LimitOverrunError(Exception):
            __module__ = 'asyncio.exceptions'
            def __init__(self, message, consumed):
                super().__init__(message)
                self.consumed = consumed
        """
        d.setStr(intern("__builtins__"), Value(builtins))
        _ = try runCode(try compileSource(excSource, filename: "<asyncio.exceptions>"), globals: d, locals: nil)
        ls.cancelledError = d.getStr(intern("CancelledError"))?.asObject(PyType.self)
        ls.invalidStateError = d.getStr(intern("InvalidStateError"))?.asObject(PyType.self)
        ls.timeoutError = d.getStr(intern("TimeoutError"))?.asObject(PyType.self)

        // Handles.
        let handleT = makeLibraryType("Handle", module: "asyncio.events")
        let timerT = makeLibraryType("TimerHandle", module: "asyncio.events", base: handleT)
        ls.handleType = handleT
        ls.timerHandleType = timerT
        d.setStr(intern("Handle"), Value(handleT))
        d.setStr(intern("TimerHandle"), Value(timerT))
        addMethod(handleT, "cancel") { i, a in i.cancelHandle(try i.handleArg(a)); return .none }
        addMethod(handleT, "cancelled") { i, a in .bool(try i.handleArg(a).cancelled) }
        addMethod(handleT, "__repr__") { i, a in i.makeStr(i.handleRepr(try i.handleArg(a))) }
        addMethod(handleT, "_run") { i, a in try i.runHandle(try i.handleArg(a)); return .none }
        addGetSet(handleT, "_callback", get: { i, v in v.asObject(PyHandle.self).map { i.handleCallback($0).callback } ?? .none })
        addGetSet(handleT, "_args", get: { i, v in
            guard let h = v.asObject(PyHandle.self), !h.cancelled else { return .none }
            return Value(i.makeTuple(i.handleCallback(h).args))
        })
        addGetSet(handleT, "_cancelled", get: { _, v in .bool(v.asObject(PyHandle.self)?.cancelled ?? false) })
        addMethod(timerT, "when") { i, a in .float(Double(try i.handleArg(a).when) / 1e9) }
        addGetSet(timerT, "_when", get: { _, v in .float(Double(v.asObject(PyHandle.self)?.when ?? 0) / 1e9) })
        for (op, name) in [("<", "__lt__"), ("<=", "__le__"), (">", "__gt__"), (">=", "__ge__")] {
            addMethod(timerT, name) { _, a in
                guard a.count == 2, let x = a[0].asObject(PyHandle.self), let y = a[1].asObject(PyHandle.self), y.isTimer else { return .none }
                switch op {
                case "<": return .bool(x.when < y.when)
                case "<=": return .bool(x.when <= y.when)
                case ">": return .bool(x.when > y.when)
                default: return .bool(x.when >= y.when)
                }
            }
        }

        // The event loop.
        let loopT = makeLibraryType("_UnixSelectorEventLoop", module: "asyncio.unix_events")
        ls.loopType = loopT
        d.setStr(intern("_UnixSelectorEventLoop"), Value(loopT))
        constructors[ObjectIdentifier(loopT)] = { i, t, _ in
            let l = i.heap.track(PyEventLoop(cls: t))
            if t !== loopT { l.dict = i.makeDict() }
            return Value(l)
        }
        addMethod(loopT, "__init__") { _, _ in .none }
        addMethod(loopT, "__repr__") { i, a in
            i.makeStr(i.loopRepr(try i.loopArg(a, "__repr__")))
        }
        // The methods take the arguments of asyncio's `def`s (base_events.py).
        func loopMethod(_ name: String, _ params: [String], varargs: Bool = false,
                        kwonly: [(name: String, defaultValue: Value?)] = [],
                        _ body: @escaping (Interpreter, PyEventLoop, BoundArguments) throws -> Value) {
            let sig = DefSignature(name: name, params: ["self"] + params, varargs: varargs, kwonly: kwonly)
            addMethod(loopT, name) { i, a in
                let l = try i.loopArg(a, name)
                return try body(i, l, try i.bind(a, sig))
            }
        }
        /// callback, *args, context=None: with a context, the handle runs context.run(callback, *args).
        func scheduled(_ i: Interpreter, _ b: BoundArguments, callbackAt k: Int) throws -> (Value, [Value]) {
            let context = b.kwonly[0]
            if context.isNone { return (b.params[k], b.varargs) }
            return (try i.getAttr(context, i.intern("run")), [b.params[k]] + b.varargs)
        }
        let context: [(name: String, defaultValue: Value?)] = [("context", Value.none)]
        loopMethod("call_soon", ["callback"], varargs: true, kwonly: context) { i, l, b in
            let (cb, args) = try scheduled(i, b, callbackAt: 1)
            return Value(try i.callSoon(l, cb, args))
        }
        loopMethod("call_soon_threadsafe", ["callback"], varargs: true, kwonly: context) { i, l, b in
            let (cb, args) = try scheduled(i, b, callbackAt: 1)
            let h = try i.callSoon(l, cb, args)
            l.remote.wake()
            return Value(h)
        }
        loopMethod("call_later", ["delay", "callback"], varargs: true, kwonly: context) { i, l, b in
            let delay = try i.secondsArg(b.params[1], "delay")
            let (cb, args) = try scheduled(i, b, callbackAt: 2)
            return Value(try i.callAt(l, when: i.loopClock.now &+ i.nanoseconds(delay), cb, args))
        }
        loopMethod("call_at", ["when", "callback"], varargs: true, kwonly: context) { i, l, b in
            let when = try i.secondsArg(b.params[1], "when")
            let (cb, args) = try scheduled(i, b, callbackAt: 2)
            return Value(try i.callAt(l, when: i.nanoseconds(when), cb, args))
        }
        loopMethod("time", []) { i, _, _ in .float(i.loopClock.seconds) }
        loopMethod("run_forever", []) { i, l, _ in try i.runForever(l); return .none }
        loopMethod("run_until_complete", ["future"]) { i, l, b in try i.runUntilComplete(l, b.params[1]) }
        loopMethod("stop", []) { _, l, _ in l.stopping = true; return .none }
        loopMethod("close", []) { i, l, _ in try i.closeLoop(l); return .none }
        loopMethod("is_running", []) { _, l, _ in .bool(l.isRunning) }
        loopMethod("is_closed", []) { _, l, _ in .bool(l.isClosed) }
        loopMethod("get_debug", []) { _, l, _ in .bool(l.debug) }
        loopMethod("set_debug", ["enabled"]) { i, l, b in
            l.debug = try i.isTrue(b.params[1])
            return .none
        }
        loopMethod("create_future", []) { i, l, _ in
            Value(i.heap.track(PyFuture(cls: ls.futureType ?? i.types.object, loop: l)))
        }
        loopMethod("create_task", ["coro"], kwonly: [("name", Value.none)]) { i, l, b in
            Value(try i.makeTask(l, coro: b.params[1], name: b.kwonly[0]))
        }
        loopMethod("set_exception_handler", ["handler"]) { i, l, b in
            let h = b.params[1]
            if !h.isNone && !i.isCallable(h) {
                throw i.typeError("A callable object or None is expected, got \(try i.repr(h))")
            }
            l.exceptionHandler = h
            return .none
        }
        loopMethod("get_exception_handler", []) { _, l, _ in l.exceptionHandler }
        loopMethod("default_exception_handler", ["context"]) { i, l, b in
            guard let ctx = b.params[1].asObject(PyDict.self) else {
                throw i.error("AttributeError", "'\(i.typeName(b.params[1]))' object has no attribute 'get'")
            }
            i.defaultExceptionHandler(l, ctx)
            return .none
        }
        loopMethod("call_exception_handler", ["context"]) { i, l, b in
            guard let ctx = b.params[1].asObject(PyDict.self) else {
                throw i.error("AttributeError", "'\(i.typeName(b.params[1]))' object has no attribute 'get'")
            }
            try i.callExceptionHandler(l, ctx)
            return .none
        }
        loopMethod("add_reader", ["fd", "callback"], varargs: true) { i, l, b in
            try i.addReader(l, try i.fdArg(b.params[1]), b.params[2], b.varargs)
            return .none
        }
        loopMethod("remove_reader", ["fd"]) { i, l, b in .bool(i.removeReader(l, try i.fdArg(b.params[1]))) }
        loopMethod("add_writer", ["fd", "callback"], varargs: true) { i, l, b in
            try i.addWriter(l, try i.fdArg(b.params[1]), b.params[2], b.varargs)
            return .none
        }
        loopMethod("remove_writer", ["fd"]) { i, l, b in .bool(i.removeWriter(l, try i.fdArg(b.params[1]))) }
        addGetSet(loopT, "_ready", get: { i, v in
            guard let l = v.asObject(PyEventLoop.self) else { return .none }
            return Value(i.makeList(l.ready.map { Value(i.handle(for: $0, l)) }))
        })
        addGetSet(loopT, "_scheduled", get: { i, v in
            guard let l = v.asObject(PyEventLoop.self) else { return .none }
            var hs: [PyHandle] = []
            l.timers.forEach { if !$0.cancelled { hs.append($0) } }
            hs.sort { $0.when < $1.when }
            return Value(i.makeList(hs.map { Value($0) }))
        })
        addGetSet(loopT, "_stopping", get: { _, v in .bool(v.asObject(PyEventLoop.self)?.stopping ?? false) })

        // Future.
        let futT = makeLibraryType("Future", module: "_asyncio", subclassable: true)
        ls.futureType = futT
        d.setStr(intern("Future"), Value(futT))
        let futureSignature = ClinicSignature(name: "Future", params: ["loop"], requiredPositional: 0, maxPositional: 0)
        constructors[ObjectIdentifier(futT)] = { i, t, a in
            if t === futT { _ = try i.bind(a, futureSignature) }
            let f = i.heap.track(PyFuture(cls: t, loop: try i.loopFromKeyword(a)))
            if t !== futT { f.dict = i.makeDict() }
            return Value(f)
        }
        addMethod(futT, "__init__") { _, _ in .none }
        addMethod(futT, "done") { i, a in .bool(try i.futureArg(a, "done").isDone) }
        addMethod(futT, "cancelled") { i, a in .bool(try i.futureArg(a, "cancelled").state == .cancelled) }
        addMethod(futT, "result") { i, a in try i.futureResult(try i.futureArg(a, "result")) }
        addMethod(futT, "exception") { i, a in
            let f = try i.futureArg(a, "exception")
            switch f.state {
            case .cancelled: throw i.cancelledError()
            case .pending: throw i.invalidStateError("Exception is not set.")
            case .finished:
                f.logTraceback = false
                return f.exception
            }
        }
        addMethod(futT, "add_done_callback") { i, a in
            let f = try i.futureArg(a, "add_done_callback")
            guard a.count == 2 else { throw i.typeError("add_done_callback() missing 1 required positional argument: 'fn'") }
            try i.futureAddDoneCallback(f, .script(a[1]))
            return .none
        }
        addMethod(futT, "remove_done_callback") { i, a in
            let f = try i.futureArg(a, "remove_done_callback")
            guard a.count == 2 else { throw i.typeError("remove_done_callback() takes exactly one argument (\(a.count - 1) given)") }
            var kept: [PyFuture.Callback] = []
            var removed = 0
            for c in f.callbacks {
                if case .script(let v) = c, try v.isIdentical(a[1]) || i.equals(v, a[1]) { removed += 1; continue }
                kept.append(c)
            }
            f.callbacks = kept
            return .int(removed)
        }
        addMethod(futT, "set_result") { i, a in
            let f = try i.futureArg(a, "set_result")
            if f is PyTask { throw i.error("RuntimeError", "Task does not support set_result operation") }
            guard a.count == 2 else { throw i.typeError("set_result() takes exactly one argument (\(a.count - 1) given)") }
            try i.futureSetResult(f, a[1])
            return .none
        }
        addMethod(futT, "set_exception") { i, a in
            let f = try i.futureArg(a, "set_exception")
            if f is PyTask { throw i.error("RuntimeError", "Task does not support set_exception operation") }
            guard a.count == 2 else { throw i.typeError("set_exception() takes exactly one argument (\(a.count - 1) given)") }
            try i.futureSetException(f, a[1])
            return .none
        }
        addMethod(futT, "cancel") { i, a in
            let f = try i.futureArg(a, "cancel")
            if let t = f as? PyTask { return .bool(try i.taskCancel(t)) }
            return .bool(try i.futureCancel(f))
        }
        addMethod(futT, "get_loop") { i, a in Value(try i.futureArg(a, "get_loop").loop) }
        addMethod(futT, "__repr__") { i, a in
            let f = try i.futureArg(a, "__repr__")
            return i.makeStr(i.futureAnyRepr(f))
        }
        let iterT = makeLibraryType("FutureIter", module: "_asyncio")
        ls.futureIterType = iterT
        let makeIter: NativeFunction = { i, a in
            guard let f = a[0].asObject(PyFuture.self) else { throw i.typeError("a Future is required") }
            return Value(i.heap.track(PyFutureIter(cls: iterT, future: f)))
        }
        addMethod(futT, "__iter__", makeIter)
        addMethod(futT, "__await__", makeIter)
        addMethod(iterT, "__iter__") { _, a in a[0] }
        addMethod(iterT, "__next__") { i, a in
            if let v = try i.next(a[0]) { return v }
            let r = i.lastStopValue
            throw ScriptError(exception: i.makeException(i.types.exception("StopIteration"), args: r.isNone ? [] : [r]))
        }
        addMethod(iterT, "send") { i, a in
            guard a.count == 2 else { throw i.typeError("send() takes exactly one argument") }
            if let v = try i.next(a[0]) { return v }
            let r = i.lastStopValue
            throw ScriptError(exception: i.makeException(i.types.exception("StopIteration"), args: r.isNone ? [] : [r]))
        }
        addMethod(iterT, "close") { _, _ in .none }
        addGetSet(futT, "_asyncio_future_blocking", get: { _, v in .bool(v.asObject(PyFuture.self)?.blocking ?? false) },
                  set: { i, v, nv in v.asObject(PyFuture.self)?.blocking = try i.isTrue(nv) })
        addGetSet(futT, "_loop", get: { _, v in v.asObject(PyFuture.self).map { Value($0.loop) } ?? .none })
        addGetSet(futT, "_state", get: { i, v in v.asObject(PyFuture.self).map { i.makeStr(i.stateName($0)) } ?? .none })
        addGetSet(futT, "_result", get: { _, v in v.asObject(PyFuture.self)?.result ?? .none })
        addGetSet(futT, "_exception", get: { _, v in v.asObject(PyFuture.self)?.exception ?? .none })
        addGetSet(futT, "_log_traceback", get: { _, v in .bool(v.asObject(PyFuture.self)?.logTraceback ?? false) },
                  set: { i, v, nv in v.asObject(PyFuture.self)?.logTraceback = try i.isTrue(nv) })
        addGetSet(futT, "_callbacks", get: { i, v in
            guard let f = v.asObject(PyFuture.self) else { return .none }
            return Value(i.makeList(f.callbacks.map { c in
                switch c {
                case .script(let s): return s
                case .wakeup(let t): return Value(t.takeUnretainedValue())
                }
            }))
        })

        // Task.
        let taskT = makeLibraryType("Task", module: "_asyncio", base: futT, subclassable: true)
        ls.taskType = taskT
        d.setStr(intern("Task"), Value(taskT))
        let taskSignature = ClinicSignature(name: "Task", params: ["coro", "loop", "name"], requiredPositional: 1, maxPositional: 1)
        constructors[ObjectIdentifier(taskT)] = { i, t, a in
            let b = try i.bind(a, taskSignature)
            let loop = try i.loopFromKeyword(a)
            let task = try i.makeTask(loop, coro: b[0] ?? .none, name: b[2] ?? .none, cls: t)
            if t !== taskT { task.dict = i.makeDict() }
            return Value(task)
        }
        addMethod(taskT, "__init__") { _, _ in .none }
        addMethod(taskT, "__repr__") { i, a in i.makeStr(i.taskRepr(try i.taskArg(a, "__repr__"))) }
        addMethod(taskT, "get_coro") { i, a in try i.taskArg(a, "get_coro").coro }
        addMethod(taskT, "get_name") { i, a in i.taskName(try i.taskArg(a, "get_name")) }
        addMethod(taskT, "set_name") { i, a in
            let t = try i.taskArg(a, "set_name")
            guard a.count == 2 else { throw i.typeError("set_name() takes exactly one argument") }
            t.name = Value(try i.strObject(a[1]))
            return .none
        }
        addGetSet(taskT, "_coro", get: { _, v in v.asObject(PyTask.self)?.coro ?? .none })
        addGetSet(taskT, "_fut_waiter", get: { _, v in v.asObject(PyTask.self)?.futWaiter.map { Value($0) } ?? .none })
        addGetSet(taskT, "_must_cancel", get: { _, v in .bool(v.asObject(PyTask.self)?.mustCancel ?? false) })
        addGetSet(taskT, "_log_destroy_pending", get: { _, v in .bool(v.asObject(PyTask.self)?.logDestroyPending ?? false) },
                  set: { i, v, nv in v.asObject(PyTask.self)?.logDestroyPending = try i.isTrue(nv) })

        // Module functions.
        fn("get_event_loop") { i, a in
            try i.expectArgs(a, "get_event_loop", min: 0, max: 0)
            return Value(try i.getEventLoop())
        }
        fn("new_event_loop") { i, a in
            try i.expectArgs(a, "new_event_loop", min: 0, max: 0)
            return Value(i.newEventLoop())
        }
        fn("set_event_loop") { i, a in
            try i.expectArgs(a, "set_event_loop", min: 1, max: 1)
            if a[0].isNone {
                ls.currentLoop = nil
            } else if let l = a[0].asObject(PyEventLoop.self) {
                ls.currentLoop = l
            } else {
                throw ScriptError(exception: i.makeException(i.types.exception("AssertionError"), args: []))
            }
            ls.currentLoopSet = true
            return .none
        }
        fn("get_running_loop") { i, a in
            try i.expectArgs(a, "get_running_loop", min: 0, max: 0)
            guard let l = ls.runningLoop else { throw i.error("RuntimeError", "no running event loop") }
            return Value(l)
        }
        fn("_get_running_loop") { _, _ in ls.runningLoop.map { Value($0) } ?? .none }
        fn("current_task") { i, a in
            var loop: PyEventLoop
            if let l = i.argument(a, 0, "loop"), !l.isNone {
                guard let ll = l.asObject(PyEventLoop.self) else { throw i.typeError("an event loop is required") }
                loop = ll
            } else {
                guard let l = ls.runningLoop else { throw i.error("RuntimeError", "no running event loop") }
                loop = l
            }
            return loop.currentTask.map { Value($0) } ?? .none
        }
        fn("_take_asyncgens") { i, a in
            guard a.count == 1, let l = a[0].asObject(PyEventLoop.self) else { throw i.typeError("an event loop is required") }
            return Value(i.makeList(i.takeAsyncGens(l)))
        }
        fn("_all_tasks_list") { i, a in
            var loop: PyEventLoop
            if let l = i.argument(a, 0, "loop"), !l.isNone {
                guard let ll = l.asObject(PyEventLoop.self) else { throw i.typeError("an event loop is required") }
                loop = ll
            } else {
                guard let l = ls.runningLoop else { throw i.error("RuntimeError", "no running event loop") }
                loop = l
            }
            let ts = loop.tasks.tasks.map { Value($0) }
            return Value(i.makeList(ts))
        }
        fn("iscoroutine") { i, a in
            try i.expectArgs(a, "iscoroutine", min: 1, max: 1)
            return .bool(i.isCoroutineObject(a[0]))
        }
        fn("isfuture") { i, a in
            try i.expectArgs(a, "isfuture", min: 1, max: 1)
            if a[0].object is PyFuture { return .bool(true) }
            if a[0].object is PyType { return .bool(false) }
            let t = i.typeOf(a[0])
            guard t.lookup(i.intern("_asyncio_future_blocking")) != nil else { return .bool(false) }
            let b = try i.getAttrOrNil(a[0], i.intern("_asyncio_future_blocking"))
            return .bool(b != nil && !(b?.isNone ?? true))
        }
        fn("_future_set_result_unless_cancelled") { i, a in
            guard a.count == 2, let f = a[0].asObject(PyFuture.self) else { throw i.typeError("a Future is required") }
            if f.state == .cancelled { return .none }
            try i.futureSetResult(f, a[1])
            return .none
        }
        ls.futureResultCallback = d.getStr(intern("_future_set_result_unless_cancelled"))?.asObject(PyBuiltinFunction.self)
        ls.loopCallLater = loopT.dict.getStr(intern("call_later"))
        // asyncio.sleep's timer: loop.call_later(delay, _future_set_result_unless_cancelled,
        // future, result), made directly when call_later is the loop type's own.
        fn("_sleep_timer") { i, a in
            guard a.count == 4 else { throw i.typeError("_sleep_timer() takes 4 arguments") }
            if let l = a[0].asObject(PyEventLoop.self), let f = a[2].asObject(PyFuture.self), l.cls === ls.loopType,
               let own = ls.loopCallLater, loopT.dict.getStr(i.intern("call_later"))?.isIdentical(own) == true,
               l.dict?.getStr(i.intern("call_later")) == nil {
                let delay = try i.secondsArg(a[1], "delay")
                let result = a[3]
                return Value(try i.callAt(l, when: i.loopClock.now &+ i.nanoseconds(delay), kind: .futureResult,
                                          Value(f), result.isNone ? [] : [result]))
            }
            let cb = ls.futureResultCallback.map { Value($0) } ?? .none
            return try i.callMethod(a[0], "call_later", [a[1], cb, a[2], a[3]])
        }
        // asyncio.sleep is written as a generator with a bare `yield` for
        // sleep(0) (asyncio's `await __sleep0()` without the second
        // generator) and flagged here as a native coroutine (CO_COROUTINE),
        // which is what `async def sleep` makes in CPython.
        fn("_generator_as_coroutine") { i, a in
            guard a.count == 1, let f = a[0].asObject(PyFunction.self), f.code.flags.contains(.generator) else {
                throw i.typeError("a generator function is required")
            }
            f.code.flags.remove([.generator, .iterableCoroutine])
            f.code.flags.insert(.coroutine)
            return a[0]
        }
        return m
    }
}
