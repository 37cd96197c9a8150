// Generators and coroutines: a suspended frame. The generator owns its
// slots (locals, cells, value stack) and the part of its frame record that
// outlives a resume (code, globals, function, slots, sp, ip); resuming pushes
// a record built from them onto the frame stack and the dispatch loop runs it
// in place. Nothing is allocated per resume. The slots are freed as soon as
// the generator finishes, so finished generators waiting for the collector
// hold only this object.

final class PyGenerator: PyObject {
    enum State: UInt8 { case created, suspended, running, finished }
    unowned(unsafe) let code: PyCode
    unowned(unsafe) let globals: PyDict
    unowned(unsafe) let function: PyFunction?
    /// Locals, then cells, then the value stack; freed when the generator finishes.
    private(set) var slots: UnsafeMutablePointer<Value>
    let stackBase: UnsafeMutablePointer<Value>
    /// The saved stack pointer and instruction index (valid while not running).
    var sp: UnsafeMutablePointer<Value>
    var ip: Int
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
    var isAsyncGenerator: Bool { code.flags.contains(.asyncGenerator) }

    init(cls: PyType, function: PyFunction, slots: UnsafeMutablePointer<Value>, name: String, qualname: String, isCoroutine: Bool) {
        let code = function.code
        self.code = code
        self.globals = function.globals
        self.function = function
        self.slots = slots
        self.stackBase = slots + code.nlocals + code.ncells
        self.sp = stackBase
        self.ip = 0
        self.name = name
        self.qualname = qualname
        self.isCoroutine = isCoroutine
        super.init(cls: cls)
    }

    deinit {
        if state != .finished { slots.deallocate() }
    }

    /// The generator returned or raised (or was closed before it started):
    /// its slots are no longer needed.
    func finish() {
        guard state != .finished else { return }
        state = .finished
        excState = .none
        slots.deallocate()
    }

    /// A frame record for the saved state (pushed to resume, or inspected).
    var frame: Frame {
        Frame(instrs: code.instrPtr, consts: code.constPtr, globalCache: code.globalCache, code: code, globals: globals,
              function: function, localsDict: nil, generator: nil, locals: slots, stackBase: stackBase, sp: sp, ip: ip,
              returnSlot: nil, savedStackTop: stackBase, outerHandled: .none, resumeKind: .native)
    }

    override func trace(_ heap: Heap) {
        heap.mark(code)
        heap.mark(globals)
        heap.mark(function)
        heap.mark(excState)
        // While running, the frame on the frame stack describes the live slots (marked there),
        // except for a delegator a running chain skipped, whose frame was not pushed.
        if state == .suspended || state == .created || (state == .running && delegateGen != nil) {
            var p = slots
            while p < sp { heap.mark(p.pointee); p += 1 }
        }
    }

    /// The object a suspended `yield from` delegates to (gi_yieldfrom), if any.
    var delegate: Value? {
        // Suspended in `yield from`, the frame waits at the YIELD_FROM instruction itself.
        guard state == .suspended, ip >= 0, ip < code.instrs.count else { return nil }
        if code.instrs[ip].op == .yieldFrom && sp > stackBase {
            return (sp - 1).pointee
        }
        return nil
    }
}
