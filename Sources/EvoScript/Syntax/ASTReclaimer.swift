// Frees an AST without recursion. Swift releases an indirect enum's payload
// recursively, so dropping a 10,000-deep expression (a long `1+1+...+1`
// chain, `not not ... x`, `a.b.c...`) could overflow a small thread stack.
// Here every node's children are moved to an explicit work list before the
// node itself is released, so each release frees one node.

enum ASTReclaimer {
    private enum Node {
        case stmt(Stmt)
        case expr(Expr)
    }

    /// Releases `body`, leaving it empty.
    static func release(_ body: inout [Stmt]) {
        var work: [Node] = body.reversed().map { .stmt($0) }
        body = []
        while let n = work.popLast() {
            switch n {
            case .stmt(let s): push(s, &work)
            case .expr(let e): push(e, &work)
            }
        }
    }

    private static func push(_ xs: [Expr], _ w: inout [Node]) { for x in xs { w.append(.expr(x)) } }
    private static func push(_ xs: [Stmt], _ w: inout [Node]) { for x in xs { w.append(.stmt(x)) } }
    private static func push(_ x: Expr?, _ w: inout [Node]) { if let x { w.append(.expr(x)) } }

    private static func push(_ p: Parameters, _ w: inout [Node]) {
        for a in p.posOnly + p.args + p.kwOnly { push(a.defaultValue, &w); push(a.annotation, &w) }
        push(p.vararg?.annotation, &w)
        push(p.kwarg?.annotation, &w)
    }

    private static func push(_ a: [Argument], _ w: inout [Node]) {
        for x in a {
            switch x {
            case .positional(let e), .star(let e), .doubleStar(let e), .keyword(_, let e): w.append(.expr(e))
            }
        }
    }

    private static func push(_ parts: [FStringPart], _ w: inout [Node]) {
        for p in parts {
            if case .formatted(let e, _, let spec) = p {
                w.append(.expr(e))
                if let spec { push(spec, &w) }
            }
        }
    }

    private static func push(_ gens: [Comprehension], _ w: inout [Node]) {
        for g in gens { w.append(.expr(g.target)); w.append(.expr(g.iter)); push(g.ifs, &w) }
    }

    private static func push(_ s: Stmt, _ w: inout [Node]) {
        switch s.kind {
        case .expr(let e): w.append(.expr(e))
        case .assign(let ts, let v): push(ts, &w); w.append(.expr(v))
        case .augAssign(let t, _, let v): w.append(.expr(t)); w.append(.expr(v))
        case .annAssign(let t, let a, let v, _): w.append(.expr(t)); w.append(.expr(a)); push(v, &w)
        case .if(let t, let b, let o), .while(let t, let b, let o): w.append(.expr(t)); push(b, &w); push(o, &w)
        case .for(let t, let i, let b, let o, _): w.append(.expr(t)); w.append(.expr(i)); push(b, &w); push(o, &w)
        case .break, .continue, .pass, .global, .nonlocal, .import, .importFrom: break
        case .functionDef(let f): push(f.params, &w); push(f.body, &w); push(f.decorators, &w); push(f.returns, &w)
        case .classDef(let c): push(c.bases, &w); push(c.body, &w); push(c.decorators, &w)
        case .return(let e): push(e, &w)
        case .try(let b, let hs, let o, let f):
            push(b, &w); push(o, &w); push(f, &w)
            for h in hs { push(h.type, &w); push(h.body, &w) }
        case .raise(let e, let c): push(e, &w); push(c, &w)
        case .with(let items, let b, _):
            for it in items { w.append(.expr(it.context)); push(it.target, &w) }
            push(b, &w)
        case .del(let ts): push(ts, &w)
        case .assert(let t, let m): w.append(.expr(t)); push(m, &w)
        case .print(let d, let vs, _): push(d, &w); push(vs, &w)
        }
    }

    private static func push(_ e: Expr, _ w: inout [Node]) {
        switch e.kind {
        case .name, .int, .bigInt, .float, .imaginary, .string, .bytes, .true, .false, .none, .ellipsis: break
        case .fstring(let parts): push(parts, &w)
        case .unary(_, let x), .starred(let x), .yieldFrom(let x), .await(let x), .attribute(let x, _), .namedExpr(_, let x):
            w.append(.expr(x))
        case .binary(_, let a, let b), .subscript(let a, let b): w.append(.expr(a)); w.append(.expr(b))
        case .boolOp(_, let xs), .tuple(let xs), .list(let xs), .set(let xs): push(xs, &w)
        case .compare(let l, let rest): w.append(.expr(l)); for (_, r) in rest { w.append(.expr(r)) }
        case .ifExp(let t, let b, let o): w.append(.expr(t)); w.append(.expr(b)); w.append(.expr(o))
        case .lambda(let p, let b): push(p, &w); w.append(.expr(b))
        case .call(let f, let args): w.append(.expr(f)); push(args, &w)
        case .slice(let l, let u, let s): push(l, &w); push(u, &w); push(s, &w)
        case .dict(let items):
            for it in items {
                switch it {
                case .pair(let k, let v): w.append(.expr(k)); w.append(.expr(v))
                case .unpack(let x): w.append(.expr(x))
                }
            }
        case .listComp(let x, let g), .setComp(let x, let g), .genExp(let x, let g): w.append(.expr(x)); push(g, &w)
        case .dictComp(let k, let v, let g): w.append(.expr(k)); w.append(.expr(v)); push(g, &w)
        case .yield(let x): push(x, &w)
        }
    }
}
