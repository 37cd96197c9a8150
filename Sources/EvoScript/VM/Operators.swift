// Operators: arithmetic with int promotion to BigInt, comparisons, truth,
// and the dunder protocol with reflected operands and NotImplemented.

import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private let binaryNames: [(String, String, String, String)] = [
    ("+", "__add__", "__radd__", "__iadd__"),
    ("-", "__sub__", "__rsub__", "__isub__"),
    ("*", "__mul__", "__rmul__", "__imul__"),
    ("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    ("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    ("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("%", "__mod__", "__rmod__", "__imod__"),
    ("** or pow()", "__pow__", "__rpow__", "__ipow__"),
    ("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    (">>", "__rshift__", "__rrshift__", "__irshift__"),
    ("|", "__or__", "__ror__", "__ior__"),
    ("^", "__xor__", "__rxor__", "__ixor__"),
    ("&", "__and__", "__rand__", "__iand__"),
]

func strKeyEquals(_ a: Value, _ b: Value) -> Bool {
    guard let x = a.asObject(PyStr.self), let y = b.asObject(PyStr.self) else { return false }
    return x.equals(y)
}

extension Interpreter {
    // MARK: numbers

    /// An int operand as a BigInt (bool counts as int), or nil.
    func bigIntValue(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .obj(let u): return (u.takeUnretainedValue() as? PyLong)?.value
        default: return nil
        }
    }

    /// A float operand (ints convert), or nil.
    func floatValue(_ v: Value) throws -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .obj(let u):
            if let l = u.takeUnretainedValue() as? PyLong {
                guard let d = FormatSpec.bigIntToDouble(l.value) else {
                    throw error("OverflowError", "int too large to convert to float")
                }
                return d
            }
            return nil
        default: return nil
        }
    }

    @inline(__always)
    func isIntLike(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .obj(let u): return u.takeUnretainedValue() is PyLong
        default: return false
        }
    }

    func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .none, .unbound: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .obj(let u):
            let o = u.takeUnretainedValue()
            switch o {
            case let s as PyStr: return s.count > 0
            case let l as PyList: if l.isExactly(types.list) { return !l.items.isEmpty }
            case let t as PyTuple: if t.isExactly(types.tuple) { return !t.items.isEmpty }
            case let d as PyDict: if d.isExactly(types.dict) { return d.count > 0 }
            case let s as PySet: if !(lookupSpecial(s.cls, names.len)?.object is PyFunction) { return s.count > 0 }
            case let l as PyLong: return l.value != 0
            case let r as PyRange: return r.isNonEmpty
            case let b as PyBytes: return !b.bytes.isEmpty
            case is PySingleton: return !o.isExactly(types.noneType)
            default: break
            }
            if let b = lookupSpecial(o.cls, names.bool) {
                let r = try call(b, [v])
                guard case .bool(let x) = r else {
                    throw typeError("__bool__ should return bool, returned \(typeName(r))")
                }
                return x
            }
            if let l = lookupSpecial(o.cls, names.len) {
                let r = try call(l, [v])
                guard let n = bigIntValue(r) else {
                    throw typeError("'\(typeName(r))' object cannot be interpreted as an integer")
                }
                if n < 0 { throw valueError("__len__() should return >= 0") }
                return n != 0
            }
            return true
        }
    }

    func unaryOp(_ code: Int, _ v: Value) throws -> Value {
        switch code {
        case 0: return .bool(!(try isTrue(v)))
        case 1:
            switch v {
            case .int(let i): return i == Int.min ? makeInt(-BigInt(i)) : .int(-i)
            case .bool(let b): return .int(b ? -1 : 0)
            case .float(let d): return .float(-d)
            default:
                if let b = bigIntValue(v) { return makeInt(-b) }
                if let m = special(v, "__neg__") { return try call(m, [v]) }
                throw typeError("bad operand type for unary -: '\(typeName(v))'")
            }
        case 2:
            switch v {
            case .int, .float: return v
            case .bool(let b): return .int(b ? 1 : 0)
            default:
                if isIntLike(v) { return v }
                if let m = special(v, "__pos__") { return try call(m, [v]) }
                throw typeError("bad operand type for unary +: '\(typeName(v))'")
            }
        default:
            if let b = bigIntValue(v) { return makeInt(-b - 1) }
            if let m = special(v, "__invert__") { return try call(m, [v]) }
            throw typeError("bad operand type for unary ~: '\(typeName(v))'")
        }
    }

    /// Binary operator `code` (see binaryOpCode) on l and r.
    func binaryOp(_ code: Int, _ l: Value, _ r: Value, inplace: Bool = false) throws -> Value {
        // +, * and % of an exact str, list or tuple by an int or an exact
        // builtin container: no number protocol or script dunder can claim it.
        if code == 0 || code == 2 || code == 6, exactSequenceOperands(l, r),
           let v = try builtinSequenceOp(code, l, r, inplace: inplace) {
            return v
        }
        let names = binaryNames[code]
        if !intSubclassOverrides(l, r, names.1, names.2, inplace ? names.3 : nil), let v = try numericOp(code, l, r) { return v }
        if let v = try builtinSequenceOp(code, l, r, inplace: inplace) { return v }
        if inplace, let im = special(l, names.3) {
            let res = try call(im, [l, r])
            if !res.isIdentical(notImplemented) { return res }
        }
        let lt = typeOf(l), rt = typeOf(r)
        let lm = lt.lookup(intern(names.1))
        let rm = lt !== rt ? rt.lookup(intern(names.2)) : nil
        // A subclass's reflected method goes first.
        if let rm, rt.isSubtype(of: lt), !(rm.object is PyBuiltinFunction) {
            let res = try call(rm, [r, l])
            if !res.isIdentical(notImplemented) { return res }
            if let lm {
                let res2 = try call(lm, [l, r])
                if !res2.isIdentical(notImplemented) { return res2 }
            }
        } else {
            if let lm, !(lm.object is PyBuiltinFunction) {
                let res = try call(lm, [l, r])
                if !res.isIdentical(notImplemented) { return res }
            }
            if let rm, !(rm.object is PyBuiltinFunction) {
                let res = try call(rm, [r, l])
                if !res.isIdentical(notImplemented) { return res }
            }
        }
        if code == 0, l.asObject(PyStr.self) != nil {
            throw typeError("can only concatenate str (not \"\(typeName(r))\") to str")
        }
        if code == 0, let ll = l.asObject(PyList.self), ll.isExactly(types.list) {
            throw typeError("can only concatenate list (not \"\(typeName(r))\") to list")
        }
        if code == 0, l.asObject(PyTuple.self) != nil {
            throw typeError("can only concatenate tuple (not \"\(typeName(r))\") to tuple")
        }
        if code == 6, l.asObject(PyStr.self) != nil {
            return makeStr(try percentFormat(l.asObject(PyStr.self)?.value ?? "", r))
        }
        // The builtin types' own dunders (dict views, sequences by a non-int...).
        if let lm, lm.object is PyBuiltinFunction {
            let res = try call(lm, [l, r])
            if !res.isIdentical(notImplemented) { return res }
        }
        if let rm, rm.object is PyBuiltinFunction {
            let res = try call(rm, [r, l])
            if !res.isIdentical(notImplemented) { return res }
        }
        let op = inplace && code != 7 ? names.0 + "=" : names.0
        throw typeError("unsupported operand type(s) for \(op): '\(lt.name)' and '\(rt.name)'")
    }

    private func numericOp(_ code: Int, _ l: Value, _ r: Value) throws -> Value? {
        if case .float(let a) = l, case .float(let b) = r { return try floatOp(code, a, b) }
        let lInt = isIntLike(l), rInt = isIntLike(r)
        if lInt && rInt {
            if case .bool(let a) = l, case .bool(let b) = r, code >= 10 {
                switch code {
                case 10: return .bool(a || b)
                case 11: return .bool(a != b)
                default: return .bool(a && b)
                }
            }
            if case .int(let a) = l, case .int(let b) = r, let v = try smallIntOp(code, a, b) { return v }
            guard let a = bigIntValue(l), let b = bigIntValue(r) else { return nil }
            return try bigIntOp(code, a, b)
        }
        let lNum = lInt || { if case .float = l { return true }; return false }()
        let rNum = rInt || { if case .float = r { return true }; return false }()
        if lNum && rNum {
            if code >= 8 { return nil } // shifts and bit ops are int-only
            guard let a = try floatValue(l), let b = try floatValue(r) else { return nil }
            return try floatOp(code, a, b)
        }
        return nil
    }

    private func smallIntOp(_ code: Int, _ a: Int, _ b: Int) throws -> Value? {
        if let v = smallIntBinary(code, a, b) { return .int(v) }
        switch code {
        case 4:
            if b == 0 { throw error("ZeroDivisionError", "division by zero") }
            if abs(a) < (1 << 53) && abs(b) < (1 << 53) { return .float(Double(a) / Double(b)) }
        case 5, 6:
            if b == 0 { throw error("ZeroDivisionError", "integer division or modulo by zero") }
        case 8, 9:
            if b < 0 { throw valueError("negative shift count") }
        default: break
        }
        return nil
    }

    func bigIntOp(_ code: Int, _ a: BigInt, _ b: BigInt) throws -> Value {
        switch code {
        case 0: return makeInt(a + b)
        case 1: return makeInt(a - b)
        case 2: return makeInt(a * b)
        case 4:
            if b == 0 { throw error("ZeroDivisionError", "division by zero") }
            return .float(try bigTrueDivide(a, b))
        case 5:
            if b == 0 { throw error("ZeroDivisionError", "integer division or modulo by zero") }
            return makeInt(floorDiv(a, b))
        case 6:
            if b == 0 { throw error("ZeroDivisionError", "integer division or modulo by zero") }
            return makeInt(a - floorDiv(a, b) * b)
        case 7:
            if b < 0 {
                guard let x = FormatSpec.bigIntToDouble(a), let y = FormatSpec.bigIntToDouble(b) else {
                    throw error("OverflowError", "int too large to convert to float")
                }
                return try floatOp(7, x, y)
            }
            if b > 100_000_000 && a.magnitude > 1 { throw error("MemoryError", "") }
            return makeInt(a.power(Int(b)))
        case 8:
            if b < 0 { throw valueError("negative shift count") }
            if b > 1 << 32 { throw error("OverflowError", "too many digits in integer") }
            return makeInt(a << Int(b))
        case 9:
            if b < 0 { throw valueError("negative shift count") }
            if b > 1 << 32 { return .int(a < 0 ? -1 : 0) }
            return makeInt(a >> Int(b))
        case 10: return makeInt(a | b)
        case 11: return makeInt(a ^ b)
        case 12: return makeInt(a & b)
        default:
            throw typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    func floorDiv(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        if r != 0 && ((r < 0) != (b < 0)) { return q - 1 }
        return q
    }

    private func bigTrueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
        if let x = FormatSpec.bigIntToDouble(a), let y = FormatSpec.bigIntToDouble(b),
           x.magnitude < 9007199254740992, y.magnitude < 9007199254740992 {
            return x / y
        }
        // Scale so the quotient keeps 64 significant bits, then divide exactly.
        let shift = max(0, 64 - (a.magnitude.bitWidth - b.magnitude.bitWidth))
        let q = (a << shift) / b
        guard let d = FormatSpec.bigIntToDouble(q) else {
            throw error("OverflowError", "integer division result too large for a float")
        }
        let r = d / pow(2.0, Double(shift))
        if r.isInfinite { throw error("OverflowError", "integer division result too large for a float") }
        return r
    }

    func floatOp(_ code: Int, _ a: Double, _ b: Double) throws -> Value {
        switch code {
        case 0: return .float(a + b)
        case 1: return .float(a - b)
        case 2: return .float(a * b)
        case 4:
            if b == 0 { throw error("ZeroDivisionError", "float division by zero") }
            return .float(a / b)
        case 5:
            if b == 0 { throw error("ZeroDivisionError", "float divmod()") }
            return .float(floatDivmod(a, b).0)
        case 6:
            if b == 0 { throw error("ZeroDivisionError", "float modulo") }
            return .float(floatDivmod(a, b).1)
        case 7:
            if a == 0 && b < 0 { throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            if a < 0 && b != b.rounded() && b.isFinite {
                return try complexPower(Complex(a, 0), Complex(b, 0))
            }
            let r = pow(a, b)
            if r.isInfinite && a.isFinite && b.isFinite { throw error("OverflowError", "(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw typeError("unsupported operand type(s) for \(binaryNames[code].0): 'float' and 'float'")
        }
    }

    /// CPython's float_divmod.
    func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    /// An exact str, list or tuple on the left; an int or an exact str, list,
    /// tuple or dict on the right.
    @inline(__always)
    private func exactSequenceOperands(_ l: Value, _ r: Value) -> Bool {
        let p = builtinClassPointers
        guard let lp = l.classAddress, lp == p.str || lp == p.list || lp == p.tuple else { return false }
        if case .int = r { return true }
        guard let rp = r.classAddress else { return false }
        return rp == p.str || rp == p.list || rp == p.tuple || rp == p.dict
    }

    /// `l + r` when both are strs (of any str class, as the `+` of str), with
    /// both borrowed; nil otherwise.
    @inline(__always)
    private func concatenatedStrs(_ l: Value, _ r: Value) -> Value? {
        l.withObject(PyStr.self) { a in
            r.withObject(PyStr.self) { b in
                makeStr(a.value + b.value, count: a.count + b.count, isASCII: a.isASCII && b.isASCII)
            }
        } ?? nil
    }

    /// Whether a script class of `l` defines __add__ (or __iadd__ for `+=`),
    /// or one of `r` defines __radd__.
    private func addOverridden(_ l: Value, _ r: Value, inplace: Bool) -> Bool {
        func scriptDefines(_ v: Value, _ name: String) -> Bool {
            guard !typeOf(v).isBuiltin, let m = special(v, name) else { return false }
            return !(m.object is PyBuiltinFunction)
        }
        return scriptDefines(l, "__add__") || (inplace && scriptDefines(l, "__iadd__")) || scriptDefines(r, "__radd__")
    }

    private func builtinSequenceOp(_ code: Int, _ l: Value, _ r: Value, inplace: Bool) throws -> Value? {
        guard case .obj(let lu) = l else {
            if code == 2, isIntLike(l), case .obj = r { return try builtinSequenceOp(2, r, l, inplace: false) }
            return nil
        }
        if code == 0 {
            // A subclass's own __add__ / __iadd__ (left) or __radd__ (right) takes precedence.
            if !(exactSequenceOperands(l, r)) && addOverridden(l, r, inplace: inplace) { return nil }
            if let joined = concatenatedStrs(l, r) { return joined }
        }
        let lo = lu.takeUnretainedValue()
        switch code {
        case 0:
            if let a = lo as? PyList, let b = r.asObject(PyList.self) {
                if inplace { a.items.append(contentsOf: b.items); return l }
                return Value(makeList(a.items + b.items))
            }
            if let a = lo as? PyList, inplace, a.isExactly(types.list) || special(l, "__iadd__") == nil {
                a.items.append(contentsOf: try iterateToArray(r))
                return l
            }
            if let a = lo as? PyTuple, let b = r.asObject(PyTuple.self) { return Value(makeTuple(a.items + b.items)) }
            if let a = lo as? PyBytes, let b = r.asObject(PyBytes.self) { return bytesConcat(l, a, b, inplace: inplace) }
        case 2:
            guard lo is PyStr || lo is PyList || lo is PyTuple || lo is PyBytes else { return nil }
            if !lo.cls.isBuiltin, special(l, "__mul__").map({ !($0.object is PyBuiltinFunction) }) ?? false { return nil }
            let signedCount: Int
            if case .int(let k) = r {
                signedCount = k
            } else {
                var nOpt = bigIntValue(r)
                if nOpt == nil, case .obj = r, let m = special(r, "__index__") { nOpt = bigIntValue(try call(m, [r])) }
                guard let n = nOpt else {
                    if special(r, "__rmul__").map({ !($0.object is PyBuiltinFunction) }) ?? false { return nil }
                    throw typeError("can't multiply sequence by non-int of type '\(typeName(r))'")
                }
                guard let k = Int(exactly: n) else {
                    throw error("OverflowError", "cannot fit 'int' into an index-sized integer")
                }
                signedCount = k
            }
            let count = max(0, signedCount)
            if let a = lo as? PyStr {
                if count == 0 || a.count == 0 { return makeStr("", count: 0, isASCII: true) }
                let (bytes, overflow) = a.value.utf8.count.multipliedReportingOverflow(by: count)
                if overflow { throw error("OverflowError", "repeated string is too long") }
                if bytes > 1 << 31 { throw error("MemoryError", "") }
                return makeStr(String(repeating: a.value, count: count), count: a.count * count, isASCII: a.isASCII)
            }
            if let a = lo as? PyList {
                let (total, overflow) = a.items.count.multipliedReportingOverflow(by: count)
                if overflow || total > 1 << 28 { throw error("MemoryError", "") }
                var out: [Value] = []
                out.reserveCapacity(total)
                if total > 0 { for _ in 0..<count { out.append(contentsOf: a.items) } }
                if inplace { a.items = out; return l }
                return Value(makeList(out))
            }
            if let a = lo as? PyTuple {
                let (total, overflow) = a.items.count.multipliedReportingOverflow(by: count)
                if overflow || total > 1 << 28 { throw error("MemoryError", "") }
                var out: [Value] = []
                out.reserveCapacity(total)
                if total > 0 { for _ in 0..<count { out.append(contentsOf: a.items) } }
                return Value(makeTuple(out))
            }
            if let a = lo as? PyBytes { return try bytesRepeated(l, a, count, inplace: inplace) }
        case 6:
            if let a = lo as? PyStr, a.isExactly(types.str) { return try percentFormatStr(a, r) }
        case 10, 11, 12, 1:
            if let a = lo as? PySet, let b = r.asObject(PySet.self) {
                return try setOperator(code, a, b, inplace: inplace && !a.frozen)
            }
            if code == 10, let a = lo as? PyDict, let b = r.asObject(PyDict.self), a.isExactly(types.dict) {
                _ = a; _ = b
                return nil
            }
        default: break
        }
        return nil
    }

    // MARK: comparison

    /// Rich comparison; op is a CompareKind raw value (lt, le, eq, ne, gt, ge).
    func richCompare(_ l: Value, _ r: Value, _ op: Int) throws -> Value {
        let names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        let reflected = [4, 5, 2, 3, 0, 1]
        if !intSubclassOverrides(l, r, names[op], names[reflected[op]], nil), let b = try fastCompare(l, r, op) { return .bool(b) }
        let lt = typeOf(l), rt = typeOf(r)
        var triedReflected = false
        if lt !== rt && rt.isSubtype(of: lt), let rm = rt.lookup(intern(names[reflected[op]])), !(rm.object is PyBuiltinFunction) {
            triedReflected = true
            let res = try call(rm, [r, l])
            if !res.isIdentical(notImplemented) { return res }
        }
        if let lm = lt.lookup(intern(names[op])), !(lm.object is PyBuiltinFunction) {
            let res = try call(lm, [l, r])
            if !res.isIdentical(notImplemented) { return res }
        }
        if !triedReflected, let rm = rt.lookup(intern(names[reflected[op]])), !(rm.object is PyBuiltinFunction) {
            let res = try call(rm, [r, l])
            if !res.isIdentical(notImplemented) { return res }
        }
        // The builtin types' own comparisons (subclasses of builtins, dict views).
        if let lm = lt.lookup(intern(names[op])), let bf = lm.asObject(PyBuiltinFunction.self), bf.owner !== types.object {
            let res = try call(lm, [l, r])
            if !res.isIdentical(notImplemented) { return res }
        }
        if let rm = rt.lookup(intern(names[reflected[op]])), let bf = rm.asObject(PyBuiltinFunction.self), bf.owner !== types.object {
            let res = try call(rm, [r, l])
            if !res.isIdentical(notImplemented) { return res }
        }
        switch op {
        case 2: return .bool(l.isIdentical(r))
        case 3:
            // __ne__ defaults to the inverse of __eq__.
            if let lm = lookupSpecial(lt, self.names.eq), !(lm.object is PyBuiltinFunction) {
                let res = try call(lm, [l, r])
                if !res.isIdentical(notImplemented) { return .bool(!(try isTrue(res))) }
            }
            return .bool(!l.isIdentical(r))
        default:
            let sym = ["<", "<=", "==", "!=", ">", ">="][op]
            throw typeError("'\(sym)' not supported between instances of '\(lt.name)' and '\(rt.name)'")
        }
    }

    @inline(__always)
    private func cmp<T: Comparable>(_ a: T, _ b: T, _ op: Int) -> Bool {
        switch op {
        case 0: return a < b
        case 1: return a <= b
        case 2: return a == b
        case 3: return a != b
        case 4: return a > b
        default: return a >= b
        }
    }

    /// Comparisons of builtin types that need no script code; nil when not applicable.
    private func fastCompare(_ l: Value, _ r: Value, _ op: Int) throws -> Bool? {
        switch (l, r) {
        case let (.int(a), .int(b)): return cmp(a, b, op)
        case let (.float(a), .float(b)): return cmp(a, b, op)
        case let (.int(a), .float(b)): return compareIntFloat(BigInt(a), b, op)
        case let (.float(a), .int(b)): return compareIntFloat(BigInt(b), a, [4, 5, 2, 3, 0, 1][op])
        case (.none, .none): if op == 2 || op == 3 { return op == 2 }
        default: break
        }
        if isIntLike(l) && isIntLike(r), let a = bigIntValue(l), let b = bigIntValue(r) { return cmp(a, b, op) }
        if isIntLike(l), case .float(let b) = r, let a = bigIntValue(l) { return compareIntFloat(a, b, op) }
        if case .float(let a) = l, isIntLike(r), let b = bigIntValue(r) { return compareIntFloat(b, a, [4, 5, 2, 3, 0, 1][op]) }
        guard case .obj(let lu) = l else {
            if op == 2 || op == 3, case .obj(let ru) = r, ru.takeUnretainedValue().cls.isBuiltin, !(ru.takeUnretainedValue() is PyComplex) {
                return op == 3
            }
            return nil
        }
        let lo = lu.takeUnretainedValue()
        guard case .obj(let ru) = r else {
            if (op == 2 || op == 3) && lo.cls.isBuiltin && !(lo is PyComplex) { return op == 3 }
            return nil
        }
        let ro = ru.takeUnretainedValue()
        if let a = lo as? PyStr, let b = ro as? PyStr {
            if op == 2 { return a.equals(b) }
            if op == 3 { return !a.equals(b) }
            return cmp(compareCodePoints(a.value, b.value), 0, op)
        }
        if lo.isExactly(types.list) && ro.isExactly(types.list), let a = lo as? PyList, let b = ro as? PyList {
            return try compareSequences(a.items, b.items, op)
        }
        if let a = lo as? PyTuple, let b = ro as? PyTuple, lo.isExactly(types.tuple) || ro.isExactly(types.tuple) {
            return try compareSequences(a.items, b.items, op)
        }
        if let a = lo as? PyDict, let b = ro as? PyDict, (op == 2 || op == 3), !(lookupSpecial(lo.cls, names.eq)?.object is PyFunction) {
            let eq = try dictEquals(a, b)
            return op == 2 ? eq : !eq
        }
        if let a = lo as? PySet, let b = ro as? PySet { return try compareSets(a, b, op) }
        if let a = lo as? PyBytes, let b = ro as? PyBytes {
            return cmp(a.bytes.lexicographicallyPrecedes(b.bytes) ? -1 : (a.bytes == b.bytes ? 0 : 1), 0, op)
        }
        if let a = lo as? PyRange, let b = ro as? PyRange, op == 2 || op == 3 {
            let eq = rangeEquals(a, b)
            return op == 2 ? eq : !eq
        }
        if (op == 2 || op == 3) && lo.cls.isBuiltin && ro.cls.isBuiltin && !(lo is PyBaseException) {
            if lo is PyStr || ro is PyStr || lo is PyList || lo is PyTuple || lo is PyDict || lo is PyType || ro is PyType
                || lo is PySingleton || ro is PySingleton || lo is PyFunction || lo is PyModule || lo is PyBuiltinFunction {
                let same = lo === ro
                return op == 2 ? same : !same
            }
        }
        return nil
    }

    private func rangeEquals(_ a: PyRange, _ b: PyRange) -> Bool {
        if a.big != nil || b.big != nil { return rangesEqual(a, b) }
        if a.count != b.count { return false }
        if a.count == 0 { return true }
        if a.start != b.start { return false }
        if a.count == 1 { return true }
        return a.step == b.step
    }

    private func compareIntFloat(_ a: BigInt, _ b: Double, _ op: Int) -> Bool {
        if b.isNaN { return op == 3 }
        if b.isInfinite { return cmp(0.0, b, op) }
        let fl = b.rounded(.down)
        let bi = BigInt(fl)
        if a != bi { return cmp(a, bi, op) }
        // a == floor(b): compare against the fractional part.
        return cmp(0.0, b - fl, op)
    }

    private func compareSequences(_ a: [Value], _ b: [Value], _ op: Int) throws -> Bool {
        try stackGuard.check(self)
        if (op == 2 || op == 3) && a.count != b.count { return op == 3 }
        let n = min(a.count, b.count)
        for i in 0..<n {
            if a[i].isIdentical(b[i]) { continue }
            if try !equals(a[i], b[i]) {
                if op == 2 { return false }
                if op == 3 { return true }
                return try isTrue(try richCompare(a[i], b[i], op))
            }
        }
        return cmp(a.count, b.count, op)
    }

    private func dictEquals(_ a: PyDict, _ b: PyDict) throws -> Bool {
        try stackGuard.check(self)
        if a.count != b.count { return false }
        for e in a.liveEntries {
            guard let v = try b.get(e.key, hash: e.hash, eq: equals) else { return false }
            if !v.isIdentical(e.value), try !equals(v, e.value) { return false }
        }
        return true
    }

    private func compareSets(_ a: PySet, _ b: PySet, _ op: Int) throws -> Bool {
        func subset(_ x: PySet, _ y: PySet) throws -> Bool {
            if x.count > y.count { return false }
            for e in x.activeEntries where try !y.contains(e.key, hash: e.hash, eq: equals) { return false }
            return true
        }
        switch op {
        case 2: return try a.count == b.count && subset(a, b)
        case 3: return try !(a.count == b.count && subset(a, b))
        case 1: return try subset(a, b)
        case 0: return try a.count < b.count && subset(a, b)
        case 5: return try subset(b, a)
        default: return try b.count < a.count && subset(b, a)
        }
    }

    /// `a == b` as a Swift Bool (identity first, as containers do).
    func equals(_ a: Value, _ b: Value) throws -> Bool {
        // The identity shortcut of PyObject_RichCompareBool; a NaN is
        // identical only to itself (Interpreter.nanSerial).
        if a.isIdentical(b) { return true }
        if let r = try fastCompare(a, b, 2) { return r }
        return try isTrue(try richCompare(a, b, 2))
    }

    func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if let r = try fastCompare(a, b, 0) { return r }
        return try isTrue(try richCompare(a, b, 0))
    }

    // MARK: hashing

    func hash(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return Hashing.hashInt(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return Hashing.hashDouble(d)
        case .none, .unbound: return 0x5F3A_1B2C
        case .obj(let u):
            let o = u.takeUnretainedValue()
            switch o {
            case let s as PyStr: if s.isExactly(types.str) { return s.hash }
            case let l as PyLong: return Hashing.hashBigInt(l.value)
            case let t as PyTuple:
                if t.isExactly(types.tuple) {
                    try stackGuard.check(self)
                    return Hashing.hashTuple(try t.items.map { try hash($0) })
                }
            case let b as PyBytes: if !b.isByteArray { return b.bytes.withUnsafeBufferPointer { Hashing.hashBytes($0) } }
            case let r as PyRange: return try rangeHash(r)
            case let c as PyComplex: return complexHash(c)
            case let s as PySet:
                if s.frozen { return try frozensetHash(s) }
                throw typeError("unhashable type: '\(o.cls.name)'")
            default: break
            }
            if let h = lookupSpecial(o.cls, names.hash) {
                if h.isNone { throw typeError("unhashable type: '\(o.cls.name)'") }
                if !(h.object is PyBuiltinFunction) {
                    let r = try call(h, [v])
                    guard let n = bigIntValue(r) else { throw typeError("__hash__ method should return an integer") }
                    let x = Int(truncatingIfNeeded: n)
                    return x == -1 ? -2 : x
                }
            }
            if o is PyList || o is PyDict {
                throw typeError("unhashable type: '\(o.cls.name)'")
            }
            if let s = o as? PyStr { return s.hash }
            if let t = o as? PyTuple { return Hashing.hashTuple(try t.items.map { try hash($0) }) }
            return identityHash(o)
        }
    }

    func identityHash(_ o: PyObject) -> Int {
        let addr = Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))
        return (addr >> 4) | (addr << 60)
    }

    /// CPython's frozenset hash.
    private func frozensetHash(_ s: PySet) throws -> Int {
        if let h = s.cachedHash { return h }
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for e in s.activeEntries { hash ^= shuffle(UInt(bitPattern: e.hash)) }
        hash ^= (UInt(s.count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        var r = Int(bitPattern: hash)
        if r == -1 { r = 590923713 }
        s.cachedHash = r
        return r
    }
}
