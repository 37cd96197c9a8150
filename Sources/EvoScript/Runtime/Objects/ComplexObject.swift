// complex: two doubles, and the arithmetic of CPython's complexobject.c
// (_Py_c_quot, _Py_c_pow, c_powi), its repr and hash, and complex(str)
// parsing. Pure functions here; the type's methods are in
// Methods/ComplexType.swift. The dispatch loop's int/float fast paths never
// see a complex: it reaches its dunders through the generic slow path.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

final class PyComplex: PyObject {
    /// Its references are fixed at creation, so it needs no barrier (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
    let real: Double
    let imag: Double
    init(cls: PyType, real: Double, imag: Double) {
        self.real = real
        self.imag = imag
        super.init(cls: cls)
    }
}

/// A complex value, as CPython's Py_complex.
struct Complex: Equatable {
    var real: Double
    var imag: Double

    init(_ real: Double, _ imag: Double) { self.real = real; self.imag = imag }

    /// Why an operation failed, as CPython's errno after a complex operation.
    enum Failure: Error { case divisionByZero, domain, range }

    static func + (a: Complex, b: Complex) -> Complex { Complex(a.real + b.real, a.imag + b.imag) }
    static func - (a: Complex, b: Complex) -> Complex { Complex(a.real - b.real, a.imag - b.imag) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
    }

    /// _Py_c_quot: Smith's algorithm, as CPython 3.8.
    func divided(by b: Complex) throws(Failure) -> Complex {
        let absReal = b.real.magnitude, absImag = b.imag.magnitude
        if absReal >= absImag {
            if absReal == 0 { throw .divisionByZero }
            let ratio = b.imag / b.real
            let denom = b.real + b.imag * ratio
            return Complex((real + imag * ratio) / denom, (imag - real * ratio) / denom)
        }
        if absImag >= absReal {
            let ratio = b.real / b.imag
            let denom = b.real * ratio + b.imag
            return Complex((real * ratio + imag) / denom, (imag * ratio - real) / denom)
        }
        return Complex(.nan, .nan)
    }

    /// _Py_c_pow.
    func power(_ b: Complex) throws(Failure) -> Complex {
        if b.real == 0 && b.imag == 0 { return Complex(1, 0) }
        if real == 0 && imag == 0 {
            if b.imag != 0 || b.real < 0 { throw .domain }
            return Complex(0, 0)
        }
        let vabs = hypot(real, imag)
        var len = pow(vabs, b.real)
        let at = atan2(imag, real)
        var phase = at * b.real
        if b.imag != 0 {
            len /= exp(at * b.imag)
            phase += b.imag * log(vabs)
        }
        return Complex(len * cos(phase), len * sin(phase))
    }

    /// c_powu: repeated squaring for a small positive integer exponent.
    private func powerUnsigned(_ n: Int) -> Complex {
        var r = Complex(1, 0), p = self
        var mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = r * p }
            mask <<= 1
            p = p * p
        }
        return r
    }

    /// complex.__pow__: integer exponents up to 100 by multiplication (c_powi),
    /// then CPython's overflow check (Py_ADJUST_ERANGE2).
    func raised(to b: Complex) throws(Failure) -> Complex {
        let r: Complex
        if b.imag == 0, b.real == b.real.rounded(.towardZero), b.real.magnitude <= 100 {
            let n = Int(b.real)
            if n > 0 {
                r = powerUnsigned(n)
            } else {
                do {
                    r = try Complex(1, 0).divided(by: powerUnsigned(-n))
                } catch {
                    throw .domain
                }
            }
        } else {
            r = try power(b)
        }
        if r.real.isInfinite || r.imag.isInfinite { throw .range }
        return r
    }

    /// abs(): nil when the result overflows although both parts are finite.
    var magnitude: Double? {
        if real.isInfinite || imag.isInfinite { return .infinity }
        if real.isNaN || imag.isNaN { return .nan }
        let r = hypot(real, imag)
        return r.isInfinite ? nil : r
    }

    /// complex_hash.
    var hashValue: Int {
        let h = UInt(bitPattern: Hashing.hashDouble(real)) &+ 1000003 &* UInt(bitPattern: Hashing.hashDouble(imag))
        let x = Int(bitPattern: h)
        return x == -1 ? -2 : x
    }

    /// complex_repr: `3j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
    var repr: String {
        let r = UInt8(ascii: "r")
        if real == 0 && real.sign == .plus {
            return FloatRepr.format(imag, code: r, precision: 0) + "j"
        }
        return "(" + FloatRepr.format(real, code: r, precision: 0)
            + FloatRepr.format(imag, code: r, precision: 0, alwaysSign: true) + "j)"
    }

    /// complex(str): `1`, `2j`, `1+2j`, `-j`, `(1-2.5e3j)`, with surrounding
    /// whitespace and parentheses; nil when malformed. Underscores are
    /// removed first (`removingUnderscores`).
    static func parse(_ ascii: [UInt8]) -> Complex? {
        var s = ascii[...]
        func trim() {
            while let f = s.first, NumberParsing.isASCIISpace(f) { s.removeFirst() }
            while let l = s.last, NumberParsing.isASCIISpace(l) { s.removeLast() }
        }
        trim()
        if s.first == UInt8(ascii: "(") {
            guard s.last == UInt8(ascii: ")") else { return nil }
            s = s.dropFirst().dropLast()
            trim()
        }
        if s.isEmpty { return nil }
        func isJ(_ k: Int) -> Bool { k < s.endIndex && (s[k] | 0x20) == UInt8(ascii: "j") }
        func isSign(_ k: Int) -> Bool { k < s.endIndex && (s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "-")) }
        var k = s.startIndex
        var x = 0.0, y = 0.0
        if let (z, end) = scanFloat(s, k) {
            k = end
            if isSign(k) {
                x = z
                if let (w, end2) = scanFloat(s, k) {
                    y = w
                    k = end2
                } else {
                    y = s[k] == UInt8(ascii: "+") ? 1 : -1
                    k += 1
                }
                guard isJ(k) else { return nil }
                k += 1
            } else if isJ(k) {
                y = z
                k += 1
            } else {
                x = z
            }
        } else {
            y = 1
            if isSign(k) {
                if s[k] == UInt8(ascii: "-") { y = -1 }
                k += 1
            }
            guard isJ(k) else { return nil }
            k += 1
        }
        return k == s.endIndex ? Complex(x, y) : nil
    }

    /// The longest float literal (sign, digits, point, exponent, or inf/nan) at k.
    private static func scanFloat(_ s: ArraySlice<UInt8>, _ start: Int) -> (Double, Int)? {
        var k = start
        let end = s.endIndex
        func digit(_ i: Int) -> Bool { i < end && s[i] >= 0x30 && s[i] <= 0x39 }
        if k < end && (s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "-")) { k += 1 }
        for word in ["infinity", "inf", "nan"] {
            let w = Array(word.utf8)
            if k + w.count <= end && s[k..<(k + w.count)].map({ $0 | 0x20 }) == w {
                guard let v = NumberParsing.parseFloatBytes(s[start..<(k + w.count)]) else { return nil }
                return (v, k + w.count)
            }
        }
        var sawDigit = false
        while digit(k) { k += 1; sawDigit = true }
        if k < end && s[k] == UInt8(ascii: ".") {
            k += 1
            while digit(k) { k += 1; sawDigit = true }
        }
        guard sawDigit else { return nil }
        if k < end && (s[k] | 0x20) == UInt8(ascii: "e") {
            var e = k + 1
            if e < end && (s[e] == UInt8(ascii: "+") || s[e] == UInt8(ascii: "-")) { e += 1 }
            if digit(e) {
                while digit(e) { e += 1 }
                k = e
            }
        }
        guard let v = NumberParsing.parseFloatBytes(s[start..<k]) else { return nil }
        return (v, k)
    }

    /// Underscores are allowed only between digits, as in number literals.
    static func removingUnderscores(_ b: [UInt8]) -> [UInt8]? {
        guard b.contains(UInt8(ascii: "_")) else { return b }
        func digit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
        var out: [UInt8] = []
        for (k, x) in b.enumerated() {
            if x == UInt8(ascii: "_") {
                guard k > 0, k + 1 < b.count, digit(b[k - 1]), digit(b[k + 1]) else { return nil }
                continue
            }
            out.append(x)
        }
        return out
    }
}
