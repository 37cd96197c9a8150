// The Interpreter: all state of one EvoScript world. Two interpreters in one
// process share nothing.

import BigInt
#if canImport(Glibc)
import Glibc
#endif

public final class Interpreter {
    let heap = Heap()
    let types: TypeRegistry
    /// Interned names and identifier-like strings.
    private var interned: [CodePointKey: PyStr] = [:]
    let builtins: PyDict
    /// `builtins`, for the fast paths that read it borrowed.
    let builtinsRef: Unmanaged<PyDict>
    /// sys.modules
    var modules: PyDict
    let notImplemented: Value
    let ellipsis: Value

    // The value stack and the frame records (see Frame.swift).
    let stackCapacity: Int
    let stack: UnsafeMutablePointer<Value>
    var stackTop: UnsafeMutablePointer<Value>
    let frameCapacity: Int
    let frames: UnsafeMutablePointer<Frame>
    var frameCount = 0
    var recursionLimit = 1000
    /// Floats are unboxed, so NaN identity (`x in [x]` is True for the same
    /// NaN object in CPython) is kept in the payload: each float('nan') gets
    /// a new one.
    var nanSerial: UInt64 = 0
    /// Nested run loops (Swift calling back into script).
    var nativeDepth = 0
    let stackGuard = StackGuard()

    /// The exception being handled (sys.exc_info()), or .none.
    var handled: Value = .none
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    var reprInProgress: Set<ObjectIdentifier> = []
    /// Interned special-method names used on hot paths.
    var names = SpecialNames()
    /// Results of looking names up along types' MROs.
    let typeCache: TypeAttributeCache
    /// Interned one-character ASCII strings by code point, and "" at 128 (see makeStr).
    var shortStrings = [PyStr?](repeating: nil, count: 129)
    let builtinClassPointers: BuiltinClassPointers
    /// `%` format strings already parsed.
    let percentPieces = PercentPieceCache()
    /// Classes of builtin iterators, by name (Items.swift iteratorType).
    var iteratorTypes: [String: PyType] = [:]
    /// The classes of list and range iterators, made at every `for` over a
    /// list or range: looked up once rather than by hashing their names.
    lazy var listIteratorType = iteratorType("list_iterator")
    lazy var rangeIteratorType = iteratorType("range_iterator")
    /// The class of file objects open() returns.
    var fileType: PyType?
    /// Constructors of builtin types, by type.
    var constructors: [ObjectIdentifier: (Interpreter, PyType, Args) throws -> Value] = [:]
    /// Subsystems (the event loop, library modules) that hold values outside the heap's reach.
    var extraRootProviders: [(Heap) -> Void] = []
    /// True while the collector (or its finalizers) run: no nested collection.
    var inCollection = false
    /// gc.set_debug flags (only gc.DEBUG_STATS has an effect).
    var gcDebugFlags = 0
    /// The value of the last StopIteration that ended an iteration.
    var lastStopValue: Value = .none
    /// Values Swift code holds while it runs script code (see Heap).
    var nativeRoots: [Value] = []
    /// The lists generators taken whole are collected into, innermost last
    /// (held strongly, so the collector treats them as roots).
    var collectTargets: [PyList] = []
    /// The running totals of the sum() calls taking ints from generators in
    /// the run loop, innermost last (VM/GeneratorSum.swift).
    var intSums: [Int] = []
    /// The address of str.split's builtin, for `a, b = s.split(sep)` (VM/SplitUnpack.swift).
    var strSplitMethod: UnsafeMutableRawPointer?
    /// The builtin len, by address: a call of it with an exact str, list,
    /// tuple or dict is answered without calling it (VM/Calls.swift).
    var builtinLen: UnsafeMutableRawPointer?
    /// Where str.split gathers its pieces before they are copied into a
    /// list that may reuse the storage of a dead one (StrPieces.swift).
    var splitScratch = GrowableBuffer<Value>()

    // Output.
    var stdout: OutputSink
    var stderr: OutputSink
    /// Files whose Python 2 softspace flag is set (print statement), by object.
    var softspaces: Set<ObjectIdentifier?> = []

    /// Set from any thread to interrupt the running script with KeyboardInterrupt.
    let interrupt = InterruptFlag()

    /// Folders searched for `import` of .evo modules.
    public var searchPath: [String] = []
    var argv: [String] = []
    var mainFilename = "<string>"
    /// Source text of files, for tracebacks.
    var sources: [String: [Substring]] = [:]
    /// Modules implemented in Swift, created on first import.
    var nativeModules: [String: (Interpreter) throws -> PyModule] = [:]
    var sysModule: PyModule?
    /// Where time.time()/monotonic() read the clock (see Modules/Clock.swift).
    var clock = ClockHooks()
    /// Types the library modules create in Swift, by name (marked as roots).
    var libraryTypes: [String: PyType] = [:]
    /// The event loop's clock, current loop and asyncio types (Loop/EventLoop.swift).
    let loopSupport = LoopSupport()

    public init(stdout: OutputSink = .standardOutput, stderr: OutputSink = .standardError) {
        let types = TypeRegistry(heap: heap)
        self.types = types
        typeCache = TypeAttributeCache(epoch: types.type.epoch)
        builtinClassPointers = BuiltinClassPointers(types)
        heap.freeLists.exactTupleClass = builtinClassPointers.tuple
        heap.freeLists.exactListClass = builtinClassPointers.list
        self.stdout = stdout
        self.stderr = stderr
        builtins = heap.track(PyDict(cls: types.dict))
        builtinsRef = Unmanaged.passUnretained(builtins)
        modules = heap.track(PyDict(cls: types.dict))
        notImplemented = Value(heap.track(PySingleton(cls: types.notImplementedType, name: "NotImplemented")))
        ellipsis = Value(heap.track(PySingleton(cls: types.ellipsisType, name: "Ellipsis")))
        stackCapacity = 1 << 20
        stack = ValueStackMemory.allocate(stackCapacity)
        stackTop = stack
        frameCapacity = 20_000
        frames = UnsafeMutablePointer<Frame>.allocate(capacity: frameCapacity)
        names = SpecialNames(self)
        setUpTypes()
        setUpBuiltins()
        setUpFileType()
        registerNativeModules()
    }

    deinit {
        typeCache.deallocate()
        ValueStackMemory.free(stack)
        splitScratch.deallocate()
        frames.deallocate()
    }

    // MARK: object factories

    func intern(_ s: String) -> PyStr {
        let k = CodePointKey(s)
        if let v = interned[k] { return v }
        let o = heap.track(PyStr(cls: types.str, s))
        o.isInterned = true
        interned[k] = o
        return o
    }

    /// A str object for `s`. The empty string and one-character ASCII strings
    /// are shared (interned), as CPython shares its one-character strings, so
    /// iterating over or indexing text allocates nothing.
    @inline(__always)
    func makeStr(_ s: String) -> Value {
        let n = s.utf8.count
        if n <= 1 { return Value(shortString(s, n)) }
        if let u = heap.freeLists.strs.take() {
            let measured = PyStr.measure(s)
            u._withUnsafeGuaranteedRef { $0.reuse(s, count: measured.count, isASCII: measured.isASCII) }
            return Value(heap.trackRecycled(u))
        }
        return Value(heap.trackNew(PyStr(exactStrClass: builtinClassPointers.str, s)))
    }

    /// A str object for text whose code-point count is known (see PyStr.init).
    @inline(__always)
    func makeStr(_ s: String, count: Int, isASCII: Bool) -> Value {
        if count <= 1 && isASCII { return Value(shortString(s, count)) }
        if let u = heap.freeLists.strs.take() {
            u._withUnsafeGuaranteedRef { $0.reuse(s, count: count, isASCII: isASCII) }
            return Value(heap.trackRecycled(u))
        }
        return Value(heap.trackNew(PyStr(exactStrClass: builtinClassPointers.str, s, count: count, isASCII: isASCII)))
    }

    private func shortString(_ s: String, _ n: Int) -> PyStr {
        let slot = n == 0 ? 128 : Int(s.utf8.first ?? 0)
        guard slot <= 128 else { return heap.track(PyStr(cls: types.str, s)) }
        if let cached = shortStrings[slot] { return cached }
        let o = intern(s)
        shortStrings[slot] = o
        return o
    }

    func makeInt(_ v: BigInt) -> Value {
        if let i = Int(exactly: v) { return .int(i) }
        return Value(heap.track(PyLong(cls: types.int, v)))
    }

    func makeTuple(_ items: [Value]) -> PyTuple { heap.track(PyTuple(exactClass: builtinClassPointers.tuple, items)) }
    func makeList(_ items: [Value]) -> PyList { heap.track(PyList(exactClass: builtinClassPointers.list, items)) }
    /// A tuple of `values` (BUILD_TUPLE), reusing a dead tuple and its item
    /// storage when there is one.
    @inline(__always)
    func makeTupleValue(copying values: UnsafeBufferPointer<Value>) -> Value {
        if let u = heap.freeLists.tuples.take() {
            u._withUnsafeGuaranteedRef { $0.reuse(values) }
            return Value(heap.trackRecycled(u))
        }
        return makeTupleValue(Array(values))
    }

    /// A new tuple as a Value: the only reference moves into the heap (no
    /// retain and release, as returning the object would take).
    @inline(__always)
    func makeTupleValue(_ items: [Value]) -> Value {
        Value(heap.trackNew(PyTuple(exactClass: builtinClassPointers.tuple, items)))
    }
    /// A new list as a Value (see makeTupleValue).
    @inline(__always)
    func makeListValue(_ items: [Value]) -> Value {
        if let u = heap.freeLists.lists.take() {
            u._withUnsafeGuaranteedRef { $0.reuse(items) }
            return Value(heap.trackRecycled(u))
        }
        return Value(heap.trackNew(PyList(exactClass: builtinClassPointers.list, items)))
    }

    /// A list of `values` (BUILD_LIST, split), reusing a dead list and its
    /// item storage when there is one.
    @inline(__always)
    func makeListValue(copying values: UnsafeBufferPointer<Value>) -> Value {
        if let u = heap.freeLists.lists.take() {
            u._withUnsafeGuaranteedRef { $0.reuse(values) }
            return Value(heap.trackRecycled(u))
        }
        return Value(heap.trackNew(PyList(exactClass: builtinClassPointers.list, Array(values))))
    }
    func makeDict() -> PyDict { heap.track(PyDict(cls: types.dict)) }
    func makeSet(frozen: Bool = false) -> PySet { heap.track(PySet(cls: frozen ? types.frozenset : types.set, frozen: frozen)) }
    func makeBytes(_ b: [UInt8]) -> PyBytes { heap.track(PyBytes(cls: types.bytes, b)) }

    func makeBuiltin(_ name: String, _ fn: @escaping NativeFunction) -> PyBuiltinFunction {
        heap.track(PyBuiltinFunction(cls: types.builtinFunction, name: name, isMethod: false, fn: fn))
    }

    // MARK: exceptions

    /// A new exception of the builtin class `name` with one message argument.
    func makeException(_ name: String, _ message: String) -> PyBaseException {
        heap.track(PyBaseException(cls: types.exception(name), args: [makeStr(message)]))
    }

    func makeException(_ type: PyType, args: [Value]) -> PyBaseException {
        heap.track(PyBaseException(cls: type, args: args))
    }

    /// `throw interp.error("TypeError", "...")`
    func error(_ name: String, _ message: String) -> ScriptError {
        ScriptError(exception: makeException(name, message))
    }

    func typeError(_ message: String) -> ScriptError { error("TypeError", message) }
    func valueError(_ message: String) -> ScriptError { error("ValueError", message) }

    // MARK: roots

    /// Marks everything the interpreter itself holds.
    func markRoots(_ h: Heap) {
        types.trace(h)
        h.mark(builtins)
        h.mark(modules)
        h.mark(notImplemented)
        h.mark(ellipsis)
        h.mark(handled)
        h.mark(lastStopValue)
        for v in nativeRoots { h.mark(v) }
        for (_, s) in interned { h.mark(s) }
        h.mark(sysModule)
        h.mark(fileType)
        for i in 0..<frameCount {
            let f = frames[i]
            h.mark(f.code)
            h.mark(f.globals)
            h.mark(f.function)
            h.mark(f.localsDict)
            h.mark(f.generator)
            h.mark(f.outerHandled)
            var p = f.locals
            while p < f.sp { h.mark(p.pointee); p += 1 }
        }
        markExtraRoots(h)
    }

    /// Collects garbage now (a safe point: every live value is rooted); `full`
    /// collects the old generation too (gc.collect()). Then
    /// runs the finalizers of what became unreachable: a suspended generator
    /// is closed (its finally blocks run), a coroutine never awaited is reported.
    @discardableResult
    func collectGarbage(full: Bool = false) -> Int {
        if inCollection { return 0 }
        inCollection = true
        defer { inCollection = false }
        let stats = gcDebugFlags & GCDebug.stats != 0 ? GCDebug.Stats(heap) : nil
        // The finalizable objects are tested borrowed (a cast would retain
        // and release each one, and there is one per generator made).
        let (freed, finalize) = heap.collect(full: full, markRoots: { h in self.markRoots(h) }, needsFinalizer: { o in
            guard o is PyGenerator else { return futureNeedsFinalizer(o) }
            let g = unsafeDowncast(o, to: PyGenerator.self)
            guard !g.finalized else { return false }
            return g.state == .suspended || (g.isCoroutine && g.state == .created)
        })
        if let stats { stderr.write(stats.report(heap, freed: freed)) }
        if !finalize.isEmpty {
            let mark = nativeRoots.count
            nativeRoots.append(contentsOf: finalize.map { Value($0) })
            defer { nativeRoots.removeSubrange(mark...) }
            // Futures first: a Task is reported while its coroutine is as it left it.
            for o in finalize { if let f = o as? PyFuture { finalizeFuture(f) } }
            for o in finalize { runFinalizer(o) }
        }
        return freed
    }

    func runFinalizer(_ o: PyObject) {
        guard let g = o as? PyGenerator else { return }
        g.finalized = true
        if g.isCoroutine && g.state == .created {
            stderr.write("sys:1: RuntimeWarning: coroutine '\(g.qualname)' was never awaited\n")
            g.finish()
            return
        }
        do {
            try genClose(g)
        } catch let e as ScriptError {
            writeUnraisable(e.exception, in: Value(g), fallback: "<generator>")
        } catch {
        }
    }
}

/// A flag another thread may set to interrupt the script.
public final class InterruptFlag: @unchecked Sendable {
    private let p = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    init() { p.initialize(to: 0) }
    deinit { p.deallocate() }
    public func set() { p.pointee = 1 }
    var isSet: Bool {
        @inline(__always) get { p.pointee != 0 }
    }
    func clear() { p.pointee = 0 }
}

/// Special-method names interned once, so attribute lookups on hot paths
/// do not hash a Swift string per access.
struct SpecialNames {
    private(set) var getattribute: PyStr?
    private(set) var getattr: PyStr?
    private(set) var get: PyStr?
    private(set) var set: PyStr?
    private(set) var delete: PyStr?
    private(set) var setattr: PyStr?
    private(set) var delattr: PyStr?
    private(set) var call: PyStr?
    private(set) var initializer: PyStr?
    private(set) var new: PyStr?
    private(set) var eq: PyStr?
    private(set) var hash: PyStr?
    private(set) var len: PyStr?
    private(set) var iter: PyStr?
    private(set) var next: PyStr?
    private(set) var bool: PyStr?
    private(set) var getitem: PyStr?
    private(set) var setitem: PyStr?
    private(set) var delitem: PyStr?
    private(set) var contains: PyStr?
    private(set) var repr: PyStr?
    private(set) var str: PyStr?

    init() {}

    init(_ interp: Interpreter) {
        getattribute = interp.intern("__getattribute__")
        getattr = interp.intern("__getattr__")
        get = interp.intern("__get__")
        set = interp.intern("__set__")
        delete = interp.intern("__delete__")
        setattr = interp.intern("__setattr__")
        delattr = interp.intern("__delattr__")
        call = interp.intern("__call__")
        initializer = interp.intern("__init__")
        new = interp.intern("__new__")
        eq = interp.intern("__eq__")
        hash = interp.intern("__hash__")
        len = interp.intern("__len__")
        iter = interp.intern("__iter__")
        next = interp.intern("__next__")
        bool = interp.intern("__bool__")
        getitem = interp.intern("__getitem__")
        setitem = interp.intern("__setitem__")
        delitem = interp.intern("__delitem__")
        contains = interp.intern("__contains__")
        repr = interp.intern("__repr__")
        str = interp.intern("__str__")
    }
}
