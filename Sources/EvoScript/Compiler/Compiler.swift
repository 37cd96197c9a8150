// AST -> PyCode. One `Compiler` per source unit; it keeps a stack of units
// (module, class bodies, functions, comprehensions), each with its Scope and
// CodeBuilder. Statements are compiled in CompileStatements.swift,
// expressions in CompileExpressions.swift.

import BigInt

/// Blocks that `return`, `break` and `continue` must unwind through.
enum FrameBlock {
    case whileLoop(continueLabel: Int, breakLabel: Int)
    case forLoop(continueLabel: Int, breakLabel: Int)
    case tryFinally([Stmt])
    case finallyEnd
    case handlerBody(String?)
    case with(isAsync: Bool)
    case exceptBody
}

final class CompileUnit {
    let scope: Scope
    let builder = CodeBuilder()
    let code: PyCode
    private(set) var blocks: [FrameBlock] = []
    /// For each block, the exception handler active outside it.
    private(set) var blockHandlers: [Int32] = []

    func pushBlock(_ blk: FrameBlock, outside: Int32) { blocks.append(blk); blockHandlers.append(outside) }
    func popBlock() { blocks.removeLast(); blockHandlers.removeLast() }
    func truncateBlocks(to n: Int) { blocks.removeSubrange(n...); blockHandlers.removeSubrange(n...) }
    func restoreBlocks(_ saved: ([FrameBlock], [Int32])) { blocks = saved.0; blockHandlers = saved.1 }
    var constants: [Value] = []
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    var slots: [String: Int] = [:]
    var cellSlots: [String: Int] = [:]
    let qualname: String

    init(scope: Scope, code: PyCode, qualname: String) {
        self.scope = scope
        self.code = code
        self.qualname = qualname
    }

    func nameIdx(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        names.append(n)
        nameIndex[n] = names.count - 1
        return names.count - 1
    }
}

final class Compiler {
    let interp: Interpreter
    let filename: String
    var units: [CompileUnit] = []
    var unit: CompileUnit { units[units.count - 1] }
    var b: CodeBuilder { unit.builder }
    let interactive: Bool
    private var checkCounter = 0

    init(interp: Interpreter, filename: String, interactive: Bool) {
        self.interp = interp
        self.filename = filename
        self.interactive = interactive
    }

    /// Compiles a module (or an interactive statement, whose expression
    /// statements print their value). With `topLevelAwait` (the REPL) a
    /// module-level `await` makes the code a coroutine and `yield from` a
    /// generator-based coroutine (as if decorated by @asyncio.coroutine).
    static func compileModule(_ body: [Stmt], interp: Interpreter, filename: String, interactive: Bool = false,
                              topLevelAwait: Bool = false) throws -> PyCode {
        let c = Compiler(interp: interp, filename: filename, interactive: interactive)
        let scope = try ScopeBuilder.build(module: body, topLevelAwait: topLevelAwait)
        let code = c.pushUnit(scope: scope, name: "<module>", qualname: "<module>", firstLine: 1)
        code.flags.insert(.namesInDict)
        if code.flags.contains(.generator) { code.flags.insert(.iterableCoroutine) }
        if let first = body.first { c.b.line = first.pos.line }
        try c.compileBody(body, isModule: true)
        c.b.emit(.loadConst, c.const(.none))
        c.b.emit(.returnValue)
        return try c.popUnit()
    }

    /// Compiles an expression for eval().
    static func compileExpression(_ e: Expr, interp: Interpreter, filename: String) throws -> PyCode {
        let c = Compiler(interp: interp, filename: filename, interactive: false)
        let body = [Stmt(.expr(e), e.pos)]
        let scope = try ScopeBuilder.build(module: body)
        let code = c.pushUnit(scope: scope, name: "<module>", qualname: "<module>", firstLine: Int(e.pos.line))
        code.flags.insert(.namesInDict)
        c.b.line = e.pos.line
        try c.expr(e)
        c.b.emit(.returnValue)
        return try c.popUnit()
    }

    @discardableResult
    func pushUnit(scope: Scope, name: String, qualname: String, firstLine: Int) -> PyCode {
        let code = interp.newCode(name: name, qualname: qualname, filename: filename, firstLine: firstLine)
        let u = CompileUnit(scope: scope, code: code, qualname: qualname)
        if scope.isFunctionLike {
            let locals = scope.localNames
            for (i, n) in locals.enumerated() { u.slots[n] = i }
            code.varnames = locals
            code.cellvars = scope.cellvars
            code.freevars = scope.freevars
            // Cell slots are numbered from the first cell; the VM adds the number of locals.
            for (i, n) in scope.cellvars.enumerated() {
                u.cellSlots[n] = i
                if let argSlot = u.slots[n], scope.params.contains(n) { code.cellFromArg[i] = argSlot }
            }
            for (i, n) in scope.freevars.enumerated() { u.cellSlots[n] = scope.cellvars.count + i }
        } else {
            // Class bodies keep cells too (__class__, and names passed on to methods).
            code.cellvars = scope.cellvars
            code.freevars = scope.freevars
            for (i, n) in scope.cellvars.enumerated() { u.cellSlots[n] = i }
            for (i, n) in scope.freevars.enumerated() { u.cellSlots[n] = scope.cellvars.count + i }
        }
        if scope.isGenerator { code.flags.insert(.generator) }
        if scope.isCoroutine {
            code.flags.remove(.generator)
            code.flags.insert(.coroutine)
            if scope.isGenerator {
                code.flags.remove(.coroutine)
                code.flags.insert(.asyncGenerator)
            }
        }
        units.append(u)
        b.line = Int32(firstLine)
        return code
    }

    func popUnit() throws -> PyCode {
        let u = units.removeLast()
        try u.builder.finish(into: u.code)
        u.code.constants = u.constants
        u.code.names = u.names.map { interp.intern($0) }
        return u.code
    }

    // MARK: constants and names

    func const(_ v: Value) -> Int {
        // Reuse simple constants; objects are compared by identity.
        for (i, c) in unit.constants.enumerated() {
            switch (c, v) {
            case (.none, .none): return i
            case let (.bool(x), .bool(y)) where x == y: return i
            case let (.int(x), .int(y)) where x == y: return i
            case let (.obj(x), .obj(y)) where x.toOpaque() == y.toOpaque(): return i
            default: continue
            }
        }
        unit.constants.append(v)
        return unit.constants.count - 1
    }

    func constStr(_ s: String) -> Int { const(Value(interp.intern(s))) }

    func syntaxError(_ msg: String, _ pos: SourcePos) -> CompileError { .syntax(msg, pos) }

    // MARK: names

    func symbol(_ n: String) -> SymbolKind {
        unit.scope.symbols[n] ?? (unit.scope.isFunctionLike ? .globalImplicit : .dictName)
    }

    func loadName(_ n: String) {
        switch symbol(n) {
        case .local:
            if let s = unit.slots[n] { b.emit(.loadFast, s) } else { b.emit(.loadGlobal, unit.nameIdx(n)) }
        case .cell, .free:
            let slot = unit.cellSlots[n] ?? 0
            if unit.scope.kind == .classBody { b.emit(.loadClassDeref, slot) } else { b.emit(.loadDeref, slot) }
        case .globalExplicit, .globalImplicit:
            b.emit(.loadGlobal, unit.nameIdx(n))
        case .dictName:
            if unit.scope.kind == .module { b.emit(.loadGlobal, unit.nameIdx(n)) }
            else { b.emit(.loadName, unit.nameIdx(n)) }
        }
    }

    func storeName(_ n: String) {
        switch symbol(n) {
        case .local:
            if let s = unit.slots[n] { b.emit(.storeFast, s) } else { b.emit(.storeGlobal, unit.nameIdx(n)) }
        case .cell, .free:
            b.emit(.storeDeref, unit.cellSlots[n] ?? 0)
        case .globalExplicit, .globalImplicit:
            b.emit(.storeGlobal, unit.nameIdx(n))
        case .dictName:
            if unit.scope.kind == .module { b.emit(.storeGlobal, unit.nameIdx(n)) }
            else { b.emit(.storeName, unit.nameIdx(n)) }
        }
    }

    func deleteName(_ n: String) {
        switch symbol(n) {
        case .local:
            if let s = unit.slots[n] { b.emit(.deleteFast, s) } else { b.emit(.deleteGlobal, unit.nameIdx(n)) }
        case .cell, .free:
            b.emit(.deleteDeref, unit.cellSlots[n] ?? 0)
        case .globalExplicit, .globalImplicit:
            b.emit(.deleteGlobal, unit.nameIdx(n))
        case .dictName:
            if unit.scope.kind == .module { b.emit(.deleteGlobal, unit.nameIdx(n)) }
            else { b.emit(.deleteName, unit.nameIdx(n)) }
        }
    }

    /// Pushes the cell for `n` (to build a closure).
    func loadClosure(_ n: String) {
        b.emit(.loadClosure, unit.cellSlots[n] ?? 0)
    }

    /// Deeply nested source must not overflow the stack: CPython's message.
    func checkStack(_ pos: SourcePos) throws {
        checkCounter &+= 1
        do {
            try interp.stackGuard.check(interp)
        } catch {
            throw CompileError.recursion
        }
    }

    func setLine(_ pos: SourcePos) {
        if pos.line > b.line { b.line = pos.line }
    }

    func qualname(for name: String) -> String {
        let u = unit
        switch u.scope.kind {
        case .module: return name
        case .classBody: return "\(u.qualname).\(name)"
        default: return "\(u.qualname).<locals>.\(name)"
        }
    }

    // MARK: functions

    /// Compiles a function body into a new code object.
    func compileFunctionCode(name: String, params: Parameters, body: [Stmt], pos: SourcePos, kind: Scope.Kind,
                             isLambdaBody: Expr? = nil) throws -> PyCode {
        let scope = try unit.scope.takeChild(kind: kind, pos: pos)
        let qn = qualname(for: name)
        let code = pushUnit(scope: scope, name: name, qualname: qn, firstLine: Int(pos.line))
        code.argcount = params.posOnly.count + params.args.count
        code.posonlyargcount = params.posOnly.count
        code.kwonlyargcount = params.kwOnly.count
        if params.vararg != nil { code.flags.insert(.varargs) }
        if params.kwarg != nil { code.flags.insert(.varkw) }
        code.paramNames = scope.params.map { interp.intern($0) }
        if let e = isLambdaBody {
            b.line = e.pos.line
            try expr(e)
            if scope.isGenerator { b.emit(.popTop); b.emit(.loadConst, const(.none)) }
            b.emit(.returnValue)
        } else {
            // A docstring is the first constant.
            if case .expr(let first)? = body.first?.kind, case .string(let doc) = first.kind {
                unit.constants.append(Value(interp.intern(doc)))
            } else {
                unit.constants.append(.none)
            }
            try compileBody(body, isModule: false)
            if b.reachable {
                b.emit(.loadConst, const(.none))
                b.emit(.returnValue)
            }
        }
        return try popUnit()
    }

    /// Emits MAKE_FUNCTION for `code` with its defaults, annotations and closure.
    func makeFunction(_ code: PyCode, params: Parameters, returns: Expr?, evaluateAnnotations: Bool,
                      defaultsAlreadyPushed flagsIn: Int) throws {
        var flags = flagsIn
        if !code.freevars.isEmpty {
            for n in code.freevars { loadClosure(n) }
            b.emit(.buildTuple, code.freevars.count)
            flags |= 8
        }
        b.emit(.loadConst, const(Value(code)))
        b.emit(.makeFunction, flags)
    }

    /// Pushes defaults, keyword defaults and annotations; returns MAKE_FUNCTION flags so far.
    func pushDefaults(_ params: Parameters, returns: Expr?, annotations: Bool) throws -> Int {
        var flags = 0
        let positional = params.posOnly + params.args
        let defaults = positional.compactMap(\.defaultValue)
        if !defaults.isEmpty {
            for d in defaults { try expr(d) }
            b.emit(.buildTuple, defaults.count)
            flags |= 1
        }
        let kwd = params.kwOnly.filter { $0.defaultValue != nil }
        if !kwd.isEmpty {
            b.emit(.buildMap, 0)
            for p in kwd {
                b.emit(.loadConst, constStr(p.name))
                if let d = p.defaultValue { try expr(d) }
                b.emit(.mapAdd, 1)
            }
            flags |= 2
        }
        if annotations {
            var items: [(String, Expr)] = []
            for p in positional { if let a = p.annotation { items.append((p.name, a)) } }
            if let v = params.vararg, let a = v.annotation { items.append((v.name, a)) }
            for p in params.kwOnly { if let a = p.annotation { items.append((p.name, a)) } }
            if let k = params.kwarg, let a = k.annotation { items.append((k.name, a)) }
            if let r = returns { items.append(("return", r)) }
            if !items.isEmpty {
                b.emit(.buildMap, 0)
                for (n, a) in items {
                    b.emit(.loadConst, constStr(n))
                    try expr(a)
                    b.emit(.mapAdd, 1)
                }
                flags |= 4
            }
        }
        return flags
    }
}

extension Interpreter {
    /// A code object for the compiler to fill in.
    func newCode(name: String, qualname: String, filename: String, firstLine: Int) -> PyCode {
        heap.track(PyCode(cls: types.code, name: name, qualname: qualname, filename: filename, firstLine: firstLine))
    }
}
