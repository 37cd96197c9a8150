// Tokens produced by the Lexer and consumed by the Parser.
//
// The lexer tokenizes the whole source up front into an array (lookahead is
// then trivial). A tokenizer error does not abort lexing immediately in a way
// the parser can see early: it becomes a final `.error` token, so an earlier
// *parser* error is still reported first, exactly as CPython's lazy
// tokenizer behaves.

import BigInt

enum TokenKind: UInt8, Sendable {
    case name, number, string
    case newline, indent, dedent, endmarker
    /// A tokenizer error; always the last token. Its value is `.error(info)`.
    case error

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, arrow, at, colonEqual
    case plus, minus, star, slash, doubleSlash, percent, doubleStar, atOp
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, equalEqual, notEqual, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, atEqual, vbarEqual, amperEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual

    // Python 3.8 keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait
    case kwBreak, kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept
    case kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs
    case kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry
    case kwWhile, kwWith, kwYield
}

/// A string literal token, kept undecoded: decoding (escapes, f-string
/// fields) happens in the parser, where adjacent literals are concatenated.
struct StringToken: Sendable {
    var isRaw: Bool
    var isBytes: Bool
    var isFormat: Bool
    /// 1 or 3.
    var quoteLength: Int
    /// Byte range of the text between the quotes.
    var bodyStart: Int
    var bodyEnd: Int
    /// Line number and byte offset of the start of the line where the body
    /// starts (f-string fields need real positions).
    var bodyLine: Int
    var bodyLineStart: Int
}

/// A token. Plain data (no references) so copying it is free; names,
/// numbers and string literals live in the TokenStream's side tables,
/// indexed by `payload`.
struct Token: Sendable {
    var kind: TokenKind
    /// Start position: 1-based line, 0-based column in code points.
    var pos: SourcePos
    /// Byte offsets of the token text in the source.
    var start: Int32
    var end: Int32
    /// Index into the side table for the kind (names, numbers, strings).
    var payload: Int32 = 0

    init(kind: TokenKind, line: Int, col: Int, start: Int, end: Int, payload: Int = 0) {
        self.kind = kind
        self.pos = SourcePos(line: line, col: col)
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.payload = Int32(truncatingIfNeeded: payload)
    }

    var line: Int { Int(pos.line) }
    var col: Int { Int(pos.col) }
}

/// The lexer's output.
struct TokenStream {
    var tokens: [Token] = []
    var names: [String] = []
    var numbers: [ExprKind] = []
    var strings: [StringToken] = []
    /// The tokenizer error carried by the final `.error` token, if any.
    var error: SyntaxErrorInfo? = nil
}
