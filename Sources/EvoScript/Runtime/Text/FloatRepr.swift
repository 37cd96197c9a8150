#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython-compatible float -> text conversion (`repr`, and the engine behind
/// `format()` / `%` for floats). Mirrors `PyOS_double_to_string` and
/// `format_float_short` from CPython's pystrtod.c.
enum FloatRepr {

    /// `repr(d)` / `str(d)` exactly as CPython 3.8.
    static func repr(_ d: Double) -> String {
        // Fast path: integral values below 1e16 print as "<int>.0".
        if d == d.rounded(.towardZero), d.magnitude < 1e16 {
            if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
            return String(Int64(d)) + ".0"
        }
        return format(d, code: UInt8(ascii: "r"), precision: 0)
    }

    /// Digit string (ASCII digits, no leading/trailing zeros except a lone "0")
    /// plus decimal point position: value = 0.DIGITS * 10**decpt.
    struct Digits {
        var digits: [UInt8]
        var decpt: Int
    }

    /// Shortest round-tripping digits of a finite `d` (sign ignored).
    static func shortestDigits(_ d: Double) -> Digits {
        let m = d.magnitude
        if m == 0 { return Digits(digits: [0x30], decpt: 1) }
        return parseDecimalText(Array(m.description.utf8))
    }

    /// Parses text like "123.45", "1.5e+20", "5e-324" into digits/decpt.
    private static func parseDecimalText(_ text: [UInt8]) -> Digits {
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var intDigits = 0
        var seenPoint = false
        var i = 0
        var exp = 0
        while i < text.count {
            let c = text[i]
            if c >= 0x30 && c <= 0x39 {
                digits.append(c)
                if !seenPoint { intDigits += 1 }
            } else if c == UInt8(ascii: ".") {
                seenPoint = true
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                var j = i + 1
                var neg = false
                if j < text.count && (text[j] == UInt8(ascii: "+") || text[j] == UInt8(ascii: "-")) {
                    neg = text[j] == UInt8(ascii: "-")
                    j += 1
                }
                var e = 0
                while j < text.count, text[j] >= 0x30 && text[j] <= 0x39 {
                    e = e &* 10 &+ Int(text[j] - 0x30)
                    j += 1
                }
                exp = neg ? -e : e
                break
            }
            i += 1
        }
        var decpt = intDigits + exp
        // strip leading zeros
        var lead = 0
        while lead < digits.count - 1 && digits[lead] == 0x30 {
            lead += 1
            decpt -= 1
        }
        if lead > 0 { digits.removeFirst(lead) }
        // strip trailing zeros
        while digits.count > 1, let last = digits.last, last == 0x30 { digits.removeLast() }
        if digits.count == 1 && digits[0] == 0x30 { decpt = 1 }
        if digits.isEmpty { return Digits(digits: [0x30], decpt: 1) }
        return Digits(digits: digits, decpt: decpt)
    }

    /// Runs C `snprintf` with a single "%.*e" / "%.*f" conversion.
    private static func cFormat(_ d: Double, precision: Int, fixed: Bool) -> [UInt8] {
        // A double's exact decimal expansion has at most 767 significant digits
        // and 1074 fractional digits: more requested digits are all zeros,
        // which the caller re-adds when laying out.
        let p = Int32(min(max(precision, 0), fixed ? 1100 : 800))
        let size = (fixed ? 330 : 40) + Int(p)
        var buf = [CChar](repeating: 0, count: size)
        let fmt = fixed ? "%.*f" : "%.*e"
        let n = buf.withUnsafeMutableBufferPointer { bp -> Int32 in
            guard let base = bp.baseAddress else { return 0 }
            return withVaList([p, d]) { va in vsnprintf(base, size, fmt, va) }
        }
        let len = max(0, min(Int(n), size - 1))
        var out = [UInt8]()
        out.reserveCapacity(len)
        for k in 0..<len { out.append(UInt8(bitPattern: buf[k])) }
        return out
    }

    /// Correctly rounded digits: mode 2 (`ndigits` significant digits) or
    /// mode 3 (`ndigits` digits after the decimal point). `d` finite.
    static func roundedDigits(_ d: Double, ndigits: Int, fixedMode: Bool) -> Digits {
        let m = d.magnitude
        if m == 0 { return Digits(digits: [0x30], decpt: 1) }
        if fixedMode {
            return parseDecimalText(cFormat(m, precision: max(0, ndigits), fixed: true))
        }
        return parseDecimalText(cFormat(m, precision: max(0, ndigits - 1), fixed: false))
    }

    /// Equivalent of `PyOS_double_to_string(d, code, precision, flags)`.
    /// `code` is one of e E f F g G r. Includes the sign ('-' or, with
    /// `alwaysSign`, '+'). NaN never gets '-'.
    static func format(_ d: Double, code: UInt8, precision: Int,
                       alwaysSign: Bool = false, addDot0: Bool = false, alt: Bool = false) -> String {
        var upper = false
        var code = code
        // Keep arithmetic below in range (CPython limits precision to a C int).
        var precision = min(max(precision, 0), Int(Int32.max) - 2)
        switch code {
        case UInt8(ascii: "E"): upper = true; code = UInt8(ascii: "e")
        case UInt8(ascii: "F"): upper = true; code = UInt8(ascii: "f")
        case UInt8(ascii: "G"): upper = true; code = UInt8(ascii: "g")
        default: break
        }
        if code == UInt8(ascii: "g") && precision == 0 { precision = 1 }
        if code == UInt8(ascii: "e") { precision += 1 }

        var out: [UInt8] = []
        let negative = d.sign == .minus && !d.isNaN
        if negative { out.append(UInt8(ascii: "-")) } else if alwaysSign { out.append(UInt8(ascii: "+")) }

        if !d.isFinite {
            let s: String = d.isNaN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf")
            out.append(contentsOf: s.utf8)
            return String(decoding: out, as: UTF8.self)
        }

        let dg: Digits
        switch code {
        case UInt8(ascii: "r"): dg = shortestDigits(d)
        case UInt8(ascii: "f"): dg = roundedDigits(d, ndigits: precision, fixedMode: true)
        default: dg = roundedDigits(d, ndigits: precision, fixedMode: false)
        }
        let digits = dg.digits
        var decpt = dg.decpt
        let digitsLen = digits.count
        var vdigitsEnd = digitsLen
        var useExp = false
        switch code {
        case UInt8(ascii: "e"):
            useExp = true
            vdigitsEnd = precision
        case UInt8(ascii: "f"):
            vdigitsEnd = decpt + precision
        case UInt8(ascii: "g"):
            if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
            if alt { vdigitsEnd = precision }
        default: // 'r'
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp {
            exp = decpt - 1
            decpt = 1
        }
        let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDot0 {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1
        } else {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt
        }
        let zero = UInt8(ascii: "0")
        let dot = UInt8(ascii: ".")
        out.reserveCapacity(out.count + vdigitsEnd - vdigitsStart + 8)
        if decpt <= 0 {
            out.append(contentsOf: repeatElement(zero, count: decpt - vdigitsStart))
            out.append(dot)
            out.append(contentsOf: repeatElement(zero, count: -decpt))
        } else {
            out.append(contentsOf: repeatElement(zero, count: max(0, -vdigitsStart)))
        }
        if 0 < decpt && decpt <= digitsLen {
            out.append(contentsOf: digits[0..<decpt])
            out.append(dot)
            out.append(contentsOf: digits[decpt..<digitsLen])
        } else {
            out.append(contentsOf: digits)
        }
        if digitsLen < decpt {
            out.append(contentsOf: repeatElement(zero, count: decpt - digitsLen))
            out.append(dot)
            out.append(contentsOf: repeatElement(zero, count: max(0, vdigitsEnd - decpt)))
        } else {
            out.append(contentsOf: repeatElement(zero, count: max(0, vdigitsEnd - digitsLen)))
        }
        if let last = out.last, last == dot, !alt { out.removeLast() }
        if useExp {
            out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let a = exp.magnitude
            if a < 10 { out.append(zero) }
            out.append(contentsOf: String(a).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
