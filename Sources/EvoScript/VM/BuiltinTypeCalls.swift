// Calls of str, int, float and range with one positional argument, the most
// common type calls in loops (`str(i)`, `int(x)`, `float(n)`, `range(n)`), answered without the
// general __new__/__init__ protocol, its argument arrays and its lookups.
// Only exact builtin types take this path (a subclass or a metaclass with
// __call__ does not), and only for operands whose conversion cannot run
// script code differently from the general path.

extension Interpreter {
    /// `t(v)`, or nil when the general type call must handle it.
    @inline(__always)
    func callBuiltinTypeWithOne(_ t: PyType, _ v: Value) throws -> Value? {
        if t === types.str {
            if let s = v.asObject(PyStr.self), s.isExactly(types.str) { return v }
            if case .int(let i) = v {
                // The digits are ASCII: the str is made already measured.
                return DecimalWriter.withPadded(i, width: 0, zeroFill: false, leftAlign: false) {
                    makeStr(SmallASCIIString.decode($0), count: $0.count, isASCII: true)
                }
            }
            return makeStr(try str(v))
        }
        if t === types.int {
            switch v {
            case .int: return v
            case .bool(let b): return .int(b ? 1 : 0)
            default: return nil
            }
        }
        if t === types.range { return smallRange(.int(0), v, .int(1)) }
        if t === types.float {
            switch v {
            case .float: return v
            case .int(let i): return .float(Double(i))
            default: return nil
            }
        }
        return nil
    }
}
