// The first pass of scope analysis: walks the AST in the order the compiler
// will, creating a Scope per module, class, function, lambda and
// comprehension, and recording the names each binds, uses and declares.

struct ScopeBuilder {
    private(set) var current: Scope
    private let stackGuard = StackGuard()
    private var visits = 0
    /// The REPL's statements may `await` and `yield from` at module level:
    /// the module scope then becomes a coroutine (or generator) that the
    /// REPL runs on the event loop.
    private var topLevelAwait = false

    static func build(module: [Stmt], topLevelAwait: Bool = false) throws -> Scope {
        var b = ScopeBuilder(current: Scope(kind: .module, name: "<module>", pos: .unknown, parent: nil), visits: 0)
        b.topLevelAwait = topLevelAwait
        try b.visit(module)
        let root = b.current
        try root.analyze(enclosing: [])
        return root
    }

    private mutating func enter(_ kind: Scope.Kind, _ name: String, _ pos: SourcePos, _ body: (inout ScopeBuilder) throws -> Void) rethrows {
        let s = Scope(kind: kind, name: name, pos: pos, parent: current)
        current.children.append(s)
        let saved = current
        current = s
        try body(&self)
        current = saved
    }

    mutating func visit(_ body: [Stmt]) throws { for s in body { try visit(s) } }

    private mutating func checkStack() throws {
        visits &+= 1
        if stackGuard.isLow() { throw CompileError.recursion }
    }

    mutating func visit(_ s: Stmt) throws {
        try checkStack()
        switch s.kind {
        case .expr(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try bindTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { current.used.insert(n) }
            try bindTarget(target)
        case .annAssign(let target, let annotation, let value, let simple):
            if let v = value { try visit(v) }
            if !current.isFunctionLike { try visit(annotation) }
            if simple, case .name = target.kind, value == nil {
                if case .name(let n) = target.kind { current.bind(n) }
            } else {
                try bindTarget(target)
            }
        case .if(let test, let body, let orelse):
            try visit(test); try visit(body); try visit(orelse)
        case .while(let test, let body, let orelse):
            try visit(test); try visit(body); try visit(orelse)
        case .for(let target, let iter, let body, let orelse, _):
            try visit(iter); try bindTarget(target); try visit(body); try visit(orelse)
        case .break, .continue, .pass: break
        case .functionDef(let f):
            for d in f.decorators { try visit(d) }
            try visitDefaults(f.params)
            if !current.isFunctionLike || true {
                try visitAnnotations(f.params, f.returns)
            }
            current.bind(f.name)
            try enter(.function, f.name, s.pos) { b in
                b.current.isCoroutine = f.isAsync
                try b.declareParams(f.params)
                try b.visit(f.body)
            }
        case .classDef(let c):
            for d in c.decorators { try visit(d) }
            for a in c.bases { try visit(a) }
            current.bind(c.name)
            try enter(.classBody, c.name, s.pos) { b in try b.visit(c.body) }
        case .return(let e): if let e { try visit(e) }
        case .try(let body, let handlers, let orelse, let finalbody):
            try visit(body)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { current.bind(n) }
                try visit(h.body)
            }
            try visit(orelse)
            try visit(finalbody)
        case .raise(let exc, let cause):
            if let e = exc { try visit(e) }
            if let c = cause { try visit(c) }
        case .with(let items, let body, _):
            for it in items {
                try visit(it.context)
                if let t = it.target { try bindTarget(t) }
            }
            try visit(body)
        case .import(let names):
            for a in names {
                if let asn = a.asName { current.bind(asn) }
                else { current.bind(String(a.name.split(separator: ".", maxSplits: 1).first ?? Substring(a.name))) }
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { current.bind(a.asName ?? a.name) }
            if names.contains(where: { $0.name == "*" }) && current.isFunctionLike {
                throw CompileError.syntax("import * only allowed at module level", s.pos)
            }
        case .global(let names):
            for n in names {
                if current.params.contains(n) { throw CompileError.syntax("name '\(n)' is parameter and global", s.pos) }
                current.globals.insert(n)
            }
        case .nonlocal(let names):
            if current.kind == .module { throw CompileError.syntax("nonlocal declaration not allowed at module level", s.pos) }
            for n in names {
                if current.params.contains(n) { throw CompileError.syntax("name '\(n)' is parameter and nonlocal", s.pos) }
                current.nonlocals.insert(n)
            }
        case .del(let targets):
            for t in targets { try bindTarget(t, isDelete: true) }
        case .assert(let test, let msg):
            try visit(test); if let m = msg { try visit(m) }
        case .print(let dest, let values, _):
            if let d = dest { try visit(d) }
            for v in values { try visit(v) }
        }
    }

    private mutating func visitDefaults(_ p: Parameters) throws {
        for a in p.posOnly + p.args { if let d = a.defaultValue { try visit(d) } }
        for a in p.kwOnly { if let d = a.defaultValue { try visit(d) } }
    }

    private mutating func visitAnnotations(_ p: Parameters, _ returns: Expr?) throws {
        for a in p.posOnly + p.args { if let x = a.annotation { try visit(x) } }
        if let v = p.vararg, let x = v.annotation { try visit(x) }
        for a in p.kwOnly { if let x = a.annotation { try visit(x) } }
        if let v = p.kwarg, let x = v.annotation { try visit(x) }
        if let r = returns { try visit(r) }
    }

    private mutating func declareParams(_ p: Parameters) throws {
        var names: [String] = p.posOnly.map(\.name) + p.args.map(\.name) + p.kwOnly.map(\.name)
        if let v = p.vararg { names.append(v.name) }
        if let k = p.kwarg { names.append(k.name) }
        var seen = Set<String>()
        for (i, n) in names.enumerated() where !seen.insert(n).inserted {
            _ = i
            throw CompileError.syntax("duplicate argument '\(n)' in function definition", current.pos)
        }
        current.params = names
        for n in names { current.bind(n) }
    }

    private mutating func bindTarget(_ t: Expr, isDelete: Bool = false) throws {
        switch t.kind {
        case .name(let n): current.bind(n)
        case .tuple(let xs), .list(let xs): for x in xs { try bindTarget(x, isDelete: isDelete) }
        case .starred(let x): try bindTarget(x, isDelete: isDelete)
        case .attribute(let o, _): try visit(o)
        case .subscript(let o, let i): try visit(o); try visit(i)
        default: try visit(t)
        }
    }

    mutating func visit(_ e: Expr) throws {
        try checkStack()
        switch e.kind {
        case .name(let n):
            current.used.insert(n)
            if n == "super" && current.isFunctionLike { current.used.insert("__class__") }
        case .int, .bigInt, .float, .imaginary, .string, .bytes, .true, .false, .none, .ellipsis: break
        case .fstring(let parts): try visit(parts)
        case .unary(_, var x):
            // `- - - ... x` in a loop, as the parser builds it.
            while case .unary(_, let inner) = x.kind { x = inner }
            try visit(x)
        case .binary:
            // Walk a left-associative chain with a loop, as the compiler does.
            var node = e
            var rights: [Expr] = []
            while case .binary(_, let l, let r) = node.kind {
                rights.append(r)
                node = l
            }
            try visit(node)
            for r in rights.reversed() { try visit(r) }
        case .boolOp(_, let xs): for x in xs { try visit(x) }
        case .compare(let l, let rest): try visit(l); for (_, r) in rest { try visit(r) }
        case .ifExp(let t, let b, let o): try visit(t); try visit(b); try visit(o)
        case .lambda(let p, let body):
            try visitDefaults(p)
            try enter(.lambda, "<lambda>", e.pos) { b in
                try b.declareParams(p)
                try b.visit(body)
            }
        case .namedExpr(let n, let v):
            try visit(v)
            // Binds in the nearest enclosing scope that is not a comprehension.
            if current.kind == .comprehension {
                var s: Scope? = current
                while let sc = s, sc.kind == .comprehension {
                    if sc.isBound(n) {
                        throw CompileError.syntax("assignment expression cannot rebind comprehension iteration variable '\(n)'", e.pos)
                    }
                    s = sc.parent
                }
                guard let target = s else { break }
                if target.kind == .classBody {
                    throw CompileError.syntax("assignment expression within a comprehension cannot be used in a class body", e.pos)
                }
                target.bind(n)
                var c: Scope? = current
                while let sc = c, sc.kind == .comprehension {
                    if target.kind == .module { sc.globals.insert(n) } else { sc.nonlocals.insert(n) }
                    c = sc.parent
                }
            } else {
                current.bind(n)
            }
        case .call(let f, let args): try visit(f); for a in args { try visit(a) }
        case .attribute(let o, _): try visit(o)
        case .subscript(let o, let i): try visit(o); try visit(i)
        case .slice(let l, let u, let s):
            if let l { try visit(l) }; if let u { try visit(u) }; if let s { try visit(s) }
        case .starred(let x): try visit(x)
        case .tuple(let xs), .list(let xs), .set(let xs): for x in xs { try visit(x) }
        case .dict(let items):
            for it in items {
                switch it {
                case .pair(let k, let v): try visit(k); try visit(v)
                case .unpack(let x): try visit(x)
                }
            }
        case .listComp(let elt, let gens): try visitComprehension(e.pos, gens, "listcomp") { b in try b.visit(elt) }
        case .setComp(let elt, let gens): try visitComprehension(e.pos, gens, "setcomp") { b in try b.visit(elt) }
        case .genExp(let elt, let gens): try visitComprehension(e.pos, gens, "genexpr") { b in try b.visit(elt) }
        case .dictComp(let k, let v, let gens):
            try visitComprehension(e.pos, gens, "dictcomp") { b in try b.visit(k); try b.visit(v) }
        case .yield(let x):
            try markYield(e.pos)
            if let x { try visit(x) }
        case .yieldFrom(let x):
            if topLevelAwait && current.kind == .module {
                current.isGenerator = true
            } else {
                try markYield(e.pos)
            }
            try visit(x)
        case .await(let x):
            if topLevelAwait && current.kind == .module { current.isCoroutine = true }
            // An await in a comprehension makes it an async comprehension.
            if current.kind == .comprehension { current.isCoroutine = true }
            try visit(x)
        }
    }

    private mutating func markYield(_ pos: SourcePos) throws {
        switch current.kind {
        case .module, .classBody:
            throw CompileError.syntax("'yield' outside function", pos)
        case .comprehension:
            let kind = current.name
            let what: String
            switch kind {
            case "<listcomp>": what = "list comprehension"
            case "<setcomp>": what = "set comprehension"
            case "<dictcomp>": what = "dict comprehension"
            default: what = "generator expression"
            }
            // CPython points at the comprehension itself.
            throw CompileError.syntax("'yield' inside \(what)", current.pos)
        default:
            current.isGenerator = true
        }
    }

    private mutating func visit(_ a: Argument) throws {
        switch a {
        case .positional(let x), .star(let x), .doubleStar(let x), .keyword(_, let x): try visit(x)
        }
    }

    private mutating func visit(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .formatted(let x, _, let spec) = p {
                try visit(x)
                if let spec { try visit(spec) }
            }
        }
    }

    private mutating func visitComprehension(_ pos: SourcePos, _ gens: [Comprehension], _ name: String,
                                             _ element: (inout ScopeBuilder) throws -> Void) throws {
        guard let first = gens.first else { return }
        try visit(first.iter)
        try enter(.comprehension, "<\(name)>", pos) { b in
            b.current.params = [".0"]
            b.current.bind(".0")
            if name == "genexpr" { b.current.isGenerator = true }
            if gens.contains(where: { $0.isAsync }) { b.current.isCoroutine = true }
            for (i, g) in gens.enumerated() {
                if i > 0 { try b.visit(g.iter) }
                try b.bindTarget(g.target)
                for c in g.ifs { try b.visit(c) }
            }
            try element(&b)
        }
    }
}
