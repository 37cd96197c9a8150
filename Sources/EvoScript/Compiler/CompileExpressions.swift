// Expression code generation.

import BigInt

func binaryOpCode(_ op: BinaryOp) -> Int {
    switch op {
    case .add: return 0
    case .sub: return 1
    case .mul: return 2
    case .matmul: return 3
    case .truediv: return 4
    case .floordiv: return 5
    case .mod: return 6
    case .pow: return 7
    case .lshift: return 8
    case .rshift: return 9
    case .bitor: return 10
    case .bitxor: return 11
    case .bitand: return 12
    }
}

extension Compiler {
    func expr(_ e: Expr) throws {
        setLine(e.pos)
        try checkStack(e.pos)
        switch e.kind {
        case .name(let n):
            loadName(n)
        case .int(let i):
            b.emit(.loadConst, const(.int(i)))
        case .bigInt(let v):
            b.emit(.loadConst, const(interp.makeInt(v)))
        case .float(let d):
            b.emit(.loadConst, const(.float(d)))
        case .imaginary(let d):
            b.emit(.loadConst, const(interp.makeComplex(Complex(0, d))))
        case .string(let s):
            b.emit(.loadConst, constStr(s))
        case .bytes(let bs):
            b.emit(.loadConst, const(Value(interp.makeBytes(bs))))
        case .fstring(let parts):
            try fstring(parts)
        case .true: b.emit(.loadConst, const(.bool(true)))
        case .false: b.emit(.loadConst, const(.bool(false)))
        case .none: b.emit(.loadConst, const(.none))
        case .ellipsis: b.emit(.loadConst, const(interp.ellipsis))
        case .unary:
            // A chain of prefix operators is compiled with a loop.
            var ops: [UnaryOp] = []
            var node = e
            while case .unary(let op, let x) = node.kind {
                ops.append(op)
                node = x
            }
            try expr(node)
            for op in ops.reversed() {
                let code: Int
                switch op {
                case .not: code = 0
                case .neg: code = 1
                case .pos: code = 2
                case .invert: code = 3
                }
                b.emit(.unary, code)
            }
        case .binary:
            // A left-associative chain (`a + b + c + ...`) is compiled with a
            // loop down its left spine, so a 10,000-term sum needs no recursion.
            var spine: [(BinaryOp, Expr, SourcePos)] = []
            var node = e
            while case .binary(let op, let l, let r) = node.kind {
                spine.append((op, r, node.pos))
                node = l
            }
            try expr(node)
            for (op, r, pos) in spine.reversed() {
                try expr(r)
                setLine(pos)
                b.emit(.binary, binaryOpCode(op))
            }
        case .boolOp(let kind, let xs):
            let end = b.newLabel()
            for (i, x) in xs.enumerated() {
                try expr(x)
                if i < xs.count - 1 {
                    b.emitJump(kind == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
                }
            }
            b.place(end)
        case .compare(let left, let rest):
            try compare(left, rest)
        case .ifExp(let test, let body, let orelse):
            let elseL = b.newLabel(), end = b.newLabel()
            try jumpIf(test, false, elseL)
            try expr(body)
            b.emitJump(.jump, end)
            b.place(elseL)
            try expr(orelse)
            b.place(end)
        case .lambda(let params, let body):
            let flags = try pushDefaults(params, returns: nil, annotations: false)
            let code = try compileFunctionCode(name: "<lambda>", params: params, body: [], pos: e.pos, kind: .lambda, isLambdaBody: body)
            try makeFunction(code, params: params, returns: nil, evaluateAnnotations: false, defaultsAlreadyPushed: flags)
        case .namedExpr(let n, let v):
            try expr(v)
            b.emit(.dupTop)
            storeName(n)
        case .call(let f, let args):
            try callExpr(f, args)
        case .attribute(let o, let name):
            try expr(o)
            b.emit(.loadAttr, unit.nameIdx(name))
        case .subscript(let o, let i):
            try expr(o)
            try subscriptIndex(i)
            b.emit(.binarySubscr)
        case .slice:
            try subscriptIndex(e)
        case .starred:
            throw syntaxError("can't use starred expression here", e.pos)
        case .tuple(let xs):
            if hasStar(xs) {
                try sequenceWithStars(xs)
                b.emit(.listToTuple)
            } else {
                for x in xs { try expr(x) }
                b.emit(.buildTuple, xs.count)
            }
        case .list(let xs):
            if hasStar(xs) { try sequenceWithStars(xs) }
            else {
                for x in xs { try expr(x) }
                b.emit(.buildList, xs.count)
            }
        case .set(let xs):
            if hasStar(xs) {
                b.emit(.buildSet, 0)
                for x in xs {
                    if case .starred(let inner) = x.kind { try expr(inner); b.emit(.setUpdate, 1) }
                    else { try expr(x); b.emit(.setAdd, 1) }
                }
            } else {
                for x in xs { try expr(x) }
                b.emit(.buildSet, xs.count)
            }
        case .dict(let items):
            b.emit(.buildMap, 0)
            for it in items {
                switch it {
                case .pair(let k, let v):
                    try expr(k); try expr(v)
                    b.emit(.mapAdd, 1)
                case .unpack(let m):
                    try expr(m)
                    b.emit(.dictUpdate, 1)
                }
            }
        case .listComp(let elt, let gens):
            try comprehension(e.pos, "<listcomp>", gens, kind: 0) { c in try c.expr(elt) }
        case .setComp(let elt, let gens):
            try comprehension(e.pos, "<setcomp>", gens, kind: 1) { c in try c.expr(elt) }
        case .dictComp(let k, let v, let gens):
            try comprehension(e.pos, "<dictcomp>", gens, kind: 2) { c in try c.expr(k); try c.expr(v) }
        case .genExp(let elt, let gens):
            try comprehension(e.pos, "<genexpr>", gens, kind: 3) { c in try c.expr(elt) }
        case .yield(let x):
            if let x { try expr(x) } else { b.emit(.loadConst, const(.none)) }
            // In an async generator the value is marked as one for __anext__'s awaiter.
            if unit.scope.isCoroutine { b.emit(.asyncGenWrap) }
            b.emit(.yieldValue)
        case .yieldFrom(let x):
            if unit.scope.isCoroutine { throw syntaxError("'yield from' inside async function", e.pos) }
            try expr(x)
            b.emit(.getYieldFromIter)
            b.emit(.loadConst, const(.none))
            b.emit(.yieldFrom)
        case .await(let x):
            if !unit.scope.isCoroutine {
                throw syntaxError("'await' outside async function", e.pos)
            }
            try expr(x)
            emitAwait(.plain)
        }
    }

    private func hasStar(_ xs: [Expr]) -> Bool {
        xs.contains { if case .starred = $0.kind { return true }; return false }
    }

    /// Builds a list from elements some of which are `*iterable`.
    private func sequenceWithStars(_ xs: [Expr]) throws {
        b.emit(.buildList, 0)
        for x in xs {
            if case .starred(let inner) = x.kind { try expr(inner); b.emit(.listExtend, 1) }
            else { try expr(x); b.emit(.listAppend, 1) }
        }
    }

    func subscriptIndex(_ i: Expr) throws {
        switch i.kind {
        case .slice(let lo, let hi, let step):
            if let lo { try expr(lo) } else { b.emit(.loadConst, const(.none)) }
            if let hi { try expr(hi) } else { b.emit(.loadConst, const(.none)) }
            if let step {
                try expr(step)
                b.emit(.buildSlice, 3)
            } else {
                b.emit(.buildSlice, 2)
            }
        case .tuple(let xs) where xs.contains(where: { if case .slice = $0.kind { return true }; return false }):
            for x in xs { try subscriptIndex(x) }
            b.emit(.buildTuple, xs.count)
        default:
            try expr(i)
        }
    }

    private func compare(_ left: Expr, _ rest: [(CompareOp, Expr)]) throws {
        try expr(left)
        if rest.count == 1 {
            try expr(rest[0].1)
            emitCompare(rest[0].0)
            return
        }
        let cleanup = b.newLabel(), end = b.newLabel()
        for (i, (op, r)) in rest.enumerated() {
            try expr(r)
            if i < rest.count - 1 {
                b.emit(.dupTop)
                b.emit(.rotThree)
                emitCompare(op)
                b.emitJump(.jumpIfFalseOrPop, cleanup)
            } else {
                emitCompare(op)
            }
        }
        b.emitJump(.jump, end)
        b.place(cleanup)
        b.emit(.rotTwo)
        b.emit(.popTop)
        b.place(end)
    }

    private func emitCompare(_ op: CompareOp) {
        switch op {
        case .lt: b.emit(.compare, Int(CompareKind.lt.rawValue))
        case .le: b.emit(.compare, Int(CompareKind.le.rawValue))
        case .eq: b.emit(.compare, Int(CompareKind.eq.rawValue))
        case .ne: b.emit(.compare, Int(CompareKind.ne.rawValue))
        case .gt: b.emit(.compare, Int(CompareKind.gt.rawValue))
        case .ge: b.emit(.compare, Int(CompareKind.ge.rawValue))
        case .is: b.emit(.isOp, 0)
        case .isNot: b.emit(.isOp, 1)
        case .in: b.emit(.containsOp, 0)
        case .notIn: b.emit(.containsOp, 1)
        }
    }

    // MARK: calls

    private func callExpr(_ f: Expr, _ args: [Argument]) throws {
        let simple = !args.contains {
            switch $0 { case .star, .doubleStar: return true; default: return false }
        }
        if simple, case .attribute(let obj, let name) = f.kind {
            try expr(obj)
            b.emit(.loadMethod, unit.nameIdx(name))
            var kwNames: [Value] = []
            var n = 0
            for a in args {
                switch a {
                case .positional(let x): try expr(x); n += 1
                case .keyword(let k, let x): try expr(x); kwNames.append(Value(interp.intern(k))); n += 1
                default: break
                }
            }
            setLine(f.pos)
            if kwNames.isEmpty {
                b.emit(.callMethod, n)
            } else {
                b.emit(.loadConst, const(Value(interp.makeTuple(kwNames))))
                b.emit(.callMethodKw, n)
            }
            return
        }
        try expr(f)
        try call(prefixCount: 0, args)
    }

    /// Compiles a call whose callable and first `prefixCount` positional
    /// arguments are already on the stack.
    func call(prefixCount: Int, _ args: [Argument]) throws {
        let simple = !args.contains {
            switch $0 { case .star, .doubleStar: return true; default: return false }
        }
        if simple {
            var kwNames: [Value] = []
            var n = prefixCount
            for a in args {
                switch a {
                case .positional(let x): try expr(x); n += 1
                case .keyword(let k, let x): try expr(x); kwNames.append(Value(interp.intern(k))); n += 1
                default: break
                }
            }
            if kwNames.isEmpty {
                b.emit(.callFunction, n)
            } else {
                b.emit(.loadConst, const(Value(interp.makeTuple(kwNames))))
                b.emit(.callFunctionKw, n)
            }
            return
        }
        b.emit(.buildList, prefixCount)
        for a in args {
            switch a {
            case .positional(let x): try expr(x); b.emit(.listAppend, 1)
            case .star(let x): try expr(x); b.emit(.listExtend, 1 | 0x100)  // 0x100: a call's *args
            default: break
            }
        }
        b.emit(.listToTuple)
        let hasKw = args.contains {
            switch $0 { case .keyword, .doubleStar: return true; default: return false }
        }
        if hasKw {
            b.emit(.buildMap, 0)
            for a in args {
                switch a {
                case .keyword(let k, let x):
                    b.emit(.loadConst, constStr(k))
                    try expr(x)
                    b.emit(.mapAdd, 1)
                case .doubleStar(let x):
                    try expr(x)
                    b.emit(.dictMerge, 1)
                default: break
                }
            }
        }
        b.emit(.callFunctionEx, hasKw ? 1 : 0)
    }

    // MARK: f-strings

    private func fstring(_ parts: [FStringPart]) throws {
        var n = 0
        for p in parts {
            switch p {
            case .literal(let s):
                if s.isEmpty { continue }
                b.emit(.loadConst, constStr(s))
            case .formatted(let x, let conv, let spec):
                try expr(x)
                var flags = 0
                switch conv {
                case "s"?: flags = 1
                case "r"?: flags = 2
                case "a"?: flags = 3
                default: flags = 0
                }
                if let spec {
                    try fstring(spec)
                    flags |= 4
                }
                b.emit(.formatValue, flags)
            }
            n += 1
        }
        if n == 0 { b.emit(.loadConst, constStr("")) }
        else if n > 1 || !(parts.count == 1 && { if case .formatted = parts[0] { return true }; return false }()) {
            b.emit(.buildString, n)
        }
    }

    // MARK: comprehensions

    /// kind: 0 list, 1 set, 2 dict, 3 generator expression.
    private func comprehension(_ pos: SourcePos, _ name: String, _ gens: [Comprehension], kind: Int,
                               element: (Compiler) throws -> Void) throws {
        guard let first = gens.first else { throw syntaxError("invalid syntax", pos) }
        try expr(first.iter)
        let scope = try unit.scope.takeChild(kind: .comprehension, pos: pos)
        // An async comprehension is a coroutine the enclosing code awaits
        // (a generator expression would be an async generator).
        if scope.isCoroutine && kind != 3 && !unit.scope.isCoroutine {
            throw syntaxError("asynchronous comprehension outside of an asynchronous function", pos)
        }
        let code = pushUnit(scope: scope, name: name, qualname: qualname(for: name), firstLine: Int(pos.line))
        code.argcount = 1
        code.paramNames = [interp.intern(".0")]
        unit.constants.append(.none)
        switch kind {
        case 0: b.emit(.buildList, 0)
        case 1: b.emit(.buildSet, 0)
        case 2: b.emit(.buildMap, 0)
        default: break
        }
        try comprehensionLoop(gens, 0, kind: kind, element: element)
        if kind == 3 { b.emit(.loadConst, const(.none)) }
        b.emit(.returnValue)
        let c = try popUnit()
        try makeFunction(c, params: Parameters(), returns: nil, evaluateAnnotations: false, defaultsAlreadyPushed: 0)
        // Stack: iterable, function -> function, iterator
        b.emit(.rotTwo)
        b.emit(first.isAsync ? .getAIter : .getIter)
        b.emit(.callFunction, 1)
        // (An async generator expression is an async generator, not awaited.)
        if scope.isCoroutine && kind != 3 { emitAwait(.plain) }
    }

    private func comprehensionLoop(_ gens: [Comprehension], _ i: Int, kind: Int, element: (Compiler) throws -> Void) throws {
        let g = gens[i]
        if i == 0 {
            b.emit(.loadFast, 0)
        } else {
            try expr(g.iter)
            b.emit(g.isAsync ? .getAIter : .getIter)
        }
        let top = b.newLabel()
        if g.isAsync {
            let stopL = try asyncForNext(top)
            try comprehensionBody(gens, i, top: top, kind: kind, element: element)
            b.place(stopL)
            b.emit(.endAsyncFor)
            return
        }
        let exit = b.newLabel()
        b.place(top)
        b.emitJump(.forIter, exit)
        try comprehensionBody(gens, i, top: top, kind: kind, element: element)
        b.place(exit)
    }

    /// One level of a comprehension after the item is fetched: bind the
    /// target, test the conditions, then the next level or the element.
    private func comprehensionBody(_ gens: [Comprehension], _ i: Int, top: Int, kind: Int,
                                   element: (Compiler) throws -> Void) throws {
        let g = gens[i]
        try assign(g.target)
        for cond in g.ifs { try jumpIf(cond, false, top) }
        if i + 1 < gens.count {
            try comprehensionLoop(gens, i + 1, kind: kind, element: element)
        } else {
            try element(self)
            switch kind {
            case 0: b.emit(.listAppend, gens.count + 1)
            case 1: b.emit(.setAdd, gens.count + 1)
            case 2: b.emit(.mapAdd, gens.count + 1)
            default:
                if unit.scope.isCoroutine { b.emit(.asyncGenWrap) }
                b.emit(.yieldValue)
                b.emit(.popTop)
            }
        }
        b.emitJump(.jump, top)
    }
}
