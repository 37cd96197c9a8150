import BigInt

// Methods and attributes of range and slice. A range whose bounds or length
// do not fit an Int (`PyRange.big`) takes the BigInt paths here; the dispatch
// loop's fast paths handle only the Int form.

extension Interpreter {
    /// range(start, stop, step), in the Int form whenever everything fits.
    func makeRange(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> PyRange {
        if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step),
           let n = PyRange.smallCount(a, b, c) {
            return heap.track(PyRange(cls: types.range, start: a, stop: b, step: c, count: n))
        }
        return heap.track(PyRange(cls: types.range, big: BigRange(start: start, stop: stop, step: step)))
    }

    /// The three bounds as BigInts, whichever form the range has.
    func rangeBounds(_ r: PyRange) -> BigRange {
        r.big ?? BigRange(start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step))
    }

    /// len(range): OverflowError when the length does not fit a Py_ssize_t.
    func rangeLength(_ r: PyRange) throws -> Int {
        guard let b = r.big else { return r.count }
        guard let n = Int(exactly: b.length) else {
            throw error("OverflowError", "Python int too large to convert to C ssize_t")
        }
        return n
    }

    /// An integer argument of range(): int, bool or __index__.
    private func rangeArg(_ v: Value) throws -> BigInt {
        if let n = bigIntValue(v) { return n }
        if case .obj = v, let m = special(v, "__index__") {
            let r = try call(m, [v])
            guard let n = bigIntValue(r) else { throw typeError("__index__ returned non-int (type \(typeName(r)))") }
            return n
        }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// range(stop) / range(start, stop[, step]) of plain ints (the usual
    /// case): no BigInt is made. Nil when an argument is not an int, the step
    /// is zero or the length does not fit an Int (the general path decides).
    @inline(__always)
    func smallRange(_ start: Value, _ stop: Value, _ step: Value) -> Value? {
        guard case .int(let a) = start, case .int(let b) = stop, case .int(let c) = step, c != 0,
              let n = PyRange.smallCount(a, b, c) else { return nil }
        return Value(heap.track(PyRange(cls: types.range, start: a, stop: b, step: c, count: n)))
    }

    func rangeConstructor(_ a: Args) throws -> Value {
        if a.count == 0 { throw typeError("range expected 1 argument, got 0") }
        try expectArgs(a, "range", min: 1, max: 3)
        if a.count == 1, let r = smallRange(.int(0), a[0], .int(1)) { return r }
        if a.count >= 2, let r = smallRange(a[0], a[1], a.count == 3 ? a[2] : .int(1)) { return r }
        var start = BigInt(0), stop = BigInt(0), step = BigInt(1)
        if a.count == 1 {
            stop = try rangeArg(a[0])
        } else {
            start = try rangeArg(a[0])
            stop = try rangeArg(a[1])
            if a.count == 3 { step = try rangeArg(a[2]) }
        }
        if step == 0 { throw valueError("range() arg 3 must not be zero") }
        return Value(makeRange(start, stop, step))
    }

    /// range[i] and range[slice] (compute_range_item / compute_slice).
    func rangeGetItem(_ r: PyRange, _ idx: Value) throws -> Value {
        if let sl = idx.asObject(PySlice.self) { return Value(try rangeSlice(r, sl)) }
        var k: BigInt
        if let n = bigIntValue(idx) {
            k = n
        } else if case .obj = idx, special(idx, "__index__") != nil {
            k = try rangeArg(idx)
        } else {
            throw typeError("range indices must be integers or slices, not \(typeName(idx))")
        }
        let b = rangeBounds(r)
        if k < 0 { k += b.length }
        guard k >= 0 && k < b.length else { throw error("IndexError", "range object index out of range") }
        return makeInt(b.item(k))
    }

    /// _PySlice_GetLongIndices: exact start, stop and step for a sequence of `length`.
    func sliceLongIndices(_ sl: PySlice, length: BigInt) throws -> (start: BigInt, stop: BigInt, step: BigInt) {
        func bound(_ v: Value) throws -> BigInt? {
            if v.isNone { return nil }
            if let n = bigIntValue(v) { return n }
            if case .obj = v, special(v, "__index__") != nil { return try rangeArg(v) }
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        let step = try bound(sl.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        let lower: BigInt = step < 0 ? -1 : 0
        let upper: BigInt = step < 0 ? length - 1 : length
        func clamp(_ v: BigInt?, _ absent: BigInt) -> BigInt {
            guard var x = v else { return absent }
            if x < 0 { x += length; if x < lower { x = lower } } else if x > upper { x = upper }
            return x
        }
        let start = clamp(try bound(sl.start), step < 0 ? upper : lower)
        let stop = clamp(try bound(sl.stop), step < 0 ? lower : upper)
        return (start, stop, step)
    }

    /// compute_slice: the sub-range at the slice's indices.
    private func rangeSlice(_ r: PyRange, _ sl: PySlice) throws -> PyRange {
        let b = rangeBounds(r)
        let (start, stop, step) = try sliceLongIndices(sl, length: b.length)
        return makeRange(b.item(start), b.item(stop), step * b.step)
    }

    /// `x in range`: arithmetic for ints, equality for anything else.
    func rangeContains(_ r: PyRange, _ v: Value) throws -> Bool {
        if isIntLike(v), let n = bigIntValue(v) { return rangeBounds(r).index(of: n) != nil }
        let it = rangeIterator(r, reversed: false)
        while let x = try next(it) {
            if try equals(x, v) { return true }
        }
        return false
    }

    func rangeIterator(_ r: PyRange, reversed: Bool) -> Value {
        if r.big == nil {
            let start = reversed ? r.start &+ (r.count &- 1) &* r.step : r.start
            let step = reversed ? 0 &- r.step : r.step
            return Value(heap.track(PyRangeIterator(cls: rangeIteratorType, start: start, step: step, count: r.count)))
        }
        let b = rangeBounds(r)
        var k: BigInt = 0
        return makeIterator("longrange_iterator", refs: [Value(r)]) { i in
            guard k < b.length else { return nil }
            defer { k += 1 }
            return i.makeInt(b.item(reversed ? b.length - 1 - k : k))
        }
    }

    func rangeRepr(_ r: PyRange) -> String {
        let b = rangeBounds(r)
        return b.step == 1 ? "range(\(b.start), \(b.stop))" : "range(\(b.start), \(b.stop), \(b.step))"
    }

    func rangesEqual(_ x: PyRange, _ y: PyRange) -> Bool {
        let a = rangeBounds(x), b = rangeBounds(y)
        if a.length != b.length { return false }
        if a.length == 0 { return true }
        if a.start != b.start { return false }
        return a.length == 1 || a.step == b.step
    }

    /// hash(range): the hash of (len, start, step), with None for what does not matter.
    func rangeHash(_ r: PyRange) throws -> Int {
        let b = rangeBounds(r)
        let parts: [Value]
        if b.length == 0 { parts = [.int(0), .none, .none] }
        else if b.length == 1 { parts = [.int(1), makeInt(b.start), .none] }
        else { parts = [makeInt(b.length), makeInt(b.start), makeInt(b.step)] }
        return Hashing.hashTuple(try parts.map { try hash($0) })
    }

    func setUpRangeAndSliceMethods() {
        let t = types.range
        func me(_ i: Interpreter, _ a: Args, _ m: String) throws -> PyRange { try i.selfOf(a, PyRange.self, "range", m) }
        func bounds(_ i: Interpreter, _ v: Value) -> BigRange? { v.asObject(PyRange.self).map { i.rangeBounds($0) } }

        addGetSet(t, "start", get: { i, v in bounds(i, v).map { i.makeInt($0.start) } ?? .none })
        addGetSet(t, "stop", get: { i, v in bounds(i, v).map { i.makeInt($0.stop) } ?? .none })
        addGetSet(t, "step", get: { i, v in bounds(i, v).map { i.makeInt($0.step) } ?? .none })
        addMethod(t, "count") { i, a in
            let r = try me(i, a, "count")
            let x = try i.oneArg(a, "count")
            if i.isIntLike(x), let n = i.bigIntValue(x) { return .int(i.rangeBounds(r).index(of: n) != nil ? 1 : 0) }
            var n = 0
            let it = i.rangeIterator(r, reversed: false)
            while let v = try i.next(it) { if try i.equals(v, x) { n += 1 } }
            return .int(n)
        }
        addMethod(t, "index") { i, a in
            let r = try me(i, a, "index")
            let x = try i.oneArg(a, "index")
            if i.isIntLike(x), let n = i.bigIntValue(x) {
                if let k = i.rangeBounds(r).index(of: n) { return i.makeInt(k) }
                throw i.valueError("\(try i.repr(x)) is not in range")
            }
            var k = 0
            let it = i.rangeIterator(r, reversed: false)
            while let v = try i.next(it) {
                if try i.equals(v, x) { return .int(k) }
                k += 1
            }
            throw i.valueError("sequence.index(x): x not in sequence")
        }
        addMethod(t, "__len__") { i, a in .int(try i.rangeLength(try me(i, a, "__len__"))) }
        addMethod(t, "__bool__") { i, a in .bool(try me(i, a, "__bool__").isNonEmpty) }
        addMethod(t, "__getitem__") { i, a in
            let r = try me(i, a, "__getitem__")
            return try i.rangeGetItem(r, try i.oneArg(a, "__getitem__"))
        }
        addMethod(t, "__contains__") { i, a in
            let r = try me(i, a, "__contains__")
            return .bool(try i.rangeContains(r, try i.oneArg(a, "__contains__")))
        }
        addMethod(t, "__iter__") { i, a in i.rangeIterator(try me(i, a, "__iter__"), reversed: false) }
        addMethod(t, "__reversed__") { i, a in i.rangeIterator(try me(i, a, "__reversed__"), reversed: true) }
        addMethod(t, "__eq__") { i, a in
            let r = try me(i, a, "__eq__")
            guard let o = try i.otherArg(a, "__eq__").asObject(PyRange.self) else { return i.notImplemented }
            return .bool(i.rangesEqual(r, o))
        }
        addMethod(t, "__ne__") { i, a in
            let r = try me(i, a, "__ne__")
            guard let o = try i.otherArg(a, "__ne__").asObject(PyRange.self) else { return i.notImplemented }
            return .bool(!i.rangesEqual(r, o))
        }
        addMethod(t, "__hash__") { i, a in .int(try i.rangeHash(try me(i, a, "__hash__"))) }
        addMethod(t, "__repr__") { i, a in i.makeStr(i.rangeRepr(try me(i, a, "__repr__"))) }

        let s = types.slice
        addGetSet(s, "start", get: { _, v in v.asObject(PySlice.self)?.start ?? .none })
        addGetSet(s, "stop", get: { _, v in v.asObject(PySlice.self)?.stop ?? .none })
        addGetSet(s, "step", get: { _, v in v.asObject(PySlice.self)?.step ?? .none })
        addMethod(s, "indices") { i, a in
            let sl = try i.selfOf(a, PySlice.self, "slice", "indices")
            let n = try i.rangeArg(try i.oneArg(a, "indices"))
            if n < 0 { throw i.valueError("length should not be negative") }
            let (start, stop, step) = try i.sliceLongIndices(sl, length: n)
            return Value(i.makeTuple([i.makeInt(start), i.makeInt(stop), i.makeInt(step)]))
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
