import BigInt

// Methods and attributes of range and slice.

extension Interpreter {
    /// The position of an int in a range, or nil.
    private func rangeIndex(_ r: PyRange, _ v: Value) throws -> Int? {
        guard isIntLike(v), let n = bigIntValue(v) else { return nil }
        let start = BigInt(r.start), stop = BigInt(r.stop), step = BigInt(r.step)
        if step > 0 {
            guard n >= start && n < stop, (n - start) % step == 0 else { return nil }
            return Int(exactly: (n - start) / step)
        }
        guard n <= start && n > stop, (start - n) % (-step) == 0 else { return nil }
        return Int(exactly: (start - n) / (-step))
    }

    private func rangeContains(_ r: PyRange, _ v: Value) throws -> Bool {
        if isIntLike(v) { return try rangeIndex(r, v) != nil }
        var k = 0
        let n = r.count
        while k < n {
            if try equals(.int(r.start + k * r.step), v) { return true }
            k += 1
        }
        return false
    }

    /// hash(range): the hash of (len, start, step), with None for what does not matter.
    func rangeHash(_ r: PyRange) throws -> Int {
        let n = r.count
        let parts: [Value]
        if n == 0 { parts = [.int(0), .none, .none] }
        else if n == 1 { parts = [.int(1), .int(r.start), .none] }
        else { parts = [.int(n), .int(r.start), .int(r.step)] }
        return Hashing.hashTuple(try parts.map { try hash($0) })
    }

    func setUpRangeAndSliceMethods() {
        let t = types.range
        func me(_ i: Interpreter, _ a: Args, _ m: String) throws -> PyRange { try i.selfOf(a, PyRange.self, "range", m) }

        addGetSet(t, "start", get: { _, v in .int(v.asObject(PyRange.self)?.start ?? 0) })
        addGetSet(t, "stop", get: { _, v in .int(v.asObject(PyRange.self)?.stop ?? 0) })
        addGetSet(t, "step", get: { _, v in .int(v.asObject(PyRange.self)?.step ?? 1) })
        addMethod(t, "count") { i, a in
            let r = try me(i, a, "count")
            let x = try i.oneArg(a, "count")
            if i.isIntLike(x) { return .int(try i.rangeIndex(r, x) != nil ? 1 : 0) }
            var n = 0, k = 0
            while k < r.count {
                if try i.equals(.int(r.start + k * r.step), x) { n += 1 }
                k += 1
            }
            return .int(n)
        }
        addMethod(t, "index") { i, a in
            let r = try me(i, a, "index")
            let x = try i.oneArg(a, "index")
            if i.isIntLike(x) {
                if let k = try i.rangeIndex(r, x) { return .int(k) }
                throw i.valueError("\(try i.repr(x)) is not in range")
            }
            var k = 0
            while k < r.count {
                if try i.equals(.int(r.start + k * r.step), x) { return .int(k) }
                k += 1
            }
            throw i.valueError("sequence.index(x): x not in sequence")
        }
        addMethod(t, "__len__") { i, a in .int(try me(i, a, "__len__").count) }
        addMethod(t, "__bool__") { i, a in .bool(try me(i, a, "__bool__").count > 0) }
        addMethod(t, "__getitem__") { i, a in
            _ = try me(i, a, "__getitem__")
            return try i.getItem(a[0], try i.oneArg(a, "__getitem__"))
        }
        addMethod(t, "__contains__") { i, a in
            let r = try me(i, a, "__contains__")
            return .bool(try i.rangeContains(r, try i.oneArg(a, "__contains__")))
        }
        addMethod(t, "__iter__") { i, a in
            let r = try me(i, a, "__iter__")
            return Value(i.heap.track(PyRangeIterator(cls: i.iteratorType("range_iterator"), start: r.start, step: r.step, count: r.count)))
        }
        addMethod(t, "__reversed__") { i, a in
            let r = try me(i, a, "__reversed__")
            let n = r.count
            return Value(i.heap.track(PyRangeIterator(cls: i.iteratorType("range_iterator"), start: r.start &+ (n &- 1) &* r.step, step: 0 &- r.step, count: n)))
        }
        func rangeEq(_ x: PyRange, _ y: PyRange) -> Bool {
            if x.count != y.count { return false }
            if x.count == 0 { return true }
            if x.start != y.start { return false }
            return x.count == 1 || x.step == y.step
        }
        addMethod(t, "__eq__") { i, a in
            let r = try me(i, a, "__eq__")
            guard let o = try i.otherArg(a, "__eq__").asObject(PyRange.self) else { return i.notImplemented }
            return .bool(rangeEq(r, o))
        }
        addMethod(t, "__ne__") { i, a in
            let r = try me(i, a, "__ne__")
            guard let o = try i.otherArg(a, "__ne__").asObject(PyRange.self) else { return i.notImplemented }
            return .bool(!rangeEq(r, o))
        }
        addMethod(t, "__hash__") { i, a in .int(try i.rangeHash(try me(i, a, "__hash__"))) }
        addMethod(t, "__repr__") { i, a in
            _ = try me(i, a, "__repr__")
            return i.makeStr(try i.repr(a[0]))
        }

        let s = types.slice
        addGetSet(s, "start", get: { _, v in v.asObject(PySlice.self)?.start ?? .none })
        addGetSet(s, "stop", get: { _, v in v.asObject(PySlice.self)?.stop ?? .none })
        addGetSet(s, "step", get: { _, v in v.asObject(PySlice.self)?.step ?? .none })
        addMethod(s, "indices") { i, a in
            let sl = try i.selfOf(a, PySlice.self, "slice", "indices")
            let x = try i.oneArg(a, "indices")
            guard let n = try i.indexValue(x) else {
                throw i.typeError("'\(i.typeName(x))' object cannot be interpreted as an integer")
            }
            if n < 0 { throw i.valueError("length should not be negative") }
            let (start, stop, step, _) = try i.sliceIndices(sl, length: n)
            return Value(i.makeTuple([.int(start), .int(stop), .int(step)]))
        }
        func sliceParts(_ v: Value) -> [Value]? {
            guard let sl = v.asObject(PySlice.self) else { return nil }
            return [sl.start, sl.stop, sl.step]
        }
        addSequenceComparisons(s, sliceParts)
        s.dict.setStr(intern("__hash__"), .none)
        addMethod(s, "__repr__") { i, a in
            _ = try i.selfOf(a, PySlice.self, "slice", "__repr__")
            return i.makeStr(try i.repr(a[0]))
        }
    }
}
