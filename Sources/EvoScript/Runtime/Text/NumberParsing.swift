import BigInt

/// Python's `int(str, base)` and `float(str)` text parsing.
enum NumberParsing {

    static func invalidIntLiteral(_ repr: String, base: Int) -> String {
        "invalid literal for int() with base \(base): \(repr)"
    }
    static let invalidBaseMessage = "int() base must be >= 2 and <= 36, or 0"
    static func invalidFloatLiteral(_ repr: String) -> String {
        "could not convert string to float: \(repr)"
    }

    /// Python whitespace (str.isspace) by code point.
    @inline(__always)
    static func isPySpace(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x1F)
        }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Maps the string to ASCII as `_PyUnicode_TransformDecimalAndSpaceToASCII`:
    /// Unicode decimal digits -> '0'...'9', Unicode spaces -> ' ',
    /// other non-ASCII -> nil (always invalid in numbers).
    private static func asciiBytes(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if isPySpace(v) {
                out.append(0x20)
            } else if let d = FormatSpec.decimalValue(u) {
                out.append(UInt8(0x30 + d))
            } else {
                return nil
            }
        }
        return out
    }

    @inline(__always)
    static func isASCIISpace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)
    }

    @inline(__always)
    private static func digitValue(_ c: UInt8) -> Int {
        switch c {
        case 0x30...0x39: return Int(c) - 0x30
        case 0x61...0x7A: return Int(c) - 0x61 + 10
        case 0x41...0x5A: return Int(c) - 0x41 + 10
        default: return 99
        }
    }

    /// `int(s, base)`; nil if the literal is invalid or the base is out of
    /// range (check `base` yourself to choose the error message).
    static func parseInt(_ s: String, base: Int) -> BigInt? {
        guard base == 0 || (base >= 2 && base <= 36) else { return nil }
        guard let b = asciiBytes(s) else { return nil }
        return parseIntBytes(b[...], base: base)
    }

    /// Core of `parseInt` on ASCII bytes (also usable for bytes objects).
    static func parseIntBytes(_ b: ArraySlice<UInt8>, base baseIn: Int) -> BigInt? {
        var i = b.startIndex
        var end = b.endIndex
        while i < end && isASCIISpace(b[i]) { i += 1 }
        while end > i && isASCIISpace(b[end - 1]) { end -= 1 }
        var negative = false
        if i < end && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        var base = baseIn
        var prefixed = false
        if i + 1 < end && b[i] == UInt8(ascii: "0") {
            let c = b[i + 1] | 0x20
            let pbase: Int
            switch c {
            case UInt8(ascii: "x"): pbase = 16
            case UInt8(ascii: "o"): pbase = 8
            case UInt8(ascii: "b"): pbase = 2
            default: pbase = 0
            }
            if pbase != 0 && (base == 0 || base == pbase) {
                base = pbase
                i += 2
                prefixed = true
            }
        }
        var leadingZeroCheck = false
        if base == 0 {
            // No prefix: decimal, but a nonzero number must not start with '0'.
            base = 10
            leadingZeroCheck = true
        }
        // Digits with single underscores between digits (or right after a prefix).
        guard i < end else { return nil }
        var digits: [UInt8] = []
        digits.reserveCapacity(end - i)
        var prevUnderscore = false
        if b[i] == UInt8(ascii: "_") {
            guard prefixed else { return nil }
            // one underscore may follow the prefix; a digit must come next
            prevUnderscore = true
            i += 1
            guard i < end else { return nil }
        }
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "_") {
                if prevUnderscore { return nil }
                prevUnderscore = true
            } else {
                let d = digitValue(c)
                if d >= base { return nil }
                digits.append(UInt8(d))
                prevUnderscore = false
            }
            i += 1
        }
        if prevUnderscore || digits.isEmpty { return nil }
        if leadingZeroCheck && digits[0] == 0 {
            // "0", "00", "0_0" are fine; "012" is not.
            for d in digits where d != 0 { return nil }
        }
        // Accumulate in 64-bit chunks.
        var chunkDigits = 1
        var chunkMul = UInt64(base)
        while chunkMul <= UInt64.max / UInt64(base) / UInt64(base) {
            chunkMul *= UInt64(base)
            chunkDigits += 1
        }
        if digits.count <= chunkDigits {
            var acc: UInt64 = 0
            for d in digits { acc = acc * UInt64(base) + UInt64(d) }
            let r = BigInt(acc)
            return negative ? -r : r
        }
        var result = BigUInt(0)
        var k = 0
        while k < digits.count {
            let n = min(chunkDigits, digits.count - k)
            var acc: UInt64 = 0
            var mul: UInt64 = 1
            for j in k..<(k + n) {
                acc = acc * UInt64(base) + UInt64(digits[j])
                mul *= UInt64(base)
            }
            result = result * BigUInt(mul) + BigUInt(acc)
            k += n
        }
        let r = BigInt(sign: .plus, magnitude: result)
        return negative ? -r : r
    }

    /// Fast path: parse a plain decimal Int (used by the VM for small literals).
    static func parseSmallInt(_ s: String) -> Int? {
        guard let v = parseInt(s, base: 10) else { return nil }
        return Int(exactly: v)
    }

    /// `float(s)`; nil if invalid.
    static func parseFloat(_ s: String) -> Double? {
        guard let b = asciiBytes(s) else { return nil }
        return parseFloatBytes(b[...])
    }

    static func parseFloatBytes(_ b: ArraySlice<UInt8>) -> Double? {
        var i = b.startIndex
        var end = b.endIndex
        while i < end && isASCIISpace(b[i]) { i += 1 }
        while end > i && isASCIISpace(b[end - 1]) { end -= 1 }
        guard i < end else { return nil }
        var negative = false
        var clean: [UInt8] = []
        clean.reserveCapacity(end - i + 1)
        if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        // inf / infinity / nan (case-insensitive)
        let rest = b[i..<end]
        if let first = rest.first, !(first >= 0x30 && first <= 0x39) && first != UInt8(ascii: ".") {
            let lower = rest.map { $0 | 0x20 }
            if lower == Array("inf".utf8) || lower == Array("infinity".utf8) {
                return negative ? -Double.infinity : Double.infinity
            }
            if lower == Array("nan".utf8) {
                return negative ? -Double.nan : Double.nan
            }
            return nil
        }
        if negative { clean.append(UInt8(ascii: "-")) }
        // mantissa
        var intDigits = 0
        var fracDigits = 0
        var prev: UInt8 = 0  // previous raw char
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        while i < end {
            let c = b[i]
            if isDigit(c) {
                clean.append(c); intDigits += 1
            } else if c == UInt8(ascii: "_") {
                guard isDigit(prev), i + 1 < end, isDigit(b[i + 1]) else { return nil }
            } else { break }
            prev = c
            i += 1
        }
        if i < end && b[i] == UInt8(ascii: ".") {
            clean.append(UInt8(ascii: "."))
            prev = b[i]
            i += 1
            while i < end {
                let c = b[i]
                if isDigit(c) {
                    clean.append(c); fracDigits += 1
                } else if c == UInt8(ascii: "_") {
                    guard isDigit(prev), i + 1 < end, isDigit(b[i + 1]) else { return nil }
                } else { break }
                prev = c
                i += 1
            }
        }
        if intDigits + fracDigits == 0 { return nil }
        if i < end && (b[i] | 0x20) == UInt8(ascii: "e") {
            clean.append(UInt8(ascii: "e"))
            i += 1
            if i < end && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) {
                clean.append(b[i])
                i += 1
            }
            var expDigits = 0
            prev = 0
            while i < end {
                let c = b[i]
                if isDigit(c) {
                    clean.append(c); expDigits += 1
                } else if c == UInt8(ascii: "_") {
                    guard isDigit(prev), i + 1 < end, isDigit(b[i + 1]) else { return nil }
                } else { break }
                prev = c
                i += 1
            }
            if expDigits == 0 { return nil }
        }
        if i != end { return nil }
        return Double(String(decoding: clean, as: UTF8.self))
    }
}
