import BigInt

/// Width or precision of a printf-style directive.
enum PercentWidth: Equatable, Sendable {
    /// '*': taken from the next positional argument (an int).
    case star
    case value(Int)
}

struct PercentFlags: OptionSet, Equatable, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    static let minus = PercentFlags(rawValue: 1)
    static let plus = PercentFlags(rawValue: 2)
    static let space = PercentFlags(rawValue: 4)
    static let zero = PercentFlags(rawValue: 8)
    static let alt = PercentFlags(rawValue: 16)
}

/// One `%...c` directive.
struct PercentDirective: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// s r a
        case text
        /// d i u o x X
        case integer
        /// e E f F g G
        case float
        /// c
        case char
        /// anything else: fetch the argument, then throw `PercentFormat.unsupported(d)`.
        case unsupported
    }

    /// `%(name)s` mapping key.
    var key: String?
    var flags: PercentFlags = []
    var width: PercentWidth?
    var precision: PercentWidth?
    var conversion: Character = "s"
    /// Code-point index of the conversion character in the format string.
    var index: Int = 0

    var conversionScalar: Unicode.Scalar { conversion.unicodeScalars.first ?? "?" }

    var kind: Kind {
        switch conversion {
        case "s", "r", "a": return .text
        case "d", "i", "u", "o", "x", "X": return .integer
        case "e", "E", "f", "F", "g", "G": return .float
        case "c": return .char
        default: return .unsupported
        }
    }
}

enum PercentPiece: Equatable, Sendable {
    case literal(String)
    case directive(PercentDirective)
}

/// printf-style `str % args` building blocks (CPython's PyUnicode_Format).
enum PercentFormat {

    // MARK: messages for the VM glue

    static let notEnoughArguments = FormatError.typeError("not enough arguments for format string")
    static let notAllConverted = FormatError.typeError("not all arguments converted during string formatting")
    static let requiresMapping = FormatError.typeError("format requires a mapping")
    static let starWantsInt = FormatError.typeError("* wants int")
    static let charRequiresIntOrChar = FormatError.typeError("%c requires int or char")
    static let charOutOfRange = FormatError.overflow("%c arg not in range(0x110000)")

    /// "%d format: a number is required, not str" (d i u) /
    /// "%x format: an integer is required, not float" (o x X).
    static func wrongType(_ d: PercentDirective, typeName: String) -> FormatError {
        switch d.conversion {
        case "o", "x", "X":
            return .typeError("%\(d.conversion) format: an integer is required, not \(typeName)")
        default:
            return .typeError("%\(d.conversion) format: a number is required, not \(typeName)")
        }
    }

    /// For e/f/g with a non-number operand.
    static func floatRequired(typeName: String) -> FormatError {
        .typeError("must be real number, not \(typeName)")
    }

    static func unsupported(_ d: PercentDirective) -> FormatError {
        let v = d.conversionScalar.value
        let shown: String = (v >= 31 && v <= 126) ? String(d.conversion) : "?"
        return .value("unsupported format character '\(shown)' (0x\(String(v, radix: 16))) at index \(d.index)")
    }

    // MARK: parsing

    /// Parses the whole format string; throws the first syntax error.
    static func parse(_ fmt: String) throws(FormatError) -> [PercentPiece] {
        let r = parsePieces(fmt)
        if let e = r.error { throw e }
        return r.pieces
    }

    /// Lenient parse: pieces up to the first syntax error, plus that error
    /// (CPython raises it only when formatting reaches that point) and the
    /// directive cut short by the end of the format, whose key and `*`
    /// arguments CPython still fetches before reporting "incomplete format".
    static func parsePieces(_ fmt: String) -> (pieces: [PercentPiece], error: FormatError?, partial: PercentDirective?) {
        var pieces: [PercentPiece] = []
        let s = Array(fmt.unicodeScalars)
        let n = s.count
        var lit = String.UnicodeScalarView()
        var i = 0
        func flushLiteral() {
            if !lit.isEmpty {
                pieces.append(.literal(String(lit)))
                lit = String.UnicodeScalarView()
            }
        }
        while i < n {
            let c = s[i]
            if c != "%" {
                // copy a run of literal text
                var j = i + 1
                while j < n && s[j] != "%" { j += 1 }
                lit.append(contentsOf: s[i..<j])
                i = j
                continue
            }
            i += 1
            if i < n && s[i] == "%" {
                lit.append("%")
                i += 1
                continue
            }
            var d = PercentDirective()
            if i < n && s[i] == "(" {
                i += 1
                let keyStart = i
                var pcount = 1
                while pcount > 0 && i < n {
                    if s[i] == ")" { pcount -= 1 } else if s[i] == "(" { pcount += 1 }
                    i += 1
                }
                if pcount > 0 {
                    flushLiteral()
                    return (pieces, .value("incomplete format key"), nil)
                }
                d.key = String(String.UnicodeScalarView(s[keyStart..<(i - 1)]))
                if i >= n {
                    flushLiteral()
                    return (pieces, .value("incomplete format"), d)
                }
            }
            // flags
            flagLoop: while i < n {
                switch s[i] {
                case "-": d.flags.insert(.minus)
                case "+": d.flags.insert(.plus)
                case " ": d.flags.insert(.space)
                case "#": d.flags.insert(.alt)
                case "0": d.flags.insert(.zero)
                default: break flagLoop
                }
                i += 1
            }
            // width
            if i < n && s[i] == "*" {
                d.width = .star
                i += 1
            } else if i < n, let _ = asciiDigit(s[i]) {
                var w = 0
                while i < n, let dv = asciiDigit(s[i]) {
                    if w > (Int.max - dv) / 10 {
                        flushLiteral()
                        return (pieces, .value("width too big"), nil)
                    }
                    w = w * 10 + dv
                    i += 1
                }
                d.width = .value(w)
            }
            // precision
            if i < n && s[i] == "." {
                i += 1
                if i < n && s[i] == "*" {
                    d.precision = .star
                    i += 1
                } else {
                    var p = 0
                    while i < n, let dv = asciiDigit(s[i]) {
                        if p > (Int(Int32.max) - dv) / 10 {
                            flushLiteral()
                            return (pieces, .value("precision too big"), nil)
                        }
                        p = p * 10 + dv
                        i += 1
                    }
                    d.precision = .value(p)
                }
            }
            // length modifiers are ignored
            if i < n && (s[i] == "h" || s[i] == "l" || s[i] == "L") { i += 1 }
            if i >= n {
                flushLiteral()
                return (pieces, .value("incomplete format"), d)
            }
            d.conversion = Character(s[i])
            d.index = i
            i += 1
            flushLiteral()
            pieces.append(.directive(d))
        }
        flushLiteral()
        return (pieces, nil, nil)
    }

    @inline(__always)
    private static func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        (c.value >= 0x30 && c.value <= 0x39) ? Int(c.value - 0x30) : nil
    }

    // MARK: formatting one directive

    /// Resolved width from a `*` argument: negative means left-justify.
    static func resolveStarWidth(_ v: Int, _ d: inout PercentDirective) -> Int {
        if v < 0 {
            d.flags.insert(.minus)
            return v == Int.min ? Int.max : -v
        }
        return v
    }

    /// Resolved precision from a `*` argument (negative -> 0).
    static func resolveStarPrecision(_ v: Int) -> Int { max(0, v) }

    /// d i u o x X with an integer operand. `width`/`precision`: nil if absent.
    static func formatInteger(_ v: BigInt, _ d: PercentDirective, width: Int?, precision: Int?) -> String {
        if let small = Int(exactly: v) { return formatInteger(small, d, width: width, precision: precision) }
        let (radix, upper) = integerRadix(d)
        return integerOutput(negative: v.sign == .minus && !v.isZero,
                             digits: String(v.magnitude, radix: radix, uppercase: upper),
                             d, width: width, precision: precision)
    }

    /// d i u o x X with an operand that fits an Int (no BigInt on the common path).
    static func formatInteger(_ v: Int, _ d: PercentDirective, width: Int?, precision: Int?) -> String {
        let (radix, upper) = integerRadix(d)
        if radix == 10 && precision == nil && d.flags.isSubset(of: [.zero, .minus]) {
            // The usual %d / %5d / %05d / %-5d: no sign characters to place but '-'.
            return paddedDecimal(v, width: width ?? 0, zeroFill: d.flags.contains(.zero), leftAlign: d.flags.contains(.minus))
        }
        let digits = String(v.magnitude, radix: radix, uppercase: upper)
        return integerOutput(negative: v < 0, digits: digits, d, width: width, precision: precision)
    }

    private static func integerRadix(_ d: PercentDirective) -> (radix: Int, upper: Bool) {
        switch d.conversion {
        case "o": return (8, false)
        case "x": return (16, false)
        case "X": return (16, true)
        default: return (10, false)
        }
    }

    private static func integerOutput(negative: Bool, digits digitsIn: String, _ d: PercentDirective,
                                      width: Int?, precision: Int?) -> String {
        var digits = digitsIn
        let prefix: String
        switch d.conversion {
        case "o": prefix = "0o"
        case "x": prefix = "0x"
        case "X": prefix = "0X"
        default: prefix = ""
        }
        if let p = precision, p > digits.utf8.count {
            digits = String(repeating: "0", count: p - digits.utf8.count) + digits
        }
        let hasPrefix = d.flags.contains(.alt) && !prefix.isEmpty
        var body = ""
        if negative { body += "-" }
        if hasPrefix { body += prefix }
        body += digits
        return output(body, d, width: width, precision: precision, numeric: true, altPrefix: hasPrefix)
    }

    /// e E f F g G with a float operand.
    static func formatFloat(_ v: Double, _ d: PercentDirective, width: Int?, precision: Int?) -> String {
        let code = UInt8(truncatingIfNeeded: d.conversionScalar.value)
        let p = precision ?? 6
        let body = FloatRepr.format(v, code: code, precision: p, alt: d.flags.contains(.alt))
        return output(body, d, width: width, precision: precision, numeric: true, altPrefix: false)
    }

    /// s r a: `text` is the already converted str()/repr()/ascii() text.
    static func formatText(_ text: String, _ d: PercentDirective, width: Int?, precision: Int?) -> String {
        output(text, d, width: width, precision: precision, numeric: false, altPrefix: false)
    }

    /// %c with an already validated character.
    static func formatChar(_ c: Unicode.Scalar, _ d: PercentDirective, width: Int?) -> String {
        var s = String()
        s.unicodeScalars.append(c)
        return output(s, d, width: width, precision: nil, numeric: false, altPrefix: false)
    }

    /// %c operand validation for an int operand.
    static func charFromInt(_ v: BigInt) throws(FormatError) -> Unicode.Scalar {
        guard let x = Int(exactly: v), x >= 0, x <= 0x10FFFF else { throw charOutOfRange }
        // Lone surrogates cannot be stored in Swift strings.
        return Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}"
    }

    /// %c operand validation for a str operand.
    static func charFromString(_ s: String) throws(FormatError) -> Unicode.Scalar {
        var it = s.unicodeScalars.makeIterator()
        guard let c = it.next(), it.next() == nil else { throw charRequiresIntOrChar }
        return c
    }

    /// CPython's unicode_format_arg_output.
    private static func output(_ str: String, _ d: PercentDirective, width widthIn: Int?, precision: Int?,
                               numeric: Bool, altPrefix: Bool) -> String {
        let flags = d.flags
        var width = widthIn ?? -1
        let prec = precision ?? -1
        let zeroFill = numeric && flags.contains(.zero)
        let fill: Unicode.Scalar = zeroFill ? "0" : " "
        if !numeric && width < 0 && prec < 0 { return str }
        var scalars = Array(str.unicodeScalars)
        var len = scalars.count
        if (width == -1 || width <= len) && (prec == -1 || prec >= len)
            && !(numeric && (flags.contains(.plus) || flags.contains(.space))) {
            return str
        }
        if d.kind == .text && prec >= 0 && len > prec {
            len = prec
            scalars.removeSubrange(prec...)
        }
        var pindex = 0
        var signChar: Unicode.Scalar? = nil
        if numeric {
            if let first = scalars.first, first == "-" || first == "+" {
                signChar = first
                len -= 1
                pindex += 1
            } else if flags.contains(.plus) {
                signChar = "+"
            } else if flags.contains(.space) {
                signChar = " "
            }
        }
        if width < len { width = len }
        var out = String.UnicodeScalarView()
        if let signChar {
            if fill != " " { out.append(signChar) }
            if width > len { width -= 1 }
        }
        if altPrefix {
            if fill != " " {
                out.append(contentsOf: scalars[pindex..<min(pindex + 2, scalars.count)])
                pindex += 2
            }
            width -= 2
            if width < 0 { width = 0 }
            len -= 2
        }
        if width > len && !flags.contains(.minus) {
            for _ in 0..<(width - len) { out.append(fill) }
            width = len
        }
        if fill == " " {
            if let signChar { out.append(signChar) }
            if altPrefix {
                out.append(contentsOf: scalars[pindex..<min(pindex + 2, scalars.count)])
                pindex += 2
            }
        }
        if len > 0 {
            let end = min(scalars.count, pindex + len)
            if pindex < end { out.append(contentsOf: scalars[pindex..<end]) }
        }
        if width > len {
            for _ in 0..<(width - len) { out.append(" ") }
        }
        return String(out)
    }
}
