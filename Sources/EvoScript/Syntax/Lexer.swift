// The tokenizer: UTF-8 bytes in, an array of Tokens out.
//
// It follows CPython 3.8's tokenizer.c closely (indentation stack with the
// tab/space consistency check, implicit line joining in brackets, number and
// string scanning), including where its error carets land, because error
// messages are part of the language's observable behaviour.

import BigInt

final class Lexer {
    let src: SourceText
    /// The source bytes (owned by `src`, NUL-terminated).
    private let b: UnsafeMutablePointer<UInt8>
    private let count: Int
    private let identTable: UnsafeMutablePointer<UInt8>
    /// All-ASCII source: a column is just a byte distance.
    private let isASCII: Bool
    private var i: Int
    private let end: Int
    private var line: Int
    private var lineStart: Int
    /// Open brackets: the byte and its line.
    private var parens: [(UInt8, Int)] = []
    private var indents: [Int] = [0]
    private var altIndents: [Int] = [0]
    private var atLineStart = true
    /// Sub-lexers lex an f-string field: no NEWLINE/INDENT processing.
    private let isSub: Bool
    private var out = TokenStream()
    /// Byte offset of a comment on the current line: CPython places the
    /// NEWLINE token there.
    private var commentStart: Int = -1
    // Incremental column computation (tokens come left to right).
    private var colCacheOffset = 0
    private var colCacheCol = 0

    static let maxParenDepth = 200
    static let maxIndentDepth = 100

    init(_ src: SourceText) {
        self.src = src
        self.b = src.ptr
        self.count = src.bytes.count
        self.identTable = Lexer.sharedIdentTable
        self.isASCII = src.isASCII
        self.i = 0
        self.end = src.bytes.count
        self.line = 1
        self.lineStart = 0
        self.isSub = false
        self.colCacheOffset = 0
        // Skip a "#!" first line.
        if count >= 2 && b[0] == 35 && b[1] == 33 {
            while i < end && b[i] != 10 { i += 1 }
        }
    }

    /// A lexer for the byte range of an f-string field expression, which
    /// behaves as if wrapped in parentheses (as CPython compiles "(expr)").
    init(sub src: SourceText, from: Int, to: Int, line: Int, lineStart: Int) {
        self.src = src
        self.b = src.ptr
        self.count = src.bytes.count
        self.identTable = Lexer.sharedIdentTable
        self.isASCII = src.isASCII
        self.i = from
        self.end = min(to, src.bytes.count)
        self.line = line
        self.lineStart = lineStart
        self.isSub = true
        self.atLineStart = false
        self.parens = [(40, line)]
        self.colCacheOffset = lineStart
    }

    // MARK: - Helpers

    @inline(__always) private func at(_ k: Int) -> UInt8 {
        k < end && k >= 0 ? b[k] : 0
    }

    /// Column (code points) of a byte offset on the current line.
    private func col(_ off: Int) -> Int {
        if isASCII { return off - lineStart }
        if off < colCacheOffset || colCacheOffset < lineStart {
            colCacheOffset = lineStart
            colCacheCol = 0
        }
        var k = colCacheOffset
        var c = colCacheCol
        let e = min(off, count)
        while k < e {
            if b[k] & 0xC0 != 0x80 { c += 1 }
            k += 1
        }
        colCacheOffset = e
        colCacheCol = c
        return c
    }

    private func newLine(at next: Int) {
        line += 1
        lineStart = next
        colCacheOffset = next
        colCacheCol = 0
        commentStart = -1
    }

    private func emit(_ kind: TokenKind, _ s: Int, _ e: Int, payload: Int = 0) {
        out.tokens.append(Token(kind: kind, line: line, col: col(s), start: s, end: e, payload: payload))
    }

    private func fail(_ info: SyntaxErrorInfo) {
        out.error = info
        out.tokens.append(Token(kind: .error, line: info.line, col: max(info.offset - 1, 0), start: i, end: i))
    }

    /// Error with the caret just after byte offset `cur` (tokenizer.c's
    /// `syntaxerror`, whose offset is the reading position).
    private func failAt(_ msg: String, cur: Int) {
        fail(src.error(msg, line: line, offset: col(cur)))
    }

    @inline(__always) private func isIdentByte(_ c: UInt8) -> Bool {
        identTable[Int(c)] != 0
    }

    /// 1 for bytes that may appear in an identifier (ASCII letters, digits,
    /// '_', and any non-ASCII byte, validated afterwards).
    nonisolated(unsafe) private static let sharedIdentTable: UnsafeMutablePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 {
            let ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95 || c >= 128
            t[c] = ok ? 1 : 0
        }
        return t
    }()

    private func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    // MARK: - Main loop

    /// Tokenizes everything; the result ends with ENDMARKER or an error token.
    func tokenize() -> TokenStream {
        out.tokens.reserveCapacity(end / 3 + 8)
        while lexOne() {}
        return out
    }

    /// Lexes the next token(s); false when done.
    private func lexOne() -> Bool {
        if atLineStart && !isSub {
            atLineStart = false
            if !handleIndentation() { return false }
        }
        // Skip blanks.
        while i < end {
            let c = b[i]
            if c == 32 || c == 9 || c == 12 { i += 1 } else { break }
        }
        if i >= end { return lexEOF() }
        let c = b[i]
        switch c {
        case 35: // '#'
            commentStart = i
            while i < end && b[i] != 10 { i += 1 }
            return true
        case 10:
            if parens.isEmpty {
                let s = commentStart >= 0 ? commentStart : i
                emit(.newline, s, i + 1)
                i += 1
                newLine(at: i)
                atLineStart = true
            } else {
                i += 1
                newLine(at: i)
            }
            return true
        case 92: // backslash continuation
            if i + 1 < end && b[i + 1] == 10 {
                i += 2
                newLine(at: i)
                if i >= end {
                    fail(src.eofError())
                    return false
                }
                return true
            }
            if i + 1 >= end {
                fail(src.eofError())
                return false
            }
            fail(src.errorAtLineEnd("unexpected character after line continuation character", line: line))
            return false
        case 48...57:
            return lexNumber()
        case 46: // '.'
            if isDigit(at(i + 1)) { return lexNumber() }
            if at(i + 1) == 46 && at(i + 2) == 46 {
                emit(.ellipsis, i, i + 3); i += 3
            } else {
                emit(.dot, i, i + 1); i += 1
            }
            return true
        case 34, 39:
            return lexString(prefixStart: i, raw: false, bytes: false, format: false)
        default:
            if isIdentByte(c) { return lexNameOrPrefixedString() }
            return lexOperator(c)
        }
    }

    private func lexEOF() -> Bool {
        if isSub || !parens.isEmpty {
            emit(.endmarker, end, end)
            return false
        }
        if let last = out.tokens.last, last.kind != .newline && last.kind != .dedent && last.kind != .indent {
            emit(.newline, commentStart >= 0 ? commentStart : end, end)
        }
        while indents.count > 1 {
            indents.removeLast()
            altIndents.removeLast()
            emit(.dedent, end, end)
        }
        emit(.endmarker, end, end)
        return false
    }

    // MARK: - Indentation

    /// Measures the indentation of a new logical line and emits INDENT /
    /// DEDENT tokens, with CPython's rules (tabs to multiples of 8, and the
    /// same comparison with tabs counted as 1 to detect inconsistent use).
    private func handleIndentation() -> Bool {
        while true {
            var colw = 0, altcol = 0
            while i < end {
                let c = b[i]
                if c == 32 { colw += 1; altcol += 1 }
                else if c == 9 { colw = (colw / 8 + 1) * 8; altcol += 1 }
                else if c == 12 { colw = 0; altcol = 0 }
                else { break }
                i += 1
            }
            if i >= end { return true }  // EOF: handled by the main loop
            let c = b[i]
            if c == 35 || c == 10 {
                // Blank or comment-only line: no tokens, no indentation change.
                while i < end && b[i] != 10 { i += 1 }
                if i < end {
                    i += 1
                    newLine(at: i)
                    continue
                }
                return true
            }
            let top = indents[indents.count - 1]
            let altTop = altIndents[altIndents.count - 1]
            if colw == top {
                if altcol != altTop { return tabError() }
            } else if colw > top {
                if altcol <= altTop { return tabError() }
                if indents.count >= Lexer.maxIndentDepth {
                    fail(src.errorAtLineEnd("too many levels of indentation", line: line, kind: .indentation))
                    return false
                }
                indents.append(colw)
                altIndents.append(altcol)
                emit(.indent, i, i)
            } else {
                var n = 0
                while indents.count > 1 && indents[indents.count - 1] > colw {
                    indents.removeLast()
                    altIndents.removeLast()
                    n += 1
                }
                if indents[indents.count - 1] != colw {
                    fail(src.errorAtLineEnd("unindent does not match any outer indentation level",
                                            line: line, kind: .indentation))
                    return false
                }
                if altIndents[altIndents.count - 1] != altcol { return tabError() }
                for _ in 0..<n { emit(.dedent, i, i) }
            }
            return true
        }
    }

    private func tabError() -> Bool {
        fail(src.errorAtLineEnd("inconsistent use of tabs and spaces in indentation", line: line, kind: .tab))
        return false
    }

    // MARK: - Names

    private func lexNameOrPrefixedString() -> Bool {
        let s = i
        // String prefixes: r, b, u, f and the valid two-letter combinations.
        var k = i
        while k < end && k - s < 2 {
            let c = b[k] | 0x20
            if c == 114 || c == 98 || c == 117 || c == 102 { k += 1 } else { break }
        }
        if k > s && (at(k) == 34 || at(k) == 39) {
            var lower: [UInt8] = []
            var j = s
            while j < k { lower.append(b[j] | 0x20); j += 1 }
            let p = String(decoding: lower, as: UTF8.self)
            if ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(p) {
                return lexString(prefixStart: s, raw: p.contains("r"), bytes: p.contains("b"),
                                 format: p.contains("f"), quoteAt: k)
            }
        }
        var nonASCII = false
        while i < end {
            let c = b[i]
            if c >= 128 { nonASCII = true; i += 1 }
            else if isIdentByte(c) { i += 1 }
            else { break }
        }
        let text = String(decoding: UnsafeBufferPointer(start: b + s, count: i - s), as: UTF8.self)
        if nonASCII && !Lexer.isValidIdentifier(text) {
            failAt("invalid character in identifier", cur: i)
            return false
        }
        if let kw = nonASCII ? nil : Lexer.keyword(b + s, i - s) {
            emit(kw, s, i)
        } else {
            out.names.append(text)
            emit(.name, s, i, payload: out.names.count - 1)
        }
        return true
    }

    /// Keyword lookup on raw bytes (cheaper than hashing a String per name).
    static func keyword(_ p: UnsafeMutablePointer<UInt8>, _ n: Int) -> TokenKind? {
        if n < 2 || n > 8 { return nil }
        @inline(__always) func eq(_ s: StaticString) -> Bool {
            if s.utf8CodeUnitCount != n { return false }
            let q = s.utf8Start
            var k = 0
            while k < n {
                if q[k] != p[k] { return false }
                k += 1
            }
            return true
        }
        switch p[0] {
        case 70: return eq("False") ? .kwFalse : nil
        case 78: return eq("None") ? .kwNone : nil
        case 84: return eq("True") ? .kwTrue : nil
        case 97:
            if eq("and") { return .kwAnd }
            if eq("as") { return .kwAs }
            if eq("assert") { return .kwAssert }
            if eq("async") { return .kwAsync }
            if eq("await") { return .kwAwait }
        case 98: return eq("break") ? .kwBreak : nil
        case 99:
            if eq("class") { return .kwClass }
            if eq("continue") { return .kwContinue }
        case 100:
            if eq("def") { return .kwDef }
            if eq("del") { return .kwDel }
        case 101:
            if eq("elif") { return .kwElif }
            if eq("else") { return .kwElse }
            if eq("except") { return .kwExcept }
        case 102:
            if eq("finally") { return .kwFinally }
            if eq("for") { return .kwFor }
            if eq("from") { return .kwFrom }
        case 103: return eq("global") ? .kwGlobal : nil
        case 105:
            if eq("if") { return .kwIf }
            if eq("import") { return .kwImport }
            if eq("in") { return .kwIn }
            if eq("is") { return .kwIs }
        case 108: return eq("lambda") ? .kwLambda : nil
        case 110:
            if eq("nonlocal") { return .kwNonlocal }
            if eq("not") { return .kwNot }
        case 111: return eq("or") ? .kwOr : nil
        case 112: return eq("pass") ? .kwPass : nil
        case 114:
            if eq("raise") { return .kwRaise }
            if eq("return") { return .kwReturn }
        case 116: return eq("try") ? .kwTry : nil
        case 119:
            if eq("while") { return .kwWhile }
            if eq("with") { return .kwWith }
        case 121: return eq("yield") ? .kwYield : nil
        default: break
        }
        return nil
    }

    static func isValidIdentifier(_ s: String) -> Bool {
        var first = true
        for u in s.unicodeScalars {
            if first {
                if !(u == "_" || u.properties.isXIDStart) { return false }
                first = false
            } else if !u.properties.isXIDContinue {
                return false
            }
        }
        return !first
    }

    // MARK: - Operators

    private func lexOperator(_ c: UInt8) -> Bool {
        let c1 = at(i + 1), c2 = at(i + 2)
        var kind: TokenKind
        var len = 1
        switch c {
        case 40, 91, 123: // ( [ {
            if parens.count >= Lexer.maxParenDepth {
                failAt("too many nested parentheses", cur: i + 1)
                return false
            }
            parens.append((c, line))
            kind = c == 40 ? .lpar : (c == 91 ? .lsqb : .lbrace)
        case 41, 93, 125: // ) ] }
            let closing = Character(Unicode.Scalar(c))
            guard let open = parens.last, !(isSub && parens.count == 1) else {
                failAt("unmatched '\(closing)'", cur: i + 1)
                return false
            }
            let expected: UInt8 = open.0 == 40 ? 41 : (open.0 == 91 ? 93 : 125)
            if expected != c {
                let o = Character(Unicode.Scalar(open.0))
                if open.1 != line {
                    failAt("closing parenthesis '\(closing)' does not match opening parenthesis '\(o)' on line \(open.1)", cur: i + 1)
                } else {
                    failAt("closing parenthesis '\(closing)' does not match opening parenthesis '\(o)'", cur: i + 1)
                }
                return false
            }
            parens.removeLast()
            kind = c == 41 ? .rpar : (c == 93 ? .rsqb : .rbrace)
        case 58: if c1 == 61 { kind = .colonEqual; len = 2 } else { kind = .colon }
        case 44: kind = .comma
        case 59: kind = .semi
        case 43: if c1 == 61 { kind = .plusEqual; len = 2 } else { kind = .plus }
        case 45:
            if c1 == 61 { kind = .minusEqual; len = 2 }
            else if c1 == 62 { kind = .arrow; len = 2 }
            else { kind = .minus }
        case 42:
            if c1 == 42 {
                if c2 == 61 { kind = .doubleStarEqual; len = 3 } else { kind = .doubleStar; len = 2 }
            } else if c1 == 61 { kind = .starEqual; len = 2 } else { kind = .star }
        case 47:
            if c1 == 47 {
                if c2 == 61 { kind = .doubleSlashEqual; len = 3 } else { kind = .doubleSlash; len = 2 }
            } else if c1 == 61 { kind = .slashEqual; len = 2 } else { kind = .slash }
        case 37: if c1 == 61 { kind = .percentEqual; len = 2 } else { kind = .percent }
        case 64: if c1 == 61 { kind = .atEqual; len = 2 } else { kind = .at }
        case 124: if c1 == 61 { kind = .vbarEqual; len = 2 } else { kind = .vbar }
        case 38: if c1 == 61 { kind = .amperEqual; len = 2 } else { kind = .amper }
        case 94: if c1 == 61 { kind = .circumflexEqual; len = 2 } else { kind = .circumflex }
        case 126: kind = .tilde
        case 60:
            if c1 == 60 {
                if c2 == 61 { kind = .leftShiftEqual; len = 3 } else { kind = .leftShift; len = 2 }
            } else if c1 == 61 { kind = .lessEqual; len = 2 } else { kind = .less }
        case 62:
            if c1 == 62 {
                if c2 == 61 { kind = .rightShiftEqual; len = 3 } else { kind = .rightShift; len = 2 }
            } else if c1 == 61 { kind = .greaterEqual; len = 2 } else { kind = .greater }
        case 61: if c1 == 61 { kind = .equalEqual; len = 2 } else { kind = .equal }
        case 33:
            if c1 == 61 { kind = .notEqual; len = 2 } else {
                fail(src.error("invalid syntax", line: line, offset: col(i) + 1))
                return false
            }
        default:
            fail(src.error("invalid syntax", line: line, offset: col(i) + 1))
            return false
        }
        emit(kind, i, i + len)
        i += len
        return true
    }

    // MARK: - Numbers

    /// Scans a number exactly like tokenizer.c (3.8.18), including its error
    /// messages and caret positions (the offset is the reading position).
    private func lexNumber() -> Bool {
        let s = i
        var k = i
        var isFloat = false, isImag = false
        var radix = 10

        func decimalTail(_ lx: Lexer, _ k: inout Int) -> Bool {
            while true {
                while lx.isDigit(lx.at(k)) { k += 1 }
                if lx.at(k) != 95 { return true }
                if !lx.isDigit(lx.at(k + 1)) {
                    lx.failAt("invalid decimal literal", cur: k + 1)
                    return false
                }
                k += 1
            }
        }

        // Scans digits of a radix-prefixed literal starting after the prefix.
        func radixDigits(_ lx: Lexer, _ k: inout Int, _ ok: (UInt8) -> Bool, _ name: String, _ checkDigit: Bool) -> Bool {
            repeat {
                if lx.at(k) == 95 { k += 1 }
                let c = lx.at(k)
                if !ok(c) || k >= lx.end {
                    if checkDigit && lx.isDigit(c) && k < lx.end {
                        lx.failAt("invalid digit '\(Character(Unicode.Scalar(c)))' in \(name) literal", cur: k)
                    } else {
                        lx.failAt("invalid \(name) literal", cur: k)
                    }
                    return false
                }
                while k < lx.end && ok(lx.at(k)) { k += 1 }
            } while lx.at(k) == 95
            if checkDigit && lx.isDigit(lx.at(k)) {
                lx.failAt("invalid digit '\(Character(Unicode.Scalar(lx.at(k))))' in \(name) literal", cur: k + 1)
                return false
            }
            return true
        }

        var c = at(k)
        if c == 48 && (at(k + 1) | 0x20 == 120 || at(k + 1) | 0x20 == 111 || at(k + 1) | 0x20 == 98) {
            let p = at(k + 1) | 0x20
            k += 2
            if p == 120 {
                radix = 16
                if !radixDigits(self, &k, { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }, "hexadecimal", false) { return false }
            } else if p == 111 {
                radix = 8
                if !radixDigits(self, &k, { $0 >= 48 && $0 <= 55 }, "octal", true) { return false }
            } else {
                radix = 2
                if !radixDigits(self, &k, { $0 == 48 || $0 == 49 }, "binary", true) { return false }
            }
        } else {
            var leadingZero = false, nonzero = false
            if c == 48 {
                leadingZero = true
                // Zeros (with underscores), possibly followed by digits.
                while true {
                    if at(k) == 95 {
                        if !isDigit(at(k + 1)) {
                            failAt("invalid decimal literal", cur: k + 1)
                            return false
                        }
                        k += 1
                    }
                    if at(k) != 48 { break }
                    k += 1
                }
                if isDigit(at(k)) {
                    nonzero = true
                    if !decimalTail(self, &k) { return false }
                }
            } else if c != 46 {
                if !decimalTail(self, &k) { return false }
            }
            c = at(k)
            if c == 46 {
                // Fraction.
                isFloat = true
                k += 1
                if isDigit(at(k)) {
                    if !decimalTail(self, &k) { return false }
                }
                c = at(k)
            }
            if c | 0x20 == 101 {
                // Exponent: "1e" alone is the number 1 followed by a name.
                var e = k + 1
                if at(e) == 43 || at(e) == 45 {
                    e += 1
                    if !isDigit(at(e)) {
                        failAt("invalid decimal literal", cur: e)
                        return false
                    }
                }
                if isDigit(at(e)) {
                    k = e
                    if !decimalTail(self, &k) { return false }
                    isFloat = true
                }
                c = at(k)
            }
            if c | 0x20 == 106 {
                isImag = true
                k += 1
            } else if leadingZero && nonzero && !isFloat {
                failAt("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", cur: k)
                return false
            }
        }
        i = k
        // Fast path: short decimal integers (the vast majority).
        if radix == 10 && !isFloat && !isImag && k - s <= 18 {
            var v = 0
            var d = s
            while d < k {
                let c = b[d]
                if c != 95 { v = v * 10 + Int(c - 48) }
                d += 1
            }
            out.numbers.append(.int(v))
            emit(.number, s, k, payload: out.numbers.count - 1)
            return true
        }
        // Build the value from the digits without underscores.
        var digits: [UInt8] = []
        digits.reserveCapacity(k - s)
        var d = radix == 10 ? s : s + 2
        let dEnd = isImag ? k - 1 : k
        while d < dEnd {
            if b[d] != 95 { digits.append(b[d]) }
            d += 1
        }
        if isFloat && digits.first == 46 { digits.insert(48, at: 0) }
        if isFloat && digits.last == 46 { digits.append(48) }
        if isFloat, let dot = digits.firstIndex(of: 46), dot + 1 < digits.count, digits[dot + 1] | 0x20 == 101 {
            digits.insert(48, at: dot + 1)
        }
        let text = String(decoding: digits, as: UTF8.self)
        let value: ExprKind
        if isImag {
            value = .imaginary(Double(text) ?? 0)
        } else if isFloat {
            value = .float(Double(text) ?? Double.infinity)
        } else if let v = Int(text, radix: radix) {
            value = .int(v)
        } else {
            value = .bigInt(BigInt(text, radix: radix) ?? 0)
        }
        out.numbers.append(value)
        emit(.number, s, k, payload: out.numbers.count - 1)
        return true
    }

    // MARK: - Strings

    /// Finds the end of a string literal (tokenizer.c's letter_quote); the
    /// body is decoded later by the parser.
    private func lexString(prefixStart s: Int, raw: Bool, bytes: Bool, format: Bool, quoteAt q: Int? = nil) -> Bool {
        let qpos = q ?? i
        let quote = b[qpos]
        var k = qpos + 1
        var quoteSize = 1
        var endQuoteSize = 0
        if at(k) == quote && k < end {
            if at(k + 1) == quote && k + 1 < end {
                quoteSize = 3
                k += 2
            } else {
                endQuoteSize = 1
                k += 1
            }
        }
        let bodyStart = quoteSize == 3 ? qpos + 3 : qpos + 1
        let startLine = line, startLineStart = lineStart
        let startCol = col(s)
        while endQuoteSize != quoteSize {
            if k >= end {
                if quoteSize == 3 {
                    // CPython's caret counts from the start of the line where
                    // the string began, through the end of the input.
                    let off = src.codePoints(from: startLineStart, to: end) + (at(end - 1) == 10 ? 0 : 1)
                    // The file tokenizer counts one more line, two after a final newline.
                    let past = src.readFromFile ? (at(end - 1) == 10 ? 2 : 1) : 0
                    var info = src.error("EOF while scanning triple-quoted string literal", line: src.lastLine,
                                         offset: off, incomplete: true)
                    info.line += past
                    info.text = String(decoding: src.bytes[startLineStart..<end], as: UTF8.self)
                    if info.text.hasSuffix("\n") { info.text.removeLast() }
                    fail(info)
                } else {
                    fail(src.errorAtLineEnd("EOL while scanning string literal", line: line))
                }
                return false
            }
            let c = b[k]
            if quoteSize == 1 && c == 10 {
                fail(src.errorAtLineEnd("EOL while scanning string literal", line: line))
                return false
            }
            k += 1
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == 10 { newLine(at: k) }
                if c == 92 && k < end {
                    if b[k] == 10 { newLine(at: k + 1) }
                    k += 1
                }
            }
        }
        let bodyEnd = k - quoteSize
        let st = StringToken(isRaw: raw, isBytes: bytes, isFormat: format, quoteLength: quoteSize,
                             bodyStart: bodyStart, bodyEnd: max(bodyEnd, bodyStart),
                             bodyLine: startLine, bodyLineStart: startLineStart)
        out.strings.append(st)
        out.tokens.append(Token(kind: .string, line: startLine, col: startCol, start: s, end: k,
                                payload: out.strings.count - 1))
        i = k
        return true
    }
}
