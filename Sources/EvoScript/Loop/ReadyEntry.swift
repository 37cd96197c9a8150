// The entries of the loop's ready queue. A Task step or wakeup is scheduled
// at every `await` that suspends, so it is queued as a plain entry rather
// than a Handle object: asyncio never gives those handles to a script, and
// one heap object per step was a third of the garbage an
// `await asyncio.sleep(0)` made. A Future's done callbacks are entries for
// the same reason (asyncio's Future does not keep the Handle either). A
// Handle is made for such an entry only when one is asked for: loop._ready,
// --trace-loop, or the context of an exception a callback lets out.
//
// The Task, Future and callback of an entry are unmanaged: the loop marks
// them while they are queued (PyEventLoop.trace), and runReadyEntry roots
// them while the entry runs.

enum ReadyEntry {
    /// A Handle (call_soon, a due timer, an I/O callback).
    case handle(PyHandle)
    /// Task.__step, throwing `exception` into the coroutine unless it is None.
    case step(Unmanaged<PyTask>, exception: Value)
    /// Task.__wakeup(future).
    case wakeup(Unmanaged<PyTask>, future: Unmanaged<PyFuture>)
    /// A done callback of a Future: `callback(future)`.
    case futureCallback(Value, future: Unmanaged<PyFuture>)

    func mark(_ heap: Heap) {
        switch self {
        case .handle(let h): heap.mark(h)
        case .step(let t, let exc):
            heap.mark(t)
            heap.mark(exc)
        case .wakeup(let t, let f):
            heap.mark(t)
            heap.mark(f)
        case .futureCallback(let cb, let f):
            heap.mark(cb)
            heap.mark(f)
        }
    }
}

extension Interpreter {
    /// Schedules Task.__step (call_soon(task.__step, exc)).
    /// The loop is read borrowed (a step is scheduled at every `await asyncio.sleep(0)`).
    func scheduleTaskStep(_ task: PyTask, exception: PyBaseException? = nil) throws {
        try task.loopRef._withUnsafeGuaranteedRef { loop in
            try checkClosed(loop)
            let e = ReadyEntry.step(Unmanaged.passUnretained(task), exception: exception.map { Value($0) } ?? .none)
            loop.enqueue(e)
            if loopSupport.trace { traceLoopEvent(loop, "schedule \(handleRepr(handle(for: e, loop)))") }
        }
    }

    /// Schedules Task.__wakeup(future) (a done Future calling its Task back).
    func scheduleTaskWakeup(_ task: PyTask, future: PyFuture) throws {
        let loop = future.loop
        try checkClosed(loop)
        let e = ReadyEntry.wakeup(Unmanaged.passUnretained(task), future: Unmanaged.passUnretained(future))
        loop.enqueue(e)
        if loopSupport.trace { traceLoopEvent(loop, "schedule \(handleRepr(handle(for: e, loop)))") }
    }

    /// Schedules a Future's done callback (call_soon(callback, future)).
    func scheduleFutureCallback(_ callback: Value, _ future: PyFuture) throws {
        let loop = future.loop
        try checkClosed(loop)
        let e = ReadyEntry.futureCallback(callback, future: Unmanaged.passUnretained(future))
        loop.enqueue(e)
        if loopSupport.trace { traceLoopEvent(loop, "schedule \(handleRepr(handle(for: e, loop)))") }
    }

    /// The Handle an entry stands for (a new one for a step, wakeup or done callback).
    func handle(for entry: ReadyEntry, _ loop: PyEventLoop) -> PyHandle {
        let cls = loopSupport.handleType ?? types.object
        switch entry {
        case .handle(let h): return h
        case .step(let t, let exc):
            return heap.track(PyHandle(cls: cls, loop: loop, kind: .taskStep, callback: Value(t.takeUnretainedValue()),
                                       args: exc.isNone ? [] : [exc]))
        case .wakeup(let t, let f):
            return heap.track(PyHandle(cls: cls, loop: loop, kind: .taskWakeup, callback: Value(t.takeUnretainedValue()),
                                       args: [Value(f.takeUnretainedValue())]))
        case .futureCallback(let cb, let f):
            return heap.track(PyHandle(cls: cls, loop: loop, kind: .call, callback: cb, args: [Value(f.takeUnretainedValue())]))
        }
    }

    /// Runs one ready entry (a cancelled Handle is skipped). While it runs,
    /// what the entry refers to is rooted (a pending Task is rooted by the
    /// loop's task table), so a Handle can still be made for it afterwards.
    func runReadyEntry(_ entry: ReadyEntry, _ loop: PyEventLoop) throws {
        if case .handle(let h) = entry {
            if !h.cancelled { try runHandle(h) }
            return
        }
        if loopSupport.trace { traceLoopEvent(loop, "run \(handleRepr(handle(for: entry, loop)))") }
        if case .step(let t, .none) = entry {
            // The usual step: nothing to root but the Task, which is pending.
            do {
                try t._withUnsafeGuaranteedRef { try taskStep($0, nil) }
            } catch let e as ScriptError {
                try reportCallbackError(e, handle(for: entry, loop))
            }
            return
        }
        let mark = nativeRoots.count
        defer { nativeRoots.removeSubrange(mark...) }
        do {
            switch entry {
            case .handle: break
            case .step(let t, let exc):
                nativeRoots.append(exc)
                try taskStep(t.takeUnretainedValue(), exc.asObject(PyBaseException.self))
            case .wakeup(let t, let f):
                // The future is rooted only while its result is read: the
                // step may run long (a coroutine building the next batch of
                // work), and what only the future reaches (a finished
                // gather's children) is garbage meanwhile.
                let future = Value(f.takeUnretainedValue())
                nativeRoots.append(future)
                let exception = try wakeupException(future)
                nativeRoots.removeSubrange(mark...)
                try taskStep(t.takeUnretainedValue(), exception)
            case .futureCallback(let cb, let f):
                let future = Value(f.takeUnretainedValue())
                nativeRoots.append(cb)
                nativeRoots.append(future)
                _ = try call(cb, [future])
            }
        } catch let e as ScriptError {
            try reportCallbackError(e, handle(for: entry, loop))
        }
    }
}
