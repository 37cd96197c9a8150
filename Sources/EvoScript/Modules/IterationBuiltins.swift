// Builtins that consume or produce iterators: min, max, sum, sorted,
// reversed, enumerate, zip, map, filter, any, all (the sort is in Sorting.swift).

extension Interpreter {
    func setUpIterationBuiltins() {
        for (name, wantMax) in [("min", false), ("max", true)] {
            defineBuiltin(name) { i, a in
                let key = a.keyword("key") ?? .none
                let dflt = a.keyword("default")
                for k in a.keywords where k.name.value != "key" && k.name.value != "default" {
                    throw i.typeError("'\(k.name.value)' is an invalid keyword argument for \(name)()")
                }
                let items: [Value]
                if a.count == 0 { throw i.typeError("\(name) expected 1 argument, got 0") }
                if a.count == 1 {
                    items = try i.iterateToArray(a[0])
                } else {
                    if dflt != nil { throw i.typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
                    items = Array(a.positional)
                }
                if items.isEmpty {
                    if let d = dflt { return d }
                    throw i.valueError("\(name)() arg is an empty sequence")
                }
                var best = items[0]
                var bestKey = key.isNone ? best : try i.call(key, [best])
                for v in items.dropFirst() {
                    let k = key.isNone ? v : try i.call(key, [v])
                    // As CPython: max asks `item > best`, min asks `item < best`.
                    let better = try i.isTrue(try i.richCompare(k, bestKey, wantMax ? 4 : 0))
                    if better { best = v; bestKey = k }
                }
                return best
            }
        }
        defineBuiltin("sum") { i, a in
            try i.expectArgs(a, "sum", min: 1, max: 2)
            var total: Value = a.count > 1 ? a[1] : (a.keyword("start") ?? .int(0))
            if total.object is PyStr { throw i.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let it = try i.getIter(a[0])
            // A generator's ints are added in the run loop (VM/GeneratorSum.swift);
            // from the first item that is not one, the loop below goes on.
            var pending: Value? = nil
            if case .int(let start) = total, let outcome = try i.sumIntsInLoop(it, start: start) {
                switch outcome {
                case .finished(let sum): return .int(sum)
                case .stopped(let sum, let item):
                    total = .int(sum)
                    pending = item
                }
            }
            let mark = i.nativeRoots.count
            defer { i.nativeRoots.removeSubrange(mark...) }
            i.nativeRoots.append(it)
            i.nativeRoots.append(total)
            if let item = pending { i.nativeRoots.append(item) }
            while let v = try pending ?? i.next(it) {
                pending = nil
                // Small ints add without the operator protocol (overflow goes to binaryOp's BigInt).
                if case .int(let x) = total, case .int(let y) = v {
                    let (r, o) = x.addingReportingOverflow(y)
                    if !o { total = .int(r); continue }
                }
                total = try i.binaryOp(0, total, v)
                i.nativeRoots[mark + 1] = total
            }
            return total
        }
        defineBuiltin("sorted") { i, a in
            try i.expectArgs(a, "sorted", min: 1, max: 1)
            let items = try i.iterateToArray(a[0])
            let r = try i.sortValues(items, key: a.keyword("key") ?? .none, reverse: try i.isTrue(a.keyword("reverse") ?? .bool(false)))
            return i.makeListValue(r)
        }
        defineBuiltin("reversed") { i, a in
            try i.expectArgs(a, "reversed", min: 1, max: 1)
            let v = a[0]
            if let m = i.special(v, "__reversed__"), !(m.object is PyBuiltinFunction) { return try i.call(m, [v]) }
            if let l = v.asObject(PyList.self) {
                var k = l.items.count
                return i.makeIterator("list_reverseiterator", refs: [v]) { _ in
                    if k > l.items.count { k = l.items.count }
                    guard k > 0 else { return nil }
                    k -= 1
                    return l.items[k]
                }
            }
            if let r = v.asObject(PyRange.self) { return i.rangeIterator(r, reversed: true) }
            if let d = v.asObject(PyDict.self) {
                let keys = d.liveEntries.map { $0.key }
                var k = keys.count
                return i.makeIterator("dict_reversekeyiterator", refs: [v]) { _ in
                    guard k > 0 else { return nil }
                    k -= 1
                    return keys[k]
                }
            }
            if let m = i.special(v, "__reversed__") { return try i.call(m, [v]) }
            guard i.special(v, "__getitem__") != nil, i.special(v, "__len__") != nil || v.object is PyStr || v.object is PyTuple else {
                throw i.typeError("'\(i.typeName(v))' object is not reversible")
            }
            var k = try i.length(v)
            return i.makeIterator("reversed", refs: [v]) { interp in
                guard k > 0 else { return nil }
                k -= 1
                return try interp.getItem(v, .int(k))
            }
        }
        defineBuiltin("enumerate") { i, a in
            guard let iterable = i.argument(a, 0, "iterable") else { throw i.typeError("enumerate() missing required argument 'iterable' (pos 1)") }
            var n = try i.intArg(i.argument(a, 1, "start") ?? .int(0))
            let it = try i.getIter(iterable)
            return i.makePairIterator("enumerate", refs: [it]) { interp in
                guard let v = try interp.next(it) else { return nil }
                n += 1
                return (.int(n - 1), v)
            }
        }
        defineBuiltin("zip") { i, a in
            let its = try a.positional.map { try i.getIter($0) }
            var done = its.isEmpty
            return i.makeIterator("zip", refs: its) { interp in
                if done { return nil }
                var items: [Value] = []
                for it in its {
                    guard let v = try interp.next(it) else { done = true; return nil }
                    items.append(v)
                }
                return interp.makeTupleValue(items)
            }
        }
        defineBuiltin("map") { i, a in
            guard a.count >= 2 else { throw i.typeError("map() must have at least two arguments.") }
            let fn = a[0]
            let its = try a.positional.dropFirst().map { try i.getIter($0) }
            return i.makeIterator("map", refs: [fn] + its) { interp in
                var args: [Value] = []
                for it in its {
                    guard let v = try interp.next(it) else { return nil }
                    args.append(v)
                }
                return try interp.call(fn, args)
            }
        }
        defineBuiltin("filter") { i, a in
            try i.expectArgs(a, "filter", min: 2, max: 2)
            let fn = a[0]
            let it = try i.getIter(a[1])
            return i.makeIterator("filter", refs: [fn, it]) { interp in
                while let v = try interp.next(it) {
                    let keep = fn.isNone ? try interp.isTrue(v) : try interp.isTrue(try interp.call(fn, [v]))
                    if keep { return v }
                }
                return nil
            }
        }
        defineBuiltin("any") { i, a in
            try i.expectArgs(a, "any", min: 1, max: 1)
            let it = try i.getIter(a[0])
            while let v = try i.next(it) { if try i.isTrue(v) { return .bool(true) } }
            return .bool(false)
        }
        defineBuiltin("all") { i, a in
            try i.expectArgs(a, "all", min: 1, max: 1)
            let it = try i.getIter(a[0])
            while let v = try i.next(it) { if try !i.isTrue(v) { return .bool(false) } }
            return .bool(true)
        }
    }
}
