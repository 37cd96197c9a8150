// A compact, deterministic text form of the AST, for tests and debugging.
//
// The format mirrors CPython 3.8's `ast` closely enough that a small Python
// script can print the same text from `ast.parse`, which is how the parser
// is checked against CPython on real code: `Kind@line:col(fields...)`.
// Call/class arguments are printed positional-then-keyword, as CPython splits
// them; positions inside f-strings are omitted (3.8's are unreliable).

enum ASTDump {
    static func dump(_ stmts: [Stmt], positions: Bool = true) -> String {
        var d = Dumper(positions: positions)
        d.stmts(stmts)
        return d.out
    }

    static func dump(_ e: Expr, positions: Bool = false) -> String {
        var d = Dumper(positions: positions)
        d.expr(e)
        return d.out
    }
}

private struct Dumper {
    var out = ""
    var positions: Bool
    var suppressPos = 0

    init(positions: Bool) { self.positions = positions }

    mutating func head(_ name: String, _ pos: SourcePos) {
        out += name
        if positions && suppressPos == 0 { out += "@\(pos.line):\(pos.col)" }
        out += "("
    }

    static func esc(_ s: String) -> String {
        var r = "'"
        for u in s.unicodeScalars {
            if u.value >= 0x20 && u.value <= 0x7E && u != "\\" && u != "'" {
                r.unicodeScalars.append(u)
            } else {
                r += "\\u{" + String(u.value, radix: 16) + "}"
            }
        }
        return r + "'"
    }

    mutating func stmts(_ ss: [Stmt]) {
        out += "["
        for (k, s) in ss.enumerated() {
            if k > 0 { out += ", " }
            stmt(s)
        }
        out += "]"
    }

    mutating func exprs(_ es: [Expr]) {
        out += "["
        for (k, e) in es.enumerated() {
            if k > 0 { out += ", " }
            expr(e)
        }
        out += "]"
    }

    mutating func opt(_ e: Expr?) {
        if let e = e { expr(e) } else { out += "-" }
    }

    mutating func names(_ ns: [String]) {
        out += "[" + ns.map { Dumper.esc($0) }.joined(separator: ", ") + "]"
    }

    mutating func params(_ p: Parameters) {
        out += "args("
        for (label, list) in [("posonly", p.posOnly), ("args", p.args)] {
            out += label + "=["
            for (k, prm) in list.enumerated() {
                if k > 0 { out += ", " }
                param(prm)
            }
            out += "], "
        }
        out += "vararg="
        if let v = p.vararg { param(v) } else { out += "-" }
        out += ", kwonly=["
        for (k, prm) in p.kwOnly.enumerated() {
            if k > 0 { out += ", " }
            param(prm)
        }
        out += "], kwarg="
        if let v = p.kwarg { param(v) } else { out += "-" }
        out += ")"
    }

    mutating func param(_ prm: Param) {
        out += Dumper.esc(prm.name)
        if let a = prm.annotation { out += ":"; expr(a) }
        if let d = prm.defaultValue { out += "="; expr(d) }
    }

    mutating func arguments(_ args: [Argument]) {
        var parts: [Argument] = []
        for a in args {
            switch a {
            case .positional, .star: parts.append(a)
            default: break
            }
        }
        for a in args {
            switch a {
            case .keyword, .doubleStar: parts.append(a)
            default: break
            }
        }
        out += "["
        for (k, a) in parts.enumerated() {
            if k > 0 { out += ", " }
            switch a {
            case .positional(let e): expr(e)
            case .star(let e): out += "*"; expr(e)
            case .keyword(let n, let e): out += "kw(" + Dumper.esc(n) + ", "; expr(e); out += ")"
            case .doubleStar(let e): out += "**"; expr(e)
            }
        }
        out += "]"
    }

    mutating func comps(_ cs: [Comprehension]) {
        out += "["
        for (k, c) in cs.enumerated() {
            if k > 0 { out += ", " }
            out += c.isAsync ? "asyncfor(" : "for("
            expr(c.target); out += ", "; expr(c.iter); out += ", "; exprs(c.ifs); out += ")"
        }
        out += "]"
    }

    mutating func fparts(_ parts: [FStringPart]) {
        out += "["
        for (k, part) in parts.enumerated() {
            if k > 0 { out += ", " }
            switch part {
            case .literal(let s): out += Dumper.esc(s)
            case .formatted(let e, let conv, let spec):
                out += "fv("
                expr(e)
                out += ", " + (conv.map { String($0) } ?? "-") + ", "
                if let spec = spec { fparts(spec) } else { out += "-" }
                out += ")"
            }
        }
        out += "]"
    }

    mutating func expr(_ e: Expr) {
        switch e.kind {
        case .name(let n): head("Name", e.pos); out += n
        case .int(let v): head("Int", e.pos); out += String(v)
        case .bigInt(let v): head("Int", e.pos); out += String(v)
        case .float(let v): head("Float", e.pos); out += "\(v)"
        case .imaginary(let v): head("Imag", e.pos); out += "\(v)"
        case .string(let s): head("Str", e.pos); out += Dumper.esc(s)
        case .bytes(let b): head("Bytes", e.pos); out += b.map { String($0) }.joined(separator: " ")
        case .fstring(let parts):
            head("JoinedStr", e.pos)
            suppressPos += 1
            fparts(parts)
            suppressPos -= 1
        case .true: head("True", e.pos)
        case .false: head("False", e.pos)
        case .none: head("NoneC", e.pos)
        case .ellipsis: head("Ellipsis", e.pos)
        case .unary(let op, let v): head("Unary", e.pos); out += "\(op), "; expr(v)
        case .binary(let op, let l, let r): head("Bin", e.pos); out += "\(op), "; expr(l); out += ", "; expr(r)
        case .boolOp(let op, let vs): head("Bool", e.pos); out += "\(op), "; exprs(vs)
        case .compare(let l, let ops):
            head("Compare", e.pos); expr(l)
            for (op, r) in ops { out += ", \(op) "; expr(r) }
        case .ifExp(let t, let b, let o): head("IfExp", e.pos); expr(t); out += ", "; expr(b); out += ", "; expr(o)
        case .lambda(let p, let b): head("Lambda", e.pos); params(p); out += ", "; expr(b)
        case .namedExpr(let n, let v): head("Named", e.pos); out += n + ", "; expr(v)
        case .call(let f, let args): head("Call", e.pos); expr(f); out += ", "; arguments(args)
        case .attribute(let v, let a): head("Attr", e.pos); expr(v); out += ", " + a
        case .subscript(let v, let i): head("Sub", e.pos); expr(v); out += ", "; expr(i)
        case .slice(let l, let u, let s):
            out += "Slice("; opt(l); out += ", "; opt(u); out += ", "; opt(s)
        case .starred(let v): head("Starred", e.pos); expr(v)
        case .tuple(let es): head("Tuple", e.pos); exprs(es)
        case .list(let es): head("List", e.pos); exprs(es)
        case .set(let es): head("Set", e.pos); exprs(es)
        case .dict(let items):
            head("Dict", e.pos)
            out += "["
            for (k, it) in items.enumerated() {
                if k > 0 { out += ", " }
                switch it {
                case .pair(let a, let b): expr(a); out += ": "; expr(b)
                case .unpack(let m): out += "**"; expr(m)
                }
            }
            out += "]"
        case .listComp(let el, let cs): head("ListComp", e.pos); expr(el); out += ", "; comps(cs)
        case .setComp(let el, let cs): head("SetComp", e.pos); expr(el); out += ", "; comps(cs)
        case .dictComp(let k, let v, let cs): head("DictComp", e.pos); expr(k); out += ", "; expr(v); out += ", "; comps(cs)
        case .genExp(let el, let cs): head("GenExp", e.pos); expr(el); out += ", "; comps(cs)
        case .yield(let v): head("Yield", e.pos); opt(v)
        case .yieldFrom(let v): head("YieldFrom", e.pos); expr(v)
        case .await(let v): head("Await", e.pos); expr(v)
        }
        out += ")"
    }

    mutating func stmt(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): head("Expr", s.pos); expr(e)
        case .assign(let ts, let v): head("Assign", s.pos); exprs(ts); out += ", "; expr(v)
        case .augAssign(let t, let op, let v): head("AugAssign", s.pos); expr(t); out += ", \(op), "; expr(v)
        case .annAssign(let t, let a, let v, let simple):
            head("AnnAssign", s.pos); expr(t); out += ", "; expr(a); out += ", "; opt(v); out += simple ? ", 1" : ", 0"
        case .if(let t, let b, let o): head("If", s.pos); expr(t); out += ", "; stmts(b); out += ", "; stmts(o)
        case .while(let t, let b, let o): head("While", s.pos); expr(t); out += ", "; stmts(b); out += ", "; stmts(o)
        case .for(let t, let i, let b, let o, let isAsync):
            head(isAsync ? "AsyncFor" : "For", s.pos); expr(t); out += ", "; expr(i); out += ", "; stmts(b); out += ", "; stmts(o)
        case .break: head("Break", s.pos)
        case .continue: head("Continue", s.pos)
        case .pass: head("Pass", s.pos)
        case .functionDef(let f):
            head(f.isAsync ? "AsyncFunctionDef" : "FunctionDef", s.pos)
            out += f.name + ", "; params(f.params); out += ", "; stmts(f.body); out += ", "; exprs(f.decorators); out += ", "; opt(f.returns)
        case .classDef(let c):
            head("ClassDef", s.pos); out += c.name + ", "; arguments(c.bases); out += ", "; stmts(c.body); out += ", "; exprs(c.decorators)
        case .return(let v): head("Return", s.pos); opt(v)
        case .try(let b, let hs, let o, let f):
            head("Try", s.pos); stmts(b); out += ", ["
            for (k, h) in hs.enumerated() {
                if k > 0 { out += ", " }
                head("Handler", h.pos); opt(h.type); out += ", " + (h.name ?? "-") + ", "; stmts(h.body); out += ")"
            }
            out += "], "; stmts(o); out += ", "; stmts(f)
        case .raise(let e, let c): head("Raise", s.pos); opt(e); out += ", "; opt(c)
        case .with(let items, let b, let isAsync):
            head(isAsync ? "AsyncWith" : "With", s.pos); out += "["
            for (k, it) in items.enumerated() {
                if k > 0 { out += ", " }
                out += "item("; expr(it.context); out += ", "; opt(it.target); out += ")"
            }
            out += "], "; stmts(b)
        case .import(let names):
            head("Import", s.pos)
            out += names.map { $0.name + ($0.asName.map { " as " + $0 } ?? "") }.joined(separator: ", ")
        case .importFrom(let m, let names, let level):
            head("ImportFrom", s.pos)
            out += (m ?? "-") + ", " + names.map { $0.name + ($0.asName.map { " as " + $0 } ?? "") }.joined(separator: ", ") + ", \(level)"
        case .global(let ns): head("Global", s.pos); names(ns)
        case .nonlocal(let ns): head("Nonlocal", s.pos); names(ns)
        case .del(let ts): head("Delete", s.pos); exprs(ts)
        case .assert(let t, let m): head("Assert", s.pos); expr(t); out += ", "; opt(m)
        case .print(let d, let vs, let tc):
            head("Print", s.pos); opt(d); out += ", "; exprs(vs); out += tc ? ", 1" : ", 0"
        }
        out += ")"
    }
}
