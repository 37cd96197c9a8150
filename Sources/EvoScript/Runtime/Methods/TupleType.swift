// Methods of tuple.

extension Interpreter {
    func tupleGetItem(_ t: PyTuple, _ idx: Value) throws -> Value {
        if let s = idx.asObject(PySlice.self) {
            let (start, _, step, count) = try sliceIndices(s, length: t.items.count)
            if start == 0 && step == 1 && count == t.items.count && t.isExactly(types.tuple) { return Value(t) }
            var out: [Value] = []
            out.reserveCapacity(count)
            var k = start
            for _ in 0..<count where k >= 0 && k < t.items.count { out.append(t.items[k]); k &+= step }
            return Value(makeTuple(out))
        }
        guard let i = try indexValue(idx) else {
            throw typeError("tuple indices must be integers or slices, not \(typeName(idx))")
        }
        let j = i < 0 ? i + t.items.count : i
        guard j >= 0 && j < t.items.count else { throw error("IndexError", "tuple index out of range") }
        return t.items[j]
    }

    func setUpTupleMethods() {
        let t = types.tuple
        func me(_ i: Interpreter, _ a: Args, _ m: String) throws -> PyTuple { try i.selfOf(a, PyTuple.self, "tuple", m) }

        addMethod(t, "count") { i, a in
            let tu = try me(i, a, "count")
            let x = try i.oneArg(a, "count")
            var n = 0
            for v in tu.items where try i.equals(v, x) { n += 1 }
            return .int(n)
        }
        addMethod(t, "index") { i, a in
            let tu = try me(i, a, "index")
            try i.methodArgs(a, "index", min: 1, max: 3)
            let start = a.count > 2 ? try i.clampedIndex(a[2], tu.items.count) : 0
            let stop = a.count > 3 ? try i.clampedIndex(a[3], tu.items.count) : tu.items.count
            var k = start
            while k < stop {
                if try i.equals(tu.items[k], a[1]) { return .int(k) }
                k += 1
            }
            throw i.valueError("tuple.index(x): x not in tuple")
        }
        addMethod(t, "__len__") { i, a in .int(try me(i, a, "__len__").items.count) }
        addMethod(t, "__getitem__") { i, a in
            let tu = try me(i, a, "__getitem__")
            return try i.tupleGetItem(tu, try i.oneArg(a, "__getitem__"))
        }
        addMethod(t, "__contains__") { i, a in
            let tu = try me(i, a, "__contains__")
            let x = try i.oneArg(a, "__contains__")
            for v in tu.items where try i.equals(v, x) { return .bool(true) }
            return .bool(false)
        }
        addMethod(t, "__iter__") { i, a in
            let tu = try me(i, a, "__iter__")
            var k = 0
            return i.makeIterator("tuple_iterator", refs: [a[0]]) { _ in
                guard k < tu.items.count else { return nil }
                k += 1
                return tu.items[k - 1]
            }
        }
        addMethod(t, "__add__") { i, a in
            let tu = try me(i, a, "__add__")
            let o = try i.otherArg(a, "__add__")
            guard let r = o.asObject(PyTuple.self) else {
                throw i.typeError("can only concatenate tuple (not \"\(i.typeName(o))\") to tuple")
            }
            return Value(i.makeTuple(tu.items + r.items))
        }
        for name in ["__mul__", "__rmul__"] {
            addMethod(t, name) { i, a in
                let tu = try me(i, a, name)
                let o = try i.otherArg(a, name)
                guard let n = try i.repeatCount(o) else {
                    throw i.typeError("can't multiply sequence by non-int of type '\(i.typeName(o))'")
                }
                if n == 1 && tu.cls === i.types.tuple { return a[0] }
                return Value(i.makeTuple(try i.repeated(tu.items, n)))
            }
        }
        addSequenceComparisons(t) { $0.asObject(PyTuple.self)?.items }
        addMethod(t, "__hash__") { i, a in
            let tu = try me(i, a, "__hash__")
            return .int(Hashing.hashTuple(try tu.items.map { try i.hash($0) }))
        }
        addMethod(t, "__repr__") { i, a in
            let tu = try me(i, a, "__repr__")
            if tu.items.isEmpty { return i.makeStr("()") }
            return i.makeStr(try i.reprItems(tu, tu.items, open: "(", close: ")", placeholder: "(...)"))
        }
        addMethod(t, "__getnewargs__") { i, a in
            let tu = try me(i, a, "__getnewargs__")
            return Value(i.makeTuple([Value(i.makeTuple(tu.items))]))
        }
    }
}
