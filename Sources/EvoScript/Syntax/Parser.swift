// The parser's public entry point and its shared machinery: token cursor,
// error construction, the nesting guard, and the top-level modes.
//
// Statements and expressions are in ParserStatements.swift and
// ParserExpressions.swift; target validation in ParserTargets.swift;
// string literals and f-strings in StringLiteral.swift / FStringParser.swift.

public enum Parser {
    /// Parses `source` into statements. In `.eval` mode the result is a
    /// single `Stmt(.expr(e), pos)`. Throws only SyntaxErrorInfo.
    /// `readFromFile`: the main program read from a file (see SourceText.readFromFile).
    public static func parse(_ source: String, filename: String, mode: ParseMode = .file,
                             readFromFile: Bool = false) throws(SyntaxErrorInfo) -> [Stmt] {
        let src = SourceText(source, filename: filename)
        src.readFromFile = readFromFile
        let lexer = Lexer(src)
        let p = PyParser(src: src, stream: lexer.tokenize(), isFStringField: false, depth: 0)
        // Internally plain `throws` (a boxed error keeps debug-build stack
        // frames small, which matters for deep nesting); only
        // SyntaxErrorInfo is ever thrown.
        let result: [Stmt]
        do {
            switch mode {
            case .file, .interactive:
                result = try p.parseFileInput()
            case .eval:
                result = try p.parseEvalInput()
            }
        } catch let e as SyntaxErrorInfo {
            throw e
        } catch {
            throw src.error("invalid syntax", line: 1, offset: 1)
        }
        if let e = p.pendingError { throw e }
        return result
    }
}

/// The recursive-descent parser over a token array.
///
/// Errors come in two phases, like CPython 3.8 (which builds a concrete
/// syntax tree first and the AST afterwards): grammar errors throw at once,
/// while "semantic" errors that CPython only detects when building the AST or
/// compiling (bad assignment targets, argument order, f-string contents,
/// ...) are recorded in `pendingError` and reported only if the whole input
/// parsed, so a later grammar error (or an incomplete input) wins.
final class PyParser {
    let src: SourceText
    let toks: [Token]
    let names: [String]
    let numbers: [ExprKind]
    let strings: [StringToken]
    let lexError: SyntaxErrorInfo?
    var p = 0
    /// The current token and its kind, cached (read constantly).
    private(set) var tok: Token
    private(set) var kind: TokenKind
    /// Current recursion depth (expressions and blocks).
    var depth: Int
    /// True for a parser of an f-string `{field}`: end of input is not EOF.
    let isFStringField: Bool
    var pendingError: SyntaxErrorInfo?

    /// Nesting limits. The depth counter bounds the AST's depth (200 like
    /// CPython's bracket limit); the stack budget keeps the recursion within
    /// a 512 KiB thread stack even in a debug build, whose frames are large.
    static let maxDepth = 200
    static let stackBudget: UInt = 320 * 1024
    /// Approximate stack address where parsing started.
    let stackBase: UInt

    init(src: SourceText, stream: TokenStream, isFStringField: Bool, depth: Int, stackBase: UInt? = nil) {
        self.src = src
        self.stackBase = stackBase ?? PyParser.stackAddress()
        let toks = stream.tokens.isEmpty ? [Token(kind: .endmarker, line: 1, col: 0, start: 0, end: 0)] : stream.tokens
        self.toks = toks
        self.names = stream.names
        self.numbers = stream.numbers
        self.strings = stream.strings
        self.lexError = stream.error
        self.tok = toks[0]
        self.kind = toks[0].kind
        self.isFStringField = isFStringField
        self.depth = depth
    }

    // MARK: - Cursor

    /// The identifier of a `.name` token.
    func text(_ t: Token) -> String {
        let k = Int(t.payload)
        return t.kind == .name && k < names.count ? names[k] : ""
    }

    func peekKind(_ n: Int = 1) -> TokenKind {
        let k = p + n
        return k < toks.count ? toks[k].kind : toks[toks.count - 1].kind
    }

    func advance() {
        if p < toks.count - 1 {
            p += 1
            tok = toks[p]
            kind = tok.kind
        }
    }

    func accept(_ k: TokenKind) -> Bool {
        if kind == k { advance(); return true }
        return false
    }

    @discardableResult
    func expect(_ k: TokenKind) throws -> Token {
        let t = tok
        if t.kind != k { throw failure(at: t) }
        advance()
        return t
    }

    func expectName() throws -> String {
        text(try expect(.name))
    }

    func expectNameToken() throws -> Token {
        try expect(.name)
    }

    // MARK: - Errors

    /// The error for an unexpected token, as CPython 3.8 reports it.
    func failure(at t: Token) -> SyntaxErrorInfo {
        switch t.kind {
        case .error:
            if let info = lexError { return info }
            return src.error("invalid syntax", line: t.line, offset: t.col + 1)
        case .endmarker:
            if isFStringField {
                return src.error("invalid syntax", line: t.line, offset: t.col + 1)
            }
            return src.eofError()
        case .indent:
            return src.error("unexpected indent", line: t.line, offset: t.col, kind: .indentation)
        case .dedent:
            if isAtEOF(t) { return src.eofError() }
            return src.error("unexpected unindent", line: t.line, offset: t.col, kind: .indentation)
        default:
            return src.error("invalid syntax", line: t.line, offset: t.col + 1)
        }
    }

    /// True for the DEDENTs / ENDMARKER produced at end of input: CPython
    /// reports any error there as "unexpected EOF while parsing".
    func isAtEOF(_ t: Token) -> Bool {
        (t.kind == .endmarker || t.kind == .dedent) && Int(t.start) >= src.bytes.count && !isFStringField
    }

    /// An error located at a node (offset = its column + 1).
    func error(_ msg: String, at pos: SourcePos) -> SyntaxErrorInfo {
        src.error(msg, line: Int(pos.line), offset: Int(pos.col) + 1)
    }

    /// Records a semantic error (the first one wins); parsing continues.
    func semantic(_ msg: String, at pos: SourcePos) {
        if pendingError == nil { pendingError = error(msg, at: pos) }
    }

    func semantic(_ info: SyntaxErrorInfo) {
        if pendingError == nil { pendingError = info }
    }

    // MARK: - Nesting guard

    @inline(never)
    static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    func enter() throws {
        depth += 1
        if depth > PyParser.maxDepth || stackBase &- PyParser.stackAddress() > PyParser.stackBudget {
            throw src.error("too many nested parentheses", line: tok.line, offset: tok.col + 1)
        }
    }

    @inline(__always)
    func leave() { depth -= 1 }

    // MARK: - Modes

    /// file_input: (NEWLINE | stmt)* ENDMARKER
    func parseFileInput() throws -> [Stmt] {
        var body: [Stmt] = []
        while kind != .endmarker {
            if kind == .newline { advance(); continue }
            try parseStatement(into: &body)
        }
        return body
    }

    /// eval_input: testlist NEWLINE* ENDMARKER (leading indentation is
    /// tolerated, as eval() strips it).
    func parseEvalInput() throws -> [Stmt] {
        _ = accept(.indent)
        let start = tok.pos
        let e = try parseTestList()
        while kind == .newline || kind == .dedent { advance() }
        if kind != .endmarker { throw failure(at: tok) }
        return [Stmt(.expr(e), start)]
    }
}
