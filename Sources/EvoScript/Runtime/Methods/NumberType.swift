// Methods of int, bool and float. The operator dunders delegate to the
// interpreter's operators for operands they support and return
// NotImplemented otherwise, so `int.__add__(1, 2)` and `super().__add__(x)` work.

import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private let arithmeticDunders: [(String, Int)] = [
    ("add", 0), ("sub", 1), ("mul", 2), ("truediv", 4), ("floordiv", 5), ("mod", 6),
    ("lshift", 8), ("rshift", 9), ("or", 10), ("xor", 11), ("and", 12),
]

extension Interpreter {
    private func isFloat(_ v: Value) -> Bool { if case .float = v { return true }; return false }

    /// The receiver of an int method as a BigInt.
    private func intSelf(_ a: Args, _ m: String) throws -> BigInt {
        guard a.count > 0, let b = bigIntValue(a[0]) else {
            let got = a.count > 0 ? typeName(a[0]) : "nothing"
            throw typeError(a.count > 0 ? "descriptor '\(m)' for 'int' objects doesn't apply to a '\(got)' object" : "descriptor '\(m)' of 'int' object needs an argument")
        }
        return b
    }

    private func floatSelf(_ a: Args, _ m: String) throws -> Double {
        guard a.count > 0, case .float(let d) = a[0] else {
            let got = a.count > 0 ? typeName(a[0]) : "nothing"
            throw typeError(a.count > 0 ? "descriptor '\(m)' for 'float' objects doesn't apply to a '\(got)' object" : "descriptor '\(m)' of 'float' object needs an argument")
        }
        return d
    }

    /// float -> int as int(x) does.
    private func floatToInt(_ d: Double) throws -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw error("OverflowError", "cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return .int(i) }
        return makeInt(BigInt(t))
    }

    /// True when l or r is an instance of an int subclass that defines the
    /// operator in script code (the operators' int fast paths must not hide it).
    @inline(__always)
    func intSubclassOverrides(_ l: Value, _ r: Value, _ name: String, _ rname: String, _ iname: String?) -> Bool {
        func overrides(_ v: Value, _ n: String?) -> Bool {
            guard let n, case .obj(let u) = v, let o = u.takeUnretainedValue() as? PyLong, !o.isExactly(types.int) else { return false }
            if let m = lookupSpecial(o.cls, intern(n)), !(m.object is PyBuiltinFunction) { return true }
            return false
        }
        if case .obj = l {} else if case .obj = r {} else { return false }
        return overrides(l, name) || overrides(l, iname) || overrides(r, rname)
    }

    /// int.__op__ without dispatch: both operands are int-like.
    private func intOp(_ code: Int, _ l: Value, _ r: Value) throws -> Value {
        guard let a = bigIntValue(l), let b = bigIntValue(r) else { return notImplemented }
        if code == 7, b < 0, let x = try floatValue(l), let y = try floatValue(r) { return try floatOp(7, x, y) }
        if code >= 10, case .bool(let x) = l, case .bool(let y) = r {
            switch code {
            case 10: return .bool(x || y)
            case 11: return .bool(x != y)
            default: return .bool(x && y)
            }
        }
        return try bigIntOp(code, a, b)
    }

    private func callBuiltin(_ name: String, _ args: [Value]) throws -> Value {
        guard let f = builtins.getStr(intern(name)) else { throw error("NameError", "name '\(name)' is not defined") }
        return try call(f, args)
    }

    func setUpNumberMethods() {
        setUpIntMethods()
        setUpFloatMethods()
        addMethod(types.bool, "__repr__") { i, a in
            guard a.count > 0, case .bool(let b) = a[0] else { throw i.typeError("descriptor '__repr__' requires a 'bool' object") }
            return i.makeStr(b ? "True" : "False")
        }
        for (name, code) in [("__and__", 12), ("__rand__", 12), ("__or__", 10), ("__ror__", 10), ("__xor__", 11), ("__rxor__", 11)] {
            addMethod(types.bool, name) { i, a in
                guard a.count == 2, case .bool(let x) = a[0] else { throw i.typeError("descriptor '\(name)' requires a 'bool' object") }
                if case .bool(let y) = a[1] {
                    switch code {
                    case 12: return .bool(x && y)
                    case 10: return .bool(x || y)
                    default: return .bool(x != y)
                    }
                }
                guard i.isIntLike(a[1]) else { return i.notImplemented }
                return name.hasPrefix("__r") ? try i.binaryOp(code, a[1], a[0]) : try i.binaryOp(code, a[0], a[1])
            }
        }
    }

    private func setUpIntMethods() {
        let t = types.int
        addGetSet(t, "real", get: { i, v in i.makeInt(i.bigIntValue(v) ?? 0) })
        addGetSet(t, "numerator", get: { i, v in i.makeInt(i.bigIntValue(v) ?? 0) })
        addGetSet(t, "imag", get: { _, _ in .int(0) })
        addGetSet(t, "denominator", get: { _, _ in .int(1) })
        for name in ["conjugate", "__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "__pos__"] {
            addMethod(t, name) { i, a in
                let v = try i.intSelf(a, name)
                try i.noArgs(a, name)
                return i.makeInt(v)
            }
        }
        addMethod(t, "bit_length") { i, a in
            let v = try i.intSelf(a, "bit_length")
            try i.noArgs(a, "bit_length")
            return .int(v.magnitude.bitWidth)
        }
        addMethod(t, "__float__") { i, a in
            _ = try i.intSelf(a, "__float__")
            return .float(try i.floatValue(a[0]) ?? 0)
        }
        addMethod(t, "__abs__") { i, a in
            let v = try i.intSelf(a, "__abs__")
            return i.makeInt(v < 0 ? -v : v)
        }
        addMethod(t, "__neg__") { i, a in i.makeInt(-(try i.intSelf(a, "__neg__"))) }
        addMethod(t, "__invert__") { i, a in i.makeInt(-(try i.intSelf(a, "__invert__")) - 1) }
        addMethod(t, "__bool__") { i, a in .bool(try i.intSelf(a, "__bool__") != 0) }
        addMethod(t, "__hash__") { i, a in
            _ = try i.intSelf(a, "__hash__")
            return .int(try i.hash(a[0]))
        }
        addMethod(t, "__repr__") { i, a in
            if a.count > 0, case .bool(let b) = a[0] { return i.makeStr(b ? "True" : "False") }
            return i.makeStr(try i.intSelf(a, "__repr__").description)
        }
        addMethod(t, "__format__") { i, a in
            let v = try i.intSelf(a, "__format__")
            guard a.count == 2, let spec = a[1].asObject(PyStr.self) else {
                throw i.typeError("format() argument 2 must be str, not \(a.count > 1 ? i.typeName(a[1]) : "nothing")")
            }
            if spec.value.isEmpty, case .bool = a[0] { return i.makeStr(try i.str(a[0])) }
            do {
                return i.makeStr(try FormatSpec.formatInt(v, FormatSpec.parse(spec.value)))
            } catch let e as FormatError {
                throw i.error(e.type, e.message)
            }
        }
        addMethod(t, "__round__") { i, a in
            let v = try i.intSelf(a, "__round__")
            try i.methodArgs(a, "__round__", min: 0, max: 1)
            return try i.round(i.makeInt(v), a.count > 1 ? a[1] : .none)
        }
        addMethod(t, "__getnewargs__") { i, a in Value(i.makeTuple([i.makeInt(try i.intSelf(a, "__getnewargs__"))])) }
        for (base, code) in arithmeticDunders + [("pow", 7)] {
            for reflected in [false, true] {
                let name = reflected ? "__r\(base)__" : "__\(base)__"
                addMethod(t, name) { i, a in
                    _ = try i.intSelf(a, name)
                    guard a.count >= 2 else { throw i.typeError("expected 1 argument, got 0") }
                    guard i.isIntLike(a[1]) else { return i.notImplemented }
                    if code == 7 && a.count > 2 && !a[2].isNone {
                        return try i.callBuiltin("pow", reflected ? [a[1], a[0], a[2]] : [a[0], a[1], a[2]])
                    }
                    return reflected ? try i.intOp(code, a[1], a[0]) : try i.intOp(code, a[0], a[1])
                }
            }
        }
        for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
            addMethod(t, name) { i, a in
                _ = try i.intSelf(a, name)
                let o = try i.otherArg(a, name)
                guard i.isIntLike(o) else { return i.notImplemented }
                let (x, y) = reflected ? (o, a[0]) : (a[0], o)
                return Value(i.makeTuple([try i.intOp(5, x, y), try i.intOp(6, x, y)]))
            }
        }
        for (op, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
            addMethod(t, name) { i, a in
                _ = try i.intSelf(a, name)
                let o = try i.otherArg(a, name)
                guard i.isIntLike(o), let x = i.bigIntValue(a[0]), let y = i.bigIntValue(o) else { return i.notImplemented }
                switch op {
                case 0: return .bool(x < y)
                case 1: return .bool(x <= y)
                case 2: return .bool(x == y)
                case 3: return .bool(x != y)
                case 4: return .bool(x > y)
                default: return .bool(x >= y)
                }
            }
        }
        addMethod(t, "to_bytes") { i, a in
            let v = try i.intSelf(a, "to_bytes")
            guard let lenArg = i.argument(a, 1, "length") else { throw i.typeError("to_bytes() missing required argument 'length' (pos 1)") }
            guard let orderArg = i.argument(a, 2, "byteorder") else { throw i.typeError("to_bytes() missing required argument 'byteorder' (pos 2)") }
            let length = try i.intArg(lenArg)
            let order = try i.strArg(orderArg, "to_bytes", 2)
            let signed = try i.isTrue(a.keyword("signed") ?? .bool(false))
            if length < 0 { throw i.valueError("length argument must be non-negative") }
            guard order == "big" || order == "little" else { throw i.valueError("byteorder must be either 'little' or 'big'") }
            if v < 0 && !signed { throw i.error("OverflowError", "can't convert negative int to unsigned") }
            let limit = BigInt(1) << (length * 8)
            var x = v
            if signed {
                let half = limit >> 1
                if v >= half || v < -half { throw i.error("OverflowError", "int too big to convert") }
                if x < 0 { x += limit }
            } else if v >= limit {
                throw i.error("OverflowError", "int too big to convert")
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(length)
            for _ in 0..<length {
                bytes.append(UInt8(truncatingIfNeeded: Int(x & 0xFF)))
                x >>= 8
            }
            if order == "big" { bytes.reverse() }
            return Value(i.makeBytes(bytes))
        }
        addClassMethod(t, "from_bytes") { i, a in
            guard a.count >= 1, let cls = a[0].asObject(PyType.self) else { throw i.typeError("from_bytes needs a class") }
            guard let src = i.argument(a, 1, "bytes") else { throw i.typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
            guard let orderArg = i.argument(a, 2, "byteorder") else { throw i.typeError("from_bytes() missing required argument 'byteorder' (pos 2)") }
            let order = try i.strArg(orderArg, "from_bytes", 2)
            guard order == "big" || order == "little" else { throw i.valueError("byteorder must be either 'little' or 'big'") }
            let signed = try i.isTrue(a.keyword("signed") ?? .bool(false))
            var bytes: [UInt8]
            if let b = src.asObject(PyBytes.self) { bytes = b.bytes } else {
                bytes = []
                for v in try i.iterateToArray(src) {
                    guard let n = try i.indexValue(v), n >= 0, n < 256 else { throw i.valueError("bytes must be in range(0, 256)") }
                    bytes.append(UInt8(n))
                }
            }
            if order == "little" { bytes.reverse() }
            var x = BigInt(0)
            for b in bytes { x = (x << 8) | BigInt(b) }
            if signed, let first = bytes.first, first & 0x80 != 0 { x -= BigInt(1) << (bytes.count * 8) }
            let r = i.makeInt(x)
            if cls === i.types.int { return r }
            return try i.callType(cls, [r], [])
        }
    }

    private func setUpFloatMethods() {
        let t = types.float
        addGetSet(t, "real", get: { i, v in .float((try? i.floatValue(v) ?? 0) ?? 0) })
        addGetSet(t, "imag", get: { _, _ in .float(0) })
        addMethod(t, "conjugate") { i, a in .float(try i.floatSelf(a, "conjugate")) }
        addMethod(t, "__float__") { i, a in .float(try i.floatSelf(a, "__float__")) }
        addMethod(t, "__pos__") { i, a in .float(try i.floatSelf(a, "__pos__")) }
        addMethod(t, "__neg__") { i, a in .float(-(try i.floatSelf(a, "__neg__"))) }
        addMethod(t, "__abs__") { i, a in .float(Swift.abs(try i.floatSelf(a, "__abs__"))) }
        addMethod(t, "__bool__") { i, a in .bool(try i.floatSelf(a, "__bool__") != 0) }
        for name in ["__int__", "__trunc__"] {
            addMethod(t, name) { i, a in try i.floatToInt(try i.floatSelf(a, name)) }
        }
        addMethod(t, "is_integer") { i, a in
            let d = try i.floatSelf(a, "is_integer")
            try i.noArgs(a, "is_integer")
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        addMethod(t, "as_integer_ratio") { i, a in
            let d = try i.floatSelf(a, "as_integer_ratio")
            try i.noArgs(a, "as_integer_ratio")
            if d.isNaN { throw i.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw i.error("OverflowError", "cannot convert Infinity to integer ratio") }
            if d == 0 { return Value(i.makeTuple([.int(0), .int(1)])) }
            // d = significand * 2^exponent with an integral significand.
            let exp = Int(d.exponent) - Double.significandBitCount
            var num = BigInt(d.significandBitPattern | (d.isNormal ? (UInt64(1) << UInt64(Double.significandBitCount)) : 0))
            var e = d.isNormal ? exp : Int(Double.leastNormalMagnitude.exponent) - Double.significandBitCount
            while num > 0 && num & 1 == 0 && e < 0 { num >>= 1; e += 1 }
            var den = BigInt(1)
            if e > 0 { num <<= e } else { den <<= -e }
            if d < 0 { num = -num }
            return Value(i.makeTuple([i.makeInt(num), i.makeInt(den)]))
        }
        addMethod(t, "__hash__") { i, a in .int(Hashing.hashDouble(try i.floatSelf(a, "__hash__"))) }
        addMethod(t, "__repr__") { i, a in i.makeStr(FloatRepr.repr(try i.floatSelf(a, "__repr__"))) }
        addMethod(t, "__format__") { i, a in
            let d = try i.floatSelf(a, "__format__")
            guard a.count == 2, let spec = a[1].asObject(PyStr.self) else {
                throw i.typeError("format() argument 2 must be str, not \(a.count > 1 ? i.typeName(a[1]) : "nothing")")
            }
            do {
                return i.makeStr(try FormatSpec.formatFloat(d, FormatSpec.parse(spec.value)))
            } catch let e as FormatError {
                throw i.error(e.type, e.message)
            }
        }
        addMethod(t, "__round__") { i, a in
            let d = try i.floatSelf(a, "__round__")
            try i.methodArgs(a, "__round__", min: 0, max: 1)
            return try i.round(.float(d), a.count > 1 ? a[1] : .none)
        }
        addMethod(t, "__getnewargs__") { i, a in Value(i.makeTuple([.float(try i.floatSelf(a, "__getnewargs__"))])) }
        func numeric(_ i: Interpreter, _ v: Value) -> Bool { i.isIntLike(v) || i.isFloat(v) }
        for (base, code) in arithmeticDunders.filter({ $0.1 < 8 }) + [("pow", 7)] {
            for reflected in [false, true] {
                let name = reflected ? "__r\(base)__" : "__\(base)__"
                addMethod(t, name) { i, a in
                    _ = try i.floatSelf(a, name)
                    guard a.count >= 2 else { throw i.typeError("expected 1 argument, got 0") }
                    guard numeric(i, a[1]) else { return i.notImplemented }
                    if code == 7 && a.count > 2 && !a[2].isNone {
                        throw i.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                    }
                    return reflected ? try i.binaryOp(code, a[1], a[0]) : try i.binaryOp(code, a[0], a[1])
                }
            }
        }
        for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
            addMethod(t, name) { i, a in
                _ = try i.floatSelf(a, name)
                let o = try i.otherArg(a, name)
                guard numeric(i, o) else { return i.notImplemented }
                return try i.callBuiltin("divmod", reflected ? [o, a[0]] : [a[0], o])
            }
        }
        for (op, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
            addMethod(t, name) { i, a in
                _ = try i.floatSelf(a, name)
                let o = try i.otherArg(a, name)
                guard numeric(i, o) else { return i.notImplemented }
                return try i.richCompare(a[0], o, op)
            }
        }
    }
}

/// A binary operator (binaryNames code) on two small ints, when the result is
/// a small int: Python's floor division and modulo, shifts and bitwise
/// operators. nil means "take the general path" (overflow, a zero divisor,
/// a negative shift, true division, power).
@inline(__always)
func smallIntBinary(_ code: Int, _ a: Int, _ b: Int) -> Int? {
    switch code {
    case 0:
        let (s, o) = a.addingReportingOverflow(b)
        return o ? nil : s
    case 1:
        let (s, o) = a.subtractingReportingOverflow(b)
        return o ? nil : s
    case 2:
        let (s, o) = a.multipliedReportingOverflow(by: b)
        return o ? nil : s
    case 5:
        if b == 0 { return nil }
        let (q, o) = a.dividedReportingOverflow(by: b)
        if o { return nil }
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    case 6:
        if b == 0 { return nil }
        let (r, o) = a.remainderReportingOverflow(dividingBy: b)
        if o { return 0 }
        return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
    case 8:
        if b < 0 || b >= 63 { return nil }
        let s = a << b
        return (s >> b) == a ? s : nil
    case 9:
        if b < 0 { return nil }
        return b >= 64 ? (a < 0 ? -1 : 0) : a >> b
    case 10: return a | b
    case 11: return a ^ b
    case 12: return a & b
    default: return nil
    }
}
