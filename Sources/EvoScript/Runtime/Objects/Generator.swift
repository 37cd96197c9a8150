// Generators and coroutines: a suspended frame. The generator owns its
// slots (locals, cells, value stack) and the part of its frame record that
// outlives a resume (code, globals, function, slots, sp, ip); resuming pushes
// a record built from them onto the frame stack and the dispatch loop runs it
// in place. Nothing is allocated per resume. The slots are freed as soon as
// the generator finishes, so finished generators waiting for the collector
// hold only this object.

final class PyGenerator: PyObject {
    enum State: UInt8 { case created, suspended, running, finished }
    // Small fields first: they fill the end of PyObject's words. A generator
    // is 104 bytes (a 112-byte malloc block) plus its slots.
    /// Its slots change only while it runs, and every resume, suspension and
    /// finish sets the state: so the write barrier (Heap.swift) is here.
    var state: State = .created { didSet { writeBarrier() } }
    let isCoroutine: Bool
    /// True once the coroutine was awaited or sent to (no "never awaited" warning).
    var wasStarted = false
    /// Set when the collector has run this generator's finalizer.
    var finalized = false
    /// An async generator that finished or was closed (ag_closed).
    var asyncGenClosed = false
    /// The running loop's firstiter hook has seen this async generator (ag_hooks_inited).
    var asyncGenHooksInited = false
    /// The function's name generation when the generator was made (its names then).
    private let nameGeneration: UInt32
    /// The saved instruction index (valid while not running).
    private var savedIP: Int32 = 0
    /// Unmanaged, so that building the frame record and tracing retain nothing.
    private let codeRef: Unmanaged<PyCode>
    private let functionRef: Unmanaged<PyFunction>
    /// Locals, then cells, then the value stack; freed when the generator finishes.
    private(set) var slots: UnsafeMutablePointer<Value>
    /// The saved stack pointer (valid while not running).
    var sp: UnsafeMutablePointer<Value>
    /// The generator's own handled exception (an exception object or nil).
    private var excObject: Unmanaged<PyObject>? { didSet { writeBarrier() } }
    /// While suspended in YIELD_FROM on a generator: that generator (also on
    /// the value stack, so traced there). Nil whenever this frame is pushed.
    /// Unmanaged, so that walking a chain retains nothing.
    var delegateGen: Unmanaged<PyGenerator>?
    /// While this generator runs as the innermost of a `yield from` chain that
    /// was resumed at its root: the root (VM/GeneratorChain.swift).
    var chainRoot: Unmanaged<PyGenerator>?
    /// Names assigned to gen.__name__ / __qualname__ (rare; otherwise the function's).
    private var ownNames: GeneratorNames?

    var ip: Int {
        get { Int(savedIP) }
        set { savedIP = Int32(truncatingIfNeeded: newValue) }
    }
    var code: PyCode { codeRef.takeUnretainedValue() }
    /// The code's flags, read borrowed.
    var codeFlags: CodeFlags { codeRef._withUnsafeGuaranteedRef { $0.flags } }
    var function: PyFunction { functionRef.takeUnretainedValue() }
    var globals: PyDict { function.globals }
    var stackBase: UnsafeMutablePointer<Value> { slots + function.stackOffset }
    var isAsyncGenerator: Bool { code.flags.contains(.asyncGenerator) }

    /// The generator's own handled exception (sys.exc_info() inside it).
    var excState: Value {
        get { excObject.map { Value.obj($0) } ?? .none }
        set {
            if case .obj(let u) = newValue { excObject = u } else { excObject = nil }
        }
    }

    var name: String {
        get { ownNames?.name ?? function.names(atGeneration: nameGeneration).name }
        set { ownNames = GeneratorNames(name: newValue, qualname: qualname) }
    }

    var qualname: String {
        get { ownNames?.qualname ?? function.names(atGeneration: nameGeneration).qualname }
        set { ownNames = GeneratorNames(name: name, qualname: newValue) }
    }

    /// `classPointer`: the address of the generator, coroutine or
    /// async_generator type.
    init(classPointer: UnsafeMutableRawPointer, function: PyFunction, slots: UnsafeMutablePointer<Value>, isCoroutine: Bool) {
        self.codeRef = function.codeRef
        self.functionRef = Unmanaged.passUnretained(function)
        self.nameGeneration = function.nameGeneration
        self.slots = slots
        self.sp = slots + function.stackOffset
        self.isCoroutine = isCoroutine
        super.init(classPointer: classPointer, kind: .finalizable)
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
        noteFinished()
    }

    /// A frame record for the saved state (pushed to resume, or inspected).
    var frame: Frame {
        @inline(__always) get {
            functionRef._withUnsafeGuaranteedRef { fn in
                let base = slots + fn.stackOffset
                return Frame(instrs: fn.instrs, consts: fn.consts, globalCache: fn.globalCache, code: fn.code, globals: fn.globals,
                             function: fn, localsDict: nil, generator: nil, locals: slots, stackBase: base, sp: sp, ip: ip,
                             returnSlot: nil, savedStackTop: base, outerHandled: .none, resumeKind: .native)
            }
        }
    }

    override var gcPolicy: GCPolicy { .barriered }
    override func trace(_ heap: Heap) {
        codeRef._withUnsafeGuaranteedRef { heap.mark($0) }
        functionRef._withUnsafeGuaranteedRef { heap.mark($0) }
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

/// Names given to a generator by assignment to __name__ / __qualname__.
final class GeneratorNames {
    let name: String
    let qualname: String
    init(name: String, qualname: String) { self.name = name; self.qualname = qualname }
}
