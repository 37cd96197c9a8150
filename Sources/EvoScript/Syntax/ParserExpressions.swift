// Expression grammar (Python 3.8's test / or_test / ... / atom), by
// recursive descent. Left-associative binary chains are parsed with loops
// (precedence climbing), so `1+1+...+1` does not recurse per term; the
// remaining recursion (parentheses, unary operators, `**`, `if-else`,
// lambda) goes through `enter()`'s depth guard.
//
// Positions follow CPython 3.8: a compound expression starts where its first
// token is (so `(a) + b` starts at the parenthesis), while a parenthesized
// expression keeps its inner position.

extension PyParser {

    /// Can this token start an expression (`star` also allows `*x`)?
    func startsExpr(_ k: TokenKind, star: Bool = false) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        case .star:
            return star
        default:
            return false
        }
    }

    func isCompForStart() -> Bool {
        kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor)
    }

    // MARK: - Lists of expressions

    /// testlist_star_expr: (test|star_expr) (',' (test|star_expr))* [',']
    func parseTestListStarExpr() throws -> Expr {
        let start = tok.pos
        let first = try parseTestOrStar()
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpr(kind, star: true) { break }
            elts.append(try parseTestOrStar())
        }
        return Expr(.tuple(elts), start)
    }

    /// testlist: test (',' test)* [',']
    func parseTestList() throws -> Expr {
        let start = tok.pos
        let first = try parseTest()
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpr(kind) { break }
            elts.append(try parseTest())
        }
        return Expr(.tuple(elts), start)
    }

    /// exprlist: (expr|star_expr) (',' (expr|star_expr))* [',']
    func parseExprList() throws -> Expr {
        let start = tok.pos
        let first = try parseExprOrStar()
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpr(kind, star: true) { break }
            elts.append(try parseExprOrStar())
        }
        return Expr(.tuple(elts), start)
    }

    func parseTestOrStar() throws -> Expr {
        kind == .star ? try parseStarExpr() : try parseTest()
    }

    func parseExprOrStar() throws -> Expr {
        kind == .star ? try parseStarExpr() : try parseBitOr()
    }

    func parseNamedExprOrStar() throws -> Expr {
        kind == .star ? try parseStarExpr() : try parseTest(allowWalrus: true)
    }

    /// star_expr: '*' expr
    func parseStarExpr() throws -> Expr {
        let start = tok.pos
        advance()
        let v = try parseBitOr()
        return Expr(.starred(v), start)
    }

    // MARK: - test

    /// namedexpr_test: test [':=' test]
    func parseNamedExprTest() throws -> Expr {
        try parseTest(allowWalrus: true)
    }

    private func finishNamedExpr(_ e: Expr, _ start: SourcePos) throws -> Expr {
        advance()
        let value = try parseTest()
        guard case .name(let n) = e.kind else {
            semantic("cannot use assignment expressions with \(exprKindName(e))", at: e.pos)
            return e
        }
        return Expr(.namedExpr(n, value), start)
    }

    /// test: or_test ['if' or_test 'else' test] | lambdef
    /// `allowWalrus` makes this namedexpr_test (`test [':=' test]`), kept
    /// in the same function to save a stack frame per nesting level.
    func parseTest(allowWalrus: Bool = false) throws -> Expr {
        // Fast path: a lone name or number (most arguments, subscripts and
        // values) skips the dozen levels of the precedence chain.
        if kind == .name || kind == .number {
            switch peekKind() {
            case .comma, .rpar, .rsqb, .rbrace, .newline, .colon, .equal, .semi:
                return try parseAtom()
            case .colonEqual where allowWalrus:
                let start = tok.pos
                return try finishNamedExpr(try parseAtom(), start)
            default:
                break
            }
        }
        try enter()
        defer { leave() }
        let start = tok.pos
        if kind == .kwLambda {
            let l = try parseLambda(noCond: false)
            if allowWalrus && kind == .colonEqual { return try finishNamedExpr(l, start) }
            return l
        }
        // The primary (atom + trailers) is parsed here, before descending the
        // operator levels, so that nested brackets recurse through only a
        // few stack frames per level (debug-build frames are large).
        var primary: Expr? = nil
        switch kind {
        case .kwNot, .minus, .plus, .tilde, .kwAwait:
            break
        default:
            primary = try parseAtomExpr()
        }
        var e = try parseOrTest(primary, start)
        if kind == .kwIf {
            advance()
            let cond = try parseOrTest()
            try expect(.kwElse)
            let orelse = try parseTest()
            e = Expr(.ifExp(test: cond, body: e, orelse: orelse), start)
        }
        if allowWalrus && kind == .colonEqual { return try finishNamedExpr(e, start) }
        return e
    }

    /// test_nocond: or_test | lambdef_nocond (comprehension `if` clauses).
    func parseTestNoCond() throws -> Expr {
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try parseLambda(noCond: true) }
        return try parseOrTest()
    }

    func parseLambda(noCond: Bool) throws -> Expr {
        let start = tok.pos
        advance()
        let params = try parseParameters(isLambda: true, closing: .colon)
        try expect(.colon)
        let body = noCond ? try parseTestNoCond() : try parseTest()
        checkDuplicateParams(params, at: start)
        return Expr(.lambda(params, body), start)
    }

    /// or_test, and_test and not_test in one function, all as loops (one
    /// stack frame instead of three per nesting level, and no recursion for
    /// `not not ... x`).
    /// `primary` is an already parsed first atom expression starting at
    /// `start` (see parseTest); nil to parse from the current token.
    func parseOrTest(_ primary: Expr? = nil, _ primaryStart: SourcePos? = nil) throws -> Expr {
        let start = primaryStart ?? tok.pos
        let first = try parseAndTest(primary, start)
        if kind != .kwOr { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try parseAndTest(nil, tok.pos)) }
        return Expr(.boolOp(.or, values), start)
    }

    private func parseAndTest(_ primary: Expr?, _ start: SourcePos) throws -> Expr {
        let first = try parseNotTest(primary, start)
        if kind != .kwAnd { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try parseNotTest(nil, tok.pos)) }
        return Expr(.boolOp(.and, values), start)
    }

    /// not_test: 'not'* comparison, iteratively.
    private func parseNotTest(_ primary: Expr?, _ start: SourcePos) throws -> Expr {
        if primary != nil || kind != .kwNot { return try parseComparison(primary, start) }
        var nots: [SourcePos] = []
        while kind == .kwNot {
            nots.append(tok.pos)
            advance()
        }
        var e = try parseComparison(nil, tok.pos)
        var k = nots.count - 1
        while k >= 0 {
            e = Expr(.unary(.not, e), nots[k])
            k -= 1
        }
        return e
    }

    func parseComparison(_ primary: Expr?, _ start: SourcePos) throws -> Expr {
        let left = try parseBinary(1, primary, start)
        var ops: [(CompareOp, Expr)] = []
        loop: while true {
            let op: CompareOp
            switch kind {
            case .less: op = .lt
            case .greater: op = .gt
            case .equalEqual: op = .eq
            case .notEqual: op = .ne
            case .lessEqual: op = .le
            case .greaterEqual: op = .ge
            case .kwIn: op = .in
            case .kwIs:
                if peekKind() == .kwNot { advance(); op = .isNot } else { op = .is }
            case .kwNot:
                // After an operand, `not` can only begin `not in`; CPython's
                // LL(1) parser takes it and fails at the token after it.
                if peekKind() == .kwIn { advance(); op = .notIn } else {
                    advance()
                    throw failure(at: tok)
                }
            default:
                break loop
            }
            advance()
            ops.append((op, try parseBitOr()))
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left, ops), start)
    }

    // MARK: - Binary operators

    @inline(__always)
    private func binaryOp(_ k: TokenKind) -> (Int, BinaryOp)? {
        switch k {
        case .vbar: return (1, .bitor)
        case .circumflex: return (2, .bitxor)
        case .amper: return (3, .bitand)
        case .leftShift: return (4, .lshift)
        case .rightShift: return (4, .rshift)
        case .plus: return (5, .add)
        case .minus: return (5, .sub)
        case .star: return (6, .mul)
        case .slash: return (6, .truediv)
        case .doubleSlash: return (6, .floordiv)
        case .percent: return (6, .mod)
        case .at: return (6, .matmul)
        default: return nil
        }
    }

    /// expr: the bitwise-or level and everything below it down to factor.
    func parseBitOr() throws -> Expr {
        try parseBinary(1)
    }

    /// Precedence climbing: loops for a left-associative chain; recursion
    /// only climbs to tighter levels (at most 6 deep).
    func parseBinary(_ minPrec: Int, _ primary: Expr? = nil, _ primaryStart: SourcePos? = nil) throws -> Expr {
        let start = primaryStart ?? tok.pos
        var lhs: Expr
        if let p = primary {
            lhs = kind == .doubleStar ? try parsePowerChain(p, start) : p
        } else {
            lhs = try parseFactor()
        }
        while let (prec, op) = binaryOp(kind), prec >= minPrec {
            advance()
            let rhs = prec == 6 ? try parseFactor() : try parseBinary(prec + 1)
            lhs = Expr(.binary(op, lhs, rhs), start)
        }
        return lhs
    }

    @inline(__always)
    private func unaryOp(_ k: TokenKind) -> UnaryOp? {
        switch k {
        case .plus: return .pos
        case .minus: return .neg
        case .tilde: return .invert
        default: return nil
        }
    }

    /// factor: ('+'|'-'|'~') factor | power, and
    /// power: [await] atom trailer* ['**' factor] -- both iteratively: the
    /// unary prefixes and the right-associative `**` chain are collected in
    /// loops and folded afterwards, so neither recurses.
    func parseFactor() throws -> Expr {
        if unaryOp(kind) == nil {
            let start = tok.pos
            let e = try parseAwaitAtomExpr()
            if kind != .doubleStar { return e }
            return try parsePowerChain(e, start)
        }
        var prefixes: [(UnaryOp, SourcePos)] = []
        while let op = unaryOp(kind) {
            prefixes.append((op, tok.pos))
            advance()
        }
        let start = tok.pos
        var e = try parseAwaitAtomExpr()
        if kind == .doubleStar { e = try parsePowerChain(e, start) }
        return applyPrefixes(prefixes, to: e)
    }

    private func applyPrefixes(_ prefixes: [(UnaryOp, SourcePos)], to operand: Expr) -> Expr {
        var e = operand
        var k = prefixes.count - 1
        while k >= 0 {
            e = Expr(.unary(prefixes[k].0, e), prefixes[k].1)
            k -= 1
        }
        return e
    }

    /// `base ** f1 ** f2 ...` where each f may carry unary prefixes:
    /// base ** (p1 (o1 ** (p2 (o2 ...)))).
    private func parsePowerChain(_ base: Expr, _ baseStart: SourcePos) throws -> Expr {
        var operands: [(Expr, SourcePos, [(UnaryOp, SourcePos)])] = []
        while accept(.doubleStar) {
            var prefixes: [(UnaryOp, SourcePos)] = []
            while let op = unaryOp(kind) {
                prefixes.append((op, tok.pos))
                advance()
            }
            let start = tok.pos
            operands.append((try parseAwaitAtomExpr(), start, prefixes))
        }
        guard let last = operands.last else { return base }
        var acc = applyPrefixes(last.2, to: last.0)
        var k = operands.count - 2
        while k >= 0 {
            let (operand, start, prefixes) = operands[k]
            acc = applyPrefixes(prefixes, to: Expr(.binary(.pow, operand, acc), start))
            k -= 1
        }
        return Expr(.binary(.pow, base, acc), baseStart)
    }

    /// [await] atom trailer*
    func parseAwaitAtomExpr() throws -> Expr {
        if kind != .kwAwait { return try parseAtomExpr() }
        let start = tok.pos
        advance()
        let e = try parseAtomExpr()
        return Expr(.await(e), start)
    }

    /// atom trailer*: calls, subscripts and attributes, as a loop.
    func parseAtomExpr() throws -> Expr {
        let start = tok.pos
        // Brackets are dispatched here directly: one stack frame less per
        // nesting level than going through parseAtom.
        var e: Expr
        switch kind {
        case .lpar: e = try parseParenAtom()
        case .lsqb: e = try parseListAtom()
        case .lbrace: e = try parseBraceAtom()
        default: e = try parseAtom()
        }
        while true {
            switch kind {
            case .lpar:
                let lp = tok.pos
                advance()
                let args = try parseArguments(closing: .rpar, lparPos: lp, isClass: false)
                e = Expr(.call(e, args), start)
            case .lsqb:
                advance()
                let index = try parseSubscriptList()
                try expect(.rsqb)
                e = Expr(.subscript(e, index), start)
            case .dot:
                advance()
                let name = try expectName()
                e = Expr(.attribute(e, name), start)
            default:
                return e
            }
        }
    }

    // MARK: - Atoms

    func parseAtom() throws -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(text(t)), t.pos)
        case .number:
            advance()
            let k = Int(t.payload)
            return Expr(k < numbers.count ? numbers[k] : .int(0), t.pos)
        case .string:
            return try parseStrings()
        case .lpar:
            return try parseParenAtom()
        case .lsqb:
            return try parseListAtom()
        case .lbrace:
            return try parseBraceAtom()
        case .ellipsis:
            advance()
            return Expr(.ellipsis, t.pos)
        case .kwNone:
            advance()
            return Expr(.none, t.pos)
        case .kwTrue:
            advance()
            return Expr(.true, t.pos)
        case .kwFalse:
            advance()
            return Expr(.false, t.pos)
        default:
            throw failure(at: t)
        }
    }

    /// '(' [yield_expr | testlist_comp] ')'
    func parseParenAtom() throws -> Expr {
        let start = tok.pos
        advance()
        if accept(.rpar) { return Expr(.tuple([]), start) }
        if kind == .kwYield {
            let y = try parseYieldExpr()
            try expect(.rpar)
            return y
        }
        let e = try parseTestListComp(start: start, closing: .rpar)
        try expect(.rpar)
        return e
    }

    /// testlist_comp inside parentheses (also an f-string field's body):
    /// a generator expression, a tuple, or a single parenthesized expression.
    func parseTestListComp(start: SourcePos, closing: TokenKind) throws -> Expr {
        let first = kind == .star ? try parseStarExpr() : try parseTest(allowWalrus: true)
        if isCompForStart() {
            let comps = try parseCompFor()
            checkNotStarredInComprehension(first)
            return Expr(.genExp(first, comps), start)
        }
        if kind == .comma {
            var elts = [first]
            while accept(.comma) {
                if kind == closing { break }
                elts.append(try parseNamedExprOrStar())
            }
            return Expr(.tuple(elts), start)
        }
        if case .starred = first.kind {
            semantic("can't use starred expression here", at: first.pos)
        }
        return first
    }

    /// '[' [testlist_comp] ']'
    func parseListAtom() throws -> Expr {
        let start = tok.pos
        advance()
        if accept(.rsqb) { return Expr(.list([]), start) }
        let first = try parseNamedExprOrStar()
        if isCompForStart() {
            let comps = try parseCompFor()
            try expect(.rsqb)
            checkNotStarredInComprehension(first)
            return Expr(.listComp(first, comps), start)
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try parseNamedExprOrStar())
        }
        try expect(.rsqb)
        return Expr(.list(elts), start)
    }

    /// '{' [dictorsetmaker] '}'
    func parseBraceAtom() throws -> Expr {
        let start = tok.pos
        advance()
        if accept(.rbrace) { return Expr(.dict([]), start) }
        // Dict display / comprehension.
        var firstItem: DictItem? = nil
        var firstSetElt: Expr? = nil
        if kind == .doubleStar {
            advance()
            firstItem = .unpack(try parseBitOr())
        } else if kind == .star {
            firstSetElt = try parseStarExpr()
        } else {
            let k = try parseTest()
            if accept(.colon) {
                firstItem = .pair(k, try parseTest())
            } else {
                firstSetElt = k
            }
        }
        if let item = firstItem {
            if isCompForStart() {
                let comps = try parseCompFor()
                try expect(.rbrace)
                switch item {
                case .pair(let k, let v):
                    return Expr(.dictComp(k, v, comps), start)
                case .unpack:
                    semantic("dict unpacking cannot be used in dict comprehension", at: start)
                    return Expr(.dict([]), start)
                }
            }
            var items = [item]
            while accept(.comma) {
                if kind == .rbrace { break }
                if accept(.doubleStar) {
                    items.append(.unpack(try parseBitOr()))
                } else {
                    let k = try parseTest()
                    try expect(.colon)
                    items.append(.pair(k, try parseTest()))
                }
            }
            try expect(.rbrace)
            return Expr(.dict(items), start)
        }
        let first = firstSetElt ?? Expr(.none, start)
        if isCompForStart() {
            let comps = try parseCompFor()
            try expect(.rbrace)
            checkNotStarredInComprehension(first)
            return Expr(.setComp(first, comps), start)
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rbrace { break }
            elts.append(try parseTestOrStar())
        }
        try expect(.rbrace)
        return Expr(.set(elts), start)
    }

    func checkNotStarredInComprehension(_ e: Expr) {
        if case .starred = e.kind {
            semantic("iterable unpacking cannot be used in comprehension", at: e.pos)
        }
    }

    /// comp_for: ['async'] 'for' exprlist 'in' or_test (comp_for | comp_if)*
    func parseCompFor() throws -> [Comprehension] {
        var comps: [Comprehension] = []
        while true {
            var isAsync = false
            if kind == .kwAsync && peekKind() == .kwFor {
                advance()
                isAsync = true
            } else if kind != .kwFor {
                break
            }
            advance()
            let targetPos = tok.pos
            let target = try parseExprList()
            validateStore(target, at: targetPos)
            try expect(.kwIn)
            let iter = try parseOrTest()
            var ifs: [Expr] = []
            while kind == .kwIf {
                advance()
                ifs.append(try parseTestNoCond())
            }
            comps.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return comps
    }

    // MARK: - yield

    /// yield_expr: 'yield' ['from' test | testlist_star_expr]
    func parseYieldExpr() throws -> Expr {
        let start = tok.pos
        advance()
        if accept(.kwFrom) {
            return Expr(.yieldFrom(try parseTest()), start)
        }
        if startsExpr(kind, star: true) {
            let value = try parseTestListStarExpr()
            checkNotBareStarred(value)
            return Expr(.yield(value), start)
        }
        return Expr(.yield(nil), start)
    }

    // MARK: - Subscripts

    /// subscriptlist: subscript (',' subscript)* [',']
    func parseSubscriptList() throws -> Expr {
        let start = tok.pos
        let first = try parseSubscript()
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try parseSubscript())
        }
        return Expr(.tuple(elts), start)
    }

    /// subscript: test | [test] ':' [test] [':' [test]]
    func parseSubscript() throws -> Expr {
        let start = tok.pos
        var lower: Expr? = nil
        if kind != .colon {
            let e = try parseTest()
            if kind != .colon { return e }
            lower = e
        }
        advance()  // ':'
        var upper: Expr? = nil, step: Expr? = nil
        if startsExpr(kind) { upper = try parseTest() }
        if accept(.colon) {
            if startsExpr(kind) { step = try parseTest() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), start)
    }

    // MARK: - Call arguments

    /// arglist up to and including the closing parenthesis, with CPython
    /// 3.8's ordering rules. A lone generator expression argument gets the
    /// position of the opening parenthesis, as in CPython.
    func parseArguments(closing: TokenKind, lparPos: SourcePos, isClass: Bool) throws -> [Argument] {
        var args: [Argument] = []
        var sawKeyword = false, sawDoubleStar = false
        var keywordNames: Set<String> = []
        var genexpPos: SourcePos? = nil
        var trailingComma = false
        while kind != closing {
            trailingComma = false
            let argTok = tok
            if accept(.star) {
                let e = try parseTest()
                if sawDoubleStar {
                    semantic("iterable argument unpacking follows keyword argument unpacking", at: argTok.pos)
                }
                args.append(.star(e))
            } else if accept(.doubleStar) {
                let e = try parseTest()
                sawDoubleStar = true
                args.append(.doubleStar(e))
            } else {
                let e = try parseTest()
                if kind == .equal {
                    advance()
                    let value = try parseTest()
                    if case .name(let n) = e.kind, e.pos == argTok.pos {
                        if keywordNames.contains(n) {
                            semantic("keyword argument repeated", at: argTok.pos)
                        }
                        keywordNames.insert(n)
                        if n == "__debug__" { semantic("cannot assign to __debug__", at: argTok.pos) }
                        args.append(.keyword(n, value))
                    } else {
                        switch e.kind {
                        case .true: semantic("cannot assign to True", at: e.pos)
                        case .false: semantic("cannot assign to False", at: e.pos)
                        case .none: semantic("cannot assign to None", at: e.pos)
                        default:
                            semantic("expression cannot contain assignment, perhaps you meant \"==\"?", at: argTok.pos)
                        }
                    }
                    sawKeyword = true
                } else {
                    var arg = e
                    if kind == .colonEqual {
                        advance()
                        let value = try parseTest()
                        if case .name(let n) = e.kind {
                            arg = Expr(.namedExpr(n, value), argTok.pos)
                        } else {
                            semantic("cannot use assignment expressions with \(exprKindName(e))", at: e.pos)
                        }
                    } else if isCompForStart() {
                        let comps = try parseCompFor()
                        if isClass {
                            semantic("invalid syntax", at: argTok.pos)
                        } else if genexpPos != nil || !args.isEmpty {
                            semantic("Generator expression must be parenthesized", at: argTok.pos)
                        }
                        genexpPos = argTok.pos
                        arg = Expr(.genExp(e, comps), lparPos)
                    } else if genexpPos != nil {
                        semantic("Generator expression must be parenthesized", at: genexpPos ?? argTok.pos)
                    }
                    if sawDoubleStar {
                        semantic("positional argument follows keyword argument unpacking", at: argTok.pos)
                    } else if sawKeyword {
                        semantic("positional argument follows keyword argument", at: argTok.pos)
                    }
                    args.append(.positional(arg))
                }
            }
            if !accept(.comma) { break }
            trailingComma = true
        }
        try expect(closing)
        if let g = genexpPos, !isClass, args.count > 1 || trailingComma {
            semantic("Generator expression must be parenthesized", at: g)
        }
        return args
    }
}
