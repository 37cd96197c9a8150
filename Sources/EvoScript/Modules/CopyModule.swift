// copy: shallow and deep copies of the builtin containers and of instances
// (through __copy__ / __deepcopy__ or the instance __dict__).

extension Interpreter {
    func makeCopyModule() -> PyModule {
        let m = makeModule("copy")
        let d = m.dict
        d.setStr(intern("copy"), Value(makeBuiltin("copy") { i, a in
            try i.expectArgs(a, "copy", min: 1, max: 1)
            return try i.shallowCopy(a[0])
        }))
        d.setStr(intern("deepcopy"), Value(makeBuiltin("deepcopy") { i, a in
            try i.expectArgs(a, "deepcopy", min: 1, max: 2)
            let memo: PyDict
            if a.count > 1, let md = a[1].asObject(PyDict.self) { memo = md } else { memo = i.makeDict() }
            let mark = i.nativeRoots.count
            i.nativeRoots.append(Value(memo))
            defer { i.nativeRoots.removeSubrange(mark...) }
            return try i.deepCopy(a[0], memo)
        }))
        d.setStr(intern("Error"), Value(types.exception("Exception")))
        return m
    }

    private func isAtomic(_ v: Value) -> Bool {
        switch v {
        case .none, .bool, .int, .float, .unbound: return true
        case .obj(let u):
            let o = u.takeUnretainedValue()
            if o.cls.isBuiltin {
                switch o {
                case let b as PyBytes:
                    return !b.isByteArray
                case is PyStr, is PyLong, is PyComplex, is PyType, is PyFunction, is PyBuiltinFunction, is PyRange, is PySingleton, is PyCode, is PyModule:
                    return true
                default: return false
                }
            }
            return o is PyType || o is PyFunction
        }
    }

    func shallowCopy(_ v: Value) throws -> Value {
        if isAtomic(v) { return v }
        guard let o = v.object else { return v }
        if let c = o.cls.lookup(intern("__copy__")), !(c.object is PyBuiltinFunction) {
            return try call(c, [v])
        }
        switch o {
        case let t as PyTuple where t.isExactly(types.tuple): return v
        case let s as PySet where s.frozen && s.isExactly(types.frozenset): return v
        case let l as PyList:
            let n = heap.track(PyList(cls: l.cls, l.items))
            if let ad = l.dict { n.dict = try copyDict(ad) }
            return Value(n)
        case let dd as PyDict:
            let n = heap.track(PyDict(cls: dd.cls))
            for e in dd.liveEntries { try n.set(e.key, hash: e.hash, value: e.value, eq: equals) }
            if let ad = dd.dict { n.dict = try copyDict(ad) }
            return Value(n)
        case let s as PySet:
            return Value(makeSetCopy(s, frozen: s.frozen))
        case let inst as PyInstance:
            let n = heap.track(PyInstance(cls: inst.cls, dict: nil))
            if let ad = inst.dict { n.dict = try copyDict(ad) }
            return Value(n)
        case let t as PyTuple:
            return Value(heap.track(PyTuple(cls: t.cls, t.items)))
        case let e as PyBaseException:
            let n = heap.track(PyBaseException(cls: e.cls, args: e.args))
            if let ad = e.dict { n.dict = try copyDict(ad) }
            return Value(n)
        case let b as PyBytes:
            let n = heap.track(PyBytes(cls: b.cls, b.bytes, isByteArray: b.isByteArray))
            if let ad = b.dict { n.dict = try copyDict(ad) }
            return Value(n)
        default:
            throw typeError("cannot pickle '\(o.cls.name)' object")
        }
    }

    private func copyDict(_ d: PyDict) throws -> PyDict {
        let n = makeDict()
        for e in d.liveEntries { try n.set(e.key, hash: e.hash, value: e.value, eq: equals) }
        return n
    }

    func deepCopy(_ v: Value, _ memo: PyDict) throws -> Value {
        if isAtomic(v) { return v }
        guard let o = v.object else { return v }
        let key = Value.int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)))
        if let done = try memo.get(key, hash: try hash(key), eq: equals) { return done }
        func remember(_ copy: Value) throws {
            try memo.set(key, hash: try hash(key), value: copy, eq: equals)
            // Keep the original alive as long as the memo (as copy._keep_alive does).
            let kk = Value.int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(memo).hashValue)))
            if let keep = try memo.get(kk, hash: try hash(kk), eq: equals)?.asObject(PyList.self) {
                keep.items.append(v)
            } else {
                try memo.set(kk, hash: try hash(kk), value: Value(makeList([v])), eq: equals)
            }
        }
        if let c = o.cls.lookup(intern("__deepcopy__")), !(c.object is PyBuiltinFunction) {
            let r = try call(c, [v, Value(memo)])
            try remember(r)
            return r
        }
        switch o {
        case let l as PyList:
            let n = heap.track(PyList(cls: l.cls, []))
            try remember(Value(n))
            for x in l.items { n.items.append(try deepCopy(x, memo)) }
            if let ad = l.dict { n.dict = try deepCopyDict(ad, memo) }
            return Value(n)
        case let t as PyTuple:
            var items: [Value] = []
            var same = true
            for x in t.items {
                let c = try deepCopy(x, memo)
                nativeRoots.append(c)
                items.append(c)
                if !c.isIdentical(x) { same = false }
            }
            nativeRoots.removeLast(items.count)
            // A tuple may have been copied while copying its items (a cycle).
            if let done = try memo.get(key, hash: try hash(key), eq: equals) { return done }
            let r = same && t.isExactly(types.tuple) ? v : Value(heap.track(PyTuple(cls: t.cls, items)))
            try remember(r)
            return r
        case let dd as PyDict:
            let n = heap.track(PyDict(cls: dd.cls))
            try remember(Value(n))
            for e in dd.liveEntries {
                let k = try deepCopy(e.key, memo)
                nativeRoots.append(k)
                defer { nativeRoots.removeLast() }
                try n.set(k, hash: try hash(k), value: try deepCopy(e.value, memo), eq: equals)
            }
            if let ad = dd.dict { n.dict = try deepCopyDict(ad, memo) }
            return Value(n)
        case let s as PySet:
            let n = heap.track(PySet(cls: s.cls, frozen: s.frozen))
            try remember(Value(n))
            for x in s.elements { try setAdd(n, try deepCopy(x, memo)) }
            return Value(n)
        case let inst as PyInstance:
            let n = heap.track(PyInstance(cls: inst.cls, dict: nil))
            try remember(Value(n))
            if let ad = inst.dict { n.dict = try deepCopyDict(ad, memo) }
            return Value(n)
        case let e as PyBaseException:
            let n = heap.track(PyBaseException(cls: e.cls, args: []))
            try remember(Value(n))
            for x in e.args { n.args.append(try deepCopy(x, memo)) }
            if let ad = e.dict { n.dict = try deepCopyDict(ad, memo) }
            return Value(n)
        case let b as PyBytes:
            let n = heap.track(PyBytes(cls: b.cls, b.bytes, isByteArray: b.isByteArray))
            try remember(Value(n))
            if let ad = b.dict { n.dict = try deepCopyDict(ad, memo) }
            return Value(n)
        default:
            if let c = o.cls.lookup(intern("__copy__")), !(c.object is PyBuiltinFunction) { return try call(c, [v]) }
            throw typeError("cannot pickle '\(o.cls.name)' object")
        }
    }

    private func deepCopyDict(_ d: PyDict, _ memo: PyDict) throws -> PyDict {
        let n = makeDict()
        nativeRoots.append(Value(n))
        defer { nativeRoots.removeLast() }
        for e in d.liveEntries {
            try n.set(e.key, hash: e.hash, value: try deepCopy(e.value, memo), eq: equals)
        }
        return n
    }
}
