// The base of every heap object, and the type object.
//
// Objects refer to one another through `Value`s (unmanaged) or
// `unowned(unsafe)` fields: the Heap alone owns them, so ARC never runs a
// deep chain of deinits and never sees a cycle. Each subclass that holds
// references reports them in `trace`, which the collector calls while marking.

/// A tag the dispatch loop reads instead of a dynamic cast.
enum ObjectKind: UInt8 {
    case other, function, instance
    /// Refers to nothing but its builtin (always rooted) class, so marking
    /// it need not trace it: an exact str or int.
    case leaf
    /// May need a finalizer when it becomes garbage (a generator, a Future);
    /// the heap keeps a list of these so a collection need not test the rest.
    case finalizable
}

class PyObject {
    /// The object's class, unretained. Only the metatype `type` leaves it nil
    /// (it is its own class). Hot paths compare it as an address.
    final private(set) var classPointer: UnsafeMutableRawPointer?
    final var storedClass: PyType? {
        @inline(__always) get { classPointer.map { Unmanaged<PyType>.fromOpaque($0).takeUnretainedValue() } }
        set {
            classPointer = newValue.map { Unmanaged.passUnretained($0).toOpaque() }
            classLayout = newValue?.layout ?? .type
            writeBarrier()
        }
    }
    final var gcMark: Bool = false
    /// Set while the object is old, of a `.barriered` class, and not yet on
    /// the heap's remembered list (see Heap.swift).
    final var gcBarrierArmed: Bool = false
    final let objectKind: ObjectKind
    /// The layout of the object's class, kept here so the call and attribute
    /// paths can dispatch on it without loading (and retaining) the class.
    final private(set) var classLayout: Layout

    init(cls: PyType?, kind: ObjectKind = .other) {
        if let cls {
            self.classPointer = Unmanaged.passUnretained(cls).toOpaque()
            self.classLayout = cls.layout
        } else {
            self.classPointer = nil
            self.classLayout = .type
        }
        self.objectKind = kind
    }

    /// Whether `t` is this object's class, compared by address (no reference
    /// count is taken, as reading `cls` would).
    @inline(__always)
    final func isExactly(_ t: PyType) -> Bool {
        classPointer == Unmanaged.passUnretained(t).toOpaque()
    }

    /// The same with the class given by its address, read borrowed: making
    /// an object this way takes no reference count on its class.
    init(classPointer: UnsafeMutableRawPointer, kind: ObjectKind) {
        self.classPointer = classPointer
        self.objectKind = kind
        self.classLayout = Unmanaged<PyType>.fromOpaque(classPointer)._withUnsafeGuaranteedRef { $0.layout }
    }

    @inline(__always)
    final var cls: PyType {
        if let c = storedClass { return c }
        return unsafeDowncast(self, to: PyType.self)
    }

    /// Marks every object this one refers to (the class is marked by the Heap).
    func trace(_ heap: Heap) {}

    /// How the collector sees changes to this object's references (Heap.swift):
    /// classes that call `writeBarrier()` on every change override this.
    var gcPolicy: GCPolicy { .scanned }

    /// Makes a barriered object old: its next change is reported to the heap.
    func armBarrier() { gcBarrierArmed = true }

    /// Marks what a remembered object may have come to refer to since the
    /// last collection; classes that know which part changed trace only that.
    func traceRemembered(_ heap: Heap) {
        heap.markClass(of: self)
        trace(heap)
    }

    /// Called after a reference field of the object changed: an old object
    /// that may now refer to young ones goes on the heap's remembered list.
    @inline(__always)
    final func writeBarrier() {
        if gcBarrierArmed { rememberSelf() }
    }

    @inline(never)
    final func rememberSelf() {
        gcBarrierArmed = false
        withClassHeap { $0.remember(self) }
    }

    /// Calls `body` with the heap of this object's class, borrowed.
    @inline(__always)
    private final func withClassHeap(_ body: (Heap) -> Void) {
        guard let c = classPointer else { return }
        Unmanaged<PyType>.fromOpaque(c)._withUnsafeGuaranteedRef { t in
            t.gcHeapRef?._withUnsafeGuaranteedRef(body)
        }
    }

    /// Tells the heap that an old object finished its work (a generator
    /// returned, a Future got its result), a hint that it may soon be garbage.
    /// Between collections only old objects have their mark bit set.
    final func noteFinished() {
        if gcMark { withClassHeap { $0.noteOldFinished() } }
    }

    /// The instance attribute dictionary, for objects that have one.
    var attributes: PyDict? { nil }

    /// Whether the instance attribute dictionary holds `name`.
    func attributesContain(_ name: PyStr) -> Bool { attributes?.getStr(name) != nil }
}

/// What kind of Swift object a type's instances are: a user class inherits
/// the layout of its builtin base, so `class E(Exception)` makes exception
/// objects and `class C` plain instances.
enum Layout: UInt8 {
    case object, exception, type, int, float, bool, str, bytes, tuple, list, dict, set, frozenset
    case function, builtin, code, module, none, notImplemented, ellipsis, other
}

final class PyType: PyObject {
    var name: String
    var qualname: String
    /// Bumped whenever any type's attributes could change (see TypeAttributeCache).
    let epoch: TypeEpoch
    var bases: [PyType] { didSet { epoch.bump() } }
    var mro: [PyType] = [] { didSet { epoch.bump() } }
    var dict: PyDict {
        didSet { dict.typeEpoch = epoch; epoch.bump() }
    }
    var layout: Layout
    /// True for the types EvoScript defines in Swift: their attributes are fixed.
    var isBuiltin: Bool
    /// For builtin types: may a class derive from it?
    var isBaseType: Bool = true
    var doc: Value = .none
    /// The heap that tracks this type, which the write barrier of its
    /// instances reports to (set by Heap.track).
    var gcHeapRef: Unmanaged<Heap>?
    var gcHeap: Heap? {
        get { gcHeapRef?.takeUnretainedValue() }
        set { gcHeapRef = newValue.map { Unmanaged.passUnretained($0) } }
    }

    /// `epoch` is taken from the metatype; only the root metatype `type` passes one.
    init(metatype: PyType?, name: String, bases: [PyType], dict: PyDict, layout: Layout, isBuiltin: Bool,
         epoch: TypeEpoch? = nil) {
        let e = epoch ?? metatype?.epoch ?? TypeEpoch()
        self.epoch = e
        dict.typeEpoch = e
        e.bump()
        self.name = name
        self.qualname = name
        self.bases = bases
        self.dict = dict
        self.layout = layout
        self.isBuiltin = isBuiltin
        super.init(cls: metatype)
    }

    override func trace(_ heap: Heap) {
        for b in bases { heap.mark(b) }
        for m in mro { heap.mark(m) }
        heap.mark(dict)
        heap.mark(doc)
    }

    override var attributes: PyDict? { dict }

    /// Looks a name up along the MRO (no descriptors applied).
    @inline(__always)
    func lookup(_ name: PyStr) -> Value? {
        for t in mro {
            if let v = t.dict.getStr(name) { return v }
        }
        return nil
    }

    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }
}

/// Instances of user classes (and of `object()`): a class pointer and a dict.
final class PyInstance: PyObject {
    /// The attribute dict, unretained (the heap owns it); the attribute fast
    /// path borrows it without touching its reference count.
    private(set) var dictRef: Unmanaged<PyDict>?
    var dict: PyDict? {
        get { dictRef?.takeUnretainedValue() }
        set { dictRef = newValue.map { Unmanaged.passUnretained($0) }; writeBarrier() }
    }
    init(cls: PyType, dict: PyDict?) {
        self.dictRef = dict.map { Unmanaged.passUnretained($0) }
        super.init(cls: cls, kind: .instance)
    }
    override func trace(_ heap: Heap) { if let d = dict { heap.mark(d) } }
    override var gcPolicy: GCPolicy { .barriered }
    override var attributes: PyDict? { dict }
    /// Borrowed: a method call on an instance asks this every time.
    override func attributesContain(_ name: PyStr) -> Bool {
        dictRef?._withUnsafeGuaranteedRef { $0.getStr(name) != nil } ?? false
    }
}

/// A cell holding a variable shared between a function and its closures.
final class PyCell: PyObject {
    var value: Value { didSet { writeBarrier() } }
    init(cls: PyType, value: Value) { self.value = value; super.init(cls: cls) }
    override func trace(_ heap: Heap) { heap.mark(value) }
    override var gcPolicy: GCPolicy { .barriered }
}

/// Objects with no fields of their own: None's, NotImplemented's and Ellipsis's singletons.
final class PySingleton: PyObject {
    let name: String
    init(cls: PyType, name: String) { self.name = name; super.init(cls: cls) }
    override var gcPolicy: GCPolicy { .barriered }
}
