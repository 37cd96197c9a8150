// heapq: the algorithms of CPython's heapq.py / _heapqmodule.c on list
// storage, comparing with `<` exactly where CPython does, so heaps print
// identically.

extension Interpreter {
    func makeHeapqModule() -> PyModule {
        let m = makeModule("heapq")
        let d = m.dict
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        func heapArg(_ i: Interpreter, _ a: Args, _ name: String, _ n: Int) throws -> PyList {
            try i.expectArgs(a, name, min: n, max: n)
            guard let l = a[0].asObject(PyList.self) else { throw i.typeError("heap argument must be a list") }
            return l
        }
        fn("heappush") { i, a in
            let h = try heapArg(i, a, "heappush", 2)
            h.items.append(a[1])
            try i.heapSiftDown(h, 0, h.items.count - 1, max: false)
            return .none
        }
        fn("heappop") { i, a in
            let h = try heapArg(i, a, "heappop", 1)
            guard let last = h.items.popLast() else { throw i.error("IndexError", "index out of range") }
            if h.items.isEmpty { return last }
            let ret = h.items[0]
            i.nativeRoots.append(ret)
            defer { i.nativeRoots.removeLast() }
            h.items[0] = last
            try i.heapSiftUp(h, 0, max: false)
            return ret
        }
        fn("heapreplace") { i, a in
            let h = try heapArg(i, a, "heapreplace", 2)
            guard !h.items.isEmpty else { throw i.error("IndexError", "index out of range") }
            let ret = h.items[0]
            i.nativeRoots.append(ret)
            defer { i.nativeRoots.removeLast() }
            h.items[0] = a[1]
            try i.heapSiftUp(h, 0, max: false)
            return ret
        }
        fn("heappushpop") { i, a in
            let h = try heapArg(i, a, "heappushpop", 2)
            guard let top = h.items.first else { return a[1] }
            if try !i.lessThan(top, a[1]) { return a[1] }
            guard !h.items.isEmpty else { throw i.error("IndexError", "index out of range") }
            let ret = h.items[0]
            i.nativeRoots.append(ret)
            defer { i.nativeRoots.removeLast() }
            h.items[0] = a[1]
            try i.heapSiftUp(h, 0, max: false)
            return ret
        }
        fn("heapify") { i, a in
            let h = try heapArg(i, a, "heapify", 1)
            var k = h.items.count / 2 - 1
            while k >= 0 {
                try i.heapSiftUp(h, k, max: false)
                k -= 1
            }
            return .none
        }
        fn("_heapify_max") { i, a in
            let h = try heapArg(i, a, "_heapify_max", 1)
            var k = h.items.count / 2 - 1
            while k >= 0 {
                try i.heapSiftUp(h, k, max: true)
                k -= 1
            }
            return .none
        }
        fn("_heappop_max") { i, a in
            let h = try heapArg(i, a, "_heappop_max", 1)
            guard let last = h.items.popLast() else { throw i.error("IndexError", "index out of range") }
            if h.items.isEmpty { return last }
            let ret = h.items[0]
            i.nativeRoots.append(ret)
            defer { i.nativeRoots.removeLast() }
            h.items[0] = last
            try i.heapSiftUp(h, 0, max: true)
            return ret
        }
        for (name, largest) in [("nsmallest", false), ("nlargest", true)] {
            fn(name) { i, a in
                try i.expectArgs(a, name, min: 2, max: 2)
                let n = try i.intArg(a[0])
                let key = a.keyword("key") ?? .none
                let items = try i.iterateToArray(a[1])
                if n <= 0 { return Value(i.makeList([])) }
                let sorted = try i.sortValues(items, key: key, reverse: largest)
                return Value(i.makeList(Array(sorted.prefix(n))))
            }
        }
        fn("merge") { i, a in
            let key = a.keyword("key") ?? .none
            let reverse = try a.keyword("reverse").map { try i.isTrue($0) } ?? false
            var iters: [Value] = []
            for k in 0..<a.count { iters.append(try i.getIter(a[k])) }
            // heads[k]: (value, key) of iterator k, or nil once exhausted.
            let box = i.heap.track(PyValueBox(cls: i.libraryStateType, iters))
            var heads: [(Value, Value)?] = []
            var started = false
            return i.makeIterator("generator", refs: [Value(box), key]) { interp in
                if !started {
                    started = true
                    for it in iters {
                        if let v = try interp.next(it) {
                            let kv = key.isNone ? v : try interp.call(key, [v])
                            heads.append((v, kv))
                            box.values.append(v); box.values.append(kv)
                        } else { heads.append(nil) }
                    }
                }
                var best: Int? = nil
                for (k, h) in heads.enumerated() {
                    guard let h else { continue }
                    if let b = best, let bh = heads[b] {
                        let better = reverse ? try interp.lessThan(bh.1, h.1) : try interp.lessThan(h.1, bh.1)
                        if better { best = k }
                    } else { best = k }
                }
                guard let b = best, let h = heads[b] else { return nil }
                if let v = try interp.next(iters[b]) {
                    let kv = key.isNone ? v : try interp.call(key, [v])
                    heads[b] = (v, kv)
                    box.values.append(v); box.values.append(kv)
                    if box.values.count > 4 * iters.count + 64 {
                        box.values = iters + heads.compactMap { $0 }.flatMap { [$0.0, $0.1] } + [h.0]
                    }
                } else { heads[b] = nil }
                return h.0
            }
        }
        return m
    }

    /// heapq._siftdown (or _siftdown_max).
    fileprivate func heapSiftDown(_ h: PyList, _ startpos: Int, _ start: Int, max isMax: Bool) throws {
        var pos = start
        guard pos >= 0 && pos < h.items.count else { return }
        let newitem = h.items[pos]
        let mark = nativeRoots.count
        nativeRoots.append(newitem)
        defer { nativeRoots.removeSubrange(mark...) }
        while pos > startpos {
            let parentpos = (pos - 1) >> 1
            let parent = h.items[parentpos]
            let less = isMax ? try lessThan(parent, newitem) : try lessThan(newitem, parent)
            guard pos < h.items.count, parentpos < h.items.count else { throw error("RuntimeError", "list changed size during iteration") }
            if less {
                h.items[pos] = parent
                pos = parentpos
                continue
            }
            break
        }
        h.items[pos] = newitem
    }

    /// heapq._siftup (or _siftup_max).
    fileprivate func heapSiftUp(_ h: PyList, _ start: Int, max isMax: Bool) throws {
        var pos = start
        let endpos = h.items.count
        guard pos < endpos else { return }
        let newitem = h.items[pos]
        let mark = nativeRoots.count
        nativeRoots.append(newitem)
        defer { nativeRoots.removeSubrange(mark...) }
        var childpos = 2 * pos + 1
        while childpos < endpos {
            let rightpos = childpos + 1
            if rightpos < endpos {
                let a = h.items[childpos], b = h.items[rightpos]
                let less = isMax ? try lessThan(b, a) : try lessThan(a, b)
                guard h.items.count == endpos else { throw error("RuntimeError", "list changed size during iteration") }
                if !less { childpos = rightpos }
            }
            h.items[pos] = h.items[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        }
        h.items[pos] = newitem
        try heapSiftDown(h, start, pos, max: isMax)
    }
}
