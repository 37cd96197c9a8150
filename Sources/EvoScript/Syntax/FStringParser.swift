// String atoms: adjacent literals are concatenated (str with f-strings into
// one `.fstring`, bytes only with bytes), and f-strings are split into
// literal text and `{expr!conv:spec}` fields, following CPython 3.8's ast.c
// (fstring_find_literal / fstring_find_expr) including its error messages.
//
// A field's expression is parsed by a sub-lexer and sub-parser running over
// the same source bytes, so its nodes carry real line/column positions.

/// Accumulates f-string parts, merging adjacent literal text.
struct FStringBuilder {
    var parts: [FStringPart] = []
    var pending = ""
    var sawLiteral = false

    mutating func addLiteral(_ s: String) {
        pending += s
    }

    mutating func addField(_ part: FStringPart) {
        if !pending.isEmpty {
            parts.append(.literal(pending))
            pending = ""
        }
        parts.append(part)
    }

    mutating func finish() -> [FStringPart] {
        if !pending.isEmpty {
            parts.append(.literal(pending))
            pending = ""
        }
        return parts
    }
}

/// Reading position inside an f-string body, tracking lines for positions.
struct FStringCursor {
    var i: Int
    let end: Int
    var line: Int
    var lineStart: Int
}

extension PyParser {

    /// STRING+ : one atom. Every error in here is an AST-phase error in
    /// CPython, so it is recorded (not thrown) and a placeholder returned.
    func parseStrings() throws -> Expr {
        let first = tok
        var parts: [StringToken] = []
        while kind == .string {
            let k = Int(tok.payload)
            if k < strings.count { parts.append(strings[k]) }
            advance()
        }
        do {
            return Expr(try buildString(parts), first.pos)
        } catch let e as SyntaxErrorInfo {
            semantic(e)
            return Expr(.string(""), first.pos)
        }
    }

    private func buildString(_ parts: [StringToken]) throws -> ExprKind {
        let pos = tok.pos
        _ = pos
        let atom = toks[max(p - parts.count, 0)]
        let bytes = src.bytes
        let anyBytes = parts.contains { $0.isBytes }
        if anyBytes {
            if !parts.allSatisfy({ $0.isBytes }) {
                throw error("cannot mix bytes and nonbytes literals", at: atom.pos)
            }
            var out: [UInt8] = []
            for st in parts {
                var k = st.bodyStart
                while k < st.bodyEnd && bytes[k] < 128 { k += 1 }
                if k < st.bodyEnd {
                    throw error("bytes can only contain ASCII literal characters.", at: atom.pos)
                }
                do {
                    out += try StringLiteral.decodeBytes(bytes, st.bodyStart..<st.bodyEnd, raw: st.isRaw)
                } catch {
                    throw self.error(error.message, at: atom.pos)
                }
            }
            return .bytes(out)
        }
        if !parts.contains(where: { $0.isFormat }) {
            var s = ""
            for st in parts {
                s += try decode(st.bodyStart..<st.bodyEnd, raw: st.isRaw, atom: atom)
            }
            return .string(s)
        }
        var builder = FStringBuilder()
        for st in parts {
            if st.isFormat {
                var c = FStringCursor(i: st.bodyStart, end: st.bodyEnd, line: st.bodyLine, lineStart: st.bodyLineStart)
                try parseFStringBody(&c, raw: st.isRaw, level: 0, into: &builder, atom: atom)
            } else {
                builder.addLiteral(try decode(st.bodyStart..<st.bodyEnd, raw: st.isRaw, atom: atom))
            }
        }
        return .fstring(builder.finish())
    }

    private func decode(_ r: Range<Int>, raw: Bool, atom: Token) throws -> String {
        do {
            return try StringLiteral.decodeString(src.bytes, r, raw: raw)
        } catch {
            throw self.error(error.message, at: atom.pos)
        }
    }

    /// fstring_parse: literal text and fields until the end of the body
    /// (level 0) or the `}` closing a format spec (level 1+).
    private func parseFStringBody(_ c: inout FStringCursor, raw: Bool, level: Int,
                                  into b: inout FStringBuilder, atom: Token) throws {
        let bytes = src.bytes
        while true {
            // Literal part.
            let litStart = c.i
            var litEnd = c.end
            var doubled = false
            scan: while c.i < c.end {
                var ch = bytes[c.i]
                c.i += 1
                if ch == 10 { c.line += 1; c.lineStart = c.i }
                if !raw && ch == 92 && c.i < c.end {
                    ch = bytes[c.i]
                    c.i += 1
                    if ch == 10 { c.line += 1; c.lineStart = c.i }
                    if ch == 78 {  // \N{...}: its braces are not a field
                        if c.i < c.end && bytes[c.i] == 123 {
                            while c.i < c.end && bytes[c.i] != 125 { c.i += 1 }
                            if c.i < c.end { c.i += 1 }
                        }
                        continue
                    }
                }
                if ch == 123 || ch == 125 {
                    if level == 0 {
                        if c.i < c.end && bytes[c.i] == ch {
                            litEnd = c.i
                            c.i += 1
                            doubled = true
                            break scan
                        }
                        if ch == 125 {
                            throw error("f-string: single '}' is not allowed", at: atom.pos)
                        }
                    }
                    c.i -= 1
                    litEnd = c.i
                    break scan
                }
            }
            if c.i >= c.end && !doubled { litEnd = c.end }
            if litEnd > litStart {
                b.addLiteral(try decode(litStart..<litEnd, raw: raw, atom: atom))
            }
            if doubled { continue }
            if c.i >= c.end || bytes[c.i] == 125 { break }
            try parseFStringField(&c, raw: raw, level: level, into: &b, atom: atom)
        }
        if level != 0 && (c.i >= c.end || bytes[c.i] != 125) {
            throw error("f-string: expecting '}'", at: atom.pos)
        }
    }

    /// fstring_find_expr: one `{expr[=][!conv][:spec]}` field; the cursor is
    /// on the `{`.
    private func parseFStringField(_ c: inout FStringCursor, raw: Bool, level: Int,
                                   into b: inout FStringBuilder, atom: Token) throws {
        let bytes = src.bytes
        if level >= 2 {
            throw error("f-string: expressions nested too deeply", at: atom.pos)
        }
        c.i += 1
        let exprStart = c.i
        let exprLine = c.line, exprLineStart = c.lineStart
        var quote: UInt8 = 0
        var tripleQuoted = false
        var nesting: [UInt8] = []
        var endOfExpression = false
        while c.i < c.end {
            let ch = bytes[c.i]
            if ch == 92 {
                throw error("f-string expression part cannot include a backslash", at: atom.pos)
            }
            if ch == 10 { c.line += 1; c.lineStart = c.i + 1 }
            if quote != 0 {
                if ch == quote {
                    if tripleQuoted {
                        if c.i + 2 < c.end && bytes[c.i + 1] == ch && bytes[c.i + 2] == ch {
                            c.i += 2
                            quote = 0
                        }
                    } else {
                        quote = 0
                    }
                }
                c.i += 1
                continue
            }
            switch ch {
            case 39, 34:
                if c.i + 2 < c.end && bytes[c.i + 1] == ch && bytes[c.i + 2] == ch {
                    tripleQuoted = true
                    c.i += 2
                } else {
                    tripleQuoted = false
                }
                quote = ch
            case 40, 91, 123:
                if nesting.count >= Lexer.maxParenDepth {
                    throw error("f-string: too many nested parenthesis", at: atom.pos)
                }
                nesting.append(ch)
            case 35:
                throw error("f-string expression part cannot include '#'", at: atom.pos)
            case _ where nesting.isEmpty && (ch == 33 || ch == 58 || ch == 125 || ch == 61 || ch == 62 || ch == 60):
                if c.i + 1 < c.end {
                    let next = bytes[c.i + 1]
                    // "!=", "==", "<=", ">=" and lone "<" / ">" are operators.
                    if next == 61 && (ch == 33 || ch == 61 || ch == 60 || ch == 62) {
                        c.i += 2
                        continue
                    }
                    if ch == 62 || ch == 60 {
                        c.i += 1
                        continue
                    }
                }
                endOfExpression = true
            case 41, 93, 125:
                guard let opening = nesting.popLast() else {
                    throw error("f-string: unmatched '\(Character(Unicode.Scalar(ch)))'", at: atom.pos)
                }
                let expected: UInt8 = opening == 40 ? 41 : (opening == 91 ? 93 : 125)
                if ch != expected {
                    throw error("f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' does not match opening parenthesis '\(Character(Unicode.Scalar(opening)))'", at: atom.pos)
                }
            default:
                break
            }
            if endOfExpression { break }
            c.i += 1
        }
        let exprEnd = c.i
        if quote != 0 {
            throw error("f-string: unterminated string", at: atom.pos)
        }
        if let opening = nesting.last {
            throw error("f-string: unmatched '\(Character(Unicode.Scalar(opening)))'", at: atom.pos)
        }
        if c.i >= c.end {
            throw error("f-string: expecting '}'", at: atom.pos)
        }
        let expr = try parseFieldExpression(exprStart, exprEnd, line: exprLine, lineStart: exprLineStart, atom: atom)

        // `{expr=}`: the expression text (with the `=` and any following
        // whitespace) becomes literal text.
        var exprText: String? = nil
        if bytes[c.i] == 61 {
            c.i += 1
            while c.i < c.end && isPySpace(bytes[c.i]) {
                if bytes[c.i] == 10 { c.line += 1; c.lineStart = c.i + 1 }
                c.i += 1
            }
            exprText = String(decoding: bytes[exprStart..<c.i], as: UTF8.self)
        }
        var conversion: Character? = nil
        if c.i < c.end && bytes[c.i] == 33 {
            c.i += 1
            if c.i >= c.end { throw error("f-string: expecting '}'", at: atom.pos) }
            let conv = bytes[c.i]
            c.i += 1
            guard conv == 115 || conv == 114 || conv == 97 else {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: atom.pos)
            }
            conversion = Character(Unicode.Scalar(conv))
        }
        if c.i >= c.end { throw error("f-string: expecting '}'", at: atom.pos) }
        var spec: [FStringPart]? = nil
        if bytes[c.i] == 58 {
            c.i += 1
            if c.i >= c.end { throw error("f-string: expecting '}'", at: atom.pos) }
            var specBuilder = FStringBuilder()
            try parseFStringBody(&c, raw: raw, level: level + 1, into: &specBuilder, atom: atom)
            spec = specBuilder.finish()
        }
        if c.i >= c.end || bytes[c.i] != 125 {
            throw error("f-string: expecting '}'", at: atom.pos)
        }
        c.i += 1
        if exprText != nil && spec == nil && conversion == nil {
            conversion = "r"
        }
        if let t = exprText { b.addLiteral(t) }
        b.addField(.formatted(expr, conversion: conversion, spec: spec))
    }

    private func isPySpace(_ c: UInt8) -> Bool {
        c == 32 || c == 9 || c == 10 || c == 13 || c == 12 || c == 11
    }

    /// Compiles a field's expression text as if parenthesized, with a
    /// sub-lexer and sub-parser over the same source bytes.
    private func parseFieldExpression(_ s: Int, _ e: Int, line: Int, lineStart: Int, atom: Token) throws -> Expr {
        let bytes = src.bytes
        var k = s
        while k < e && isPySpace(bytes[k]) { k += 1 }
        if k >= e {
            throw error("f-string: empty expression not allowed", at: atom.pos)
        }
        let lexer = Lexer(sub: src, from: s, to: e, line: line, lineStart: lineStart)
        let sub = PyParser(src: src, stream: lexer.tokenize(), isFStringField: true, depth: depth, stackBase: stackBase)
        let start = sub.tok.pos
        let expr: Expr
        if sub.kind == .kwYield {
            expr = try sub.parseYieldExpr()
        } else {
            expr = try sub.parseTestListComp(start: start, closing: .endmarker)
        }
        if sub.kind != .endmarker { throw sub.failure(at: sub.tok) }
        if let pe = sub.pendingError { throw pe }
        return expr
    }
}
