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
    // is 88 bytes (a 96-byte malloc block) plus its slots: the code is read
    // through the function, the stack pointer is kept as an offset, and the
    // rarely set exception state and names live in `extras`.
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
    /// The saved stack pointer as an index into `slots` (valid while not running).
    private var savedSP: Int32
    /// Unmanaged, so that building the frame record and tracing retain
    /// nothing. A function's code never changes, so it is the generator's.
    private let functionRef: Unmanaged<PyFunction>
    /// Locals, then cells, then the value stack; freed when the generator finishes.
    private(set) var slots: UnsafeMutablePointer<Value>
    /// The generator's own handled exception and assigned names, made the
    /// first time either is set.
    private var extras: GeneratorExtras?
    /// While suspended in YIELD_FROM on a generator: that generator (also on
    /// the value stack, so traced there). Nil whenever this frame is pushed.
    /// Unmanaged, so that walking a chain retains nothing.
    var delegateGen: Unmanaged<PyGenerator>?
    /// While this generator runs as the innermost of a `yield from` chain that
    /// was resumed at its root: the root (VM/GeneratorChain.swift).
    var chainRoot: Unmanaged<PyGenerator>?

    var ip: Int {
        get { Int(savedIP) }
        set { savedIP = Int32(truncatingIfNeeded: newValue) }
    }
    /// The saved stack pointer (valid while not running).
    var sp: UnsafeMutablePointer<Value> {
        @inline(__always) get { slots + Int(savedSP) }
        @inline(__always) set { savedSP = Int32(truncatingIfNeeded: newValue - slots) }
    }
    private var codeRef: Unmanaged<PyCode> { functionRef._withUnsafeGuaranteedRef { $0.codeRef } }
    var code: PyCode { codeRef.takeUnretainedValue() }
    /// The code's flags, read borrowed.
    var codeFlags: CodeFlags { codeRef._withUnsafeGuaranteedRef { $0.flags } }
    var function: PyFunction { functionRef.takeUnretainedValue() }
    var globals: PyDict { function.globals }
    var stackBase: UnsafeMutablePointer<Value> { slots + function.stackOffset }
    var isAsyncGenerator: Bool { code.flags.contains(.asyncGenerator) }

    /// The generator's own handled exception (sys.exc_info() inside it).
    var excState: Value {
        get { extras?.exception.map { Value.obj($0) } ?? .none }
        set {
            if case .obj(let u) = newValue {
                if let extras { extras.exception = u } else { extras = GeneratorExtras(exception: u) }
            } else {
                guard let extras, extras.exception != nil else { return }
                extras.exception = nil
            }
            writeBarrier()
        }
    }

    var name: String {
        get { extras?.names?.name ?? function.names(atGeneration: nameGeneration).name }
        set { setNames(GeneratorNames(name: newValue, qualname: qualname)) }
    }

    var qualname: String {
        get { extras?.names?.qualname ?? function.names(atGeneration: nameGeneration).qualname }
        set { setNames(GeneratorNames(name: name, qualname: newValue)) }
    }

    private func setNames(_ names: GeneratorNames) {
        if let extras { extras.names = names } else { extras = GeneratorExtras(names: names) }
    }

    /// `classPointer`: the address of the generator, coroutine or
    /// async_generator type.
    /// `finalizable`: whether the collector must close it when it is dropped
    /// while suspended (a coroutine, or code that `closingMayRunCode`).
    init(classPointer: UnsafeMutableRawPointer, function: PyFunction, slots: UnsafeMutablePointer<Value>, isCoroutine: Bool,
         finalizable: Bool = true) {
        self.functionRef = Unmanaged.passUnretained(function)
        self.nameGeneration = function.nameGeneration
        self.slots = slots
        self.savedSP = Int32(truncatingIfNeeded: function.stackOffset)
        self.isCoroutine = isCoroutine
        super.init(classPointer: classPointer, kind: finalizable ? .finalizable : .other)
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
        // The function marks its code.
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

/// What few generators have: a handled exception saved across a yield
/// (sys.exc_info() inside the generator), names assigned to it.
final class GeneratorExtras {
    var exception: Unmanaged<PyObject>?
    var names: GeneratorNames?
    init(exception: Unmanaged<PyObject>? = nil, names: GeneratorNames? = nil) {
        self.exception = exception
        self.names = names
    }
}

/// Names given to a generator by assignment to __name__ / __qualname__.
final class GeneratorNames {
    let name: String
    let qualname: String
    init(name: String, qualname: String) { self.name = name; self.qualname = qualname }
}
