// Methods of list, plus helpers shared by the other container method files.
// The dunders here work on the object itself (never dispatching through the
// type again), so a subclass's `super().__getitem__(i)` cannot recurse.

extension Interpreter {
    // MARK: shared helpers

    /// The receiver of a builtin method, checked to be a `T` (CPython's wording).
    func selfOf<T: PyObject>(_ a: Args, _ t: T.Type, _ typeName: String, _ method: String) throws -> T {
        guard a.count > 0 else { throw typeError("descriptor '\(method)' of '\(typeName)' object needs an argument") }
        guard let o = a[0].asObject(T.self) else {
            throw typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(self.typeName(a[0]))' object")
        }
        return o
    }

    /// The arguments after self.
    func methodRest(_ a: Args) -> Args {
        Args(positional: UnsafeBufferPointer(rebasing: a.positional.dropFirst()), keywords: a.keywords)
    }

    /// Checks the argument count (excluding self) and that there are no keywords.
    func methodArgs(_ a: Args, _ name: String, min: Int, max: Int) throws {
        try noKeywords(a, name)
        try expectArgs(methodRest(a), name, min: min, max: max)
    }

    /// Checks a METH_O method: exactly one argument after self.
    func oneArg(_ a: Args, _ name: String) throws -> Value {
        try noKeywords(a, name)
        guard a.count == 2 else { throw typeError("\(name)() takes exactly one argument (\(Swift.max(0, a.count - 1)) given)") }
        return a[1]
    }

    /// Checks a METH_NOARGS method.
    func noArgs(_ a: Args, _ name: String) throws {
        try noKeywords(a, name)
        if a.count > 1 { throw typeError("\(name)() takes no arguments (\(a.count - 1) given)") }
    }

    /// The binary dunder's other operand (a[1]).
    func otherArg(_ a: Args, _ name: String) throws -> Value {
        guard a.count == 2 else { throw typeError("expected 1 argument, got \(Swift.max(0, a.count - 1))") }
        return a[1]
    }

    func keyError(_ key: Value) -> ScriptError {
        ScriptError(exception: makeException(types.exception("KeyError"), args: [key]))
    }

    /// An index argument of index()/insert() style (None not allowed), clamped like a slice bound.
    func clampedIndex(_ v: Value, _ count: Int) throws -> Int {
        guard var i = try indexValue(v) else {
            throw typeError("slice indices must be integers or have an __index__ method")
        }
        if i < 0 { i += count; if i < 0 { i = 0 } }
        if i > count { i = count }
        return i
    }

    /// CPython's sequence rich comparison (list and tuple), without dispatch on the containers.
    func compareItems(_ a: [Value], _ b: [Value], _ op: Int) throws -> Bool {
        if (op == 2 || op == 3) && a.count != b.count { return op == 3 }
        var i = 0
        while i < a.count && i < b.count {
            if !a[i].isIdentical(b[i]), try !equals(a[i], b[i]) { break }
            i += 1
        }
        if i >= a.count || i >= b.count {
            let (x, y) = (a.count, b.count)
            switch op {
            case 0: return x < y
            case 1: return x <= y
            case 2: return x == y
            case 3: return x != y
            case 4: return x > y
            default: return x >= y
            }
        }
        if op == 2 { return false }
        if op == 3 { return true }
        return try isTrue(try richCompare(a[i], b[i], op))
    }

    /// Registers __lt__ ... __ge__ for a type whose instances `extract` gives the items of.
    func addSequenceComparisons(_ t: PyType, _ extract: @escaping (Value) -> [Value]?) {
        for (op, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
            addMethod(t, name) { i, a in
                guard a.count == 2, let x = extract(a[0]) else {
                    throw i.typeError("descriptor '\(name)' requires a '\(t.name)' object")
                }
                guard let y = extract(a[1]) else { return i.notImplemented }
                let mark = i.nativeRoots.count
                i.nativeRoots.append(a[0]); i.nativeRoots.append(a[1])
                defer { i.nativeRoots.removeSubrange(mark...) }
                return .bool(try i.compareItems(x, y, op))
            }
        }
    }

    /// repr of a sequence body, guarding against cycles.
    func reprItems(_ o: PyObject, _ items: [Value], open: String, close: String, placeholder: String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        if items.count == 1 && open == "(" { return "(" + (try repr(items[0])) + ",)" }
        return open + (try items.map { try repr($0) }.joined(separator: ", ")) + close
    }

    /// n for sequence repetition, or nil when the operand is not an integer.
    func repeatCount(_ v: Value) throws -> Int? {
        if case .float = v { return nil }
        if let b = bigIntValue(v) { return Swift.max(0, Int(clamping: b)) }
        if special(v, "__index__") != nil, let n = try indexValue(v) { return Swift.max(0, n) }
        return nil
    }

    func repeated(_ items: [Value], _ n: Int) throws -> [Value] {
        if items.isEmpty || n == 0 { return [] }
        if items.count > (1 << 28) / n { throw error("MemoryError", "") }
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    // MARK: list subscripts without dispatch

    func listGetItem(_ l: PyList, _ idx: Value) throws -> Value {
        if let s = idx.asObject(PySlice.self) {
            let (start, _, step, count) = try sliceIndices(s, length: l.items.count)
            var out: [Value] = []
            out.reserveCapacity(count)
            var k = start
            for _ in 0..<count where k >= 0 && k < l.items.count { out.append(l.items[k]); k &+= step }
            return Value(makeList(out))
        }
        guard let i = try indexValue(idx) else {
            throw typeError("list indices must be integers or slices, not \(typeName(idx))")
        }
        let j = i < 0 ? i + l.items.count : i
        guard j >= 0 && j < l.items.count else { throw error("IndexError", "list index out of range") }
        return l.items[j]
    }

    func listSetItem(_ l: PyList, _ idx: Value, _ value: Value) throws {
        if let s = idx.asObject(PySlice.self) {
            let newItems = value.isIdentical(Value(l)) ? l.items : try iterateToArray(value)
            let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
            if step == 1 {
                let lo = Swift.min(start, l.items.count)
                let hi = Swift.min(Swift.max(lo, stop), l.items.count)
                l.items.replaceSubrange(lo..<hi, with: newItems)
                return
            }
            if newItems.count != count {
                throw valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
            }
            var k = start
            for v in newItems where k >= 0 && k < l.items.count { l.items[k] = v; k &+= step }
            return
        }
        guard let i = try indexValue(idx) else {
            throw typeError("list indices must be integers or slices, not \(typeName(idx))")
        }
        let j = i < 0 ? i + l.items.count : i
        guard j >= 0 && j < l.items.count else { throw error("IndexError", "list assignment index out of range") }
        l.setItem(j, value)
    }

    func listDelItem(_ l: PyList, _ idx: Value) throws {
        if let s = idx.asObject(PySlice.self) {
            let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
            if step == 1 {
                let lo = Swift.min(start, l.items.count)
                let hi = Swift.min(Swift.max(lo, stop), l.items.count)
                l.items.removeSubrange(lo..<hi)
                return
            }
            var drop = Set<Int>()
            var k = start
            for _ in 0..<count { drop.insert(k); k &+= step }
            l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
            return
        }
        guard let i = try indexValue(idx) else {
            throw typeError("list indices must be integers or slices, not \(typeName(idx))")
        }
        let j = i < 0 ? i + l.items.count : i
        guard j >= 0 && j < l.items.count else { throw error("IndexError", "list assignment index out of range") }
        l.items.remove(at: j)
    }

    // MARK: list

    func setUpListMethods() {
        let t = types.list
        func me(_ i: Interpreter, _ a: Args, _ m: String) throws -> PyList { try i.selfOf(a, PyList.self, "list", m) }

        addMethod(t, "__init__") { i, a in
            let l = try me(i, a, "__init__")
            for k in a.keywords { throw i.typeError("'\(k.name.value)' is an invalid keyword argument for list()") }
            let r = i.methodRest(a)
            try i.expectArgs(r, "list", min: 0, max: 1)
            l.items = []
            if r.count == 1 { l.items = try i.iterateToArray(r[0]) }
            return .none
        }
        addMethod(t, "append") { i, a in
            let l = try me(i, a, "append")
            l.append(try i.oneArg(a, "append"))
            return .none
        }
        addMethod(t, "extend") { i, a in
            let l = try me(i, a, "extend")
            let x = try i.oneArg(a, "extend")
            if let o = x.asObject(PyList.self) { l.items.append(contentsOf: o.items); return .none }
            if let o = x.asObject(PyTuple.self) { l.items.append(contentsOf: o.items); return .none }
            let it = try i.getIter(x)
            let mark = i.nativeRoots.count
            i.nativeRoots.append(it)
            defer { i.nativeRoots.removeSubrange(mark...) }
            while let v = try i.next(it) { l.items.append(v) }
            return .none
        }
        addMethod(t, "insert") { i, a in
            let l = try me(i, a, "insert")
            try i.methodArgs(a, "insert", min: 2, max: 2)
            guard let n = try i.indexValue(a[1]) else {
                throw i.typeError("'\(i.typeName(a[1]))' object cannot be interpreted as an integer")
            }
            var j = n
            if j < 0 { j += l.items.count; if j < 0 { j = 0 } }
            if j > l.items.count { j = l.items.count }
            l.items.insert(a[2], at: j)
            return .none
        }
        addMethod(t, "remove") { i, a in
            let l = try me(i, a, "remove")
            let x = try i.oneArg(a, "remove")
            var k = 0
            while k < l.items.count {
                let v = l.items[k]
                if try i.equals(v, x) {
                    if k < l.items.count { l.items.remove(at: k) }
                    return .none
                }
                k += 1
            }
            throw i.valueError("list.remove(x): x not in list")
        }
        addMethod(t, "pop") { i, a in
            let l = try me(i, a, "pop")
            try i.methodArgs(a, "pop", min: 0, max: 1)
            var idx = -1
            if a.count == 2 { idx = try i.intArg(a[1]) }
            if l.items.isEmpty { throw i.error("IndexError", "pop from empty list") }
            let j = idx < 0 ? idx + l.items.count : idx
            guard j >= 0 && j < l.items.count else { throw i.error("IndexError", "pop index out of range") }
            return l.items.remove(at: j)
        }
        addMethod(t, "index") { i, a in
            let l = try me(i, a, "index")
            try i.methodArgs(a, "index", min: 1, max: 3)
            let x = a[1]
            var start = a.count > 2 ? try i.clampedIndex(a[2], l.items.count) : 0
            let stop = a.count > 3 ? try i.clampedIndex(a[3], l.items.count) : Int.max
            while start < stop && start < l.items.count {
                if try i.equals(l.items[start], x) { return .int(start) }
                start += 1
            }
            throw i.valueError("\(try i.repr(x)) is not in list")
        }
        addMethod(t, "count") { i, a in
            let l = try me(i, a, "count")
            let x = try i.oneArg(a, "count")
            var n = 0, k = 0
            while k < l.items.count {
                if try i.equals(l.items[k], x) { n += 1 }
                k += 1
            }
            return .int(n)
        }
        addMethod(t, "sort") { i, a in
            let l = try me(i, a, "sort")
            if a.count > 1 { throw i.typeError("sort() takes no positional arguments") }
            var key: Value = .none, reverse = false
            for k in a.keywords {
                switch k.name.value {
                case "key": key = k.value
                case "reverse": reverse = try i.isTrue(k.value)
                default: throw i.typeError("'\(k.name.value)' is an invalid keyword argument for sort()")
                }
            }
            let saved = l.items
            l.items = []
            let sorted: [Value]
            do {
                sorted = try i.sortValues(saved, key: key, reverse: reverse)
            } catch {
                l.items = saved
                throw error
            }
            let modified = !l.items.isEmpty
            l.items = sorted
            if modified { throw i.valueError("list modified during sort") }
            return .none
        }
        addMethod(t, "reverse") { i, a in
            let l = try me(i, a, "reverse")
            try i.noArgs(a, "reverse")
            l.items.reverse()
            return .none
        }
        addMethod(t, "copy") { i, a in
            let l = try me(i, a, "copy")
            try i.noArgs(a, "copy")
            return Value(i.makeList(l.items))
        }
        addMethod(t, "clear") { i, a in
            let l = try me(i, a, "clear")
            try i.noArgs(a, "clear")
            l.items = []
            return .none
        }

        // dunders
        addMethod(t, "__len__") { i, a in .int(try me(i, a, "__len__").items.count) }
        addMethod(t, "__getitem__") { i, a in
            let l = try me(i, a, "__getitem__")
            return try i.listGetItem(l, try i.oneArg(a, "__getitem__"))
        }
        addMethod(t, "__setitem__") { i, a in
            let l = try me(i, a, "__setitem__")
            try i.expectArgs(i.methodRest(a), "__setitem__", min: 2, max: 2)
            try i.listSetItem(l, a[1], a[2])
            return .none
        }
        addMethod(t, "__delitem__") { i, a in
            let l = try me(i, a, "__delitem__")
            try i.listDelItem(l, try i.oneArg(a, "__delitem__"))
            return .none
        }
        addMethod(t, "__contains__") { i, a in
            let l = try me(i, a, "__contains__")
            let x = try i.oneArg(a, "__contains__")
            var k = 0
            while k < l.items.count {
                if try i.equals(l.items[k], x) { return .bool(true) }
                k += 1
            }
            return .bool(false)
        }
        addMethod(t, "__iter__") { i, a in
            let l = try me(i, a, "__iter__")
            return Value(i.heap.track(PyListIterator(cls: i.iteratorType("list_iterator"), list: l)))
        }
        addMethod(t, "__reversed__") { i, a in
            let l = try me(i, a, "__reversed__")
            var k = l.items.count
            return i.makeIterator("list_reverseiterator", refs: [a[0]]) { _ in
                if k > l.items.count { k = l.items.count }
                guard k > 0 else { return nil }
                k -= 1
                return l.items[k]
            }
        }
        addMethod(t, "__add__") { i, a in
            let l = try me(i, a, "__add__")
            let o = try i.otherArg(a, "__add__")
            guard let r = o.asObject(PyList.self) else {
                throw i.typeError("can only concatenate list (not \"\(i.typeName(o))\") to list")
            }
            return Value(i.makeList(l.items + r.items))
        }
        addMethod(t, "__iadd__") { i, a in
            let l = try me(i, a, "__iadd__")
            let o = try i.otherArg(a, "__iadd__")
            l.items.append(contentsOf: try i.iterateToArray(o))
            return a[0]
        }
        for name in ["__mul__", "__rmul__"] {
            addMethod(t, name) { i, a in
                let l = try me(i, a, name)
                let o = try i.otherArg(a, name)
                guard let n = try i.repeatCount(o) else {
                    throw i.typeError("can't multiply sequence by non-int of type '\(i.typeName(o))'")
                }
                return Value(i.makeList(try i.repeated(l.items, n)))
            }
        }
        addMethod(t, "__imul__") { i, a in
            let l = try me(i, a, "__imul__")
            let o = try i.otherArg(a, "__imul__")
            guard let n = try i.repeatCount(o) else {
                throw i.typeError("can't multiply sequence by non-int of type '\(i.typeName(o))'")
            }
            l.items = try i.repeated(l.items, n)
            return a[0]
        }
        addSequenceComparisons(t) { $0.asObject(PyList.self)?.items }
        addMethod(t, "__repr__") { i, a in
            let l = try me(i, a, "__repr__")
            return i.makeStr(try i.reprItems(l, l.items, open: "[", close: "]", placeholder: "[...]"))
        }
        t.dict.setStr(intern("__hash__"), .none)
    }
}
