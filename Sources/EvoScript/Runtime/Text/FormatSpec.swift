import BigInt

/// An error raised by the text primitives, carrying the CPython exception
/// type name ("ValueError", "TypeError", "OverflowError", ...) and message.
struct FormatError: Error, Equatable, CustomStringConvertible {
    let type: String
    let message: String

    init(type: String, message: String) {
        self.type = type
        self.message = message
    }

    static func value(_ message: String) -> FormatError { FormatError(type: "ValueError", message: message) }
    static func typeError(_ message: String) -> FormatError { FormatError(type: "TypeError", message: message) }
    static func overflow(_ message: String) -> FormatError { FormatError(type: "OverflowError", message: message) }

    var description: String { "\(type): \(message)" }
}

/// Parsed format-spec mini-language (`format(value, spec)`, `f"{x:spec}"`).
struct FormatSpec: Equatable, Sendable {
    enum Grouping: Equatable, Sendable {
        case none
        case comma
        case underscore
    }

    var fill: Unicode.Scalar = " "
    var fillSpecified = false
    /// '<', '>', '=', '^' or nil (type-dependent default).
    var align: Unicode.Scalar?
    /// '+', '-', ' ' or nil.
    var sign: Unicode.Scalar?
    var alternate = false
    /// True if the '0' flag (zero padding) was given.
    var zeroPad = false
    /// -1 = not given.
    var width = -1
    var grouping: Grouping = .none
    /// -1 = not given.
    var precision = -1
    /// Presentation type, nil when omitted.
    var type: Unicode.Scalar?

    static let empty = FormatSpec()

    // MARK: parsing

    private static func isAlign(_ c: Unicode.Scalar) -> Bool {
        c == "<" || c == ">" || c == "=" || c == "^"
    }

    /// Decimal value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), else nil.
    static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        if c.value >= 0x30 && c.value <= 0x39 { return Int(c.value - 0x30) }
        if c.value < 0x80 { return nil }
        let p = c.properties
        if p.numericType == .decimal, let v = p.numericValue, v >= 0, v <= 9 { return Int(v) }
        return nil
    }

    /// Reads decimal digits at `pos`; returns nil if none. Throws on overflow.
    private static func getInteger(_ s: [Unicode.Scalar], _ pos: inout Int) throws(FormatError) -> Int? {
        var acc = 0
        var any = false
        while pos < s.count, let d = decimalValue(s[pos]) {
            if acc > (Int.max - d) / 10 {
                throw .value("Too many decimal digits in format string")
            }
            acc = acc * 10 + d
            any = true
            pos += 1
        }
        return any ? acc : nil
    }

    static func parse(_ spec: String) throws(FormatError) -> FormatSpec {
        var f = FormatSpec()
        if spec.isEmpty { return f }
        let s = Array(spec.unicodeScalars)
        let end = s.count
        var pos = 0
        var alignSpecified = false
        if end - pos >= 2 && isAlign(s[pos + 1]) {
            f.fill = s[pos]
            f.fillSpecified = true
            f.align = s[pos + 1]
            alignSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            f.align = s[pos]
            alignSpecified = true
            pos += 1
        }
        if pos < end && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
            f.sign = s[pos]
            pos += 1
        }
        if pos < end && s[pos] == "#" {
            f.alternate = true
            pos += 1
        }
        if !f.fillSpecified && pos < end && s[pos] == "0" {
            f.fill = "0"
            f.zeroPad = true
            if !alignSpecified { f.align = "=" }
            pos += 1
        }
        if let w = try getInteger(s, &pos) { f.width = w }
        if pos < end && s[pos] == "," {
            f.grouping = .comma
            pos += 1
        }
        if pos < end && s[pos] == "_" {
            if f.grouping != .none { throw .value("Cannot specify both ',' and '_'.") }
            f.grouping = .underscore
            pos += 1
        }
        if pos < end && s[pos] == "," {
            throw .value("Cannot specify both ',' and '_'.")
        }
        if pos < end && s[pos] == "." {
            pos += 1
            guard let p = try getInteger(s, &pos) else {
                throw .value("Format specifier missing precision")
            }
            f.precision = p
        }
        if end - pos > 1 {
            throw .value("Invalid format specifier")
        }
        if end - pos == 1 {
            f.type = s[pos]
        }
        if f.grouping != .none {
            let t = f.type
            switch t {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F":
                break
            case "b", "o", "x", "X":
                if f.grouping == .underscore { break }
                throw groupingError(f.grouping, t)
            default:
                throw groupingError(f.grouping, t)
            }
        }
        return f
    }

    private static func groupingError(_ g: Grouping, _ t: Unicode.Scalar?) -> FormatError {
        let sep = g == .comma ? "," : "_"
        let v = t?.value ?? 0
        if v > 32 && v < 128, let t {
            return .value("Cannot specify '\(sep)' with '\(Character(t))'.")
        }
        return .value("Cannot specify '\(sep)' with '\\x\(String(v, radix: 16))'.")
    }

    static func unknownFormatCode(_ t: Unicode.Scalar, _ typeName: String) -> FormatError {
        if t.value > 32 && t.value < 128 {
            return .value("Unknown format code '\(Character(t))' for object of type '\(typeName)'")
        }
        return .value("Unknown format code '\\x\(String(t.value, radix: 16))' for object of type '\(typeName)'")
    }

    // MARK: strings

    static func formatString(_ s: String, _ spec: FormatSpec) throws(FormatError) -> String {
        if let t = spec.type, t != "s" { throw unknownFormatCode(t, "str") }
        if spec.grouping != .none && spec.type == nil {
            throw groupingError(spec.grouping, "s")
        }
        if spec.sign != nil { throw .value("Sign not allowed in string format specifier") }
        if spec.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
        if spec.align == "=" { throw .value("'=' alignment not allowed in string format specifier") }
        if spec.width < 0 && spec.precision < 0 { return s }
        let len = s.unicodeScalars.count
        if spec.width <= len && (spec.precision < 0 || spec.precision >= len) { return s }
        var body = s
        var n = len
        if spec.precision >= 0 && len > spec.precision {
            n = spec.precision
            body = String(String.UnicodeScalarView(s.unicodeScalars.prefix(n)))
        }
        return pad(body, length: n, spec: spec, defaultAlign: "<")
    }

    /// Pads `body` (with `length` code points) to spec.width using fill/align.
    static func pad(_ body: String, length: Int, spec: FormatSpec, defaultAlign: Unicode.Scalar) -> String {
        let total = spec.width
        if total <= length { return body }
        let padding = total - length
        let align = spec.align ?? defaultAlign
        var left = 0
        if align == ">" { left = padding } else if align == "^" { left = padding / 2 }
        let right = padding - left
        var out = String()
        out.reserveCapacity(body.utf8.count + padding * 4)
        appendRepeated(&out, spec.fill, left)
        out.append(body)
        appendRepeated(&out, spec.fill, right)
        return out
    }

    static func appendRepeated(_ out: inout String, _ c: Unicode.Scalar, _ n: Int) {
        guard n > 0 else { return }
        if c.isASCII {
            out.append(String(repeating: Character(c), count: n))
        } else {
            for _ in 0..<n { out.unicodeScalars.append(c) }
        }
    }

    // MARK: numbers

    /// Inserts thousands separators (CPython `_PyUnicode_InsertThousandsGrouping`),
    /// zero-padding to `minWidth` total characters. `groupSize` 0 = no grouping.
    static func groupDigits(_ digits: ArraySlice<UInt8>, groupSize: Int, sep: UInt8, minWidth: Int) -> [UInt8] {
        // Build the output reversed.
        var rev: [UInt8] = []
        rev.reserveCapacity(max(digits.count, minWidth) + digits.count / 3 + 2)
        var remaining = digits.count
        var minWidth = minWidth
        var idx = digits.endIndex // digits consumed from the right
        var useSep = false
        func emit(_ l: Int) {
            let nZeros = max(0, l - remaining)
            let nChars = max(0, min(remaining, l))
            if useSep { rev.append(sep) }
            for _ in 0..<nChars {
                idx -= 1
                rev.append(digits[idx])
            }
            for _ in 0..<nZeros { rev.append(UInt8(ascii: "0")) }
            remaining -= nChars
        }
        var loopBroken = false
        if groupSize > 0 {
            while true {
                let l = min(groupSize, max(max(remaining, minWidth), 1))
                emit(l)
                useSep = true
                minWidth -= l
                if remaining <= 0 && minWidth <= 0 {
                    loopBroken = true
                    break
                }
                minWidth -= 1
            }
        }
        if !loopBroken {
            let l = max(max(remaining, minWidth), 1)
            emit(l)
        }
        rev.reverse()
        return rev
    }

    /// Lays out a number: `signNeg` (value negative), `prefix` (e.g. "0x"),
    /// `number` = ASCII digits followed optionally by '.' and a remainder.
    static func fillNumber(negative: Bool, prefix: [UInt8], number: [UInt8], spec: FormatSpec,
                           groupSize: Int, forceNoGrouping: Bool = false, allDigits: Bool = false) -> String {
        // split digits / decimal / remainder
        var nd = 0
        if allDigits {
            nd = number.count
        } else {
            while nd < number.count, number[nd] >= 0x30 && number[nd] <= 0x39 { nd += 1 }
        }
        let hasDecimal = nd < number.count && number[nd] == UInt8(ascii: ".")
        let remStart = hasDecimal ? nd + 1 : nd
        let nRemainder = number.count - remStart

        var signChar: UInt8? = nil
        switch spec.sign {
        case "+": signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: "+")
        case " ": signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: " ")
        default: if negative { signChar = UInt8(ascii: "-") }
        }
        let nSign = signChar == nil ? 0 : 1
        let nonDigit = nSign + prefix.count + (hasDecimal ? 1 : 0) + nRemainder
        let align = spec.align ?? ">"
        let minWidth = (spec.fill == "0" && align == "=") ? spec.width - nonDigit : 0

        var grouped: [UInt8]
        if nd == 0 {
            grouped = []
        } else {
            let sep: UInt8 = spec.grouping == .underscore ? UInt8(ascii: "_") : UInt8(ascii: ",")
            let gs = (spec.grouping == .none || forceNoGrouping) ? 0 : groupSize
            grouped = groupDigits(number[0..<nd], groupSize: gs, sep: sep, minWidth: minWidth)
        }
        let padding = spec.width - (nonDigit + grouped.count)
        var lpad = 0, spad = 0, rpad = 0
        if padding > 0 {
            switch align {
            case "<": rpad = padding
            case "^": lpad = padding / 2; rpad = padding - lpad
            case "=": spad = padding
            default: lpad = padding
            }
        }
        var out = String()
        out.reserveCapacity(nonDigit + grouped.count + max(0, padding) * 4)
        appendRepeated(&out, spec.fill, lpad)
        var mid: [UInt8] = []
        mid.reserveCapacity(nonDigit + grouped.count)
        if let signChar { mid.append(signChar) }
        mid.append(contentsOf: prefix)
        out.append(String(decoding: mid, as: UTF8.self))
        appendRepeated(&out, spec.fill, spad)
        mid.removeAll(keepingCapacity: true)
        mid.append(contentsOf: grouped)
        if hasDecimal { mid.append(UInt8(ascii: ".")) }
        mid.append(contentsOf: number[remStart...])
        out.append(String(decoding: mid, as: UTF8.self))
        appendRepeated(&out, spec.fill, rpad)
        return out
    }

    /// Converts a BigInt to Double as CPython's PyLong_AsDouble (correct
    /// rounding); nil on overflow.
    static func bigIntToDouble(_ v: BigInt) -> Double? {
        if let i = Int(exactly: v) { return Double(i) }
        let mag = v.magnitude
        let bits = mag.bitWidth
        // Keep 64 top bits plus a sticky bit, convert, then scale.
        let shift = bits - 64
        let top = mag >> shift
        var topWord = UInt64(top.words.first ?? 0)
        let lowMask = (BigUInt(1) << shift) - 1
        if !(mag & lowMask).isZero { topWord |= 1 }
        // UInt64 -> Double rounds to nearest-even on 53 bits; sticky bit in bit 0
        // keeps ties correct because bit 0 is below the 11 discarded bits' half point.
        let d = Double(sign: .plus, exponent: shift, significand: Double(topWord))
        if !d.isFinite { return nil }
        return v.sign == .minus ? -d : d
    }

    static func formatInt(_ v: BigInt, _ spec: FormatSpec) throws(FormatError) -> String {
        let t = spec.type ?? "d"
        switch t {
        case "e", "E", "f", "F", "g", "G", "%":
            guard let d = bigIntToDouble(v) else { throw .overflow("int too large to convert to float") }
            return try formatFloat(d, spec)
        case "b", "c", "d", "o", "x", "X", "n":
            break
        default:
            throw unknownFormatCode(t, "int")
        }
        if spec.precision >= 0 { throw .value("Precision not allowed in integer format specifier") }
        if t == "c" {
            if spec.sign != nil { throw .value("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw .value("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let x = Int64(exactly: v) else { throw .overflow("Python int too large to convert to C long") }
            guard x >= 0 && x <= 0x10ffff else { throw .overflow("%c arg not in range(0x110000)") }
            // A lone surrogate cannot live in a Swift String; use U+FFFD.
            var body = String()
            body.unicodeScalars.append(Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}")
            var sp = spec
            // Character goes in the "remainder": no digits, no grouping.
            if sp.align == nil { sp.align = ">" }
            let padding = sp.width - 1
            if padding <= 0 { return body }
            var out = String()
            switch sp.align {
            case "<": out = body; appendRepeated(&out, sp.fill, padding)
            case "^":
                let l = padding / 2
                appendRepeated(&out, sp.fill, l); out.append(body); appendRepeated(&out, sp.fill, padding - l)
            default: appendRepeated(&out, sp.fill, padding); out.append(body)
            }
            return out
        }
        var radix = 10
        var prefix: [UInt8] = []
        var groupSize = 3
        switch t {
        case "b": radix = 2; prefix = Array("0b".utf8); groupSize = 4
        case "o": radix = 8; prefix = Array("0o".utf8); groupSize = 4
        case "x": radix = 16; prefix = Array("0x".utf8); groupSize = 4
        case "X": radix = 16; prefix = Array("0X".utf8); groupSize = 4
        default: break
        }
        if !spec.alternate { prefix = [] }
        let negative = v.sign == .minus && !v.isZero
        let digits: [UInt8]
        if let small = Int(exactly: v) {
            digits = Array(String(small.magnitude, radix: radix, uppercase: t == "X").utf8)
        } else {
            digits = Array(String(v.magnitude, radix: radix, uppercase: t == "X").utf8)
        }
        return fillNumber(negative: negative, prefix: prefix, number: digits, spec: spec,
                          groupSize: groupSize, forceNoGrouping: t == "n", allDigits: true)
    }

    static func formatFloat(_ d: Double, _ spec: FormatSpec) throws(FormatError) -> String {
        var code: UInt8
        var precision = spec.precision
        var defaultPrecision = 6
        var addDot0 = false
        var value = d
        var addPct = false
        switch spec.type {
        case nil:
            code = UInt8(ascii: "r")
            addDot0 = true
            defaultPrecision = 0
        case "n": code = UInt8(ascii: "g")
        case "e", "E", "f", "F", "g", "G":
            code = UInt8(truncatingIfNeeded: spec.type?.value ?? 0x67)
        case "%":
            code = UInt8(ascii: "f")
            value = d * 100
            addPct = true
        case let t?:
            throw unknownFormatCode(t, "float")
        }
        if precision > Int(Int32.max) { throw .value("precision too big") }
        if precision < 0 {
            precision = defaultPrecision
        } else if code == UInt8(ascii: "r") {
            code = UInt8(ascii: "g")
        }
        var s = Array(FloatRepr.format(value, code: code, precision: precision,
                                       addDot0: addDot0, alt: spec.alternate).utf8)
        if addPct { s.append(UInt8(ascii: "%")) }
        var negative = false
        if let first = s.first, first == UInt8(ascii: "-") {
            negative = true
            s.removeFirst()
        }
        return fillNumber(negative: negative, prefix: [], number: s, spec: spec,
                          groupSize: 3, forceNoGrouping: spec.type == "n")
    }
}
