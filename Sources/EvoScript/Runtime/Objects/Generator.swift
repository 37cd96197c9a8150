// Generators and coroutines: a suspended frame. The generator owns its
// slots (locals, cells, value stack) and a copy of its frame record; resuming
// pushes the record onto the frame stack and the dispatch loop runs it in
// place. Nothing is allocated per resume.

final class PyGenerator: PyObject {
    enum State: UInt8 { case created, suspended, running, finished }
    var frame: Frame
    let slots: UnsafeMutablePointer<Value>
    let slotCount: Int
    var state: State = .created
    /// The generator's own handled exception (sys.exc_info() inside it).
    var excState: Value = .none
    /// While suspended in YIELD_FROM on a generator: that generator (also on
    /// the value stack, so traced there). Nil whenever this frame is pushed.
    /// Unmanaged, so that walking a chain retains nothing.
    var delegateGen: Unmanaged<PyGenerator>?
    /// While this generator runs as the innermost of a `yield from` chain that
    /// was resumed at its root: the root (VM/GeneratorChain.swift).
    var chainRoot: Unmanaged<PyGenerator>?
    var name: String
    var qualname: String
    let isCoroutine: Bool
    /// True once the coroutine was awaited or sent to (no "never awaited" warning).
    var wasStarted = false
    /// Set when the collector has run this generator's finalizer.
    var finalized = false
    /// An async generator that finished or was closed (ag_closed).
    var asyncGenClosed = false
    /// The running loop's firstiter hook has seen this async generator (ag_hooks_inited).
    var asyncGenHooksInited = false
    var isAsyncGenerator: Bool { frame.code.flags.contains(.asyncGenerator) }

    init(cls: PyType, frame: Frame, slots: UnsafeMutablePointer<Value>, slotCount: Int, name: String, qualname: String, isCoroutine: Bool) {
        self.frame = frame
        self.slots = slots
        self.slotCount = slotCount
        self.name = name
        self.qualname = qualname
        self.isCoroutine = isCoroutine
        super.init(cls: cls)
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
    }

    override func trace(_ heap: Heap) {
        heap.mark(frame.code)
        heap.mark(frame.globals)
        heap.mark(frame.function)
        heap.mark(excState)
        // While running, the frame on the frame stack describes the live slots (marked there),
        // except for a delegator a running chain skipped, whose frame was not pushed.
        if state == .suspended || state == .created || (state == .running && delegateGen != nil) {
            var p = slots
            while p < frame.sp { heap.mark(p.pointee); p += 1 }
        }
    }

    /// The object a suspended `yield from` delegates to (gi_yieldfrom), if any.
    var delegate: Value? {
        // Suspended in `yield from`, the frame waits at the YIELD_FROM instruction itself.
        guard state == .suspended, frame.ip >= 0, frame.ip < frame.code.instrs.count else { return nil }
        let ins = frame.code.instrs[frame.ip]
        if ins.op == .yieldFrom && frame.sp > frame.stackBase {
            return (frame.sp - 1).pointee
        }
        return nil
    }
}
