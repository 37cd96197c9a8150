/// The arguments after self of a builtin method, bound by its `MethodArity`.
/// No arity binds more than three, so they are held inline: binding a call's
/// arguments allocates nothing (a `[Value]` cost an allocation, and with
/// defaults to fill in several, on every call). Slots a call leaves out are
/// `.unbound`.
struct MethodParams {
    /// The most slots any arity binds (find's sub, start, end).
    static let capacity = 3

    private var s0: Value = .unbound
    private var s1: Value = .unbound
    private var s2: Value = .unbound

    init() {}

    /// The positional arguments `a[from...]`, at most `capacity` of them.
    @inline(__always)
    init(_ a: Args, from: Int) {
        let n = a.count - from
        if n > 0 { s0 = a[from] }
        if n > 1 { s1 = a[from + 1] }
        if n > 2 { s2 = a[from + 2] }
    }

    subscript(i: Int) -> Value {
        @inline(__always) get {
            switch i {
            case 0: return s0
            case 1: return s1
            case 2: return s2
            default: return .unbound
            }
        }
        @inline(__always) set {
            switch i {
            case 0: s0 = newValue
            case 1: s1 = newValue
            case 2: s2 = newValue
            default: break
            }
        }
    }
}

extension MethodArity {
    /// How many slots the binding fills (nil for `.custom`, which keeps every
    /// positional argument and is bound by `positionalArgs`).
    var slots: Int? {
        switch self {
        case .none: return 0
        case .one: return 1
        case .range(_, let hi), .finds(_, let hi): return hi
        case .keywords(let names): return names.count
        case .custom: return nil
        case .slot(let n): return n
        }
    }
}
