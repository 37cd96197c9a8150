// A script value. Trivially copyable: small ints, floats, bools and None are
// immediate; everything else is an unmanaged reference to an object owned by
// the interpreter's tracing heap (Heap.swift). Copying a Value never touches a
// reference count; liveness is decided by marking from the roots.

enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case obj(Unmanaged<PyObject>)
    /// An unbound local or an absent entry. Never visible to scripts.
    case unbound

    @inline(__always)
    init(_ o: PyObject) { self = .obj(Unmanaged.passUnretained(o)) }

    @inline(__always)
    init<T: PyObject>(_ u: Unmanaged<T>) { self = .obj(Unmanaged<PyObject>.fromOpaque(u.toOpaque())) }

    /// The address of the object's class, read borrowed (no reference
    /// count), for exact-class tests against `BuiltinClassPointers`; nil
    /// for immediates and for the metatype `type`.
    @inline(__always)
    var classAddress: UnsafeMutableRawPointer? {
        guard case .obj(let u) = self else { return nil }
        return u._withUnsafeGuaranteedRef { $0.classPointer }
    }

    /// The object behind a reference value, or nil for immediates.
    @inline(__always)
    var object: PyObject? {
        if case .obj(let u) = self { return u.takeUnretainedValue() }
        return nil
    }

    /// `body(object)` when this is an object of the final Swift class T,
    /// else nil. The object is borrowed and its class compared by identity
    /// (a dynamic cast would take a reference count): for hot paths where
    /// the caller's value keeps it alive. T must be a final class (PyList,
    /// PyDict, PyStr...): instances of a Swift subclass would not match.
    @inline(__always)
    func withObject<T: PyObject, R>(_ t: T.Type, _ body: (T) throws -> R) rethrows -> R? {
        guard case .obj(let u) = self else { return nil }
        return try u._withUnsafeGuaranteedRef { o -> R? in
            guard ObjectIdentifier(type(of: o)) == ObjectIdentifier(T.self) else { return nil }
            return try body(unsafeDowncast(o, to: T.self))
        }
    }

    @inline(__always)
    func asObject<T: PyObject>(_ t: T.Type) -> T? {
        if case .obj(let u) = self { return u.takeUnretainedValue() as? T }
        return nil
    }

    /// The generator (or coroutine) behind the value, unmanaged: testing
    /// and borrowing it this way takes no reference count, where `asObject`
    /// retains the object and releases it again.
    @inline(__always)
    var generatorRef: Unmanaged<PyGenerator>? {
        guard case .obj(let u) = self, u._withUnsafeGuaranteedRef({ $0 is PyGenerator }) else { return nil }
        return Unmanaged<PyGenerator>.fromOpaque(u.toOpaque())
    }

    @inline(__always)
    var isNone: Bool { if case .none = self { return true }; return false }

    @inline(__always)
    var isUnbound: Bool { if case .unbound = self { return true }; return false }

    /// Identity (`is`): same immediate value or same object.
    @inline(__always)
    func isIdentical(_ other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none), (.unbound, .unbound): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.obj(a), .obj(b)): return a.toOpaque() == b.toOpaque()
        default: return false
        }
    }
}
