// itertools: each tool is a class whose constructor returns a native
// iterator. State an iterator keeps between steps lives in a PyValueBox in
// its refs, so the collector sees it.

extension Interpreter {
    func makeItertoolsModule() -> PyModule {
        let m = makeModule("itertools")
        let d = m.dict
        func cls(_ name: String, _ ctor: @escaping (Interpreter, Args) throws -> Value) -> PyType {
            let t = heap.track(PyType(metatype: types.type, name: name, bases: [types.object], dict: makeDict(), layout: .other, isBuiltin: true))
            t.mro = [t, types.object]
            t.isBaseType = false
            t.dict.setStr(intern("__module__"), makeStr("itertools"))
            constructors[ObjectIdentifier(t)] = { i, _, a in try ctor(i, a) }
            d.setStr(intern(name), Value(t))
            return t
        }
        func box(_ i: Interpreter, _ vals: [Value]) -> PyValueBox { i.heap.track(PyValueBox(cls: i.libraryStateType, vals)) }

        _ = cls("count") { i, a in
            try i.expectArgs(a, "count", min: 0, max: 2)
            let start = i.argument(a, 0, "start") ?? .int(0)
            let step = i.argument(a, 1, "step") ?? .int(1)
            for v in [start, step] where !(i.isIntLike(v) || v.isFloat || i.special(v, "__add__") != nil) {
                throw i.typeError("a number is required")
            }
            let b = box(i, [start, step])
            return i.makeIterator("itertools.count", refs: [Value(b)]) { i in
                let cur = b.values[0]
                b.values[0] = try i.binaryOp(0, cur, b.values[1])
                return cur
            }
        }
        _ = cls("cycle") { i, a in
            try i.expectArgs(a, "cycle", min: 1, max: 1)
            let it = try i.getIter(a[0])
            let saved = box(i, [])
            var idx = 0, exhausted = false
            return i.makeIterator("itertools.cycle", refs: [it, Value(saved)]) { i in
                if !exhausted {
                    if let v = try i.next(it) { saved.values.append(v); return v }
                    exhausted = true
                }
                if saved.values.isEmpty { return nil }
                let v = saved.values[idx % saved.values.count]
                idx += 1
                return v
            }
        }
        _ = cls("repeat") { i, a in
            try i.expectArgs(a, "repeat", min: 1, max: 2)
            let obj = i.argument(a, 0, "object") ?? .none
            var times = try (i.argument(a, 1, "times")).map { try i.intArg($0) }
            return i.makeIterator("itertools.repeat", refs: [obj]) { _ in
                if let t = times {
                    if t <= 0 { return nil }
                    times = t - 1
                }
                return obj
            }
        }
        _ = cls("accumulate") { i, a in
            try i.expectArgs(a, "accumulate", min: 1, max: 2)
            let it = try i.getIter(a[0])
            let fn = i.argument(a, 1, "func") ?? .none
            let initial = a.keyword("initial") ?? .none
            let b = box(i, [.unbound])
            var started = false
            return i.makeIterator("itertools.accumulate", refs: [it, fn, Value(b)]) { i in
                if !started {
                    started = true
                    if !initial.isNone { b.values[0] = initial; return initial }
                }
                guard let v = try i.next(it) else { return nil }
                if b.values[0].isUnbound { b.values[0] = v }
                else { b.values[0] = fn.isNone ? try i.binaryOp(0, b.values[0], v) : try i.call(fn, [b.values[0], v]) }
                return b.values[0]
            }
        }
        func chainIterator(_ i: Interpreter, _ sources: Value) throws -> Value {
            let outer = try i.getIter(sources)
            let b = box(i, [.none])
            return i.makeIterator("itertools.chain", refs: [outer, Value(b)]) { i in
                while true {
                    if !b.values[0].isNone, let v = try i.next(b.values[0]) { return v }
                    guard let nextSource = try i.next(outer) else { return nil }
                    b.values[0] = try i.getIter(nextSource)
                }
            }
        }
        let chain = cls("chain") { i, a in
            try i.noKeywords(a, "chain")
            return try chainIterator(i, Value(i.makeTuple(Array(a.positional))))
        }
        addStaticMethod(chain, "from_iterable") { i, a in
            try i.expectArgs(a, "from_iterable", min: 1, max: 1)
            return try chainIterator(i, a[0])
        }
        _ = cls("compress") { i, a in
            let data = try i.getIter(i.argument(a, 0, "data") ?? .none)
            let sel = try i.getIter(i.argument(a, 1, "selectors") ?? .none)
            return i.makeIterator("itertools.compress", refs: [data, sel]) { i in
                while true {
                    guard let v = try i.next(data), let s = try i.next(sel) else { return nil }
                    if try i.isTrue(s) { return v }
                }
            }
        }
        for (name, dropping) in [("dropwhile", true), ("takewhile", false)] {
            _ = cls(name) { i, a in
                try i.expectArgs(a, name, min: 2, max: 2)
                let pred = a[0]
                let it = try i.getIter(a[1])
                var done = false
                return i.makeIterator("itertools.\(name)", refs: [pred, it]) { i in
                    if dropping {
                        while let v = try i.next(it) {
                            if done { return v }
                            if try !i.isTrue(try i.call(pred, [v])) { done = true; return v }
                        }
                        return nil
                    }
                    if done { return nil }
                    guard let v = try i.next(it) else { return nil }
                    if try i.isTrue(try i.call(pred, [v])) { return v }
                    done = true
                    return nil
                }
            }
        }
        _ = cls("filterfalse") { i, a in
            try i.expectArgs(a, "filterfalse", min: 2, max: 2)
            let pred = a[0]
            let it = try i.getIter(a[1])
            return i.makeIterator("itertools.filterfalse", refs: [pred, it]) { i in
                while let v = try i.next(it) {
                    let t = pred.isNone ? try i.isTrue(v) : try i.isTrue(try i.call(pred, [v]))
                    if !t { return v }
                }
                return nil
            }
        }
        _ = cls("starmap") { i, a in
            try i.expectArgs(a, "starmap", min: 2, max: 2)
            let fn = a[0]
            let it = try i.getIter(a[1])
            return i.makeIterator("itertools.starmap", refs: [fn, it]) { i in
                guard let v = try i.next(it) else { return nil }
                return try i.call(fn, try i.iterateToArray(v))
            }
        }
        _ = cls("islice") { i, a in
            try i.expectArgs(a, "islice", min: 2, max: 4)
            let it = try i.getIter(a[0])
            func idx(_ v: Value, _ msg: String) throws -> Int? {
                if v.isNone { return nil }
                guard let n = try? i.indexValue(v), n >= 0 else { throw i.valueError(msg) }
                return n
            }
            var start = 0, stop: Int?, step = 1
            if a.count == 2 {
                stop = try idx(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            } else {
                start = try idx(a[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") ?? 0
                stop = try idx(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                if a.count == 4 {
                    if a[3].isNone { step = 1 } else {
                        guard let s = try? i.indexValue(a[3]), s >= 1 else {
                            throw i.valueError("Step for islice() must be a positive integer or None.")
                        }
                        step = s
                    }
                }
            }
            var cnt = 0, nextIdx = start
            return i.makeIterator("itertools.islice", refs: [it]) { i in
                if let s = stop, cnt >= s { return nil }
                while cnt < nextIdx {
                    guard try i.next(it) != nil else { return nil }
                    cnt += 1
                }
                if let s = stop, cnt >= s { return nil }
                guard let v = try i.next(it) else { return nil }
                cnt += 1
                let old = nextIdx
                nextIdx += step
                if let s = stop, nextIdx < old || nextIdx > s { nextIdx = s }
                return v
            }
        }
        _ = cls("zip_longest") { i, a in
            let fill = a.keyword("fillvalue") ?? .none
            var iters: [Value] = []
            for k in 0..<a.count { iters.append(try i.getIter(a[k])) }
            var active = iters.map { _ in true }
            var live = iters.count
            return i.makeIterator("itertools.zip_longest", refs: iters + [fill]) { i in
                if iters.isEmpty || live == 0 { return nil }
                var out: [Value] = []
                for (k, it) in iters.enumerated() {
                    if active[k], let v = try i.next(it) { out.append(v); i.nativeRoots.append(v); continue }
                    if active[k] {
                        active[k] = false
                        live -= 1
                        if live == 0 { i.nativeRoots.removeLast(out.count); return nil }
                    }
                    out.append(fill)
                    i.nativeRoots.append(fill)
                }
                i.nativeRoots.removeLast(out.count)
                return Value(i.makeTuple(out))
            }
        }
        _ = cls("groupby") { i, a in
            try i.expectArgs(a, "groupby", min: 1, max: 2)
            let it = try i.getIter(i.argument(a, 0, "iterable") ?? .none)
            let keyfn = i.argument(a, 1, "key") ?? .none
            // values: currkey, currvalue, tgtkey (.unbound = not yet set)
            let st = box(i, [.unbound, .unbound, .unbound])
            var generation = 0
            func keyOf(_ i: Interpreter, _ v: Value) throws -> Value { keyfn.isNone ? v : try i.call(keyfn, [v]) }
            func same(_ i: Interpreter, _ x: Value, _ y: Value) throws -> Bool {
                if x.isUnbound || y.isUnbound { return x.isUnbound && y.isUnbound }
                return try i.equals(x, y)
            }
            return i.makeIterator("itertools.groupby", refs: [it, keyfn, Value(st)]) { i in
                generation += 1
                while try same(i, st.values[0], st.values[2]) {
                    guard let v = try i.next(it) else { return nil }
                    st.values[1] = v
                    st.values[0] = try keyOf(i, v)
                }
                st.values[2] = st.values[0]
                let tgt = st.values[2]
                let myGen = generation
                var first = true
                let grouper = i.makeIterator("itertools._grouper", refs: [Value(st), tgt, it]) { i in
                    if !first {
                        guard myGen == generation else { return nil }
                        guard let v = try i.next(it) else { return nil }
                        st.values[1] = v
                        st.values[0] = try keyOf(i, v)
                    }
                    first = false
                    guard myGen == generation, try same(i, st.values[0], tgt) else { return nil }
                    return st.values[1]
                }
                return Value(i.makeTuple([tgt, grouper]))
            }
        }
        d.setStr(intern("tee"), Value(makeBuiltin("tee") { i, a in
            try i.expectArgs(a, "tee", min: 1, max: 2)
            let n = a.count > 1 ? try i.intArg(a[1]) : 2
            if n < 0 { throw i.valueError("n must be >= 0") }
            let it = try i.getIter(a[0])
            let buf = box(i, [])
            var out: [Value] = []
            for _ in 0..<n {
                var pos = 0
                out.append(i.makeIterator("itertools._tee", refs: [it, Value(buf)]) { i in
                    if pos < buf.values.count { pos += 1; return buf.values[pos - 1] }
                    guard let v = try i.next(it) else { return nil }
                    buf.values.append(v)
                    pos += 1
                    return v
                })
            }
            return Value(i.makeTuple(out))
        }))
        _ = cls("product") { i, a in
            let rep = try a.keyword("repeat").map { try i.intArg($0) } ?? 1
            var pools: [[Value]] = []
            for k in 0..<a.count { pools.append(try i.iterateToArray(a[k])) }
            if rep < 0 { throw i.valueError("repeat argument cannot be negative") }
            var all: [[Value]] = []
            for _ in 0..<rep { all.append(contentsOf: pools) }
            let keep = box(i, all.flatMap { $0 })
            var indices = [Int](repeating: 0, count: all.count)
            var first = true, done = all.contains { $0.isEmpty }
            return i.makeIterator("itertools.product", refs: [Value(keep)]) { i in
                if done { return nil }
                if first {
                    first = false
                    return Value(i.makeTuple(indices.enumerated().map { all[$0.offset][$0.element] }))
                }
                var k = all.count - 1
                while k >= 0 {
                    indices[k] += 1
                    if indices[k] < all[k].count { break }
                    indices[k] = 0
                    k -= 1
                }
                if k < 0 { done = true; return nil }
                return Value(i.makeTuple(indices.enumerated().map { all[$0.offset][$0.element] }))
            }
        }
        _ = cls("permutations") { i, a in
            try i.expectArgs(a, "permutations", min: 1, max: 2)
            let pool = try i.iterateToArray(i.argument(a, 0, "iterable") ?? .none)
            let n = pool.count
            let rv = i.argument(a, 1, "r") ?? .none
            let r = rv.isNone ? n : try i.intArg(rv)
            if r < 0 { throw i.valueError("r must be non-negative") }
            let keep = box(i, pool)
            var indices = Array(0..<n)
            var cycles = Array(stride(from: n, to: n - r, by: -1))
            var first = true, done = r > n
            return i.makeIterator("itertools.permutations", refs: [Value(keep)]) { i in
                if done { return nil }
                if first {
                    first = false
                    return Value(i.makeTuple(indices.prefix(r).map { pool[$0] }))
                }
                if n == 0 { done = true; return nil }
                var k = r - 1
                while k >= 0 {
                    cycles[k] -= 1
                    if cycles[k] == 0 {
                        let moved = indices.remove(at: k)
                        indices.append(moved)
                        cycles[k] = n - k
                    } else {
                        let j = cycles[k]
                        indices.swapAt(k, n - j)
                        return Value(i.makeTuple(indices.prefix(r).map { pool[$0] }))
                    }
                    k -= 1
                }
                done = true
                return nil
            }
        }
        for (name, withReplacement) in [("combinations", false), ("combinations_with_replacement", true)] {
            _ = cls(name) { i, a in
                try i.expectArgs(a, name, min: 2, max: 2)
                let pool = try i.iterateToArray(a[0])
                let n = pool.count
                let r = try i.intArg(a[1])
                if r < 0 { throw i.valueError("r must be non-negative") }
                let keep = box(i, pool)
                var indices = withReplacement ? [Int](repeating: 0, count: r) : Array(0..<max(0, min(r, n)))
                var first = true
                var done = withReplacement ? (n == 0 && r > 0) : r > n
                return i.makeIterator("itertools.\(name)", refs: [Value(keep)]) { i in
                    if done { return nil }
                    if first {
                        first = false
                        return Value(i.makeTuple(indices.map { pool[$0] }))
                    }
                    var k = r - 1
                    if withReplacement {
                        while k >= 0 && indices[k] == n - 1 { k -= 1 }
                        if k < 0 { done = true; return nil }
                        let v = indices[k] + 1
                        for j in k..<r { indices[j] = v }
                    } else {
                        while k >= 0 && indices[k] == k + n - r { k -= 1 }
                        if k < 0 { done = true; return nil }
                        indices[k] += 1
                        if k + 1 < r { for j in (k + 1)..<r { indices[j] = indices[j - 1] + 1 } }
                    }
                    return Value(i.makeTuple(indices.map { pool[$0] }))
                }
            }
        }
        return m
    }
}

extension Value {
    var isFloat: Bool { if case .float = self { return true }; return false }
}
