// math: CPython 3.8's math module over Glibc's libm, with CPython's error
// rules ("math domain error" / "math range error") and exact algorithms for
// fsum and hypot.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

extension Interpreter {
    func makeMathModule() -> PyModule {
        let m = makeModule("math")
        let d = m.dict
        d.setStr(intern("pi"), .float(Double.pi))
        d.setStr(intern("e"), .float(M_E))
        d.setStr(intern("tau"), .float(2 * Double.pi))
        d.setStr(intern("inf"), .float(Double.infinity))
        d.setStr(intern("nan"), .float(Double.nan))
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        /// A one-argument libm function: domain error for NaN from a non-NaN, range error for inf from finite.
        func unary(_ name: String, _ f: @escaping (Double) -> Double, canOverflow: Bool = false) {
            fn(name) { i, a in
                try i.expectArgs(a, name, min: 1, max: 1)
                let x = try i.mathFloat(a[0])
                return .float(try i.mathResult(f(x), x, canOverflow: canOverflow))
            }
        }
        unary("sqrt", { $0.squareRoot() })
        unary("exp", { exp($0) }, canOverflow: true)
        unary("expm1", { expm1($0) }, canOverflow: true)
        unary("sin", { sin($0) })
        unary("cos", { cos($0) })
        unary("tan", { tan($0) })
        unary("asin", { asin($0) })
        unary("acos", { acos($0) })
        unary("atan", { atan($0) })
        unary("sinh", { sinh($0) }, canOverflow: true)
        unary("cosh", { cosh($0) }, canOverflow: true)
        unary("tanh", { tanh($0) })
        unary("asinh", { asinh($0) })
        unary("acosh", { acosh($0) })
        unary("atanh", { x in abs(x) >= 1 ? Double.nan : atanh(x) })
        unary("fabs", { abs($0) })
        unary("degrees", { $0 * (180.0 / Double.pi) })
        unary("radians", { $0 * (Double.pi / 180.0) })
        unary("erf", { erf($0) })
        unary("erfc", { erfc($0) })
        unary("gamma", { x in (x <= 0 && x == x.rounded(.down)) ? Double.nan : tgamma(x) }, canOverflow: true)
        unary("lgamma", { x in (x <= 0 && x == x.rounded(.down)) ? Double.infinity : lgamma(x) }, canOverflow: true)
        unary("log1p", { x in x <= -1 ? Double.nan : log1p(x) })

        fn("log") { i, a in
            try i.expectArgs(a, "log", min: 1, max: 2)
            let num = try i.mathLog(a[0], log)
            if a.count == 1 { return .float(num) }
            let den = try i.mathLog(a[1], log)
            if den == 0 { throw i.error("ZeroDivisionError", "float division by zero") }
            return .float(num / den)
        }
        fn("log2") { i, a in
            try i.expectArgs(a, "log2", min: 1, max: 1)
            return .float(try i.mathLog(a[0], log2))
        }
        fn("log10") { i, a in
            try i.expectArgs(a, "log10", min: 1, max: 1)
            return .float(try i.mathLog(a[0], log10))
        }
        fn("pow") { i, a in
            try i.expectArgs(a, "pow", min: 2, max: 2)
            let x = try i.mathFloat(a[0]), y = try i.mathFloat(a[1])
            if x == 0 && y < 0 && y.isFinite { throw i.valueError("math domain error") }
            if x < 0 && x.isFinite && y.isFinite && y != y.rounded(.down) { throw i.valueError("math domain error") }
            let r = pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw i.error("OverflowError", "math range error") }
            return .float(r)
        }
        fn("atan2") { i, a in
            try i.expectArgs(a, "atan2", min: 2, max: 2)
            return .float(atan2(try i.mathFloat(a[0]), try i.mathFloat(a[1])))
        }
        fn("fmod") { i, a in
            try i.expectArgs(a, "fmod", min: 2, max: 2)
            let x = try i.mathFloat(a[0]), y = try i.mathFloat(a[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw i.valueError("math domain error") }
            return .float(r)
        }
        fn("remainder") { i, a in
            try i.expectArgs(a, "remainder", min: 2, max: 2)
            let x = try i.mathFloat(a[0]), y = try i.mathFloat(a[1])
            let r = remainder(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw i.valueError("math domain error") }
            return .float(r)
        }
        fn("copysign") { i, a in
            try i.expectArgs(a, "copysign", min: 2, max: 2)
            return .float(copysign(try i.mathFloat(a[0]), try i.mathFloat(a[1])))
        }
        fn("isfinite") { i, a in
            try i.expectArgs(a, "isfinite", min: 1, max: 1)
            return .bool(try i.mathFloat(a[0]).isFinite)
        }
        fn("isinf") { i, a in
            try i.expectArgs(a, "isinf", min: 1, max: 1)
            return .bool(try i.mathFloat(a[0]).isInfinite)
        }
        fn("isnan") { i, a in
            try i.expectArgs(a, "isnan", min: 1, max: 1)
            return .bool(try i.mathFloat(a[0]).isNaN)
        }
        fn("isclose") { i, a in
            try i.expectArgs(a, "isclose", min: 2, max: 2)
            let x = try i.mathFloat(a[0]), y = try i.mathFloat(a[1])
            let rel = try a.keyword("rel_tol").map { try i.mathFloat($0) } ?? 1e-09
            let abst = try a.keyword("abs_tol").map { try i.mathFloat($0) } ?? 0.0
            if rel < 0 || abst < 0 { throw i.valueError("tolerances must be non-negative") }
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = abs(y - x)
            return .bool((diff <= abs(rel * y)) || (diff <= abs(rel * x)) || (diff <= abst))
        }
        fn("floor") { i, a in
            try i.expectArgs(a, "floor", min: 1, max: 1)
            return try i.mathRound(a[0], "__floor__") { $0.rounded(.down) }
        }
        fn("ceil") { i, a in
            try i.expectArgs(a, "ceil", min: 1, max: 1)
            return try i.mathRound(a[0], "__ceil__") { $0.rounded(.up) }
        }
        fn("trunc") { i, a in
            try i.expectArgs(a, "trunc", min: 1, max: 1)
            if case .float = a[0] { return try i.mathRound(a[0], "__trunc__") { $0.rounded(.towardZero) } }
            if i.isIntLike(a[0]) { return i.makeInt(i.bigIntValue(a[0]) ?? 0) }
            if let m = i.special(a[0], "__trunc__") { return try i.call(m, [a[0]]) }
            throw i.typeError("type \(i.typeName(a[0])) doesn't define __trunc__ method")
        }
        fn("modf") { i, a in
            try i.expectArgs(a, "modf", min: 1, max: 1)
            let x = try i.mathFloat(a[0])
            if x.isInfinite { return Value(i.makeTuple([.float(copysign(0.0, x)), .float(x)])) }
            let ip = x.rounded(.towardZero)
            return Value(i.makeTuple([.float(copysign(x - ip, x)), .float(ip)]))
        }
        fn("frexp") { i, a in
            try i.expectArgs(a, "frexp", min: 1, max: 1)
            let x = try i.mathFloat(a[0])
            if x.isNaN || x.isInfinite || x == 0 { return Value(i.makeTuple([.float(x), .int(0)])) }
            var e: Int32 = 0
            let mant = frexp(x, &e)
            return Value(i.makeTuple([.float(mant), .int(Int(e))]))
        }
        fn("ldexp") { i, a in
            try i.expectArgs(a, "ldexp", min: 2, max: 2)
            let x = try i.mathFloat(a[0])
            guard i.isIntLike(a[1]), let eb = i.bigIntValue(a[1]) else {
                throw i.typeError("Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            let e = Int(clamping: eb)
            let clamped = Int32(clamping: e)
            let r = scalbn(x, Int(clamped))
            if r.isInfinite { throw i.error("OverflowError", "math range error") }
            return .float(r)
        }
        fn("hypot") { i, a in
            var vec: [Double] = []
            var maxv = 0.0
            var foundNaN = false
            for k in 0..<a.count {
                let x = abs(try i.mathFloat(a[k]))
                vec.append(x)
                foundNaN = foundNaN || x.isNaN
                if x > maxv { maxv = x }
            }
            return .float(vectorNorm(vec, maxv, foundNaN))
        }
        fn("fsum") { i, a in
            try i.expectArgs(a, "fsum", min: 1, max: 1)
            return .float(try i.mathFsum(a[0]))
        }
        fn("prod") { i, a in
            try i.expectArgs(a, "prod", min: 1, max: 1)
            var acc = a.keyword("start") ?? .int(1)
            let it = try i.getIter(a[0])
            let mark = i.nativeRoots.count
            i.nativeRoots.append(it)
            defer { i.nativeRoots.removeSubrange(mark...) }
            while let x = try i.next(it) {
                acc = try i.binaryOp(2, acc, x)
                i.nativeRoots.append(acc)
            }
            return acc
        }
        fn("gcd") { i, a in
            try i.expectArgs(a, "gcd", min: 2, max: 2)
            let x = try i.mathInt(a[0]), y = try i.mathInt(a[1])
            return i.makeInt(x.greatestCommonDivisor(with: y).magnitude == 0 ? 0 : BigInt(x.greatestCommonDivisor(with: y).magnitude))
        }
        fn("factorial") { i, a in
            try i.expectArgs(a, "factorial", min: 1, max: 1)
            let n: BigInt
            if case .float(let f) = a[0] {
                if !f.isFinite || f != f.rounded(.down) { throw i.valueError("factorial() only accepts integral values") }
                n = BigInt(f)
            } else {
                n = try i.mathInt(a[0])
            }
            if n < 0 { throw i.valueError("factorial() not defined for negative values") }
            guard let k = Int(exactly: n), k <= 100_000 else { throw i.error("OverflowError", "factorial() argument should not exceed \(Int.max)") }
            var r = BigInt(1)
            if k >= 2 { for j in 2...k { r *= BigInt(j) } }
            return i.makeInt(r)
        }
        fn("comb") { i, a in
            try i.expectArgs(a, "comb", min: 2, max: 2)
            let n = try i.mathInt(a[0]), k = try i.mathInt(a[1])
            if n < 0 { throw i.valueError("n must be a non-negative integer") }
            if k < 0 { throw i.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            let kk = min(k, n - k)
            guard let steps = Int(exactly: kk) else { throw i.error("OverflowError", "min(n - k, k) must not exceed \(Int.max)") }
            var r = BigInt(1)
            if steps > 0 { for j in 0..<steps { r = r * (n - BigInt(j)) / BigInt(j + 1) } }
            return i.makeInt(r)
        }
        fn("perm") { i, a in
            try i.expectArgs(a, "perm", min: 1, max: 2)
            let n = try i.mathInt(a[0])
            let k = a.count > 1 && !a[1].isNone ? try i.mathInt(a[1]) : n
            if n < 0 { throw i.valueError("n must be a non-negative integer") }
            if k < 0 { throw i.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let steps = Int(exactly: k) else { throw i.error("OverflowError", "k must not exceed \(Int.max)") }
            var r = BigInt(1)
            if steps > 0 { for j in 0..<steps { r *= n - BigInt(j) } }
            return i.makeInt(r)
        }
        fn("isqrt") { i, a in
            try i.expectArgs(a, "isqrt", min: 1, max: 1)
            let n = try i.mathInt(a[0])
            if n < 0 { throw i.valueError("isqrt() argument must be nonnegative") }
            var r = n.squareRoot()
            while r * r > n { r -= 1 }
            while (r + 1) * (r + 1) <= n { r += 1 }
            return i.makeInt(r)
        }
        return m
    }

    /// A math function's float argument (ints convert; __float__ is honoured).
    func mathFloat(_ v: Value) throws -> Double {
        if let d = try floatValue(v) { return d }
        if let m = special(v, "__float__") {
            let r = try call(m, [v])
            if case .float(let d) = r { return d }
            throw typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
        }
        if let m = special(v, "__index__") { return try mathFloat(try call(m, [v])) }
        throw typeError("must be real number, not \(typeName(v))")
    }

    func mathInt(_ v: Value) throws -> BigInt {
        if isIntLike(v), let b = bigIntValue(v) { return b }
        if let m = special(v, "__index__"), case .obj = v {
            let r = try call(m, [v])
            if isIntLike(r), let b = bigIntValue(r) { return b }
        }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    fileprivate func mathResult(_ r: Double, _ x: Double, canOverflow: Bool) throws -> Double {
        if r.isNaN && !x.isNaN { throw valueError("math domain error") }
        if r.isInfinite && x.isFinite {
            if canOverflow { throw error("OverflowError", "math range error") }
            throw valueError("math domain error")
        }
        return r
    }

    /// log-family helper: big ints are handled through their bit length, as CPython's loghelper does.
    fileprivate func mathLog(_ v: Value, _ f: (Double) -> Double) throws -> Double {
        if isIntLike(v), let b = bigIntValue(v) {
            if b <= 0 { throw valueError("math domain error") }
            if let d = FormatSpec.bigIntToDouble(b), d.isFinite { return f(d) }
            let bits = b.magnitude.bitWidth
            let top = b >> (bits - 60)
            let m = (FormatSpec.bigIntToDouble(top) ?? 1) / 1152921504606846976.0
            return f(m) + f(2.0) * Double(bits)
        }
        let x = try mathFloat(v)
        if x.isNaN { return x }
        if x <= 0 { throw valueError("math domain error") }
        if x.isInfinite { return x }
        return f(x)
    }

    fileprivate func mathRound(_ v: Value, _ dunder: String, _ f: (Double) -> Double) throws -> Value {
        if isIntLike(v) { return makeInt(bigIntValue(v) ?? 0) }
        if case .float(let x) = v {
            if x.isNaN { throw valueError("cannot convert float NaN to integer") }
            if x.isInfinite { throw error("OverflowError", "cannot convert float infinity to integer") }
            let r = f(x)
            if let n = Int(exactly: r) { return .int(n) }
            return makeInt(BigInt(r))
        }
        if case .obj = v, let m = special(v, dunder) { return try call(m, [v]) }
        let x = try mathFloat(v)
        return try mathRound(.float(x), dunder, f)
    }

    /// math.fsum: Shewchuk's exact partial sums, rounded as CPython's math_fsum does.
    fileprivate func mathFsum(_ iterable: Value) throws -> Double {
        var p: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        let it = try getIter(iterable)
        let mark = nativeRoots.count
        nativeRoots.append(it)
        defer { nativeRoots.removeSubrange(mark...) }
        while let item = try next(it) {
            var x = try mathFloat(item)
            let xsave = x
            var i = 0
            for j in 0..<p.count {
                var y = p[j]
                if abs(x) < abs(y) { swap(&x, &y) }
                let hi = x + y
                let yr = hi - x
                let lo = y - yr
                if lo != 0 { p[i] = lo; i += 1 }
                x = hi
            }
            p.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    if xsave.isFinite { throw error("OverflowError", "intermediate overflow in fsum") }
                    if xsave.isInfinite { infSum += xsave }
                    specialSum += xsave
                    p.removeAll()
                } else {
                    p.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw valueError("-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = p.count
        if n > 0 {
            n -= 1
            hi = p[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = p[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }
}

/// CPython 3.8's vector_norm (math.hypot).
private func vectorNorm(_ vec: [Double], _ maxv: Double, _ foundNaN: Bool) -> Double {
    if maxv.isInfinite { return maxv }
    if foundNaN { return Double.nan }
    if maxv == 0 || vec.count <= 1 { return maxv }
    var csum = 1.0, frac = 0.0
    for v in vec {
        var x = v / maxv
        x = x * x
        let old = csum
        csum += x
        frac += (old - csum) + x
    }
    return maxv * (csum - 1.0 + frac).squareRoot()
}
