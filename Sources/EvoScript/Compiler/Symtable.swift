// Scope analysis: which names are locals, cells, free variables or globals.
// A first pass (`ScopeBuilder`) walks the AST and records, per scope, the
// names bound, used and declared; `analyze` then resolves them as CPython's
// symtable does. The compiler visits scopes in the same order and takes
// each child scope from its parent in turn.

enum SymbolKind {
    case local          // a slot in the frame (LOAD_FAST)
    case cell           // a local that closures capture (LOAD_DEREF)
    case free           // captured from an enclosing function (LOAD_DEREF)
    case globalExplicit // `global x`
    case globalImplicit // not bound anywhere visible: globals, then builtins
    case dictName       // module and class bodies: LOAD_NAME / STORE_NAME
}

final class Scope {
    enum Kind { case module, classBody, function, lambda, comprehension }
    let kind: Kind
    let name: String
    let pos: SourcePos
    var params: [String] = []
    var assigned: [String] = []       // in order of first binding
    private var assignedSet: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var children: [Scope] = []
    var isGenerator = false
    var isCoroutine = false
    var hasYieldInComprehension = false
    var usesClassCell = false
    weak var parent: Scope?

    // Results of analysis.
    var symbols: [String: SymbolKind] = [:]
    var cellvars: [String] = []
    var freevars: [String] = []
    var nextChild = 0

    init(kind: Kind, name: String, pos: SourcePos, parent: Scope?) {
        self.kind = kind; self.name = name; self.pos = pos; self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .lambda || kind == .comprehension }

    func bind(_ n: String) {
        if assignedSet.insert(n).inserted { assigned.append(n) }
    }
    func isBound(_ n: String) -> Bool { assignedSet.contains(n) }

    func takeChild(kind: Kind, pos: SourcePos) throws -> Scope {
        guard nextChild < children.count else {
            throw CompileError.internalError("scope analysis out of step at line \(pos.line)")
        }
        let c = children[nextChild]
        nextChild += 1
        if c.kind != kind || c.pos != pos {
            throw CompileError.internalError("scope analysis out of step at line \(pos.line)")
        }
        return c
    }

    /// Locals in slot order: parameters first, then other bound names.
    var localNames: [String] {
        var out = params
        var seen = Set(params)
        for n in assigned where symbols[n] == .local || symbols[n] == .cell {
            if seen.insert(n).inserted { out.append(n) }
        }
        return out
    }

    /// Resolves every scope below and including this one. `enclosing` are
    /// names bound in enclosing function scopes. Returns names this scope
    /// needs from outside (its free variables, and its children's).
    @discardableResult
    func analyze(enclosing: Set<String>) throws -> Set<String> {
        var childBound = enclosing
        if isFunctionLike {
            for n in nonlocals where !enclosing.contains(n) {
                throw CompileError.syntax("no binding for nonlocal '\(n)' found", pos)
            }
            for n in params { if !globals.contains(n) && !nonlocals.contains(n) { symbols[n] = .local } }
            for n in assigned where symbols[n] == nil {
                if globals.contains(n) { symbols[n] = .globalExplicit }
                else if nonlocals.contains(n) { symbols[n] = .free }
                else { symbols[n] = .local }
            }
            for n in globals { symbols[n] = .globalExplicit }
            for n in nonlocals { symbols[n] = .free }
            for (n, k) in symbols where k == .local { childBound.insert(n) }
            for n in globals { childBound.remove(n) }
        } else if kind == .classBody {
            for n in assigned where symbols[n] == nil {
                symbols[n] = globals.contains(n) ? .globalExplicit : .dictName
            }
            for n in globals { symbols[n] = .globalExplicit }
            for n in nonlocals { symbols[n] = .free }
        } else {
            for n in assigned { symbols[n] = .dictName }
            for n in globals { symbols[n] = .dictName }
        }

        if kind == .classBody { childBound.insert("__class__") }
        var childFree: Set<String> = []
        for c in children { childFree.formUnion(try c.analyze(enclosing: childBound)) }

        // Names used here but not bound here.
        for n in used where symbols[n] == nil {
            if isFunctionLike {
                symbols[n] = enclosing.contains(n) ? .free : .globalImplicit
            } else if kind == .classBody {
                symbols[n] = enclosing.contains(n) ? .free : .dictName
            } else {
                symbols[n] = .dictName
            }
        }
        var needed: Set<String> = []
        for (n, k) in symbols where k == .free { needed.insert(n) }
        for n in childFree {
            if kind == .classBody {
                // A class passes its methods' free names on without binding them,
                // and provides __class__ itself.
                if n == "__class__" { usesClassCell = true } else { needed.insert(n) }
                continue
            }
            guard isFunctionLike else { continue }
            switch symbols[n] {
            case .local?: symbols[n] = .cell
            case .cell?, .free?: break
            default:
                symbols[n] = .free
                needed.insert(n)
            }
        }
        cellvars = symbols.filter { $0.value == .cell }.map { $0.key }.sorted()
        if usesClassCell { cellvars.append("__class__") }
        freevars = needed.sorted()
        return needed
    }
}

/// Compile errors: syntax errors found after parsing, and internal failures.
enum CompileError: Error {
    case syntax(String, SourcePos)
    case internalError(String)
    /// The source is nested too deeply to compile on this thread's stack.
    case recursion
}
