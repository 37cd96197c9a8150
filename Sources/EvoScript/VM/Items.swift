// Subscripts, membership, iteration and unpacking for builtin containers and
// for classes with the matching dunder methods.

import BigInt

extension Interpreter {
    // MARK: indices

    /// An index operand as Int (accepting __index__), or nil when it is not an integer.
    func indexValue(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .obj(let u):
            if let l = u.takeUnretainedValue() as? PyLong {
                guard let i = Int(exactly: l.value) else {
                    throw error("IndexError", "cannot fit 'int' into an index-sized integer")
                }
                return i
            }
            if let m = special(v, "__index__") {
                let r = try call(m, [v])
                return try indexValue(r)
            }
            return nil
        default: return nil
        }
    }

    /// Resolves slice bounds for a sequence of `length` (PySlice_GetIndicesEx).
    func sliceIndices(_ s: PySlice, length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        /// _PyEval_SliceIndex: an int beyond Py_ssize_t is clamped, not an error.
        func indexValue(_ v: Value) throws -> Int? {
            if let l = v.asObject(PyLong.self), Int(exactly: l.value) == nil { return l.value < 0 ? -Int.max : Int.max }
            return try self.indexValue(v)
        }
        var step = 1
        if !s.step.isNone {
            guard let st = try indexValue(s.step) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            if st == 0 { throw valueError("slice step cannot be zero") }
            step = max(st, -Int.max)
        }
        func bound(_ v: Value, _ dflt: Int, lower: Int, upper: Int) throws -> Int {
            if v.isNone { return dflt }
            guard var i = try indexValue(v) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            if i < 0 {
                i += length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start: Int, stop: Int
        if step > 0 {
            start = try bound(s.start, 0, lower: 0, upper: length)
            stop = try bound(s.stop, length, lower: 0, upper: length)
        } else {
            start = try bound(s.start, length - 1, lower: -1, upper: length - 1)
            stop = try bound(s.stop, -1, lower: -1, upper: length - 1)
        }
        var count = 0
        if step > 0 { if start < stop { count = (stop - start - 1) / step + 1 } }
        else { if stop < start { count = (start - stop - 1) / (-step) + 1 } }
        return (start, stop, step, count)
    }

    private func normalizeIndex(_ i: Int, _ count: Int, _ what: String) throws -> Int {
        let j = i < 0 ? i + count : i
        if j < 0 || j >= count { throw error("IndexError", "\(what) index out of range") }
        return j
    }

    // MARK: getitem / setitem / delitem

    func getItem(_ obj: Value, _ idx: Value) throws -> Value {
        if case .obj(let u) = obj {
            let o = u.takeUnretainedValue()
            switch o {
            case let l as PyList where l.isExactly(types.list) || lookupSpecial(l.cls, names.getitem)?.object is PyBuiltinFunction:
                if case .int(let i) = idx {
                    let j = i < 0 ? i + l.items.count : i
                    if j >= 0 && j < l.items.count { return l.items[j] }
                    throw error("IndexError", "list index out of range")
                }
                if let s = idx.asObject(PySlice.self) {
                    let (start, _, step, count) = try sliceIndices(s, length: l.items.count)
                    var out: [Value] = []
                    out.reserveCapacity(count)
                    var k = start
                    for _ in 0..<count { out.append(l.items[k]); k &+= step }
                    return Value(makeList(out))
                }
                guard let i = try indexValue(idx) else {
                    throw typeError("list indices must be integers or slices, not \(typeName(idx))")
                }
                return l.items[try normalizeIndex(i, l.items.count, "list")]
            case let t as PyTuple where t.isExactly(types.tuple) || lookupSpecial(t.cls, names.getitem)?.object is PyBuiltinFunction:
                if let s = idx.asObject(PySlice.self) {
                    let (start, _, step, count) = try sliceIndices(s, length: t.items.count)
                    var out: [Value] = []
                    var k = start
                    for _ in 0..<count { out.append(t.items[k]); k &+= step }
                    return Value(makeTuple(out))
                }
                guard let i = try indexValue(idx) else {
                    throw typeError("tuple indices must be integers or slices, not \(typeName(idx))")
                }
                return t.items[try normalizeIndex(i, t.items.count, "tuple")]
            case let s as PyStr where s.isExactly(types.str):
                if let sl = idx.asObject(PySlice.self) {
                    let (start, _, step, count) = try sliceIndices(sl, length: s.count)
                    if step == 1 { return makeStr(s.substring(start, start + count)) }
                    var out = String.UnicodeScalarView()
                    var k = start
                    for _ in 0..<count { out.append(s.scalar(at: k)); k &+= step }
                    return makeStr(String(out))
                }
                guard let i = try indexValue(idx) else {
                    throw typeError("string indices must be integers")
                }
                let j = try normalizeIndex(i, s.count, "string")
                return makeStr(String(Character(s.scalar(at: j))))
            case let d as PyDict where d.isExactly(types.dict):
                if let v = try d.get(idx, hash: try hash(idx), eq: equals) { return v }
                throw ScriptError(exception: makeException(types.exception("KeyError"), args: [idx]))
            case let r as PyRange:
                if r.big == nil, case .int(let i) = idx {
                    return .int(r.start + (try normalizeIndex(i, r.count, "range object")) * r.step)
                }
                return try rangeGetItem(r, idx)
            case let b as PyBytes:
                return try bytesGetItem(b, idx)
            case let t as PyType:
                if let cg = t.lookup(intern("__class_getitem__")) {
                    return try call(try bindDescriptor(cg, instance: nil, owner: t), [idx])
                }
                throw typeError("'type' object is not subscriptable")
            default:
                break
            }
            if let gi = lookupSpecial(o.cls, names.getitem) {
                if let d = o as? PyDict, gi.object is PyBuiltinFunction {
                    if let v = try d.get(idx, hash: try hash(idx), eq: equals) { return v }
                    if let missing = o.cls.lookup(intern("__missing__")) { return try call(missing, [obj, idx]) }
                    throw ScriptError(exception: makeException(types.exception("KeyError"), args: [idx]))
                }
                return try call(gi, [obj, idx])
            }
        }
        throw typeError("'\(typeName(obj))' object is not subscriptable")
    }

    func setItem(_ obj: Value, _ idx: Value, _ value: Value) throws {
        if case .obj(let u) = obj {
            let o = u.takeUnretainedValue()
            let userSet = o.cls.isBuiltin ? nil : lookupSpecial(o.cls, names.setitem).flatMap { $0.object is PyBuiltinFunction ? nil : $0 }
            if userSet == nil {
                if let l = o as? PyList {
                    if case .int(let i) = idx {
                        let j = i < 0 ? i + l.items.count : i
                        if j >= 0 && j < l.items.count { l.setItem(j, value); return }
                        throw error("IndexError", "list assignment index out of range")
                    }
                    if let s = idx.asObject(PySlice.self) {
                        let newItems = try iterateToArray(value)
                        let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
                        if step == 1 {
                            let hi = max(start, stop)
                            l.items.replaceSubrange(start..<hi, with: newItems)
                            return
                        }
                        if newItems.count != count {
                            throw valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
                        }
                        var k = start
                        for v in newItems { l.items[k] = v; k &+= step }
                        return
                    }
                    guard let i = try indexValue(idx) else {
                        throw typeError("list indices must be integers or slices, not \(typeName(idx))")
                    }
                    let j = i < 0 ? i + l.items.count : i
                    if j < 0 || j >= l.items.count { throw error("IndexError", "list assignment index out of range") }
                    l.setItem(j, value)
                    return
                }
                if let d = o as? PyDict {
                    try dictSet(d, idx, value)
                    return
                }
            }
            if let si = userSet ?? lookupSpecial(o.cls, names.setitem) {
                _ = try call(si, [obj, idx, value])
                return
            }
        }
        throw typeError("'\(typeName(obj))' object does not support item assignment")
    }

    func deleteItem(_ obj: Value, _ idx: Value) throws {
        if case .obj(let u) = obj {
            let o = u.takeUnretainedValue()
            let userDel = o.cls.isBuiltin ? nil : lookupSpecial(o.cls, names.delitem).flatMap { $0.object is PyBuiltinFunction ? nil : $0 }
            if userDel == nil {
                if let l = o as? PyList {
                    if let s = idx.asObject(PySlice.self) {
                        let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
                        if step == 1 {
                            if start < stop { l.items.removeSubrange(start..<stop) }
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
                    if j < 0 || j >= l.items.count { throw error("IndexError", "list assignment index out of range") }
                    l.items.remove(at: j)
                    return
                }
                if let d = o as? PyDict {
                    if try d.remove(idx, hash: try hash(idx), eq: equals) == nil {
                        throw ScriptError(exception: makeException(types.exception("KeyError"), args: [idx]))
                    }
                    return
                }
            }
            if let di = userDel ?? lookupSpecial(o.cls, names.delitem) {
                _ = try call(di, [obj, idx])
                return
            }
        }
        throw typeError("'\(typeName(obj))' object doesn't support item deletion")
    }

    // MARK: dicts and sets

    @inline(__always)
    func dictSet(_ d: PyDict, _ key: Value, _ value: Value) throws {
        if let done = exactStrKey(key, { d.setStr($0, value) }) { return done }
        try d.set(key, hash: try hash(key), value: value, eq: equals)
    }

    func dictGet(_ d: PyDict, _ key: Value) throws -> Value? {
        if let found = exactStrKey(key, { d.getStr($0) }) { return found }
        return try d.get(key, hash: try hash(key), eq: equals)
    }

    /// `body(s)` when key is an exact str s (borrowed: the caller holds the
    /// key), else nil; an exact str's hash and equality run no script code.
    @inline(__always)
    private func exactStrKey<R>(_ key: Value, _ body: (PyStr) -> R) -> R? {
        guard case .obj(let u) = key else { return nil }
        return u._withUnsafeGuaranteedRef { o -> R? in
            guard o.classPointer == builtinClassPointers.str else { return nil }
            return body(unsafeDowncast(o, to: PyStr.self))
        }
    }

    func setAdd(_ s: PySet, _ v: Value) throws {
        try s.add(v, hash: try hash(v), eq: equals)
    }

    func setContains(_ s: PySet, _ v: Value) throws -> Bool {
        do {
            return try s.contains(v, hash: try hash(v), eq: equals)
        } catch let e as ScriptError where isInstance(e.exception, "TypeError") {
            // A set can be looked up in a set by its frozen equivalent.
            if let inner = v.asObject(PySet.self), !inner.frozen {
                let f = makeSet(frozen: true)
                try f.merge(inner, eq: equals)
                return try s.contains(Value(f), hash: try hash(Value(f)), eq: equals)
            }
            throw e
        }
    }

    /// Adds the items of a mapping or of key/value pairs to d (dict display `**m`, dict.update, call `**kw`).
    func dictMergeInto(_ d: PyDict, _ other: Value, isCall: Bool = false, callable: Value = .none) throws {
        if let o = other.asObject(PyDict.self), o.isExactly(types.dict) || !(o.cls.lookup(intern("keys"))?.object is PyFunction) {
            for e in o.liveEntries {
                if isCall {
                    guard e.key.asObject(PyStr.self) != nil else { throw keywordsMustBeStrings(callable) }
                    if try d.contains(e.key, hash: e.hash, eq: equals) {
                        throw typeError("\(callableName(callable)) got multiple values for keyword argument '\(e.key.asObject(PyStr.self)?.value ?? "")'")
                    }
                }
                try d.set(e.key, hash: e.hash, value: e.value, eq: equals)
            }
            return
        }
        if special(other, "keys") != nil {
            let keys = try iterateToArray(try callMethod(other, "keys", []))
            for k in keys {
                try dictSet(d, k, try getItem(other, k))
            }
            return
        }
        if isCall {
            throw typeError("\(callableName(callable)) argument after ** must be a mapping, not \(typeName(other))")
        }
        throw typeError("'\(typeName(other))' object is not a mapping")
    }

    /// A `**` mapping with a non-str key: script functions name themselves
    /// (CPython checks in the callee), builtins do not.
    func keywordsMustBeStrings(_ callee: Value) -> ScriptError {
        if callee.object is PyFunction || callee.object is PyMethod {
            return typeError("\(callableName(callee)) keywords must be strings")
        }
        return typeError("keywords must be strings")
    }

    func callableName(_ v: Value) -> String {
        // PyEval_GetFuncName: the function's __name__, also for a bound method.
        if let f = v.asObject(PyFunction.self) { return "\(f.name)()" }
        if let m = v.asObject(PyMethod.self) { return callableName(m.function) }
        if let b = v.asObject(PyBuiltinFunction.self) { return "\(b.name)()" }
        if let t = v.asObject(PyType.self) { return "\(t.name)()" }
        return "\(typeName(v)) object"
    }

    // MARK: membership

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .obj(let u) = container {
            let o = u.takeUnretainedValue()
            let builtin = o.cls.isBuiltin
            switch o {
            case let l as PyList where builtin:
                for x in l.items where try equals(x, item) { return true }
                return false
            case let t as PyTuple where builtin:
                for x in t.items where try equals(x, item) { return true }
                return false
            case let s as PyStr:
                guard let sub = item.asObject(PyStr.self) else {
                    throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
                }
                return sub.count == 0 || StrMethods.find(s.value, sub.value, start: nil, end: nil) >= 0
            case let d as PyDict where builtin || !(lookupSpecial(o.cls, names.contains)?.object is PyFunction):
                return try d.contains(item, hash: try hash(item), eq: equals)
            case let s as PySet where builtin:
                return try setContains(s, item)
            case let r as PyRange:
                if r.big != nil { return try rangeContains(r, item) }
                if let i = try? indexValue(item), isIntLike(item) {
                    if r.step > 0 { return i >= r.start && i < r.stop && (i - r.start) % r.step == 0 }
                    return i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                }
            case let v as PyDictView:
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
            case let b as PyBytes:
                return try bytesContains(b, item)
            default: break
            }
            if let c = lookupSpecial(o.cls, names.contains) {
                return try isTrue(try call(c, [container, item]))
            }
        }
        // Fall back to iteration.
        guard special(container, "__iter__") != nil || special(container, "__getitem__") != nil else {
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
        let it = try getIter(container)
        while let x = try next(it) {
            if try equals(x, item) { return true }
        }
        return false
    }

    // MARK: iteration

    func makeIterator(_ name: String, refs: [Value], _ next: @escaping (Interpreter) throws -> Value?) -> Value {
        Value(heap.track(PyNativeIterator(cls: iteratorType(name), name: name, refs: refs, next: next)))
    }

    /// The class of builtin iterators named `name` (list_iterator, zip, map...):
    /// a subclass of the common iterator type, made on first use.
    func iteratorType(_ name: String) -> PyType {
        if let t = iteratorTypes[name] { return t }
        let t = heap.track(PyType(metatype: types.type, name: name, bases: [types.iterator], dict: makeDict(),
                                  layout: .other, isBuiltin: true))
        t.mro = [t, types.iterator, types.object]
        t.isBaseType = false
        iteratorTypes[name] = t
        return t
    }

    func getIter(_ v: Value) throws -> Value {
        guard case .obj(let u) = v else {
            throw typeError("'\(typeName(v))' object is not iterable")
        }
        if let it = listOrRangeIterator(u) { return it }
        let o = u.takeUnretainedValue()
        let builtin = o.cls.isBuiltin || lookupSpecial(o.cls, names.iter)?.object is PyBuiltinFunction
        if builtin {
            switch o {
            case let l as PyList:
                return Value(heap.track(PyListIterator(cls: listIteratorType, list: l)))
            case let r as PyRange:
                return rangeIterator(r, reversed: false)
            case let t as PyTuple:
                var i = 0
                return makeIterator("tuple_iterator", refs: [v]) { _ in
                    guard i < t.items.count else { return nil }
                    i += 1
                    return t.items[i - 1]
                }
            case let s as PyStr:
                return strIterator(s, v)
            case let d as PyDict:
                return dictViewIterator(d, .keys, refs: [v])
            case let dv as PyDictView:
                return dictViewIterator(dv.dict, dv.kind, refs: [v])
            case let s as PySet:
                let items = s.elements
                let size = s.count
                var i = 0
                return makeIterator("set_iterator", refs: [v]) { interp in
                    if s.count != size { throw interp.error("RuntimeError", "Set changed size during iteration") }
                    guard i < items.count else { return nil }
                    i += 1
                    return items[i - 1]
                }
            case let b as PyBytes:
                return bytesIterator(b)
            case is PyGenerator:
                if let g = o as? PyGenerator, g.isCoroutine || g.isAsyncGenerator {
                    throw typeError("'\(g.cls.name)' object is not iterable")
                }
                return v
            case is PyNativeIterator, is PyListIterator, is PyRangeIterator:
                return v
            default: break
            }
        }
        if let it = lookupSpecial(o.cls, names.iter) {
            if it.isNone { throw typeError("'\(o.cls.name)' object is not iterable") }
            let r = try call(it, [v])
            if special(r, "__next__") == nil && !(r.object is PyGenerator) && !(r.object is PyNativeIterator)
                && !(r.object is PyListIterator) && !(r.object is PyRangeIterator) {
                throw typeError("iter() returned non-iterator of type '\(typeName(r))'")
            }
            return r
        }
        if let gi = lookupSpecial(o.cls, names.getitem) {
            var i = 0
            return makeIterator("iterator", refs: [v, gi]) { interp in
                do {
                    let x = try interp.call(gi, [v, .int(i)])
                    i += 1
                    return x
                } catch let e as ScriptError where interp.isInstance(e.exception, "IndexError") || interp.isInstance(e.exception, "StopIteration") {
                    return nil
                }
            }
        }
        throw typeError("'\(o.cls.name)' object is not iterable")
    }

    /// The next item of an iterator, or nil when it is exhausted (the
    /// StopIteration's value, if any, is left in lastStopValue).
    func next(_ it: Value) throws -> Value? {
        guard case .obj(let u) = it else {
            throw typeError("'\(typeName(it))' object is not an iterator")
        }
        // An exact-class test is one comparison; the casts below walk the
        // class chain of every kind they do not match.
        let kind = u._withUnsafeGuaranteedRef { ObjectIdentifier(type(of: $0)) }
        if kind == ObjectIdentifier(PyNativeIterator.self) {
            // Held strongly: the closure may run script code, and a collection
            // then must see the iterator as live even if no slot roots it.
            let ni = unsafeDowncast(u.takeUnretainedValue(), to: PyNativeIterator.self)
            if ni.exhausted { return nil }
            if let v = try ni.nextFn(self) { return v }
            ni.finish()
            return nil
        }
        if let v = stepListOrRangeIterator(u) {
            if case .unbound = v { return nil }
            return v
        }
        let o = u.takeUnretainedValue()
        switch o {
        case let fi as PyFutureIter:
            return try futureIterNext(fi)
        case let g as PyGenerator:
            switch try genResume(g, send: .none) {
            case .yielded(let v): return v
            case .returned(let v):
                lastStopValue = v
                return nil
            }
        default:
            guard let n = lookupSpecial(o.cls, names.next) else {
                throw typeError("'\(o.cls.name)' object is not an iterator")
            }
            do {
                return try call(n, [it])
            } catch let e as ScriptError where isInstance(e.exception, "StopIteration") {
                lastStopValue = e.exception.args.first ?? .none
                return nil
            }
        }
    }

    func iterateToArray(_ v: Value) throws -> [Value] {
        if case .obj(let u) = v {
            let o = u.takeUnretainedValue()
            if o.isExactly(types.list), let l = o as? PyList { return l.items }
            if o.isExactly(types.tuple), let t = o as? PyTuple { return t.items }
        }
        let it = try getIter(v)
        if let items = try collectWhole(it) { return items }
        let mark = nativeRoots.count
        nativeRoots.append(it)
        defer { nativeRoots.removeSubrange(mark...) }
        var out: [Value] = []
        while let x = try next(it) {
            out.append(x)
            nativeRoots.append(x)
        }
        return out
    }

    /// UNPACK_SEQUENCE of an exact tuple or list of exactly `n` items (the
    /// commonest case: `for k, v in d.items()`, `a, b = b, a`): the items go
    /// straight onto the stack at `out`, last first, with the sequence
    /// borrowed and no array made. False for anything else.
    @inline(__always)
    func unpackExactTupleOrList(_ v: Value, count n: Int, into out: UnsafeMutablePointer<Value>) -> Bool {
        guard case .obj(let u) = v else { return false }
        return u._withUnsafeGuaranteedRef { o -> Bool in
            let c = o.classPointer
            func copy(_ items: [Value]) -> Bool {
                guard items.count == n else { return false }
                items.withUnsafeBufferPointer { buf in
                    for i in 0..<n { (out + i).pointee = buf[n - 1 - i] }
                }
                return true
            }
            if c == builtinClassPointers.tuple { return copy(unsafeDowncast(o, to: PyTuple.self).items) }
            if c == builtinClassPointers.list { return copy(unsafeDowncast(o, to: PyList.self).items) }
            return false
        }
    }

    func unpack(_ v: Value, count n: Int) throws -> [Value] {
        var items: [Value]
        // Only exact tuples and lists are read directly: a subclass may define __iter__.
        if let t = v.asObject(PyTuple.self), t.isExactly(types.tuple) { items = t.items }
        else if let l = v.asObject(PyList.self), l.isExactly(types.list) { items = l.items }
        else {
            guard special(v, "__iter__") != nil || special(v, "__getitem__") != nil || v.object is PyNativeIterator else {
                throw typeError("cannot unpack non-iterable \(typeName(v)) object")
            }
            let it = try getIter(v)
            items = []
            while let x = try next(it) {
                items.append(x)
                if items.count > n { break }
            }
        }
        if items.count > n { throw valueError("too many values to unpack (expected \(n))") }
        if items.count < n { throw valueError("not enough values to unpack (expected \(n), got \(items.count))") }
        return items
    }

    // MARK: set algebra

    func setOperator(_ code: Int, _ a: PySet, _ b: PySet, inplace: Bool) throws -> Value {
        let frozen = a.frozen
        switch code {
        case 10: // |
            let r = inplace ? a : makeSetCopy(a, frozen: frozen)
            try r.merge(b, eq: equals)
            return Value(r)
        case 12: // &
            var (x, y) = (a, b)
            if y.count > x.count { swap(&x, &y) }
            let r = makeSet(frozen: frozen)
            for e in y.activeEntries where try x.contains(e.key, hash: e.hash, eq: equals) {
                try r.add(e.key, hash: e.hash, eq: equals)
            }
            if inplace { a.removeAll(); try a.merge(r, eq: equals); return Value(a) }
            return Value(r)
        case 1: // -
            if inplace {
                try setDifferenceUpdate(a, Value(b))
                return Value(a)
            }
            return Value(try setDifference(a, Value(b)))
        default: // ^
            let r = inplace ? a : makeSetCopy(b, frozen: frozen)
            let source = inplace ? b : a
            for e in source.activeEntries {
                if try r.contains(e.key, hash: e.hash, eq: equals) {
                    try r.discard(e.key, hash: e.hash, eq: equals)
                } else {
                    try r.add(e.key, hash: e.hash, eq: equals)
                }
            }
            return Value(r)
        }
    }

    func makeSetCopy(_ s: PySet, frozen: Bool) -> PySet {
        let r = makeSet(frozen: frozen)
        r.merge(s, eq: { _, _ in false })
        return r
    }
}
