// Methods of set and frozenset, following setobject.c so that the element
// order of results matches CPython's.

extension Interpreter {
    /// A new set or frozenset (the builtin base type of `like`).
    private func newSetLike(_ like: PySet) -> PySet { makeSet(frozen: like.frozen) }

    /// A set holding the elements of `other` (a set is used as is).
    private func asSet(_ other: Value) throws -> PySet {
        if let s = other.asObject(PySet.self) { return s }
        let s = makeSet()
        nativeRoots.append(Value(s))
        try setUpdate(s, other)
        return s
    }

    /// Replaces the contents of s with those of r (set_swap_bodies, one way).
    private func setReplaceContents(_ s: PySet, with r: PySet) {
        s.removeAll()
        s.merge(r, eq: { _, _ in false })
        s.cachedHash = nil
    }

    /// set_intersection: iterates the smaller set, or the other iterable.
    private func setIntersection(_ so: PySet, _ other: Value) throws -> PySet {
        let result = newSetLike(so)
        nativeRoots.append(Value(result))
        if let o = other.asObject(PySet.self) {
            var (x, y) = (so, o)
            if y.count > x.count { swap(&x, &y) }
            for e in y.activeEntries where try x.contains(e.key, hash: e.hash, eq: equals) {
                try result.add(e.key, hash: e.hash, eq: equals)
            }
            return result
        }
        let it = try getIter(other)
        nativeRoots.append(it)
        while let v = try next(it) {
            nativeRoots.append(v)
            let h = try hash(v)
            if try so.contains(v, hash: h, eq: equals) { try result.add(v, hash: h, eq: equals) }
        }
        return result
    }

    /// set_difference_update_internal.
    func setDifferenceUpdate(_ so: PySet, _ other: Value) throws {
        if other.isIdentical(Value(so)) { so.removeAll(); return }
        if let o = other.asObject(PySet.self) {
            for e in o.activeEntries { try so.discard(e.key, hash: e.hash, eq: equals) }
            shrinkAfterRemovals(so)
            return
        }
        if let d = other.asObject(PyDict.self) {
            for e in d.liveEntries { try so.discard(e.key, hash: e.hash, eq: equals) }
            shrinkAfterRemovals(so)
            return
        }
        let it = try getIter(other)
        let mark = nativeRoots.count
        nativeRoots.append(it)
        defer { nativeRoots.removeSubrange(mark...) }
        while let v = try next(it) { try so.discard(v, hash: try hash(v), eq: equals) }
        shrinkAfterRemovals(so)
    }

    /// CPython resizes a set whose table is more than a quarter dummies after a difference update.
    private func shrinkAfterRemovals(_ so: PySet) {
        if so.fill - so.count > so.mask / 4 { so.resize(so.count > 50000 ? so.count * 2 : so.count * 4) }
    }

    /// set_difference: a new set.
    func setDifference(_ so: PySet, _ other: Value) throws -> PySet {
        if let o = other.asObject(PySet.self), (so.count >> 2) <= o.count {
            let r = newSetLike(so)
            for e in so.activeEntries where try !o.contains(e.key, hash: e.hash, eq: equals) {
                try r.add(e.key, hash: e.hash, eq: equals)
            }
            return r
        }
        if let d = other.asObject(PyDict.self), (so.count >> 2) <= d.count {
            let r = newSetLike(so)
            for e in so.activeEntries where try !d.contains(e.key, hash: e.hash, eq: equals) {
                try r.add(e.key, hash: e.hash, eq: equals)
            }
            return r
        }
        let r = makeSetCopy(so, frozen: so.frozen)
        let mark = nativeRoots.count
        nativeRoots.append(Value(r))
        defer { nativeRoots.removeSubrange(mark...) }
        try setDifferenceUpdate(r, other)
        return r
    }

    /// set_symmetric_difference_update.
    func setSymmetricDifferenceUpdate(_ so: PySet, _ other: Value) throws {
        if other.isIdentical(Value(so)) { so.removeAll(); return }
        if let d = other.asObject(PyDict.self) {
            for e in d.liveEntries {
                if try !so.discard(e.key, hash: e.hash, eq: equals) { try so.add(e.key, hash: e.hash, eq: equals) }
            }
            return
        }
        let mark = nativeRoots.count
        defer { nativeRoots.removeSubrange(mark...) }
        let o = try asSet(other)
        for e in o.activeEntries {
            if try !so.discard(e.key, hash: e.hash, eq: equals) { try so.add(e.key, hash: e.hash, eq: equals) }
        }
    }

    private func setIsSubset(_ a: PySet, _ b: PySet) throws -> Bool {
        if a.count > b.count { return false }
        for e in a.activeEntries where try !b.contains(e.key, hash: e.hash, eq: equals) { return false }
        return true
    }

    /// Set comparison by inclusion; op is lt, le, eq, ne, gt, ge.
    func setCompare(_ a: PySet, _ b: PySet, _ op: Int) throws -> Bool {
        switch op {
        case 2: return try a.count == b.count && setIsSubset(a, b)
        case 3: return try !(a.count == b.count && setIsSubset(a, b))
        case 1: return try setIsSubset(a, b)
        case 0: return try a.count < b.count && setIsSubset(a, b)
        case 5: return try setIsSubset(b, a)
        default: return try b.count < a.count && setIsSubset(b, a)
        }
    }

    func setRepr(_ s: PySet) throws -> String {
        let name = s.cls.name
        if s.count == 0 { return "\(name)()" }
        let id = ObjectIdentifier(s)
        if reprInProgress.contains(id) { return "\(name)(...)" }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        let body = "{" + (try s.elements.map { try repr($0) }.joined(separator: ", ")) + "}"
        return s.frozen || !s.isExactly(types.set) ? "\(name)(\(body))" : body
    }

    func setUpSetMethods() {
        for t in [types.set, types.frozenset] {
            let frozen = t === types.frozenset
            func me(_ i: Interpreter, _ a: Args, _ m: String) throws -> PySet {
                let s = try i.selfOf(a, PySet.self, t.name, m)
                if s.frozen != frozen {
                    throw i.typeError("descriptor '\(m)' for '\(t.name)' objects doesn't apply to a '\(s.cls.name)' object")
                }
                return s
            }
            func rooted<R>(_ i: Interpreter, _ body: () throws -> R) rethrows -> R {
                let mark = i.nativeRoots.count
                defer { i.nativeRoots.removeSubrange(mark...) }
                return try body()
            }

            addMethod(t, "copy") { i, a in
                let s = try me(i, a, "copy")
                try i.noArgs(a, "copy")
                if frozen && s.cls === i.types.frozenset { return a[0] }
                return Value(i.makeSetCopy(s, frozen: frozen))
            }
            addMethod(t, "union") { i, a in
                let s = try me(i, a, "union")
                try i.noKeywords(a, "union")
                return try rooted(i) {
                    let r = i.makeSetCopy(s, frozen: frozen)
                    i.nativeRoots.append(Value(r))
                    for k in 1..<a.count where !a[k].isIdentical(a[0]) { try i.setUpdate(r, a[k]) }
                    return Value(r)
                }
            }
            addMethod(t, "intersection") { i, a in
                let s = try me(i, a, "intersection")
                try i.noKeywords(a, "intersection")
                if a.count == 1 {
                    if frozen && s.cls === i.types.frozenset { return a[0] }
                    return Value(i.makeSetCopy(s, frozen: frozen))
                }
                return try rooted(i) {
                    var r = s
                    for k in 1..<a.count { r = try i.setIntersection(r, a[k]) }
                    return Value(r)
                }
            }
            addMethod(t, "difference") { i, a in
                let s = try me(i, a, "difference")
                try i.noKeywords(a, "difference")
                if a.count == 1 { return Value(i.makeSetCopy(s, frozen: frozen)) }
                return try rooted(i) {
                    let r = try i.setDifference(s, a[1])
                    i.nativeRoots.append(Value(r))
                    for k in 2..<Swift.max(2, a.count) { try i.setDifferenceUpdate(r, a[k]) }
                    return Value(r)
                }
            }
            addMethod(t, "symmetric_difference") { i, a in
                let s = try me(i, a, "symmetric_difference")
                let o = try i.oneArg(a, "symmetric_difference")
                return try rooted(i) {
                    let r = i.makeSet(frozen: frozen)
                    i.nativeRoots.append(Value(r))
                    try i.setUpdate(r, o)
                    try i.setSymmetricDifferenceUpdate(r, Value(s))
                    return Value(r)
                }
            }
            addMethod(t, "issubset") { i, a in
                let s = try me(i, a, "issubset")
                let o = try i.oneArg(a, "issubset")
                return try rooted(i) { .bool(try i.setIsSubset(s, try i.asSet(o))) }
            }
            addMethod(t, "issuperset") { i, a in
                let s = try me(i, a, "issuperset")
                let o = try i.oneArg(a, "issuperset")
                if let os = o.asObject(PySet.self) { return .bool(try i.setIsSubset(os, s)) }
                return try rooted(i) {
                    let it = try i.getIter(o)
                    i.nativeRoots.append(it)
                    while let v = try i.next(it) {
                        if try !i.setContains(s, v) { return .bool(false) }
                    }
                    return .bool(true)
                }
            }
            addMethod(t, "isdisjoint") { i, a in
                let s = try me(i, a, "isdisjoint")
                let o = try i.oneArg(a, "isdisjoint")
                if let os = o.asObject(PySet.self) {
                    var (x, y) = (s, os)
                    if x.count > y.count { swap(&x, &y) }
                    for e in x.activeEntries where try y.contains(e.key, hash: e.hash, eq: i.equals) { return .bool(false) }
                    return .bool(true)
                }
                return try rooted(i) {
                    let it = try i.getIter(o)
                    i.nativeRoots.append(it)
                    while let v = try i.next(it) {
                        if try i.setContains(s, v) { return .bool(false) }
                    }
                    return .bool(true)
                }
            }

            // dunders
            addMethod(t, "__len__") { i, a in .int(try me(i, a, "__len__").count) }
            addMethod(t, "__contains__") { i, a in
                let s = try me(i, a, "__contains__")
                return .bool(try i.setContains(s, try i.oneArg(a, "__contains__")))
            }
            addMethod(t, "__iter__") { i, a in
                let s = try me(i, a, "__iter__")
                let items = s.elements
                let size = s.count
                var k = 0
                return i.makeIterator("set_iterator", refs: [a[0]]) { interp in
                    if s.count != size { throw interp.error("RuntimeError", "Set changed size during iteration") }
                    guard k < items.count else { return nil }
                    k += 1
                    return items[k - 1]
                }
            }
            for (name, code, reflected) in [("__or__", 10, false), ("__ror__", 10, true), ("__and__", 12, false), ("__rand__", 12, true),
                                             ("__sub__", 1, false), ("__rsub__", 1, true), ("__xor__", 11, false), ("__rxor__", 11, true)] {
                addMethod(t, name) { i, a in
                    let s = try me(i, a, name)
                    guard let o = try i.otherArg(a, name).asObject(PySet.self) else { return i.notImplemented }
                    return reflected ? try i.setOperator(code, o, s, inplace: false) : try i.setOperator(code, s, o, inplace: false)
                }
            }
            for (op, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
                addMethod(t, name) { i, a in
                    let s = try me(i, a, name)
                    guard let o = try i.otherArg(a, name).asObject(PySet.self) else { return i.notImplemented }
                    return .bool(try i.setCompare(s, o, op))
                }
            }
            addMethod(t, "__repr__") { i, a in
                let s = try me(i, a, "__repr__")
                return i.makeStr(try i.setRepr(s))
            }
            if frozen {
                addMethod(t, "__hash__") { i, a in
                    _ = try me(i, a, "__hash__")
                    return .int(try i.hash(a[0]))
                }
                continue
            }
            t.dict.setStr(intern("__hash__"), .none)

            // set only: mutators
            addMethod(t, "__init__") { i, a in
                let s = try me(i, a, "__init__")
                try i.noKeywords(a, "set")
                let r = i.methodRest(a)
                try i.expectArgs(r, "set", min: 0, max: 1)
                s.removeAll()
                if r.count == 1 { try i.setUpdate(s, r[0]) }
                return .none
            }
            addMethod(t, "add") { i, a in
                let s = try me(i, a, "add")
                try i.setAdd(s, try i.oneArg(a, "add"))
                return .none
            }
            addMethod(t, "remove") { i, a in
                let s = try me(i, a, "remove")
                let x = try i.oneArg(a, "remove")
                if try !i.setDiscard(s, x) { throw i.keyError(x) }
                return .none
            }
            addMethod(t, "discard") { i, a in
                let s = try me(i, a, "discard")
                _ = try i.setDiscard(s, try i.oneArg(a, "discard"))
                return .none
            }
            addMethod(t, "pop") { i, a in
                let s = try me(i, a, "pop")
                try i.noArgs(a, "pop")
                guard let v = s.popAny() else { throw i.error("KeyError", "pop from an empty set") }
                return v
            }
            addMethod(t, "clear") { i, a in
                let s = try me(i, a, "clear")
                try i.noArgs(a, "clear")
                s.removeAll()
                return .none
            }
            addMethod(t, "update") { i, a in
                let s = try me(i, a, "update")
                try i.noKeywords(a, "update")
                for k in 1..<Swift.max(1, a.count) { try i.setUpdate(s, a[k]) }
                return .none
            }
            addMethod(t, "intersection_update") { i, a in
                let s = try me(i, a, "intersection_update")
                try i.noKeywords(a, "intersection_update")
                try rooted(i) {
                    var r = s
                    for k in 1..<Swift.max(1, a.count) { r = try i.setIntersection(r, a[k]) }
                    if r !== s { i.setReplaceContents(s, with: r) }
                }
                return .none
            }
            addMethod(t, "difference_update") { i, a in
                let s = try me(i, a, "difference_update")
                try i.noKeywords(a, "difference_update")
                for k in 1..<Swift.max(1, a.count) { try i.setDifferenceUpdate(s, a[k]) }
                return .none
            }
            addMethod(t, "symmetric_difference_update") { i, a in
                let s = try me(i, a, "symmetric_difference_update")
                try i.setSymmetricDifferenceUpdate(s, try i.oneArg(a, "symmetric_difference_update"))
                return .none
            }
            for (name, code) in [("__ior__", 10), ("__iand__", 12), ("__isub__", 1), ("__ixor__", 11)] {
                addMethod(t, name) { i, a in
                    let s = try me(i, a, name)
                    guard let o = try i.otherArg(a, name).asObject(PySet.self) else { return i.notImplemented }
                    return try i.setOperator(code, s, o, inplace: true)
                }
            }
        }
    }

    /// Discards v from s; a set argument is looked up as a frozenset.
    private func setDiscard(_ s: PySet, _ v: Value) throws -> Bool {
        do {
            return try s.discard(v, hash: try hash(v), eq: equals)
        } catch let e as ScriptError where isInstance(e.exception, "TypeError") {
            if let inner = v.asObject(PySet.self), !inner.frozen {
                let f = makeSetCopy(inner, frozen: true)
                return try s.discard(Value(f), hash: try hash(Value(f)), eq: equals)
            }
            throw e
        }
    }
}
