// The event loop (DESIGN.md §4, the talk's "Episode #0"): a ready queue of
// Handles, a heap of timers ordered by (when, sequence), an epoll selector
// and a clock. One iteration is asyncio's BaseEventLoop._run_once: wait for
// I/O (timeout 0 when something is ready, else until the first timer), queue
// the I/O callbacks and the due timers, then run exactly the handles queued
// at that moment; what they schedule waits for the next iteration.

import DequeModule
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-interpreter loop state: the clock, the current and running loops, and
/// the asyncio types made in Swift (strong references: they are roots).
final class LoopSupport {
    let clock = LoopClock()
    var trace = false
    /// The loop set_event_loop() installed (or get_event_loop() created).
    var currentLoop: PyEventLoop?
    /// True once set_event_loop was called (then get_event_loop never creates one).
    var currentLoopSet = false
    var runningLoop: PyEventLoop?
    var taskCounter = 0
    var loopType: PyType?
    var handleType: PyType?
    var timerHandleType: PyType?
    var futureType: PyType?
    var taskType: PyType?
    var futureIterType: PyType?
    var cancelledError: PyType?
    var invalidStateError: PyType?
    var timeoutError: PyType?
    var runUntilCompleteCallback: PyBuiltinFunction?
    /// _asyncio._future_set_result_unless_cancelled (what a `.futureResult` Handle shows).
    var futureResultCallback: PyBuiltinFunction?
    /// The loop type's own call_later (asyncio.sleep's fast path checks it is not replaced).
    var loopCallLater: Value?
}

/// Work posted to a loop from other threads; drained by the loop's thread.
public final class LoopRemote: @unchecked Sendable {
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var pending: [@Sendable (Interpreter) -> Void] = []
    private let wakeFd: Int32

    init(wakeFd: Int32) {
        self.wakeFd = wakeFd
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Schedules `work` on the loop's thread as a callback (call_soon_threadsafe) and wakes the loop.
    public func callSoonThreadsafe(_ work: @escaping @Sendable (Interpreter) -> Void) {
        pthread_mutex_lock(lock)
        pending.append(work)
        pthread_mutex_unlock(lock)
        wake()
    }

    func wake() {
        #if os(Linux)
        var one: UInt64 = 1
        _ = write(wakeFd, &one, 8)
        #endif
    }

    func drain() -> [@Sendable (Interpreter) -> Void] {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if pending.isEmpty { return [] }
        let p = pending
        pending = []
        return p
    }
}

final class PyEventLoop: PyObject {
    /// Add with `enqueue` and `addTimer`: they tell the collector
    /// what is new (below).
    var ready = Deque<ReadyEntry>()
    var timers = TimerQueue()
    let selector = Selector()
    var readers: [Int32: PyHandle] = [:]
    var writers: [Int32: PyHandle] = [:]
    var isRunning = false
    var stopping = false
    var isClosed = false
    var debug = false
    var exceptionHandler: Value = .none { didSet { writeBarrier() } }
    /// The Task being stepped (asyncio.current_task()); unmanaged (no reference
    /// counting per step), marked by the loop's trace.
    var currentTaskRef: Unmanaged<PyTask>? { didSet { writeBarrier() } }
    var currentTask: PyTask? {
        get { currentTaskRef?.takeUnretainedValue() }
        set { currentTaskRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// Tasks not done yet, by creation order (asyncio.all_tasks()); it does
    /// not keep them alive (TaskTable.swift).
    var tasks = TaskTable()
    /// Async generators first iterated while this loop ran (asyncio's
    /// firstiter hook), for shutdown_asyncgens(). Held strongly: finished
    /// ones are pruned as the list grows.
    var asyncgens: [PyGenerator] = []
    var asyncgensPruneAt = 64
    let remote: LoopRemote
    unowned(unsafe) var dict: PyDict? { didSet { writeBarrier() } }

    // A loop with many ready entries and timers is old and large: a minor
    // collection traces only what was queued since the last collection
    // (the newest ready entries are the last ones: the queue is consumed
    // from the front), not the whole loop (Heap.swift).
    private var queuedSinceCollection = 0
    private var timersSinceCollection: [Unmanaged<PyHandle>] = []

    func enqueue(_ e: ReadyEntry) {
        ready.append(e)
        queuedSinceCollection += 1
        writeBarrier()
    }

    func addTimer(_ h: PyHandle, when: Int) {
        timers.push(h, when: when)
        timersSinceCollection.append(Unmanaged.passUnretained(h))
        writeBarrier()
    }

    func addTask(_ t: PyTask) {
        tasks.insert(t)
    }

    override var gcPolicy: GCPolicy { .barriered }
    override func armBarrier() {
        gcBarrierArmed = true
        queuedSinceCollection = 0
        timersSinceCollection.removeAll(keepingCapacity: true)
    }
    override func traceRemembered(_ heap: Heap) {
        heap.markClass(of: self)
        var i = ready.count - min(queuedSinceCollection, ready.count)
        while i < ready.count { ready[i].mark(heap); i += 1 }
        for h in timersSinceCollection { heap.mark(h) }
        markFewReferences(heap)
    }

    override init(cls: PyType?, kind: ObjectKind = .other) {
        remote = LoopRemote(wakeFd: selector.wakeFd)
        super.init(cls: cls, kind: kind)
    }

    override func trace(_ heap: Heap) {
        for e in ready { e.mark(heap) }
        timers.forEach { heap.mark($0) }
        markFewReferences(heap)
    }

    /// The references besides the ready queue and the timers.
    private func markFewReferences(_ heap: Heap) {
        for (_, h) in readers { heap.mark(h) }
        for (_, h) in writers { heap.mark(h) }
        heap.mark(exceptionHandler)
        heap.mark(currentTask)
        for g in asyncgens { heap.mark(g) }
        heap.mark(dict)
    }

    override var attributes: PyDict? { dict }
}

extension Interpreter {
    var loopClock: LoopClock { loopSupport.clock }

    // MARK: scheduling

    func checkClosed(_ loop: PyEventLoop) throws {
        if loop.isClosed { throw error("RuntimeError", "Event loop is closed") }
    }

    @discardableResult
    func callSoon(_ loop: PyEventLoop, kind: PyHandle.Kind = .call, _ callback: Value, _ args: [Value]) throws -> PyHandle {
        try checkClosed(loop)
        let h = heap.track(PyHandle(cls: loopSupport.handleType ?? types.object, loop: loop, kind: kind, callback: callback, args: args))
        loop.enqueue(.handle(h))
        if loopSupport.trace { traceLoopEvent(loop, "schedule \(handleRepr(h))") }
        return h
    }

    /// call_at with a deadline in nanoseconds.
    func callAt(_ loop: PyEventLoop, when: Int, kind: PyHandle.Kind = .call, _ callback: Value, _ args: [Value]) throws -> PyHandle {
        try checkClosed(loop)
        let h = heap.track(PyHandle(cls: loopSupport.timerHandleType ?? types.object, loop: loop, kind: kind,
                                    callback: callback, args: args, isTimer: true))
        h.when = when
        h.scheduled = true
        loop.addTimer(h, when: when)
        if loopSupport.trace { traceLoopEvent(loop, "timer \(handleRepr(h))") }
        return h
    }

    func cancelHandle(_ h: PyHandle) {
        guard !h.cancelled else { return }
        h.cancelled = true
        if h.isTimer && h.scheduled { h.loop.timers.cancelledCount += 1 }
        h.callback = .none
        h.args = []
        h.native = nil
    }

    /// Seconds -> nanoseconds for deadlines (rounded to the nearest nanosecond).
    func nanoseconds(_ seconds: Double) -> Int {
        if !seconds.isFinite { return seconds > 0 ? Int.max / 2 : Int.min / 2 }
        let ns = (seconds * 1e9).rounded()
        if ns >= Double(Int.max / 2) { return Int.max / 2 }
        if ns <= Double(Int.min / 2) { return Int.min / 2 }
        return Int(ns)
    }

    func traceLoopEvent(_ loop: PyEventLoop, _ text: String) {
        let t = Double(loopClock.now) / 1e9
        stderr.write("[loop \(formatTraceTime(t))] \(text)\n")
    }

    private func formatTraceTime(_ t: Double) -> String {
        let ms = Int((t * 1000).rounded())
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - String(ms % 1000).count))\(ms % 1000)"
    }

    // MARK: running

    /// One iteration of the loop (asyncio's _run_once).
    func runOnce(_ loop: PyEventLoop) throws {
        for work in loop.remote.drain() {
            let h = heap.track(PyHandle(cls: loopSupport.handleType ?? types.object, loop: loop, kind: .native, callback: .none, args: []))
            h.native = { i in work(i) }
            loop.enqueue(.handle(h))
        }
        loop.timers.compactIfNeeded()
        let first = loop.timers.firstDeadline()
        var timeoutNs: Int? = nil
        if !loop.ready.isEmpty || loop.stopping {
            timeoutNs = 0
        } else if let w = first {
            timeoutNs = max(0, w - loopClock.now)
        }
        let clock = loopClock
        var events: [(fd: Int32, mask: UInt32)] = []
        if clock.isVirtual && !loop.selector.hasUserDescriptors && timeoutNs != nil {
            // Nothing to wait for but time: jump to the next timer.
            events = loop.selector.select(timeoutMs: 0)
            if let w = first, timeoutNs != 0, loop.remote.isEmptyHint { clock.advance(to: w) }
        } else {
            events = try waitForEvents(loop, timeoutNs: timeoutNs)
            if clock.isVirtual, events.isEmpty, let w = first, timeoutNs != 0 { clock.advance(to: w) }
        }
        for (fd, mask) in events {
            if mask & Selector.readable != 0, let h = loop.readers[fd] {
                if h.cancelled { removeReader(loop, fd) } else { loop.enqueue(.handle(h)) }
            }
            if mask & Selector.writable != 0, let h = loop.writers[fd] {
                if h.cancelled { removeWriter(loop, fd) } else { loop.enqueue(.handle(h)) }
            }
        }
        for work in loop.remote.drain() {
            let h = heap.track(PyHandle(cls: loopSupport.handleType ?? types.object, loop: loop, kind: .native, callback: .none, args: []))
            h.native = { i in work(i) }
            loop.enqueue(.handle(h))
        }
        let end = loopClock.now &+ 1
        while let h = loop.timers.popDue(before: end) {
            if h.cancelled { continue }
            if loopSupport.trace { traceLoopEvent(loop, "timer due \(handleRepr(h))") }
            loop.enqueue(.handle(h))
        }
        let ntodo = loop.ready.count
        for k in 0..<ntodo {
            guard let e = loop.ready.popFirst() else { break }
            try runReadyEntry(e, loop)
            // Between callbacks is a safe point too (checked every 1024 and at
            // the end): callbacks that neither loop nor call script functions
            // (call_soon chains) never reach one in the dispatch loop, and
            // their Handles would pile up.
            if k & 1023 == 1023 && heap.wantsCollection { collectGarbage() }
        }
        if heap.wantsCollection { collectGarbage() }
    }

    /// Waits in the selector; a long wait is cut in slices so an interrupt (Ctrl-C) is seen.
    private func waitForEvents(_ loop: PyEventLoop, timeoutNs: Int?) throws -> [(fd: Int32, mask: UInt32)] {
        let start = ClockHooks.readNanoseconds(CLOCK_MONOTONIC)
        while true {
            if interrupt.isSet { try safePoint() }
            var ms: Int32 = 100
            if let t = timeoutNs {
                let left = t - (ClockHooks.readNanoseconds(CLOCK_MONOTONIC) - start)
                if left <= 0 {
                    return loop.selector.select(timeoutMs: 0)
                }
                ms = Int32(min(100, (left + 999_999) / 1_000_000))
            }
            let ev = loop.selector.select(timeoutMs: ms)
            if !ev.isEmpty || !loop.remote.isEmptyHint { return ev }
            if let t = timeoutNs, ClockHooks.readNanoseconds(CLOCK_MONOTONIC) - start >= t { return ev }
        }
    }

    func runHandle(_ h: PyHandle) throws {
        if loopSupport.trace { traceLoopEvent(h.loop, "run \(handleRepr(h))") }
        do {
            switch h.kind {
            case .call:
                _ = try call(h.callback, h.args)
            case .taskStep:
                if let t = h.callback.asObject(PyTask.self) {
                    try taskStep(t, h.args.first?.asObject(PyBaseException.self))
                }
            case .taskWakeup:
                if let t = h.callback.asObject(PyTask.self), let f = h.args.first {
                    try taskWakeup(t, f)
                }
            case .native:
                if let n = h.native { try n(self) }
            case .futureResult:
                if let f = h.callback.asObject(PyFuture.self), f.state != .cancelled {
                    try futureSetResult(f, h.args.first ?? .none)
                }
            }
        } catch let e as ScriptError {
            try reportCallbackError(e, h)
        }
    }

    /// An exception a callback let out goes to the loop's exception handler
    /// (SystemExit and KeyboardInterrupt go on up).
    func reportCallbackError(_ e: ScriptError, _ h: PyHandle) throws {
        let exc = e.exception
        if isInstance(exc, "SystemExit") || isInstance(exc, "KeyboardInterrupt") { throw e }
        let ctx = makeDict()
        let cb: String
        switch h.kind {
        case .call, .futureResult:
            let (callback, args) = handleCallback(h)
            cb = formatCallbackSource(callback, args)
        default: cb = String(handleRepr(h).dropFirst("<Handle ".count).dropLast())
        }
        ctx.setStr(intern("message"), makeStr("Exception in callback \(cb)"))
        ctx.setStr(intern("exception"), Value(exc))
        ctx.setStr(intern("handle"), Value(h))
        try callExceptionHandler(h.loop, ctx)
    }

    func runForever(_ loop: PyEventLoop) throws {
        try checkClosed(loop)
        if loop.isRunning { throw error("RuntimeError", "This event loop is already running") }
        if loopSupport.runningLoop != nil {
            throw error("RuntimeError", "Cannot run the event loop while another loop is running")
        }
        loop.isRunning = true
        loopSupport.runningLoop = loop
        defer {
            loop.stopping = false
            loop.isRunning = false
            loopSupport.runningLoop = nil
        }
        while true {
            try runOnce(loop)
            if loop.stopping { break }
        }
    }

    // MARK: file descriptors

    func addReader(_ loop: PyEventLoop, _ fd: Int32, _ callback: Value, _ args: [Value]) throws {
        try checkClosed(loop)
        let h = heap.track(PyHandle(cls: loopSupport.handleType ?? types.object, loop: loop, kind: .call, callback: callback, args: args))
        if let old = loop.readers[fd] { cancelHandle(old) }
        loop.readers[fd] = h
        try setInterest(loop, fd)
    }

    func addWriter(_ loop: PyEventLoop, _ fd: Int32, _ callback: Value, _ args: [Value]) throws {
        try checkClosed(loop)
        let h = heap.track(PyHandle(cls: loopSupport.handleType ?? types.object, loop: loop, kind: .call, callback: callback, args: args))
        if let old = loop.writers[fd] { cancelHandle(old) }
        loop.writers[fd] = h
        try setInterest(loop, fd)
    }

    @discardableResult
    func removeReader(_ loop: PyEventLoop, _ fd: Int32) -> Bool {
        guard let h = loop.readers.removeValue(forKey: fd) else { return false }
        cancelHandle(h)
        try? setInterest(loop, fd)
        return true
    }

    @discardableResult
    func removeWriter(_ loop: PyEventLoop, _ fd: Int32) -> Bool {
        guard let h = loop.writers.removeValue(forKey: fd) else { return false }
        cancelHandle(h)
        try? setInterest(loop, fd)
        return true
    }

    private func setInterest(_ loop: PyEventLoop, _ fd: Int32) throws {
        let mask = (loop.readers[fd] != nil ? Selector.readable : 0) | (loop.writers[fd] != nil ? Selector.writable : 0)
        let err = loop.selector.setInterest(fd, mask)
        if err != 0 {
            loop.readers[fd] = nil
            loop.writers[fd] = nil
            throw error("OSError", "[Errno \(err)] \(String(cString: strerror(err)))")
        }
    }

    // MARK: exception handler

    func callExceptionHandler(_ loop: PyEventLoop, _ context: PyDict) throws {
        if loop.exceptionHandler.isNone {
            defaultExceptionHandler(loop, context)
            return
        }
        let mark = nativeRoots.count
        nativeRoots.append(Value(context))
        defer { nativeRoots.removeSubrange(mark...) }
        do {
            _ = try call(loop.exceptionHandler, [Value(loop), Value(context)])
        } catch let e as ScriptError {
            if isInstance(e.exception, "SystemExit") || isInstance(e.exception, "KeyboardInterrupt") { throw e }
            let ctx = makeDict()
            ctx.setStr(intern("message"), makeStr("Unhandled error in exception handler"))
            ctx.setStr(intern("exception"), Value(e.exception))
            ctx.setStr(intern("context"), Value(context))
            defaultExceptionHandler(loop, ctx)
        }
    }

    /// The default handler: the message, the other context entries, and the traceback, on stderr.
    func defaultExceptionHandler(_ loop: PyEventLoop, _ context: PyDict) {
        var message = "Unhandled exception in event loop"
        if let m = context.getStr(intern("message")), let s = try? str(m), !s.isEmpty { message = s }
        var lines = [message]
        var keys: [String] = []
        for e in context.liveEntries {
            if let k = e.key.asObject(PyStr.self), k.value != "message", k.value != "exception" { keys.append(k.value) }
        }
        for k in keys.sorted(by: { Array($0.unicodeScalars.map { $0.value }).lexicographicallyPrecedes($1.unicodeScalars.map { $0.value }) }) {
            if let v = context.getStr(intern(k)) { lines.append("\(k): \((try? repr(v)) ?? "?")") }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if let e = context.getStr(intern("exception"))?.asObject(PyBaseException.self) {
            text += formatException(e, chain: true, qualifyMain: false)
        }
        writeToStderr(text)
    }

    func writeToStderr(_ text: String) {
        stdout.flush()
        if let sys = sysModule, let err = sys.dict.getStr(intern("stderr")), (try? writeText(text, to: err)) != nil {
            return
        }
        stderr.write(text)
    }
}

extension LoopRemote {
    /// True when no cross-thread work is pending (a hint; racy by design).
    var isEmptyHint: Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return pending.isEmpty
    }
}

extension Interpreter {
    /// The thread-safe entry of the current event loop (created if needed):
    /// another thread may hand it work with `callSoonThreadsafe`.
    public func currentEventLoopRemote() -> LoopRemote? {
        guard (try? importModule("_asyncio")) != nil, let loop = try? getEventLoop() else { return nil }
        return loop.remote
    }

    /// Asks the running event loop to stop after its current iteration.
    public func stopRunningEventLoop() {
        loopSupport.runningLoop?.stopping = true
    }
}
