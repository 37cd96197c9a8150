// Validation of assignment / deletion targets, with CPython 3.8's messages.
//
// CPython reports these from ast.c's set_context (and a few from the
// compiler), so they are recorded as "semantic" errors: a later grammar error
// in the same input takes precedence. As in set_context, an error inside a
// tuple/list target is reported at the position of the whole target.

extension PyParser {

    /// CPython's `_PyAST_ExprAsUnicode`-style name of an expression kind, used
    /// in "cannot assign to %s"; nil for kinds that are valid targets.
    func exprName(_ e: Expr) -> String? {
        switch e.kind {
        case .name, .attribute, .subscript, .starred, .list, .tuple:
            return nil
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binary, .unary: return "operator"
        case .genExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict display"
        case .set: return "set display"
        case .fstring: return "f-string expression"
        case .int, .bigInt, .float, .imaginary, .string, .bytes: return "literal"
        case .true: return "True"
        case .false: return "False"
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// Name of any expression kind, for "cannot use assignment expressions
    /// with %s".
    func exprKindName(_ e: Expr) -> String {
        switch e.kind {
        case .name: return "name"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .list: return "list"
        case .tuple: return "tuple"
        default: return exprName(e) ?? "expression"
        }
    }

    /// Checks an assignment target (Store context), including the compiler's
    /// starred-target rules. `top` is where the target's source starts
    /// (before any parenthesis), where CPython puts the caret.
    func validateStore(_ e: Expr, at top: SourcePos) {
        if case .starred = e.kind {
            // The starred expression itself is checked first, as set_context does.
            checkTarget(e, top: top, isDel: false)
            semantic("starred assignment target must be in a list or tuple", at: e.pos)
            return
        }
        checkTarget(e, top: top, isDel: false)
    }

    func validateDel(_ e: Expr, at top: SourcePos) {
        checkTarget(e, top: top, isDel: true)
    }

    /// A bare `*x` where a value is expected ("x = *a", "return *a").
    func checkNotBareStarred(_ e: Expr) {
        if case .starred = e.kind {
            semantic("can't use starred expression here", at: e.pos)
        }
    }

    private func checkTarget(_ e: Expr, top: SourcePos, isDel: Bool) {
        switch e.kind {
        case .name(let n):
            if !isDel && n == "__debug__" { semantic("cannot assign to __debug__", at: top) }
        case .attribute(_, let attr):
            if !isDel && attr == "__debug__" { semantic("cannot assign to __debug__", at: top) }
        case .subscript:
            break
        case .starred(let inner):
            if isDel {
                semantic("can't use starred expression here", at: e.pos)
            } else {
                checkTarget(inner, top: top, isDel: isDel)
            }
        case .tuple(let elts), .list(let elts):
            var starred = 0
            for elt in elts {
                if case .starred = elt.kind { starred += 1 }
                checkTarget(elt, top: top, isDel: isDel)
            }
            if starred > 1 && !isDel {
                semantic("two starred expressions in assignment", at: e.pos)
            }
        default:
            let what = exprName(e) ?? "expression"
            semantic(isDel ? "cannot delete \(what)" : "cannot assign to \(what)", at: top)
        }
    }

    /// "duplicate argument 'x' in function definition", reported at the
    /// def / lambda (CPython's symtable does the same).
    func checkDuplicateParams(_ params: Parameters, at pos: SourcePos) {
        var seen: Set<String> = []
        var all = params.posOnly + params.args
        if let v = params.vararg { all.append(v) }
        all += params.kwOnly
        if let k = params.kwarg { all.append(k) }
        for prm in all {
            if !seen.insert(prm.name).inserted {
                semantic("duplicate argument '\(prm.name)' in function definition", at: pos)
                return
            }
        }
    }

    // MARK: - Parameter lists

    /// typedargslist (def, with annotations) or varargslist (lambda), up to
    /// but not including `closing`.
    func parseParameters(isLambda: Bool, closing: TokenKind) throws -> Parameters {
        var params = Parameters()
        let listStart = tok.pos
        var sawDefault = false, sawSlash = false, sawStar = false
        while kind != closing {
            switch kind {
            case .slash:
                if sawStar || sawSlash || params.args.isEmpty { throw failure(at: tok) }
                params.posOnly = params.args
                params.args = []
                sawSlash = true
                advance()
            case .star:
                if sawStar { throw failure(at: tok) }
                let starTok = tok
                advance()
                sawStar = true
                if kind == .name {
                    params.vararg = try parseParam(isLambda: isLambda, allowDefault: false)
                } else if kind == closing {
                    semantic("named arguments must follow bare *", at: starTok.pos)
                } else if kind == .comma && peekKind() == .doubleStar {
                    semantic("named arguments must follow bare *", at: toks[min(p + 1, toks.count - 1)].pos)
                } else if kind != .comma {
                    throw failure(at: tok)
                }
            case .doubleStar:
                advance()
                params.kwarg = try parseParam(isLambda: isLambda, allowDefault: false)
                _ = accept(.comma)
                if kind != closing { throw failure(at: tok) }
                return params
            default:
                let prm = try parseParam(isLambda: isLambda, allowDefault: true)
                if sawStar {
                    params.kwOnly.append(prm)
                } else {
                    if prm.defaultValue != nil {
                        sawDefault = true
                    } else if sawDefault {
                        semantic("non-default argument follows default argument", at: listStart)
                    }
                    params.args.append(prm)
                }
            }
            if !accept(.comma) { break }
        }
        return params
    }

    private func parseParam(isLambda: Bool, allowDefault: Bool) throws -> Param {
        let nameTok = try expectNameToken()
        let name = text(nameTok)
        if name == "__debug__" { semantic("cannot assign to __debug__", at: nameTok.pos) }
        var prm = Param(name: name, pos: nameTok.pos)
        if !isLambda && accept(.colon) {
            prm.annotation = try parseTest()
        }
        if allowDefault && accept(.equal) {
            prm.defaultValue = try parseTest()
        }
        return prm
    }
}
