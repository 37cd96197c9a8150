// A frame record: the state of one running or suspended function. Records
// of ordinary calls live in the Interpreter's preallocated frame array and
// their slots in its value stack; a generator keeps its own slots, builds its
// record when it resumes and keeps its sp and ip when it suspends.

struct Frame {
    /// The code's instructions and constants (copied here so the loop never touches the code object).
    var instrs: UnsafeMutablePointer<Instr>
    var consts: UnsafeMutablePointer<Value>
    var globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    unowned(unsafe) var code: PyCode
    /// Unmanaged, so that LOAD_GLOBAL's cache check reads it without a
    /// reference count (see `globals`).
    var globalsRef: Unmanaged<PyDict>
    unowned(unsafe) var function: PyFunction?
    /// Names of module and class bodies (nil in functions).
    unowned(unsafe) var localsDict: PyDict?
    /// The generator whose frame this is. Unmanaged, so that reading it on a
    /// resume or yield retains nothing (see `generator`).
    var generatorRef: Unmanaged<PyGenerator>?
    /// Local slots, then cells, then the value stack.
    var locals: UnsafeMutablePointer<Value>
    var stackBase: UnsafeMutablePointer<Value>
    var sp: UnsafeMutablePointer<Value>
    var ip: Int
    /// Where the caller wants the result; nil when the frame returns to Swift.
    var returnSlot: UnsafeMutablePointer<Value>?
    /// The Interpreter's stack top before this frame was pushed.
    var savedStackTop: UnsafeMutablePointer<Value>
    /// While a generator runs: the handled exception of the code that resumed it.
    var outerHandled: Value
    /// How a generator frame was resumed, so its yield and return go to the right place.
    var resumeKind: ResumeKind
    /// Set when the exception being unwound was re-raised here (no new traceback entry).
    var suppressTraceback: Bool = false
}

extension Frame {
    var globals: PyDict {
        @inline(__always) get { globalsRef.takeUnretainedValue() }
        @inline(__always) set { globalsRef = Unmanaged.passUnretained(newValue) }
    }

    var generator: PyGenerator? {
        @inline(__always) get { generatorRef?.takeUnretainedValue() }
        @inline(__always) set { generatorRef = newValue.map { Unmanaged.passUnretained($0) } }
    }

    init(instrs: UnsafeMutablePointer<Instr>, consts: UnsafeMutablePointer<Value>, globalCache: UnsafeMutablePointer<GlobalCacheEntry>,
         code: PyCode, globals: PyDict, function: PyFunction?, localsDict: PyDict?, generator: PyGenerator?,
         locals: UnsafeMutablePointer<Value>, stackBase: UnsafeMutablePointer<Value>, sp: UnsafeMutablePointer<Value>, ip: Int,
         returnSlot: UnsafeMutablePointer<Value>?, savedStackTop: UnsafeMutablePointer<Value>, outerHandled: Value,
         resumeKind: ResumeKind) {
        self.init(instrs: instrs, consts: consts, globalCache: globalCache, code: code,
                  globalsRef: Unmanaged.passUnretained(globals), function: function,
                  localsDict: localsDict, generatorRef: generator.map { Unmanaged.passUnretained($0) }, locals: locals,
                  stackBase: stackBase, sp: sp, ip: ip, returnSlot: returnSlot, savedStackTop: savedStackTop,
                  outerHandled: outerHandled, resumeKind: resumeKind)
    }
}

extension UnsafeMutablePointer where Pointee == Frame {
    /// True unless the frame is a generator's (tested without retaining it).
    @inline(__always)
    var isOrdinaryCall: Bool { pointee.generatorRef == nil }
}

enum ResumeKind: UInt8 {
    /// An ordinary call.
    case call
    /// Resumed from Swift (next(), send(), throw()): yield and return leave the run loop.
    case native
    /// Resumed by FOR_ITER in the caller frame: a yield pushes the value; a return ends the loop.
    case forIter
    /// Resumed by YIELD_FROM in the caller (a delegating generator).
    case yieldFrom
    /// Resumed by next(gen) or gen.send(v) called in the caller frame: a yield
    /// is the call's result (at returnSlot); a return raises StopIteration there.
    case callResult
    /// Resumed by next(gen, default): a return gives the default instead
    /// (on the caller's stack, two slots above returnSlot).
    case callResultOrDefault
    /// Resumed by Swift code that takes every item (VM/GeneratorCollect.swift):
    /// a yield appends the value to the innermost collection and the frame
    /// runs on; a return leaves the run loop as for `native`.
    case collect
    /// Resumed by sum() (VM/GeneratorSum.swift): a yield of an int adds it to
    /// the innermost running total and the frame runs on; a yield of anything
    /// else, and a return, leave the run loop as for `native`.
    case sumInts

    /// Whether a yield in a frame resumed this way may be taken in the run
    /// loop (`collect`, `sumInts`).
    @inline(__always)
    var takesYieldsInLoop: Bool { rawValue >= ResumeKind.collect.rawValue }
}
