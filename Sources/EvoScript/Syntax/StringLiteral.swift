// Decoding of string and bytes literal bodies: backslash escapes as CPython
// 3.8 defines them (unknown escapes stay verbatim), with its error messages.

enum StringLiteral {
    /// A decoding failure; `message` is CPython's SyntaxError message.
    struct DecodeError: Error {
        var message: String
    }

    @inline(__always) static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 48...57: return UInt32(c - 48)
        case 97...102: return UInt32(c - 87)
        case 65...70: return UInt32(c - 55)
        default: return nil
        }
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        // Lone surrogates cannot live in a Swift String: use U+FFFD.
        let cp = (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF ? 0xFFFD : v
        if cp < 0x80 {
            out.append(UInt8(cp))
        } else if cp < 0x800 {
            out.append(UInt8(0xC0 | (cp >> 6)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        } else if cp < 0x10000 {
            out.append(UInt8(0xE0 | (cp >> 12)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (cp >> 18)))
            out.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        }
    }

    private static func unicodeError(_ a: Int, _ b: Int, _ reason: String) -> DecodeError {
        DecodeError(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(a)-\(b): \(reason)")
    }

    /// Decodes a str literal body (`raw` keeps backslashes).
    static func decodeString(_ src: [UInt8], _ range: Range<Int>, raw: Bool) throws(DecodeError) -> String {
        let s = max(range.lowerBound, 0), e = min(range.upperBound, src.count)
        if s >= e { return "" }
        if raw || SourceText.find(92, in: src, s, e) < 0 {
            return String(decoding: src[s..<e], as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var k = s
        while k < e {
            let c = src[k]
            if c != 92 || k + 1 >= e {
                out.append(c)
                k += 1
                continue
            }
            let escStart = k - s
            let n = src[k + 1]
            k += 2
            switch n {
            case 10: break  // line continuation
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 97: out.append(7)    // \a
            case 98: out.append(8)    // \b
            case 102: out.append(12)  // \f
            case 110: out.append(10)  // \n
            case 114: out.append(13)  // \r
            case 116: out.append(9)   // \t
            case 118: out.append(11)  // \v
            case 48...55:
                var v = UInt32(n - 48)
                var digits = 1
                while digits < 3 && k < e && src[k] >= 48 && src[k] <= 55 {
                    v = v * 8 + UInt32(src[k] - 48)
                    k += 1
                    digits += 1
                }
                appendUTF8(v, to: &out)
            case 120, 117, 85:  // \x \u \U
                let count = n == 120 ? 2 : (n == 117 ? 4 : 8)
                var v: UInt32 = 0
                for _ in 0..<count {
                    guard k < e, let h = hexValue(src[k]) else {
                        let what = n == 120 ? "truncated \\xXX escape" : (n == 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")
                        throw unicodeError(escStart, k - s - 1, what)
                    }
                    v = v &* 16 &+ h
                    k += 1
                }
                if v > 0x10FFFF {
                    throw unicodeError(escStart, k - s - 1, "illegal Unicode character")
                }
                appendUTF8(v, to: &out)
            case 78:  // \N{name}; error positions as CPython's unicode_escape decoder
                guard k < e && src[k] == 123 else { throw unicodeError(escStart, k - s - 1, "malformed \\N character escape") }
                let close = SourceText.find(125, in: src, k + 1, e)
                if close < 0 { throw unicodeError(escStart, e - s - 1, "malformed \\N character escape") }
                if close == k + 1 { throw unicodeError(escStart, close - s - 1, "malformed \\N character escape") }
                let name = String(decoding: src[(k + 1)..<close], as: UTF8.self)
                guard let v = UnicodeNames.lookup(name) else {
                    throw unicodeError(escStart, close - s, "unknown Unicode character name")
                }
                appendUTF8(v, to: &out)
                k = close + 1
            default:
                // Unknown escape: kept verbatim (backslash and the character).
                out.append(92)
                out.append(n)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes a bytes literal body. The body must be ASCII (checked by the
    /// caller, with CPython's message).
    static func decodeBytes(_ src: [UInt8], _ range: Range<Int>, raw: Bool) throws(DecodeError) -> [UInt8] {
        let s = max(range.lowerBound, 0), e = min(range.upperBound, src.count)
        if s >= e { return [] }
        if raw || SourceText.find(92, in: src, s, e) < 0 { return Array(src[s..<e]) }
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var k = s
        while k < e {
            let c = src[k]
            if c != 92 || k + 1 >= e {
                out.append(c)
                k += 1
                continue
            }
            let escStart = k - s
            let n = src[k + 1]
            k += 2
            switch n {
            case 10: break
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = Int(n - 48)
                var digits = 1
                while digits < 3 && k < e && src[k] >= 48 && src[k] <= 55 {
                    v = v * 8 + Int(src[k] - 48)
                    k += 1
                    digits += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case 120:
                guard k + 1 < e, let h1 = hexValue(src[k]), let h2 = hexValue(src[k + 1]) else {
                    throw DecodeError(message: "(value error) invalid \\x escape at position \(escStart)")
                }
                out.append(UInt8(h1 * 16 + h2))
                k += 2
            default:
                out.append(92)
                out.append(n)
            }
        }
        return out
    }
}
