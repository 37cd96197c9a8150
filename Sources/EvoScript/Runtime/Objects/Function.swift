// Functions, code objects, bound methods and the descriptor wrappers.

struct CodeFlags: OptionSet {
    let rawValue: UInt32
    static let varargs = CodeFlags(rawValue: 1 << 0)
    static let varkw = CodeFlags(rawValue: 1 << 1)
    static let generator = CodeFlags(rawValue: 1 << 2)
    static let coroutine = CodeFlags(rawValue: 1 << 3)
    /// Module and class bodies: names live in a dict, not in slots.
    static let namesInDict = CodeFlags(rawValue: 1 << 4)
    static let isClassBody = CodeFlags(rawValue: 1 << 5)
    /// Uses `super()` without arguments / `__class__`.
    static let needsClassCell = CodeFlags(rawValue: 1 << 6)
    /// A generator made awaitable by types.coroutine.
    static let iterableCoroutine = CodeFlags(rawValue: 1 << 7)
    /// `async def` with `yield` (CO_ASYNC_GENERATOR).
    static let asyncGenerator = CodeFlags(rawValue: 1 << 8)
}

/// One bytecode instruction: an opcode and a 32-bit argument.
struct Instr {
    var op: Opcode
    var arg: Int32
    init(_ op: Opcode, _ arg: Int32 = 0) { self.op = op; self.arg = arg }
}

/// Where an exception raised in a protected range goes: pop the value stack
/// to `depth`, push the exception, jump to `target`.
struct ExceptionHandler {
    var target: Int32
    var depth: Int32
}

final class PyCode: PyObject {
    var name: String
    var qualname: String
    var filename: String
    var firstLine: Int
    var instrs: ContiguousArray<Instr> = [] {
        didSet { refreshPointers() }
    }
    /// Source line of each instruction.
    var lines: ContiguousArray<Int32> = []
    /// Per instruction: index into `handlers`, or -1 when unprotected.
    var handlerIndex: ContiguousArray<Int32> = []
    var handlers: [ExceptionHandler] = []
    var constants: [Value] = [] {
        didSet { refreshPointers() }
    }
    /// Stable copies of `instrs` and `constants` for the dispatch loop.
    private(set) var instrPtr = UnsafeMutablePointer<Instr>.allocate(capacity: 1)
    private(set) var constPtr = UnsafeMutablePointer<Value>.allocate(capacity: 1)

    private func refreshPointers() {
        instrPtr.deallocate()
        constPtr.deallocate()
        instrPtr = UnsafeMutablePointer<Instr>.allocate(capacity: max(1, instrs.count))
        for (i, x) in instrs.enumerated() { (instrPtr + i).initialize(to: x) }
        constPtr = UnsafeMutablePointer<Value>.allocate(capacity: max(1, constants.count))
        for (i, x) in constants.enumerated() { (constPtr + i).initialize(to: x) }
    }

    deinit {
        paramNamePtr.deallocate()
        namePtr.deallocate()
        instrPtr.deallocate()
        constPtr.deallocate()
        globalCache.deallocate()
    }
    var names: [PyStr] = [] {
        didSet {
            namePtr.deallocate()
            namePtr = UnsafeMutablePointer<Unmanaged<PyStr>>.allocate(capacity: max(1, names.count))
            for (i, n) in names.enumerated() { (namePtr + i).initialize(to: Unmanaged.passUnretained(n)) }
            globalCache.deallocate()
            globalCache = UnsafeMutablePointer<GlobalCacheEntry>.allocate(capacity: max(1, names.count))
            globalCache.initialize(repeating: GlobalCacheEntry(), count: max(1, names.count))
        }
    }
    /// The names again, unretained, for the dispatch loop (no reference counting per access;
    /// `names` keeps them alive).
    private(set) var namePtr = UnsafeMutablePointer<Unmanaged<PyStr>>.allocate(capacity: 1)
    /// One LOAD_GLOBAL cache entry per name.
    private(set) var globalCache = UnsafeMutablePointer<GlobalCacheEntry>.allocate(capacity: 1)
    /// Local variable names; cells follow them, then free variables.
    var varnames: [String] = []
    var cellvars: [String] = []
    var freevars: [String] = []
    /// For each cell variable that is also a parameter, the parameter's slot.
    var cellFromArg: [Int: Int] = [:]
    var argcount = 0
    var posonlyargcount = 0
    var kwonlyargcount = 0
    var flags: CodeFlags = []
    var stacksize = 0
    /// Names of parameters as interned strings, for keyword binding.
    var paramNames: [PyStr] = [] {
        didSet {
            paramNamePtr.deallocate()
            paramNamePtr = UnsafeMutablePointer<Unmanaged<PyStr>>.allocate(capacity: max(1, paramNames.count))
            for (i, n) in paramNames.enumerated() { (paramNamePtr + i).initialize(to: Unmanaged.passUnretained(n)) }
        }
    }
    /// The parameter names again, unretained (`paramNames` keeps them alive),
    /// so a call filling keyword-only defaults reads them without reference counting.
    private(set) var paramNamePtr = UnsafeMutablePointer<Unmanaged<PyStr>>.allocate(capacity: 1)

    init(cls: PyType, name: String, qualname: String, filename: String, firstLine: Int) {
        self.name = name; self.qualname = qualname; self.filename = filename; self.firstLine = firstLine
        super.init(cls: cls)
    }

    override func trace(_ heap: Heap) {
        for c in constants { heap.mark(c) }
        for n in names { heap.mark(n) }
        for n in paramNames { heap.mark(n) }
    }

    var nlocals: Int { varnames.count }
    var ncells: Int { cellvars.count + freevars.count }
    /// Slots a frame needs: locals, cells, then the value stack.
    var frameSize: Int { varnames.count + ncells + stacksize }
    var isGenerator: Bool { !flags.isDisjoint(with: [.generator, .coroutine, .asyncGenerator]) }

    func line(at ip: Int) -> Int {
        if ip >= 0 && ip < lines.count { return Int(lines[ip]) }
        return firstLine
    }
}

/// The kind of object a generator function's call makes.
enum GeneratorKind: UInt8 { case generator, coroutine, asyncGenerator }

final class PyFunction: PyObject {
    /// Unmanaged, so that making a generator or a frame from it retains nothing.
    let codeRef: Unmanaged<PyCode>
    var code: PyCode { codeRef.takeUnretainedValue() }
    unowned(unsafe) var globals: PyDict
    var name: String { willSet { earlierNames.append((name, qualname)) } }
    var qualname: String { willSet { earlierNames.append((name, qualname)) } }
    /// The names before each rename, so that a generator made before one keeps
    /// the names of its time (as CPython copies them into the generator).
    private var earlierNames: [(name: String, qualname: String)] = []
    var nameGeneration: UInt32 { UInt32(truncatingIfNeeded: earlierNames.count) }
    var defaults: [Value]
    /// Unmanaged, so that a call filling keyword-only defaults reads it
    /// without a reference count (see `kwdefaults`).
    var kwdefaultsRef: Unmanaged<PyDict>?
    var kwdefaults: PyDict? {
        @inline(__always) get { kwdefaultsRef?.takeUnretainedValue() }
        @inline(__always) set { kwdefaultsRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    var closure: [Value]
    var doc: Value = .none
    var module: Value = .none
    unowned(unsafe) var annotations: PyDict?
    unowned(unsafe) var dict: PyDict?
    /// True when a call with exactly argcount positional arguments can bind
    /// them in place (no *args, **kwargs, keyword-only parameters or cells from arguments).
    let isSimple: Bool
    /// The same for a generator (or coroutine) function: such a call copies the
    /// arguments into the new generator's slots.
    let makesSimpleGenerator: Bool
    /// A generator (or coroutine) function without *args, **kwargs or cells
    /// from arguments (keyword-only parameters allowed): a call with positional
    /// arguments only fills the rest from the defaults without the general binder.
    let makesGeneratorFromDefaults: Bool
    /// Whether closing a suspended generator of this code could run script
    /// code: it has a handler (try, with) that GeneratorExit would pass
    /// through, or delegates with `yield from` (closing the delegate). A
    /// plain generator without either needs no finalizer when it is dropped.
    let closingMayRunCode: Bool
    /// Whether its code delegates with `yield from` or `await`.
    let delegates: Bool
    /// What calling it makes, when its code is a generator's (read from the
    /// code's flags each time: `types.coroutine` and asyncio change them).
    var generatorKind: GeneratorKind {
        codeRef._withUnsafeGuaranteedRef { code in
            code.flags.contains(.asyncGenerator) ? .asyncGenerator : code.flags.contains(.coroutine) ? .coroutine : .generator
        }
    }
    // Copies of the code object's shape, read on every call without touching the code object.
    let argcount: Int
    let nlocals: Int
    let frameSize: Int
    let hasCells: Bool
    let instrs: UnsafeMutablePointer<Instr>
    let consts: UnsafeMutablePointer<Value>
    let globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    /// Slot index where the value stack starts (after locals and cells).
    let stackOffset: Int

    init(cls: PyType, code: PyCode, globals: PyDict, defaults: [Value], kwdefaults: PyDict?, closure: [Value]) {
        self.argcount = code.argcount
        self.nlocals = code.nlocals
        self.frameSize = code.frameSize
        self.hasCells = code.ncells > 0
        self.instrs = code.instrPtr
        self.consts = code.constPtr
        self.globalCache = code.globalCache
        self.stackOffset = code.nlocals + code.ncells
        self.codeRef = Unmanaged.passUnretained(code)
        self.globals = globals
        self.name = code.name
        self.qualname = code.qualname
        self.defaults = defaults
        self.kwdefaultsRef = kwdefaults.map { Unmanaged.passUnretained($0) }
        self.closure = closure
        let namedOnly = !code.flags.contains(.varargs) && !code.flags.contains(.varkw) && code.cellFromArg.isEmpty
        let positionalOnly = namedOnly && code.kwonlyargcount == 0
        self.isSimple = positionalOnly && !code.isGenerator
        self.makesSimpleGenerator = positionalOnly && code.isGenerator
        self.makesGeneratorFromDefaults = namedOnly && code.isGenerator
        self.delegates = code.instrs.contains { $0.op == .yieldFrom }
        self.closingMayRunCode = !code.handlers.isEmpty || delegates
        super.init(cls: cls, kind: .function)
    }

    /// Where the keyword-only parameters' defaults were last found in the
    /// keyword defaults dict: its address, its `mutations` count and one entry
    /// number per parameter (each entry's key is checked again on use).
    private var kwdefaultsSeen: UnsafeMutableRawPointer?
    private var kwdefaultsSeenMutations = -1
    private var kwdefaultEntries: UnsafeMutablePointer<Int32>?

    deinit { kwdefaultEntries?.deallocate() }

    /// Fills the `n` keyword-only parameters from `first` on (named by
    /// `names`) from `kd`, the keyword defaults dict, read borrowed. False
    /// when one has no default. A repeated call (`asyncio.sleep(0)` at every
    /// await) reads the entries found last time instead of hashing the names.
    func fillKeywordDefaults(_ slots: UnsafeMutablePointer<Value>, first: Int, count n: Int,
                             names: UnsafeMutablePointer<Unmanaged<PyStr>>, from kd: PyDict) -> Bool {
        let address = Unmanaged.passUnretained(kd).toOpaque()
        if kwdefaultsSeen == address && kwdefaultsSeenMutations == kd.mutations, let entries = kwdefaultEntries {
            var j = 0
            while j < n {
                guard let v = names[first + j]._withUnsafeGuaranteedRef({ kd.value(atEntry: Int(entries[j]), ifKey: $0) }) else { break }
                slots[first + j] = v
                j += 1
            }
            if j == n { return true }
        }
        kwdefaultsSeen = nil
        let entries = kwdefaultEntries ?? UnsafeMutablePointer<Int32>.allocate(capacity: max(1, n))
        kwdefaultEntries = entries
        var cacheable = true
        for j in 0..<n {
            let found = names[first + j]._withUnsafeGuaranteedRef { name -> (Int, Value, Bool)? in
                guard let ix = kd.entryIndex(ofStr: name) else { return nil }
                // Only an entry whose key is the name itself can be checked on reuse.
                return (ix, kd.value(atEntry: ix), kd.value(atEntry: ix, ifKey: name) != nil)
            }
            guard let f = found else { return false }
            slots[first + j] = f.1
            entries[j] = Int32(truncatingIfNeeded: f.0)
            if !f.2 { cacheable = false }
        }
        if cacheable {
            kwdefaultsSeen = address
            kwdefaultsSeenMutations = kd.mutations
        }
        return true
    }

    /// Fills parameters `given..<argcount` of a frame's locals from
    /// `defaults` (the caller checked that `given` reaches the first default).
    @inline(__always)
    func fillDefaults(_ locals: UnsafeMutablePointer<Value>, from given: Int) {
        let firstDefault = argcount - defaults.count
        var i = given
        while i < argcount { locals[i] = defaults[i - firstDefault]; i += 1 }
    }

    override func trace(_ heap: Heap) {
        heap.mark(code)
        heap.mark(globals)
        for d in defaults { heap.mark(d) }
        heap.mark(kwdefaults)
        for c in closure { heap.mark(c) }
        heap.mark(doc)
        heap.mark(module)
        heap.mark(annotations)
        heap.mark(dict)
    }

    override var attributes: PyDict? { dict }
}

/// A function bound to an instance.
final class PyMethod: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let function: Value
    let selfValue: Value
    init(cls: PyType, function: Value, selfValue: Value) {
        self.function = function; self.selfValue = selfValue
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(function); heap.mark(selfValue) }
}

/// Arguments of a call into Swift: positional values (for a method, the
/// first is self) and keyword pairs. The positional buffer usually points
/// into the VM's value stack, so the values stay rooted during the call.
struct Args {
    let positional: UnsafeBufferPointer<Value>
    let keywords: [(name: PyStr, value: Value)]

    var count: Int { positional.count }
    subscript(i: Int) -> Value { positional[i] }
    var isEmpty: Bool { positional.isEmpty && keywords.isEmpty }

    func keyword(_ name: String) -> Value? {
        for k in keywords where k.name.value.utf8.elementsEqual(name.utf8) { return k.value }
        return nil
    }
}

typealias NativeFunction = (Interpreter, Args) throws -> Value

/// A function written in Swift. In a type's dict it is a method descriptor
/// (`isMethod`): looked up on an instance it binds `self`.
/// Builtins the dispatch loop runs itself when they resume a generator.
enum GeneratorCall: UInt8 { case none, next, send }

final class PyBuiltinFunction: PyObject {
    /// Changes to its references call writeBarrier() (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let name: String
    let fn: NativeFunction
    let isMethod: Bool
    /// The bound receiver, or .unbound.
    let boundSelf: Value
    /// The type that defines a method (for repr and for checking self's type).
    unowned(unsafe) var owner: PyType? { didSet { writeBarrier() } }
    /// next() and generator.send(): the dispatch loop can resume the generator in place.
    var generatorCall: GeneratorCall = .none

    init(cls: PyType, name: String, isMethod: Bool, boundSelf: Value = .unbound, owner: PyType? = nil, fn: @escaping NativeFunction) {
        self.name = name; self.fn = fn; self.isMethod = isMethod; self.boundSelf = boundSelf; self.owner = owner
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(boundSelf); heap.mark(owner) }
}

final class PyProperty: PyObject {
    var fget: Value, fset: Value, fdel: Value, doc: Value
    init(cls: PyType, fget: Value, fset: Value, fdel: Value, doc: Value) {
        self.fget = fget; self.fset = fset; self.fdel = fdel; self.doc = doc
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(fget); heap.mark(fset); heap.mark(fdel); heap.mark(doc) }
}

/// staticmethod and classmethod objects: a wrapped callable.
final class PyMethodWrapper: PyObject {
    /// Changes to its references call writeBarrier() (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let callable: Value
    unowned(unsafe) var dict: PyDict? { didSet { writeBarrier() } }
    init(cls: PyType, callable: Value) { self.callable = callable; super.init(cls: cls) }
    override func trace(_ heap: Heap) { heap.mark(callable); heap.mark(dict) }
    override var attributes: PyDict? { dict }
}

final class PyModule: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let name: String
    /// Unmanaged, so that `module.name` reads the dict without a reference count.
    let dictRef: Unmanaged<PyDict>
    var dict: PyDict { @inline(__always) get { dictRef.takeUnretainedValue() } }
    init(cls: PyType, name: String, dict: PyDict) {
        self.name = name
        self.dictRef = Unmanaged.passUnretained(dict)
        super.init(cls: cls)
    }
    override func trace(_ heap: Heap) { heap.mark(dict) }
    override var attributes: PyDict? { dict }
}

/// Where LOAD_GLOBAL last found a name: valid while neither the globals nor
/// the builtins dict gained or lost a key (their `mutations` count).
struct GlobalCacheEntry {
    var globals: UnsafeMutableRawPointer? = nil
    var globalsMutations = -1
    var builtinsMutations = -1
    var index: Int32 = -1
    var inBuiltins = false
    /// The class (and type epoch) for which `obj.name` on an instance was found
    /// to be answered by the instance dict alone (see InstanceAttributes.swift).
    var loadClass: UnsafeMutableRawPointer? = nil
    var loadEpoch: UInt = 0
    /// Likewise for `obj.name = v` going straight into the instance dict.
    var storeClass: UnsafeMutableRawPointer? = nil
    var storeEpoch: UInt = 0
    /// Where `module.name` (LOAD_METHOD on a module) was last found: the
    /// module dict, its `mutations` count and the entry, for type epoch
    /// `moduleEpoch` (the module type holding nothing under the name).
    var moduleDict: UnsafeMutableRawPointer? = nil
    var moduleMutations = -1
    var moduleEntry: Int32 = -1
    var moduleEpoch: UInt = 0
}

extension PyFunction {
    /// The names the function had at `generation` (see nameGeneration).
    func names(atGeneration generation: UInt32) -> (name: String, qualname: String) {
        let i = Int(generation)
        return i < earlierNames.count ? earlierNames[i] : (name, qualname)
    }
}
