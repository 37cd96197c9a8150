// Statement code generation.

extension Compiler {
    func compileBody(_ body: [Stmt], isModule: Bool) throws {
        if isModule || unit.scope.kind == .classBody {
            if containsAnnotations(body) { b.emit(.setupAnnotations) }
            if case .expr(let first)? = body.first?.kind, case .string = first.kind, !interactive {
                try expr(first)
                storeName("__doc__")
                for s in body.dropFirst() { try stmt(s) }
                return
            }
        } else if case .expr(let first)? = body.first?.kind, case .string = first.kind {
            // Docstring: already a constant of the code object.
            for s in body.dropFirst() { try stmt(s) }
            return
        }
        for s in body { try stmt(s) }
    }

    private func containsAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign: return true
            case .if(_, let a, let c), .while(_, let a, let c), .for(_, _, let a, let c, _):
                if containsAnnotations(a) || containsAnnotations(c) { return true }
            case .try(let a, let hs, let c, let d):
                if containsAnnotations(a) || containsAnnotations(c) || containsAnnotations(d) { return true }
                for h in hs where containsAnnotations(h.body) { return true }
            case .with(_, let a, _): if containsAnnotations(a) { return true }
            default: continue
            }
        }
        return false
    }

    func stmts(_ body: [Stmt]) throws { for s in body { try stmt(s) } }

    func stmt(_ s: Stmt) throws {
        b.line = s.pos.line
        try checkStack(s.pos)
        switch s.kind {
        case .expr(let e):
            if interactive && unit.scope.kind == .module && units.count == 1 {
                try expr(e)
                b.emit(.printItem, -1) // -1: the interactive echo (sys.displayhook)
                return
            }
            if case .string = e.kind { return }
            try expr(e)
            b.emit(.popTop)
        case .assign(let targets, let value):
            try expr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { b.emit(.dupTop) }
                try assign(t)
            }
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            if let v = value {
                try expr(v)
                try assign(target)
            }
            if unit.scope.kind != .function && unit.scope.kind != .lambda && unit.scope.kind != .comprehension {
                if simple, case .name(let n) = target.kind {
                    try expr(annotation)
                    b.emit(.loadName, unit.nameIdx("__annotations__"))
                    b.emit(.loadConst, constStr(n))
                    b.emit(.storeSubscr)
                } else {
                    try expr(annotation)
                    b.emit(.popTop)
                }
            }
        case .if(let test, let body, let orelse):
            let elseL = b.newLabel(), end = b.newLabel()
            try jumpIf(test, false, elseL)
            try stmts(body)
            if !orelse.isEmpty {
                b.emitJump(.jump, end)
                b.place(elseL)
                try stmts(orelse)
            } else {
                b.place(elseL)
            }
            b.place(end)
        case .while(let test, let body, let orelse):
            let top = b.newLabel(), elseL = b.newLabel(), end = b.newLabel()
            b.place(top)
            try jumpIf(test, false, elseL)
            unit.pushBlock(.whileLoop(continueLabel: top, breakLabel: end), outside: b.currentHandler)
            try stmts(body)
            unit.popBlock()
            b.emitJump(.jump, top)
            b.place(elseL)
            try stmts(orelse)
            b.place(end)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            try forLoop(target, iter, body, orelse, isAsync: isAsync, s.pos)
        case .break:
            try breakOrContinue(isBreak: true, s.pos)
        case .continue:
            try breakOrContinue(isBreak: false, s.pos)
        case .pass:
            break
        case .functionDef(let f):
            try functionDef(f, s.pos)
        case .classDef(let c):
            try classDef(c, s.pos)
        case .return(let value):
            guard unit.scope.isFunctionLike else { throw syntaxError("'return' outside function", s.pos) }
            if let v = value {
                if unit.scope.isCoroutine && unit.scope.isGenerator {
                    throw syntaxError("'return' with value in async generator", s.pos)
                }
                try expr(v)
            } else {
                b.emit(.loadConst, const(.none))
            }
            try unwindBlocks(preserveTop: true, upTo: 0)
            b.line = s.pos.line
            b.emit(.returnValue)
        case .try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try tryExcept(body, handlers, orelse)
            } else {
                try tryFinally(finalbody) { c in
                    if handlers.isEmpty { try c.stmts(body); try c.stmts(orelse) }
                    else { try c.tryExcept(body, handlers, orelse) }
                }
            }
        case .raise(let exc, let cause):
            var n = 0
            if let e = exc { try expr(e); n = 1 }
            if let c = cause { try expr(c); n = 2 }
            b.emit(.raiseVarargs, n)
        case .with(let items, let body, let isAsync):
            if isAsync && !unit.scope.isCoroutine { throw syntaxError("'async with' outside async function", s.pos) }
            try with(items[...], body, isAsync: isAsync)
        case .import(let names):
            for a in names {
                b.emit(.loadConst, const(.int(0)))
                b.emit(.loadConst, const(.none))
                b.emit(.importName, unit.nameIdx(a.name))
                if let asName = a.asName {
                    let parts = a.name.split(separator: ".")
                    for p in parts.dropFirst() {
                        b.emit(.importFrom, unit.nameIdx(String(p)))
                        b.emit(.rotTwo)
                        b.emit(.popTop)
                    }
                    storeName(asName)
                } else {
                    storeName(String(a.name.split(separator: ".").first ?? Substring(a.name)))
                }
            }
        case .importFrom(let module, let names, let level):
            b.emit(.loadConst, const(.int(level)))
            let fromlist = names.map { Value(interp.intern($0.name)) }
            b.emit(.loadConst, const(Value(interp.makeTuple(fromlist))))
            b.emit(.importName, unit.nameIdx(module ?? ""))
            if names.count == 1 && names[0].name == "*" {
                b.emit(.importStar)
                return
            }
            for a in names {
                b.emit(.importFrom, unit.nameIdx(a.name))
                storeName(a.asName ?? a.name)
            }
            b.emit(.popTop)
        case .global, .nonlocal:
            break
        case .del(let targets):
            for t in targets { try delete(t) }
        case .assert(let test, let msg):
            let end = b.newLabel()
            try jumpIf(test, true, end)
            b.emit(.loadAssertionError)
            if let m = msg {
                try expr(m)
                b.emit(.callFunction, 1)
            }
            b.emit(.raiseVarargs, 1)
            b.place(end)
        case .print(let dest, let values, let trailingComma):
            if let d = dest {
                try expr(d)
                for v in values {
                    b.emit(.dupTop)
                    try expr(v)
                    b.emit(.rotTwo)
                    b.emit(.printItemTo)
                }
                if trailingComma { b.emit(.popTop) } else { b.emit(.printNewlineTo) }
            } else {
                for v in values {
                    try expr(v)
                    b.emit(.printItem)
                }
                if !trailingComma { b.emit(.printNewline) }
            }
        }
    }

    // MARK: control flow helpers

    /// Compiles `test` and jumps to `label` when its truth equals `when`.
    func jumpIf(_ test: Expr, _ when: Bool, _ label: Int) throws {
        switch test.kind {
        case .unary(.not, let x):
            try jumpIf(x, !when, label)
            return
        case .boolOp(let kind, let xs) where !xs.isEmpty:
            // `a and b` jumps on false if either is false; on true only if both are.
            let isAnd = kind == .and
            if isAnd != when {
                // Short-circuit: any operand with truth `when` jumps.
                for x in xs { try jumpIf(x, when, label) }
            } else {
                let skip = b.newLabel()
                for x in xs.dropLast() { try jumpIf(x, !when, skip) }
                if let last = xs.last { try jumpIf(last, when, label) }
                b.place(skip)
            }
            return
        default:
            try expr(test)
            b.emitJump(when ? .popJumpIfTrue : .popJumpIfFalse, label)
        }
    }

    private func breakOrContinue(isBreak: Bool, _ pos: SourcePos) throws {
        // Find the innermost loop.
        guard let idx = unit.blocks.lastIndex(where: {
            if case .whileLoop = $0 { return true }
            if case .forLoop = $0 { return true }
            return false
        }) else {
            throw syntaxError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", pos)
        }
        if !isBreak {
            for blk in unit.blocks[(idx + 1)...] {
                if case .finallyEnd = blk {
                    throw syntaxError("'continue' not supported inside 'finally' clause", pos)
                }
            }
        }
        try unwindBlocks(preserveTop: false, upTo: idx + 1)
        switch unit.blocks[idx] {
        case .whileLoop(let c, let br):
            b.emitJump(.jump, isBreak ? br : c)
        case .forLoop(let c, let br):
            if isBreak {
                b.emit(.popTop)
                b.emitJump(.jump, br)
                b.depth += 1 // the iterator is still on the stack on the fall-through path
            } else {
                b.emitJump(.jump, c)
            }
        default: break
        }
    }

    /// Emits the exits of the blocks above index `upTo` (innermost first), as
    /// a return, break or continue leaves them.
    func unwindBlocks(preserveTop: Bool, upTo: Int) throws {
        var i = unit.blocks.count - 1
        let savedHandler = b.currentHandler
        let savedBlocks = (unit.blocks, unit.blockHandlers)
        while i >= upTo {
            let blk = unit.blocks[i]
            b.currentHandler = handlerOutside(i)
            switch blk {
            case .whileLoop: break
            case .forLoop:
                if i == upTo - 1 { break }
                if preserveTop { b.emit(.rotTwo) }
                b.emit(.popTop)
            case .tryFinally(let finalbody):
                // Run the finally body with the blocks outside it.
                unit.truncateBlocks(to: i)
                try stmts(finalbody)
                unit.restoreBlocks(savedBlocks)
            case .finallyEnd:
                // Stack: prev_exc, exc [, value]
                if preserveTop { b.emit(.rotThree); b.emit(.popTop); b.emit(.popExcept) }
                else { b.emit(.popTop); b.emit(.popExcept) }
            case .handlerBody(let name):
                if preserveTop { b.emit(.rotTwo) }
                b.emit(.popExcept)
                if let n = name {
                    b.emit(.loadConst, const(.none)); storeName(n); deleteName(n)
                }
            case .exceptBody:
                if preserveTop { b.emit(.rotTwo) }
                b.emit(.popExcept)
            case .with(let isAsync):
                if preserveTop { b.emit(.rotTwo) }
                callExitWithNones(isAsync: isAsync)
            }
            i -= 1
        }
        b.currentHandler = savedHandler
    }

    /// The handler active outside block i (recorded when the block was entered).
    private func handlerOutside(_ i: Int) -> Int32 {
        unit.blockHandlers[safe: i] ?? -1
    }

    // MARK: try / except / finally

    func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let outer = b.currentHandler
        let d = b.depth
        let handlerL = b.newLabel(), orelseL = b.newLabel(), end = b.newLabel()
        b.currentHandler = b.makeHandler(label: handlerL, depth: d)
        try stmts(body)
        b.currentHandler = outer
        b.emitJump(.jump, orelseL)

        // The handler: [exc] at depth d+1.
        b.place(handlerL)
        let cleanupL = b.newLabel()
        b.currentHandler = outer
        b.emit(.pushExcInfo)                       // [prev, exc]
        let cleanup = b.makeHandler(label: cleanupL, depth: d + 1)
        b.currentHandler = cleanup
        for (idx, h) in handlers.enumerated() {
            b.line = h.pos.line
            let next = b.newLabel()
            if let t = h.type {
                b.emit(.dupTop)
                try expr(t)
                b.emitJump(.jumpIfNotExcMatch, next)
            } else if idx != handlers.count - 1 {
                throw syntaxError("default 'except:' must be last", h.pos)
            }
            if let n = h.name {
                storeName(n)                       // [prev]
                let nameCleanupL = b.newLabel()
                b.currentHandler = b.makeHandler(label: nameCleanupL, depth: d + 1)
                unit.pushBlock(.handlerBody(n), outside: cleanup)
                try stmts(h.body)
                unit.popBlock()
                b.currentHandler = cleanup
                b.emit(.popExcept)
                b.emit(.loadConst, const(.none)); storeName(n); deleteName(n)
                b.currentHandler = outer
                b.emitJump(.jump, end)
                // An exception inside the clause: unbind the name, then clean up.
                b.place(nameCleanupL)               // [prev, exc2]
                b.currentHandler = cleanup
                b.emit(.loadConst, const(.none)); storeName(n); deleteName(n)
                b.emit(.reraise)
                b.currentHandler = cleanup
            } else {
                b.emit(.popTop)                    // [prev]
                unit.pushBlock(.exceptBody, outside: cleanup)
                try stmts(h.body)
                unit.popBlock()
                b.emit(.popExcept)
                b.currentHandler = outer
                b.emitJump(.jump, end)
                b.currentHandler = cleanup
            }
            b.place(next)
        }
        // No clause matched: re-raise (the cleanup handler restores exc_info).
        b.emit(.reraise)

        b.place(cleanupL)                          // [prev, exc2]
        b.currentHandler = outer
        b.emit(.rotTwo)
        b.emit(.popExcept)
        b.emit(.reraise)

        b.place(orelseL)
        try stmts(orelse)
        b.place(end)
    }

    func tryFinally(_ finalbody: [Stmt], body: (Compiler) throws -> Void) throws {
        let outer = b.currentHandler
        let d = b.depth
        let handlerL = b.newLabel(), end = b.newLabel()
        b.currentHandler = b.makeHandler(label: handlerL, depth: d)
        unit.pushBlock(.tryFinally(finalbody), outside: outer)
        try body(self)
        unit.popBlock()
        b.currentHandler = outer
        try stmts(finalbody)
        b.emitJump(.jump, end)

        b.place(handlerL)                          // [exc]
        b.emit(.pushExcInfo)                       // [prev, exc]
        let cleanupL = b.newLabel()
        b.currentHandler = b.makeHandler(label: cleanupL, depth: d + 1)
        unit.pushBlock(.finallyEnd, outside: outer)
        try stmts(finalbody)
        unit.popBlock()
        b.emit(.reraise)

        b.place(cleanupL)                          // [prev, exc2]
        b.currentHandler = outer
        b.emit(.rotTwo)
        b.emit(.popExcept)
        b.emit(.reraise)
        b.place(end)
    }

    // MARK: with

    func with(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool) throws {
        guard let item = items.first else {
            try stmts(body)
            return
        }
        let outer = b.currentHandler
        let d = b.depth
        try expr(item.context)
        if isAsync {
            b.emit(.beforeAsyncWith)               // [aexit, awaitable]
            emitAwait(.aenter)             // [aexit, entered]
        } else {
            b.emit(.beforeWith)                    // [exit, entered]
        }
        let handlerL = b.newLabel(), end = b.newLabel()
        b.currentHandler = b.makeHandler(label: handlerL, depth: d + 1)
        if let t = item.target { try assign(t) } else { b.emit(.popTop) }
        unit.pushBlock(.with(isAsync: isAsync), outside: outer)
        try with(items.dropFirst(), body, isAsync: isAsync)
        unit.popBlock()
        b.currentHandler = outer
        callExitWithNones(isAsync: isAsync)
        b.emitJump(.jump, end)

        b.place(handlerL)                          // [exit, exc]
        b.emit(.pushExcInfo)                       // [exit, prev, exc]
        let cleanupL = b.newLabel()
        b.currentHandler = b.makeHandler(label: cleanupL, depth: d + 2)
        b.emit(.withExceptStart)                   // [exit, prev, exc, res]
        if isAsync { emitAwait(.aexit) }
        let suppress = b.newLabel()
        b.emitJump(.popJumpIfTrue, suppress)
        b.emit(.reraise)
        b.place(suppress)                          // [exit, prev, exc]
        b.emit(.popTop)
        b.emit(.popExcept)
        b.emit(.popTop)
        b.currentHandler = outer
        b.emitJump(.jump, end)

        b.place(cleanupL)                          // [exit, prev, exc2]
        b.currentHandler = outer
        b.emit(.rotTwo)
        b.emit(.popExcept)
        b.emit(.reraise)
        b.place(end)
    }

    /// The normal exit of a with block: exit(None, None, None), awaited
    /// for `async with`, result dropped. Stack: [exit] -> [].
    func callExitWithNones(isAsync: Bool) {
        b.emit(.loadConst, const(.none)); b.emit(.dupTop); b.emit(.dupTop)
        b.emit(.callFunction, 3)
        if isAsync { emitAwait(.aexit) }
        b.emit(.popTop)
    }

    /// `await` of TOS, as CPython's GET_AWAITABLE; LOAD_CONST None; YIELD_FROM.
    func emitAwait(_ context: AwaitContext) {
        b.emit(.getAwaitable, Int(context.rawValue))
        b.emit(.loadConst, const(.none))
        b.emit(.yieldFrom)
    }

    // MARK: for / async for

    func forLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], isAsync: Bool, _ pos: SourcePos) throws {
        if isAsync && !unit.scope.isCoroutine { throw syntaxError("'async for' outside async function", pos) }
        try expr(iter)
        b.emit(isAsync ? .getAIter : .getIter)
        let top = b.newLabel(), end = b.newLabel()
        let exhausted: Int
        if isAsync {
            exhausted = try asyncForNext(top)
        } else {
            exhausted = b.newLabel()
            b.place(top)
            b.emitJump(.forIter, exhausted)
        }
        try assign(target)
        unit.pushBlock(.forLoop(continueLabel: top, breakLabel: end), outside: b.currentHandler)
        try stmts(body)
        unit.popBlock()
        b.emitJump(.jump, top)
        b.place(exhausted)
        if isAsync { b.emit(.endAsyncFor) }        // StopAsyncIteration ends the loop
        try stmts(orelse)
        b.place(end)
    }

    /// Places `top` and emits the awaited __anext__() of the async iterator
    /// on TOS, pushing the next item. Returns the label of the handler that
    /// receives [aiter, exc] when it raises (it must emit END_ASYNC_FOR).
    func asyncForNext(_ top: Int) throws -> Int {
        let outer = b.currentHandler
        let d = b.depth                            // the async iterator is on TOS
        b.place(top)
        let stopL = b.newLabel()
        b.currentHandler = b.makeHandler(label: stopL, depth: d)
        b.emit(.getANext)
        emitAwait(.plain)
        b.currentHandler = outer
        return stopL
    }

    // MARK: definitions

    func functionDef(_ f: FunctionDef, _ pos: SourcePos) throws {
        for d in f.decorators { try expr(d) }
        let flags = try pushDefaults(f.params, returns: f.returns, annotations: true)
        let code = try compileFunctionCode(name: f.name, params: f.params, body: f.body, pos: pos, kind: .function)
        b.line = pos.line
        try makeFunction(code, params: f.params, returns: f.returns, evaluateAnnotations: true, defaultsAlreadyPushed: flags)
        for _ in f.decorators { b.emit(.callFunction, 1) }
        storeName(f.name)
    }

    func classDef(_ c: ClassDef, _ pos: SourcePos) throws {
        for d in c.decorators { try expr(d) }
        b.emit(.loadBuildClass)
        let scope = try unit.scope.takeChild(kind: .classBody, pos: pos)
        let qn = qualname(for: c.name)
        let code = pushUnit(scope: scope, name: c.name, qualname: qn, firstLine: Int(pos.line))
        code.flags.insert(.namesInDict)
        code.flags.insert(.isClassBody)
        b.emit(.loadName, unit.nameIdx("__name__"))
        b.emit(.storeName, unit.nameIdx("__module__"))
        b.emit(.loadConst, constStr(qn))
        b.emit(.storeName, unit.nameIdx("__qualname__"))
        try compileBody(c.body, isModule: false)
        if scope.usesClassCell {
            loadClosure("__class__")
            b.emit(.storeName, unit.nameIdx("__classcell__"))
        }
        b.emit(.loadConst, const(.none))
        b.emit(.returnValue)
        let bodyCode = try popUnit()
        b.line = pos.line
        try makeFunction(bodyCode, params: Parameters(), returns: nil, evaluateAnnotations: false, defaultsAlreadyPushed: 0)
        b.emit(.loadConst, constStr(c.name))
        try call(prefixCount: 2, c.bases)
        for _ in c.decorators { b.emit(.callFunction, 1) }
        storeName(c.name)
    }

    // MARK: assignment targets

    func assign(_ t: Expr) throws {
        switch t.kind {
        case .name(let n): storeName(n)
        case .attribute(let o, let name):
            try expr(o)
            b.emit(.storeAttr, unit.nameIdx(name))
        case .subscript(let o, let i):
            try expr(o)
            try subscriptIndex(i)
            b.emit(.storeSubscr)
        case .tuple(let xs), .list(let xs):
            if let star = xs.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                let after = xs.count - star - 1
                if star > 255 || after > 255 {
                    throw syntaxError("too many expressions in star-unpacking assignment", t.pos)
                }
                b.emit(.unpackEx, star | (after << 8))
            } else {
                b.emit(.unpackSequence, xs.count)
            }
            for x in xs {
                if case .starred(let inner) = x.kind { try assign(inner) } else { try assign(x) }
            }
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", t.pos)
        default:
            throw syntaxError("cannot assign to expression", t.pos)
        }
    }

    func delete(_ t: Expr) throws {
        switch t.kind {
        case .name(let n): deleteName(n)
        case .attribute(let o, let name):
            try expr(o)
            b.emit(.deleteAttr, unit.nameIdx(name))
        case .subscript(let o, let i):
            try expr(o)
            try subscriptIndex(i)
            b.emit(.deleteSubscr)
        case .tuple(let xs), .list(let xs):
            for x in xs { try delete(x) }
        default:
            throw syntaxError("cannot delete expression", t.pos)
        }
    }

    func augAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws {
        switch target.kind {
        case .name(let n):
            loadName(n)
            try expr(value)
            b.emit(.inplace, binaryOpCode(op))
            storeName(n)
        case .attribute(let o, let name):
            try expr(o)
            b.emit(.dupTop)
            b.emit(.loadAttr, unit.nameIdx(name))
            try expr(value)
            b.emit(.inplace, binaryOpCode(op))
            b.emit(.rotTwo)
            b.emit(.storeAttr, unit.nameIdx(name))
        case .subscript(let o, let i):
            try expr(o)
            try subscriptIndex(i)
            b.emit(.dupTopTwo)
            b.emit(.binarySubscr)
            try expr(value)
            b.emit(.inplace, binaryOpCode(op))
            b.emit(.rotThree)
            b.emit(.storeSubscr)
        default:
            throw syntaxError("illegal expression for augmented assignment", target.pos)
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
