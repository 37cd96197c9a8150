// Methods of dict and of its keys/values/items views.

extension Interpreter {
    /// Iterates the keys, values or items of d (raising if it changes size).
    func dictViewIterator(_ d: PyDict, _ kind: PyDictView.Kind, refs: [Value]) -> Value {
        var k = 0
        let size = d.count
        let name: String
        switch kind {
        case .keys: name = "dict_keyiterator"
        case .values: name = "dict_valueiterator"
        case .items: name = "dict_itemiterator"
        }
        if kind == .items {
            return makePairIterator(name, refs: refs) { interp in
                if d.count != size { throw interp.error("RuntimeError", "dictionary changed size during iteration") }
                while k < d.rawCount {
                    let e = d.entry(at: k)
                    k += 1
                    if let e { return (e.key, e.value) }
                }
                return nil
            }
        }
        return makeIterator(name, refs: refs) { interp in
            if d.count != size { throw interp.error("RuntimeError", "dictionary changed size during iteration") }
            while k < d.rawCount {
                let e = d.entry(at: k)
                k += 1
                if let e { return kind == .keys ? e.key : e.value }
            }
            return nil
        }
    }

    /// A copy of d as a plain dict (keys are known distinct: no script code runs).
    func dictCopy(_ d: PyDict) -> PyDict {
        let r = makeDict()
        for e in d.liveEntries { r.set(e.key, hash: e.hash, value: e.value, eq: { _, _ in false }) }
        return r
    }

    func dictContentsEqual(_ a: PyDict, _ b: PyDict) throws -> Bool {
        if a.count != b.count { return false }
        let mark = nativeRoots.count
        defer { nativeRoots.removeSubrange(mark...) }
        for e in a.liveEntries {
            nativeRoots.append(e.key); nativeRoots.append(e.value)
            guard let v = try b.get(e.key, hash: e.hash, eq: equals) else { return false }
            nativeRoots.append(v)
            if !v.isIdentical(e.value), try !equals(v, e.value) { return false }
        }
        return true
    }

    func dictRepr(_ d: PyDict) throws -> String {
        let id = ObjectIdentifier(d)
        if reprInProgress.contains(id) { return "{...}" }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        var parts: [String] = []
        for e in d.liveEntries { parts.append("\(try repr(e.key)): \(try repr(e.value))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// The items of a keys or items view (for its set operations).
    private func viewContains(_ v: PyDictView, _ item: Value) throws -> Bool {
        switch v.kind {
        case .keys: return try v.dict.contains(item, hash: try hash(item), eq: equals)
        case .items:
            guard let t = item.asObject(PyTuple.self), t.items.count == 2 else { return false }
            guard let val = try dictGet(v.dict, t.items[0]) else { return false }
            return try equals(val, t.items[1])
        case .values:
            for e in v.dict.liveEntries where try equals(e.value, item) { return true }
            return false
        }
    }

    /// dictviews_and / _PyDictView_Intersect of CPython 3.8.
    private func viewIntersect(_ l: Value, _ r: Value) throws -> Value {
        var (me, other) = (l, r)
        if !isSetLikeView(me) { swap(&me, &other) }
        guard let view = me.asObject(PyDictView.self) else { return notImplemented }
        let mark = nativeRoots.count
        defer { nativeRoots.removeSubrange(mark...) }
        if let s = other.asObject(PySet.self), s.isExactly(types.set), view.dict.count <= s.count {
            let result = makeSet()
            nativeRoots.append(Value(result))
            let it = try getIter(me)
            nativeRoots.append(it)
            while let x = try next(it) {
                if try setContains(s, x) { try setAdd(result, x) }
            }
            return Value(result)
        }
        if let ov = other.asObject(PyDictView.self), isSetLikeView(other), ov.dict.count > view.dict.count {
            swap(&me, &other)
        }
        guard let self2 = me.asObject(PyDictView.self) else { return notImplemented }
        let result = makeSet()
        nativeRoots.append(Value(result))
        let it = try getIter(other)
        nativeRoots.append(it)
        while let x = try next(it) {
            if try viewContains(self2, x) { try setAdd(result, x) }
        }
        return Value(result)
    }

    private func isSetLikeView(_ v: Value) -> Bool {
        guard let dv = v.asObject(PyDictView.self) else { return false }
        return dv.kind != .values
    }

    /// set(l) then `method`(r): the | - ^ operators of views.
    private func viewSetOp(_ l: Value, _ r: Value, _ code: Int) throws -> Value {
        let result = makeSet()
        let mark = nativeRoots.count
        nativeRoots.append(Value(result))
        defer { nativeRoots.removeSubrange(mark...) }
        try setUpdate(result, l)
        switch code {
        case 10: try setUpdate(result, r)
        case 1: try setDifferenceUpdate(result, r)
        default: try setSymmetricDifferenceUpdate(result, r)
        }
        return Value(result)
    }

    func setUpDictMethods() {
        let t = types.dict
        func me(_ i: Interpreter, _ a: Args, _ m: String) throws -> PyDict { try i.selfOf(a, PyDict.self, "dict", m) }

        addMethod(t, "__init__") { i, a in
            let d = try me(i, a, "__init__")
            try i.dictInit(d, i.methodRest(a))
            return .none
        }
        addMethod(t, "get") { i, a in
            let d = try me(i, a, "get")
            try i.methodArgs(a, "get", min: 1, max: 2)
            return try i.dictGet(d, a[1]) ?? (a.count > 2 ? a[2] : .none)
        }
        addMethod(t, "setdefault") { i, a in
            let d = try me(i, a, "setdefault")
            try i.methodArgs(a, "setdefault", min: 1, max: 2)
            if let v = try i.dictGet(d, a[1]) { return v }
            let dflt = a.count > 2 ? a[2] : .none
            try i.dictSet(d, a[1], dflt)
            return dflt
        }
        addMethod(t, "pop") { i, a in
            let d = try me(i, a, "pop")
            try i.methodArgs(a, "pop", min: 1, max: 2)
            if let v = try d.remove(a[1], hash: try i.hash(a[1]), eq: i.equals) { return v }
            if a.count > 2 { return a[2] }
            throw i.keyError(a[1])
        }
        addMethod(t, "popitem") { i, a in
            let d = try me(i, a, "popitem")
            try i.noArgs(a, "popitem")
            guard let e = d.popLast() else { throw i.error("KeyError", "popitem(): dictionary is empty") }
            return Value(i.makeTuple([e.key, e.value]))
        }
        addMethod(t, "update") { i, a in
            let d = try me(i, a, "update")
            let r = i.methodRest(a)
            if r.count > 1 { throw i.typeError("update expected at most 1 argument, got \(r.count)") }
            try i.dictInit(d, r)
            return .none
        }
        for (name, kind, cls) in [("keys", PyDictView.Kind.keys, types.dictKeys), ("values", .values, types.dictValues),
                                  ("items", .items, types.dictItems)] {
            addMethod(t, name) { i, a in
                let d = try me(i, a, name)
                try i.noArgs(a, name)
                return Value(i.heap.track(PyDictView(cls: cls, dict: d, kind: kind)))
            }
        }
        addMethod(t, "copy") { i, a in
            let d = try me(i, a, "copy")
            try i.noArgs(a, "copy")
            return Value(i.dictCopy(d))
        }
        addMethod(t, "clear") { i, a in
            let d = try me(i, a, "clear")
            try i.noArgs(a, "clear")
            d.removeAll()
            return .none
        }
        addClassMethod(t, "fromkeys") { i, a in
            guard a.count >= 1, let cls = a[0].asObject(PyType.self) else { throw i.typeError("fromkeys needs a class") }
            try i.methodArgs(a, "fromkeys", min: 1, max: 2)
            let value = a.count > 2 ? a[2] : .none
            let result: Value = cls === i.types.dict ? Value(i.makeDict()) : try i.callType(cls, [], [])
            let mark = i.nativeRoots.count
            i.nativeRoots.append(result)
            defer { i.nativeRoots.removeSubrange(mark...) }
            let keys = try i.iterateToArray(a[1])
            i.nativeRoots.append(contentsOf: keys)
            if let d = result.asObject(PyDict.self), d.cls === i.types.dict {
                for k in keys { try i.dictSet(d, k, value) }
            } else {
                for k in keys { try i.setItem(result, k, value) }
            }
            return result
        }

        // dunders
        addMethod(t, "__len__") { i, a in .int(try me(i, a, "__len__").count) }
        addMethod(t, "__getitem__") { i, a in
            let d = try me(i, a, "__getitem__")
            let k = try i.oneArg(a, "__getitem__")
            if let v = try i.dictGet(d, k) { return v }
            if d.cls !== i.types.dict, let missing = d.cls.lookup(i.intern("__missing__")) {
                return try i.call(missing, [a[0], k])
            }
            throw i.keyError(k)
        }
        addMethod(t, "__setitem__") { i, a in
            let d = try me(i, a, "__setitem__")
            try i.expectArgs(i.methodRest(a), "__setitem__", min: 2, max: 2)
            try i.dictSet(d, a[1], a[2])
            return .none
        }
        addMethod(t, "__delitem__") { i, a in
            let d = try me(i, a, "__delitem__")
            let k = try i.oneArg(a, "__delitem__")
            if try d.remove(k, hash: try i.hash(k), eq: i.equals) == nil { throw i.keyError(k) }
            return .none
        }
        addMethod(t, "__contains__") { i, a in
            let d = try me(i, a, "__contains__")
            let k = try i.oneArg(a, "__contains__")
            return .bool(try d.contains(k, hash: try i.hash(k), eq: i.equals))
        }
        addMethod(t, "__iter__") { i, a in
            let d = try me(i, a, "__iter__")
            return i.dictViewIterator(d, .keys, refs: [a[0]])
        }
        addMethod(t, "__reversed__") { i, a in
            let d = try me(i, a, "__reversed__")
            let keys = d.liveEntries.map { $0.key }
            var k = keys.count
            return i.makeIterator("dict_reversekeyiterator", refs: [a[0]] + keys) { _ in
                guard k > 0 else { return nil }
                k -= 1
                return keys[k]
            }
        }
        for (name, negate) in [("__eq__", false), ("__ne__", true)] {
            addMethod(t, name) { i, a in
                let d = try me(i, a, name)
                guard let o = try i.otherArg(a, name).asObject(PyDict.self) else { return i.notImplemented }
                let eq = try i.dictContentsEqual(d, o)
                return .bool(negate ? !eq : eq)
            }
        }
        addMethod(t, "__repr__") { i, a in
            let d = try me(i, a, "__repr__")
            return i.makeStr(try i.dictRepr(d))
        }
        t.dict.setStr(intern("__hash__"), .none)

        setUpDictViewMethods()
    }

    private func setUpDictViewMethods() {
        for (cls, kind) in [(types.dictKeys, PyDictView.Kind.keys), (types.dictValues, .values), (types.dictItems, .items)] {
            func me(_ i: Interpreter, _ a: Args, _ m: String) throws -> PyDictView {
                try i.selfOf(a, PyDictView.self, cls.name, m)
            }
            addMethod(cls, "__len__") { i, a in .int(try me(i, a, "__len__").dict.count) }
            addMethod(cls, "__iter__") { i, a in
                let v = try me(i, a, "__iter__")
                return i.dictViewIterator(v.dict, kind, refs: [a[0]])
            }
            addMethod(cls, "__reversed__") { i, a in
                let v = try me(i, a, "__reversed__")
                let entries = v.dict.liveEntries
                var k = entries.count
                let name = kind == .keys ? "dict_reversekeyiterator" : kind == .values ? "dict_reversevalueiterator" : "dict_reverseitemiterator"
                return i.makeIterator(name, refs: [a[0]] + entries.flatMap { [$0.key, $0.value] }) { interp in
                    guard k > 0 else { return nil }
                    k -= 1
                    let e = entries[k]
                    switch kind {
                    case .keys: return e.key
                    case .values: return e.value
                    case .items: return Value(interp.makeTuple([e.key, e.value]))
                    }
                }
            }
            addMethod(cls, "__contains__") { i, a in
                let v = try me(i, a, "__contains__")
                return .bool(try i.viewContains(v, try i.oneArg(a, "__contains__")))
            }
            addMethod(cls, "__repr__") { i, a in
                _ = try me(i, a, "__repr__")
                return i.makeStr(try i.repr(a[0]))
            }
            if kind == .values { continue }
            for (name, code, reflected) in [("__and__", 12, false), ("__rand__", 12, true), ("__or__", 10, false), ("__ror__", 10, true),
                                             ("__sub__", 1, false), ("__rsub__", 1, true), ("__xor__", 11, false), ("__rxor__", 11, true)] {
                addMethod(cls, name) { i, a in
                    _ = try me(i, a, name)
                    let o = try i.otherArg(a, name)
                    let (l, r) = reflected ? (o, a[0]) : (a[0], o)
                    if i.special(o, "__iter__") == nil && i.special(o, "__getitem__") == nil { return i.notImplemented }
                    if code == 12 { return try i.viewIntersect(l, r) }
                    return try i.viewSetOp(l, r, code)
                }
            }
            addMethod(cls, "isdisjoint") { i, a in
                let v = try me(i, a, "isdisjoint")
                let o = try i.oneArg(a, "isdisjoint")
                if o.isIdentical(a[0]) { return .bool(v.dict.count == 0) }
                let it = try i.getIter(o)
                let mark = i.nativeRoots.count
                i.nativeRoots.append(it)
                defer { i.nativeRoots.removeSubrange(mark...) }
                while let x = try i.next(it) {
                    if try i.viewContains(v, x) { return .bool(false) }
                }
                return .bool(true)
            }
            for (op, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].enumerated() {
                addMethod(cls, name) { i, a in
                    let v = try me(i, a, name)
                    let o = try i.otherArg(a, name)
                    guard o.object is PySet || i.isSetLikeView(o) else { return i.notImplemented }
                    let mark = i.nativeRoots.count
                    defer { i.nativeRoots.removeSubrange(mark...) }
                    let mine = i.makeSet()
                    i.nativeRoots.append(Value(mine))
                    try i.setUpdate(mine, Value(v))
                    let theirs: PySet
                    if let s = o.asObject(PySet.self) { theirs = s } else {
                        theirs = i.makeSet()
                        i.nativeRoots.append(Value(theirs))
                        try i.setUpdate(theirs, o)
                    }
                    return .bool(try i.setCompare(mine, theirs, op))
                }
            }
            cls.dict.setStr(intern("__hash__"), .none)
        }
        addMethod(types.dictValues, "__eq__") { i, a in
            guard a.count == 2 else { throw i.typeError("expected 1 argument") }
            return a[0].isIdentical(a[1]) ? .bool(true) : i.notImplemented
        }
    }
}
