// The abstract syntax tree: what the Parser produces and the Compiler consumes.
// It mirrors CPython 3.8's `ast` module closely, so CPython's compiler is a
// reliable guide for every construct, plus one EvoScript-only statement: the
// Python 2 `print` statement.

import BigInt

/// A position in the source: 1-based line, 0-based column (in code points),
/// as CPython reports them.
public struct SourcePos: Sendable, Equatable {
    public var line: Int32
    public var col: Int32
    public init(line: Int, col: Int) {
        self.line = Int32(truncatingIfNeeded: line)
        self.col = Int32(truncatingIfNeeded: col)
    }
    public static let unknown = SourcePos(line: 0, col: 0)
}

public enum UnaryOp: Sendable { case not, neg, pos, invert }

public enum BinaryOp: Sendable {
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, bitor, bitxor, bitand
}

public enum BoolOpKind: Sendable { case and, or }

public enum CompareOp: Sendable { case eq, ne, lt, le, gt, ge, `is`, isNot, `in`, notIn }

/// One argument at a call site (also used for a class's bases and keywords).
public enum Argument: Sendable {
    case positional(Expr)
    case star(Expr)                // *iterable
    case keyword(String, Expr)     // name=value
    case doubleStar(Expr)          // **mapping
}

public enum DictItem: Sendable {
    case pair(Expr, Expr)
    case unpack(Expr)              // **mapping inside a dict display
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool = false) {
        self.target = target; self.iter = iter; self.ifs = ifs; self.isAsync = isAsync
    }
}

/// A piece of an f-string: literal text, or `{expr!conv:spec}`.
public enum FStringPart: Sendable {
    case literal(String)
    /// conversion is "r", "s", "a" or nil; spec is itself an f-string (nil when absent).
    case formatted(Expr, conversion: Character?, spec: [FStringPart]?)
}

public struct Param: Sendable {
    public var name: String
    public var annotation: Expr?
    public var defaultValue: Expr?
    public var pos: SourcePos
    public init(name: String, annotation: Expr? = nil, defaultValue: Expr? = nil, pos: SourcePos) {
        self.name = name; self.annotation = annotation; self.defaultValue = defaultValue; self.pos = pos
    }
}

/// A parameter list. Defaults live on each Param (positional ones must be
/// trailing, which the parser checks: "non-default argument follows default argument").
public struct Parameters: Sendable {
    public var posOnly: [Param] = []
    public var args: [Param] = []
    public var vararg: Param? = nil
    public var kwOnly: [Param] = []
    public var kwarg: Param? = nil
    public init() {}
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case fstring([FStringPart])
    case `true`, `false`, none, ellipsis

    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    case boolOp(BoolOpKind, [Expr])
    /// `a < b <= c`: left, then (op, right) pairs.
    case compare(Expr, [(CompareOp, Expr)])
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case lambda(Parameters, Expr)
    /// `name := value`
    case namedExpr(String, Expr)

    case call(Expr, [Argument])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// Only as a subscript index (possibly inside a tuple index: `a[1:2, 3]`).
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    /// `*x` in a display or an assignment target.
    case starred(Expr)

    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictItem])
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(Expr, Expr, [Comprehension])
    case genExp(Expr, [Comprehension])

    case yield(Expr?)
    case yieldFrom(Expr)
    case await(Expr)
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var pos: SourcePos
    public init(_ kind: ExprKind, _ pos: SourcePos) { self.kind = kind; self.pos = pos }
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var pos: SourcePos
    public init(type: Expr?, name: String?, body: [Stmt], pos: SourcePos) {
        self.type = type; self.name = name; self.body = body; self.pos = pos
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) { self.context = context; self.target = target }
}

public struct ImportAlias: Sendable {
    /// Dotted name for `import a.b.c`; a plain name (or "*") for `from m import x`.
    public var name: String
    public var asName: String?
    public var pos: SourcePos
    public init(name: String, asName: String?, pos: SourcePos) { self.name = name; self.asName = asName; self.pos = pos }
}

public struct FunctionDef: Sendable {
    public var name: String
    public var params: Parameters
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public init(name: String, params: Parameters, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name; self.params = params; self.body = body; self.decorators = decorators
        self.returns = returns; self.isAsync = isAsync
    }
}

public struct ClassDef: Sendable {
    public var name: String
    /// Bases and keywords (`metaclass=...`) as call arguments.
    public var bases: [Argument]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr]) {
        self.name = name; self.bases = bases; self.body = body; self.decorators = decorators
    }
}

public indirect enum StmtKind: Sendable {
    case expr(Expr)
    /// `a = b = value`: every target, left to right.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    /// `target: annotation [= value]`; simple is true for a bare name target.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `break`, `continue`, pass
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case `import`([ImportAlias])
    /// `from ..m import a` has module "m" and level 2; `from . import a` has module nil.
    case importFrom(module: String?, names: [ImportAlias], level: Int)
    case global([String])
    case nonlocal([String])
    case del([Expr])
    case assert(test: Expr, msg: Expr?)
    /// The Python 2 print statement: `print >>dest, a, b,`
    case print(dest: Expr?, values: [Expr], trailingComma: Bool)
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var pos: SourcePos
    public init(_ kind: StmtKind, _ pos: SourcePos) { self.kind = kind; self.pos = pos }
}

/// How a piece of source is to be parsed.
public enum ParseMode: Sendable {
    /// A whole module (a file, `-c`).
    case file
    /// One interactive statement (the REPL): expression statements echo.
    case interactive
    /// A single expression (eval()).
    case eval
}

/// A syntax error with CPython's fields. `isIncomplete` is true when the
/// input merely ended too early (an open bracket, block or triple-quoted
/// string), so a REPL can ask for another line instead of reporting it.
public struct SyntaxErrorInfo: Error, Sendable {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
    }
    public var kind: Kind
    public var message: String
    public var filename: String
    public var line: Int
    /// 1-based column of the caret, as CPython's SyntaxError.offset.
    public var offset: Int
    /// The offending source line, without its newline.
    public var text: String
    public var isIncomplete: Bool
    public init(kind: Kind = .syntax, message: String, filename: String, line: Int, offset: Int, text: String, isIncomplete: Bool = false) {
        self.kind = kind; self.message = message; self.filename = filename
        self.line = line; self.offset = offset; self.text = text; self.isIncomplete = isIncomplete
    }
}
