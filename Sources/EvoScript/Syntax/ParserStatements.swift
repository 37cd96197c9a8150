// Statement grammar: simple statements (including EvoScript's Python 2
// `print` statement), compound statements and blocks.

extension PyParser {

    /// stmt: simple_stmt | compound_stmt. Appends to `body` (a simple
    /// statement line may hold several `;`-separated statements).
    func parseStatement(into body: inout [Stmt]) throws {
        switch kind {
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor(start: tok.pos, isAsync: false))
        case .kwTry: body.append(try parseTry())
        case .kwWith: body.append(try parseWith(start: tok.pos, isAsync: false))
        case .kwDef: body.append(try parseFuncDef(start: tok.pos, decorators: [], isAsync: false))
        case .kwClass: body.append(try parseClassDef(decorators: []))
        case .at: body.append(try parseDecorated())
        case .kwAsync:
            let start = tok.pos
            advance()
            switch kind {
            case .kwDef: body.append(try parseFuncDef(start: start, decorators: [], isAsync: true))
            case .kwFor: body.append(try parseFor(start: start, isAsync: true))
            case .kwWith: body.append(try parseWith(start: start, isAsync: true))
            default: throw failure(at: tok)
            }
        default:
            try parseSimpleStatementLine(into: &body)
        }
    }

    /// simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
    func parseSimpleStatementLine(into body: inout [Stmt]) throws {
        body.append(try parseSmallStatement())
        while accept(.semi) {
            if kind == .newline { break }
            body.append(try parseSmallStatement())
        }
        try expect(.newline)
    }

    /// suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT
    func parseSuite() throws -> [Stmt] {
        var body: [Stmt] = []
        if !accept(.newline) {
            try parseSimpleStatementLine(into: &body)
            return body
        }
        switch kind {
        case .indent:
            advance()
        case .endmarker, .error:
            throw failure(at: tok)
        case .dedent where isAtEOF(tok):
            throw src.eofError()
        default:
            throw src.error("expected an indented block", line: tok.line, offset: tok.col + 1,
                            kind: .indentation)
        }
        try enter()
        defer { leave() }
        while kind != .dedent {
            if kind == .endmarker { throw failure(at: tok) }
            try parseStatement(into: &body)
        }
        advance()
        return body
    }

    // MARK: - Simple statements

    func parseSmallStatement() throws -> Stmt {
        let t = tok
        let start = t.pos
        switch t.kind {
        case .kwPass:
            advance()
            return Stmt(.pass, start)
        case .kwBreak:
            advance()
            return Stmt(.break, start)
        case .kwContinue:
            advance()
            return Stmt(.continue, start)
        case .kwReturn:
            advance()
            let value = startsExpr(kind, star: true) ? try parseTestListStarExpr() : nil
            if let v = value { checkNotBareStarred(v) }
            return Stmt(.return(value), start)
        case .kwRaise:
            advance()
            var exc: Expr? = nil, cause: Expr? = nil
            if startsExpr(kind) {
                exc = try parseTest()
                if accept(.kwFrom) { cause = try parseTest() }
            }
            return Stmt(.raise(exc: exc, cause: cause), start)
        case .kwGlobal, .kwNonlocal:
            advance()
            var names = [try expectName()]
            while accept(.comma) { names.append(try expectName()) }
            return Stmt(t.kind == .kwGlobal ? .global(names) : .nonlocal(names), start)
        case .kwAssert:
            advance()
            let test = try parseTest()
            let msg = accept(.comma) ? try parseTest() : nil
            return Stmt(.assert(test: test, msg: msg), start)
        case .kwDel:
            advance()
            return try parseDel(start: start)
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseImportFrom()
        case .name where text(t) == "print" && isPrintStatement(t):
            return try parsePrint()
        default:
            return try parseExpressionStatement()
        }
    }

    /// The EvoScript print-statement rule: `print` at the start of a
    /// statement is the Python 2 statement unless the next non-blank
    /// character makes it an ordinary name (`print(...)`, `print = f`,
    /// `print.x`, `print[...]`, `print, x`, `print;`, `print: T`).
    func isPrintStatement(_ t: Token) -> Bool {
        let b = src.bytes
        var k = Int(t.end)
        while k < b.count && (b[k] == 32 || b[k] == 9 || b[k] == 12) { k += 1 }
        if k >= b.count { return true }
        switch b[k] {
        case UInt8(ascii: "("), UInt8(ascii: "="), UInt8(ascii: "."), UInt8(ascii: "["),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
            return false
        default:
            return true
        }
    }

    /// print_stmt: 'print' ( [test (',' test)* [','] ] | '>>' test [(',' test)+ [',']] )
    func parsePrint() throws -> Stmt {
        let start = tok.pos
        advance()
        var dest: Expr? = nil
        var values: [Expr] = []
        var trailingComma = false
        if accept(.rightShift) {
            dest = try parseTest()
            if !accept(.comma) {
                return Stmt(.print(dest: dest, values: [], trailingComma: false), start)
            }
            if !startsExpr(kind) { throw failure(at: tok) }
        }
        if startsExpr(kind) {
            while true {
                values.append(try parseTest())
                if !accept(.comma) { break }
                if !startsExpr(kind) {
                    trailingComma = true
                    break
                }
            }
        }
        return Stmt(.print(dest: dest, values: values, trailingComma: trailingComma), start)
    }

    func parseDel(start: SourcePos) throws -> Stmt {
        var targets: [Expr] = []
        repeat {
            if !targets.isEmpty && !startsExpr(kind, star: true) { break }
            let pos = tok.pos
            let t = try parseExprOrStar()
            validateDel(t, at: pos)
            targets.append(t)
        } while accept(.comma)
        return Stmt(.del(targets), start)
    }

    /// expr_stmt: assignment, augmented / annotated assignment, or expression.
    func parseExpressionStatement() throws -> Stmt {
        let startTok = tok
        let start = startTok.pos
        if kind == .kwYield {
            return Stmt(.expr(try parseYieldExpr()), start)
        }
        let first = try parseTestListStarExpr()
        switch kind {
        case .equal:
            // Each target with where its source starts and whether it is an
            // unparenthesized yield (CPython's special message for that).
            var exprs: [(Expr, SourcePos, Bool)] = [(first, start, false)]
            while accept(.equal) {
                let pos = tok.pos
                if kind == .kwYield {
                    exprs.append((try parseYieldExpr(), pos, true))
                } else {
                    exprs.append((try parseTestListStarExpr(), pos, false))
                }
            }
            let value = exprs.removeLast().0
            for (t, pos, isYield) in exprs {
                if isYield {
                    semantic("assignment to yield expression not possible", at: pos)
                } else {
                    validateStore(t, at: pos)
                }
            }
            checkNotBareStarred(value)
            return Stmt(.assign(targets: exprs.map { $0.0 }, value: value), start)
        case .colon:
            advance()
            var simple = false
            switch first.kind {
            case .name(let n):
                simple = startTok.kind != .lpar
                if n == "__debug__" { semantic("cannot assign to __debug__", at: start) }
            case .attribute, .subscript:
                validateStore(first, at: start)
            case .tuple:
                semantic("only single target (not tuple) can be annotated", at: start)
            case .list:
                semantic("only single target (not list) can be annotated", at: start)
            default:
                semantic("illegal target for annotation", at: start)
            }
            let annotation = try parseTest()
            var value: Expr? = nil
            if accept(.equal) {
                value = kind == .kwYield ? try parseYieldExpr() : try parseTestListStarExpr()
            }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value, simple: simple), start)
        default:
            if let op = augmentedOp(kind) {
                advance()
                let value = kind == .kwYield ? try parseYieldExpr() : try parseTestList()
                checkAugTarget(first, at: start)
                return Stmt(.augAssign(target: first, op: op, value: value), start)
            }
            if case .starred = first.kind {
                semantic("can't use starred expression here", at: first.pos)
            }
            return Stmt(.expr(first), start)
        }
    }

    /// set_context's checks first, then the augmented-assignment rule that
    /// only a name, attribute or subscript may be the target.
    private func checkAugTarget(_ first: Expr, at pos: SourcePos) {
        switch first.kind {
        case .tuple, .list:
            validateStore(first, at: pos)
            semantic("illegal expression for augmented assignment", at: pos)
        case .starred(let inner):
            validateStore(inner, at: pos)
            semantic("illegal expression for augmented assignment", at: pos)
        default:
            validateStore(first, at: pos)
        }
    }

    func augmentedOp(_ k: TokenKind) -> BinaryOp? {
        switch k {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .atEqual: return .matmul
        case .slashEqual: return .truediv
        case .doubleSlashEqual: return .floordiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .leftShiftEqual: return .lshift
        case .rightShiftEqual: return .rshift
        case .vbarEqual: return .bitor
        case .circumflexEqual: return .bitxor
        case .amperEqual: return .bitand
        default: return nil
        }
    }

    // MARK: - Imports

    func parseDottedName() throws -> String {
        var name = try expectName()
        while kind == .dot {
            advance()
            name += "." + (try expectName())
        }
        return name
    }

    /// import_name: 'import' dotted_as_names
    func parseImport() throws -> Stmt {
        let start = tok.pos
        advance()
        var names: [ImportAlias] = []
        repeat {
            let pos = tok.pos
            let name = try parseDottedName()
            let asName = accept(.kwAs) ? try expectName() : nil
            names.append(ImportAlias(name: name, asName: asName, pos: pos))
        } while accept(.comma)
        return Stmt(.import(names), start)
    }

    /// import_from: 'from' ('.'* dotted_name | '.'+) 'import'
    ///              ('*' | '(' import_as_names ')' | import_as_names)
    func parseImportFrom() throws -> Stmt {
        let start = tok.pos
        advance()
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += kind == .dot ? 1 : 3
            advance()
        }
        var module: String? = nil
        if kind == .name {
            module = try parseDottedName()
        } else if level == 0 {
            throw failure(at: tok)
        }
        try expect(.kwImport)
        var names: [ImportAlias] = []
        if kind == .star {
            names.append(ImportAlias(name: "*", asName: nil, pos: tok.pos))
            advance()
        } else if accept(.lpar) {
            repeat {
                if kind == .rpar && !names.isEmpty { break }
                names.append(try parseImportAsName())
            } while accept(.comma)
            try expect(.rpar)
        } else {
            let firstPos = tok.pos
            names.append(try parseImportAsName())
            while accept(.comma) {
                if kind == .newline || kind == .semi {
                    semantic("trailing comma not allowed without surrounding parentheses", at: firstPos)
                    break
                }
                names.append(try parseImportAsName())
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), start)
    }

    private func parseImportAsName() throws -> ImportAlias {
        let t = try expectNameToken()
        let asName = accept(.kwAs) ? try expectName() : nil
        return ImportAlias(name: text(t), asName: asName, pos: t.pos)
    }

    // MARK: - Compound statements

    /// if_stmt, with the elif chain built iteratively (from the end).
    func parseIf() throws -> Stmt {
        var clauses: [(SourcePos, Expr, [Stmt])] = []
        repeat {
            let pos = tok.pos
            advance()  // 'if' / 'elif'
            let test = try parseNamedExprTest()
            try expect(.colon)
            clauses.append((pos, test, try parseSuite()))
        } while kind == .kwElif
        var orelse: [Stmt] = []
        if accept(.kwElse) {
            try expect(.colon)
            orelse = try parseSuite()
        }
        for (pos, test, body) in clauses.reversed() {
            orelse = [Stmt(.if(test: test, body: body, orelse: orelse), pos)]
        }
        return orelse[0]
    }

    func parseWhile() throws -> Stmt {
        let start = tok.pos
        advance()
        let test = try parseNamedExprTest()
        try expect(.colon)
        let body = try parseSuite()
        var orelse: [Stmt] = []
        if accept(.kwElse) {
            try expect(.colon)
            orelse = try parseSuite()
        }
        return Stmt(.while(test: test, body: body, orelse: orelse), start)
    }

    func parseFor(start: SourcePos, isAsync: Bool) throws -> Stmt {
        advance()  // 'for'
        let targetPos = tok.pos
        let target = try parseExprList()
        validateStore(target, at: targetPos)
        try expect(.kwIn)
        let iter = try parseTestList()
        try expect(.colon)
        let body = try parseSuite()
        var orelse: [Stmt] = []
        if accept(.kwElse) {
            try expect(.colon)
            orelse = try parseSuite()
        }
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync), start)
    }

    func parseTry() throws -> Stmt {
        let start = tok.pos
        advance()
        try expect(.colon)
        let body = try parseSuite()
        var handlers: [ExceptHandler] = []
        var bareExceptPos: SourcePos? = nil
        while kind == .kwExcept {
            let pos = tok.pos
            advance()
            var type: Expr? = nil
            var name: String? = nil
            if kind != .colon {
                type = try parseTest()
                if accept(.kwAs) { name = try expectName() }
            }
            try expect(.colon)
            let hbody = try parseSuite()
            if let bare = bareExceptPos {
                semantic("default 'except:' must be last", at: bare)
            }
            if type == nil { bareExceptPos = pos }
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, pos: pos))
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if !handlers.isEmpty && accept(.kwElse) {
            try expect(.colon)
            orelse = try parseSuite()
        }
        if accept(.kwFinally) {
            try expect(.colon)
            finalbody = try parseSuite()
        } else if handlers.isEmpty {
            throw failure(at: tok)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), start)
    }

    func parseWith(start: SourcePos, isAsync: Bool) throws -> Stmt {
        advance()  // 'with'
        var items: [WithItem] = []
        repeat {
            let itemPos = tok.pos
            let ctx = try parseTest()
            var target: Expr? = nil
            if accept(.kwAs) {
                let t = try parseBitOr()
                checkWithTarget(t, at: itemPos)
                target = t
            }
            items.append(WithItem(context: ctx, target: target))
        } while accept(.comma)
        try expect(.colon)
        let body = try parseSuite()
        return Stmt(.with(items: items, body: body, isAsync: isAsync), start)
    }

    /// CPython reports a bad `with ... as` target at the with-item.
    private func checkWithTarget(_ t: Expr, at itemPos: SourcePos) {
        if exprName(t) != nil {
            semantic("cannot assign to \(exprName(t) ?? "expression")", at: itemPos)
        } else {
            validateStore(t, at: itemPos)
        }
    }

    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseDecorator())
            try expect(.newline)
        }
        switch kind {
        case .kwDef:
            return try parseFuncDef(start: tok.pos, decorators: decorators, isAsync: false)
        case .kwClass:
            return try parseClassDef(decorators: decorators)
        case .kwAsync where peekKind() == .kwDef:
            let start = tok.pos
            advance()
            return try parseFuncDef(start: start, decorators: decorators, isAsync: true)
        default:
            throw failure(at: tok)
        }
    }

    /// funcdef: 'def' NAME '(' [typedargslist] ')' ['->' test] ':' suite
    /// Python 3.8's decorator: a dotted name, optionally called
    /// (`@a.b(args)`); anything else is a syntax error at the offending token.
    func parseDecorator() throws -> Expr {
        let start = tok.pos
        var e = Expr(.name(try expectName()), start)
        while kind == .dot {
            advance()
            e = Expr(.attribute(e, try expectName()), start)
        }
        if kind == .lpar {
            let lp = tok.pos
            advance()
            let args = try parseArguments(closing: .rpar, lparPos: lp, isClass: false)
            e = Expr(.call(e, args), start)
        }
        return e
    }

    func parseFuncDef(start: SourcePos, decorators: [Expr], isAsync: Bool) throws -> Stmt {
        try expect(.kwDef)
        let name = try expectName()
        try expect(.lpar)
        let params = try parseParameters(isLambda: false, closing: .rpar)
        try expect(.rpar)
        let returns = accept(.arrow) ? try parseTest() : nil
        try expect(.colon)
        let body = try parseSuite()
        checkDuplicateParams(params, at: start)
        let def = FunctionDef(name: name, params: params, body: body, decorators: decorators,
                              returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(def), start)
    }

    /// classdef: 'class' NAME ['(' [arglist] ')'] ':' suite
    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let start = tok.pos
        advance()
        let name = try expectName()
        var bases: [Argument] = []
        if kind == .lpar {
            let lp = tok.pos
            advance()
            bases = try parseArguments(closing: .rpar, lparPos: lp, isClass: true)
        }
        try expect(.colon)
        let body = try parseSuite()
        return Stmt(.classDef(ClassDef(name: name, bases: bases, body: body, decorators: decorators)), start)
    }
}
