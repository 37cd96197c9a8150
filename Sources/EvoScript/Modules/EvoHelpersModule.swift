// _evo: private helpers for the standard-library modules written in
// EvoScript (Modules/Embedded*.swift). They reach the raw dict, list and
// tuple storage directly, so those modules do not depend on the builtin
// types' methods, and they expose interpreter services (exec, tracebacks).

import DequeModule

/// A mutable bag of values for Swift-side state that must stay reachable.
final class PyValueBox: PyObject {
    var values: [Value]
    init(cls: PyType, _ values: [Value]) { self.values = values; super.init(cls: cls) }
    override func trace(_ heap: Heap) { for v in values { heap.mark(v) } }
}

/// The storage of a collections.deque.
final class PyDequeStore: PyObject {
    var items = Deque<Value>()
    override func trace(_ heap: Heap) { for v in items { heap.mark(v) } }
}

extension Interpreter {
    var libraryStateType: PyType {
        if let t = libraryTypes["_evo_state"] { return t }
        let t = heap.track(PyType(metatype: types.type, name: "_evo_state", bases: [types.object],
                                  dict: makeDict(), layout: .other, isBuiltin: true))
        t.mro = [t, types.object]
        t.isBaseType = false
        libraryTypes["_evo_state"] = t
        return t
    }

    func makeEvoHelpersModule() -> PyModule {
        let m = makeModule("_evo")
        let d = m.dict
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        func dictArg(_ i: Interpreter, _ v: Value) throws -> PyDict {
            guard let dd = v.asObject(PyDict.self) else { throw i.typeError("expected a dict, not \(i.typeName(v))") }
            return dd
        }
        func listArg(_ i: Interpreter, _ v: Value) throws -> PyList {
            guard let l = v.asObject(PyList.self) else { throw i.typeError("expected a list, not \(i.typeName(v))") }
            return l
        }
        fn("exec") { i, a in
            try i.expectArgs(a, "exec", min: 2, max: 3)
            let src = try i.strArg(a[0], "exec")
            let g = try dictArg(i, a[1])
            let filename = a.count > 2 ? try i.strArg(a[2], "exec", 3) : "<string>"
            let code = try i.compileSource(src, filename: filename)
            _ = try i.runCode(code, globals: g, locals: nil)
            return .none
        }
        fn("join") { i, a in
            try i.expectArgs(a, "join", min: 2, max: 2)
            let sep = try i.strArg(a[0], "join")
            var parts: [String] = []
            for v in try i.iterateToArray(a[1]) {
                guard let s = v.asObject(PyStr.self) else { throw i.typeError("sequence item \(parts.count): expected str instance, \(i.typeName(v)) found") }
                parts.append(s.value)
            }
            return i.makeStr(parts.joined(separator: sep))
        }
        fn("split") { i, a in
            // split(s, seps): split on any character of seps, dropping empty parts.
            let s = try i.strArg(a[0], "split")
            let seps = Set(try i.strArg(a[1], "split", 2).unicodeScalars)
            var out: [Value] = []
            var cur = String.UnicodeScalarView()
            for c in s.unicodeScalars {
                if seps.contains(c) {
                    if !cur.isEmpty { out.append(i.makeStr(String(cur))); cur = String.UnicodeScalarView() }
                } else { cur.append(c) }
            }
            if !cur.isEmpty { out.append(i.makeStr(String(cur))) }
            return Value(i.makeList(out))
        }
        fn("isidentifier") { i, a in
            let s = try i.strArg(a[0], "isidentifier")
            guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return .bool(false) }
            return .bool(s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
        fn("startswith") { i, a in .bool(try i.strArg(a[0], "startswith").hasPrefix(try i.strArg(a[1], "startswith", 2))) }
        fn("append") { i, a in
            try listArg(i, a[0]).items.append(a[1])
            return .none
        }
        fn("insert") { i, a in
            let l = try listArg(i, a[0])
            let k = max(0, min(try i.intArg(a[1]), l.items.count))
            l.items.insert(a[2], at: k)
            return .none
        }
        fn("pop") { i, a in
            let l = try listArg(i, a[0])
            guard !l.items.isEmpty else { throw i.error("IndexError", "pop from empty list") }
            if a.count > 1 {
                let k = try i.intArg(a[1])
                let j = k < 0 ? k + l.items.count : k
                guard j >= 0 && j < l.items.count else { throw i.error("IndexError", "pop index out of range") }
                return l.items.remove(at: j)
            }
            return l.items.removeLast()
        }
        fn("reverse") { i, a in
            try listArg(i, a[0]).items.reverse()
            return .none
        }
        fn("set_add") { i, a in
            guard let s = a[0].asObject(PySet.self) else { throw i.typeError("expected a set") }
            try i.setAdd(s, a[1])
            return .none
        }
        // Raw dict storage, bypassing subclass overrides.
        fn("dict_get") { i, a in
            let dd = try dictArg(i, a[0])
            return try i.dictGet(dd, a[1]) ?? (a.count > 2 ? a[2] : .unbound).orNone
        }
        fn("dict_has") { i, a in .bool(try i.dictGet(try dictArg(i, a[0]), a[1]) != nil) }
        fn("dict_getitem") { i, a in
            let dd = try dictArg(i, a[0])
            if let v = try i.dictGet(dd, a[1]) { return v }
            throw ScriptError(exception: i.makeException(i.types.exception("KeyError"), args: [a[1]]))
        }
        fn("dict_set") { i, a in
            try i.dictSet(try dictArg(i, a[0]), a[1], a[2])
            return .none
        }
        fn("dict_del") { i, a in
            let dd = try dictArg(i, a[0])
            if try dd.remove(a[1], hash: try i.hash(a[1]), eq: i.equals) == nil {
                throw ScriptError(exception: i.makeException(i.types.exception("KeyError"), args: [a[1]]))
            }
            return .none
        }
        fn("dict_clear") { i, a in
            try dictArg(i, a[0]).removeAll()
            return .none
        }
        fn("dict_keys") { i, a in Value(i.makeList(try dictArg(i, a[0]).liveEntries.map { $0.key })) }
        fn("dict_values") { i, a in Value(i.makeList(try dictArg(i, a[0]).liveEntries.map { $0.value })) }
        fn("dict_items") { i, a in
            Value(i.makeList(try dictArg(i, a[0]).liveEntries.map { Value(i.makeTuple([$0.key, $0.value])) }))
        }
        fn("dict_update") { i, a in
            // dict.update(other) semantics: a mapping, or an iterable of pairs.
            let dd = try dictArg(i, a[0])
            if a[1].object is PyDict || i.special(a[1], "keys") != nil {
                try i.dictMergeInto(dd, a[1])
                return .none
            }
            for (n, item) in try i.iterateToArray(a[1]).enumerated() {
                guard let pair = try? i.iterateToArray(item) else {
                    throw i.typeError("cannot convert dictionary update sequence element #\(n) to a sequence")
                }
                guard pair.count == 2 else {
                    throw i.valueError("dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
                }
                try i.dictSet(dd, pair[0], pair[1])
            }
            return .none
        }
        fn("dict_new") { i, a in
            // dict_new(cls): an empty instance of a dict subclass without running __init__.
            guard let t = a[0].asObject(PyType.self) else { throw i.typeError("dict_new needs a class") }
            let dd = i.heap.track(PyDict(cls: t))
            if t !== i.types.dict { dd.dict = i.makeDict() }
            return Value(dd)
        }
        fn("dict_popitem") { i, a in
            let dd = try dictArg(i, a[0])
            let last = a.count > 1 ? try i.isTrue(a[1]) : true
            let entries = dd.liveEntries
            guard let e = last ? entries.last : entries.first else {
                throw i.error("KeyError", "dictionary is empty")
            }
            _ = try dd.remove(e.key, hash: e.hash, eq: i.equals)
            return Value(i.makeTuple([e.key, e.value]))
        }
        fn("dict_move_to_end") { i, a in
            let dd = try dictArg(i, a[0])
            let key = a[1]
            let last = a.count > 2 ? try i.isTrue(a[2]) : true
            let h = try i.hash(key)
            guard let v = try dd.remove(key, hash: h, eq: i.equals) else {
                throw ScriptError(exception: i.makeException(i.types.exception("KeyError"), args: [key]))
            }
            if last {
                try dd.set(key, hash: h, value: v, eq: i.equals)
            } else {
                let rest = dd.liveEntries
                dd.removeAll()
                try dd.set(key, hash: h, value: v, eq: i.equals)
                for e in rest { try dd.set(e.key, hash: e.hash, value: e.value, eq: i.equals) }
            }
            return .none
        }
        fn("dict_eq") { i, a in
            // Plain dict equality of two dicts, ignoring subclass __eq__.
            let x = try dictArg(i, a[0]), y = try dictArg(i, a[1])
            if x.count != y.count { return .bool(false) }
            for e in x.liveEntries {
                guard let v = try y.get(e.key, hash: e.hash, eq: i.equals) else { return .bool(false) }
                if try !i.equals(e.value, v) { return .bool(false) }
            }
            return .bool(true)
        }
        fn("dict_repr") { i, a in
            let dd = try dictArg(i, a[0])
            let id = ObjectIdentifier(dd)
            if i.reprInProgress.contains(id) { return i.makeStr("{...}") }
            i.reprInProgress.insert(id)
            defer { i.reprInProgress.remove(id) }
            return i.makeStr("{" + (try dd.liveEntries.map { "\(try i.repr($0.key)): \(try i.repr($0.value))" }.joined(separator: ", ")) + "}")
        }
        fn("tuple_new") { i, a in
            guard let t = a[0].asObject(PyType.self) else { throw i.typeError("tuple_new needs a class") }
            return Value(i.heap.track(PyTuple(cls: t, try i.iterateToArray(a[1]))))
        }
        fn("tuple_items") { i, a in
            guard let t = a[0].asObject(PyTuple.self) else { throw i.typeError("expected a tuple") }
            return Value(i.makeTuple(t.items))
        }
        fn("tuple_getitem") { i, a in
            guard a.count == 2, let t = a[0].asObject(PyTuple.self) else { throw i.typeError("expected a tuple") }
            return try i.getItem(Value(i.makeTuple(t.items)), a[1])
        }
        fn("tuple_item") { i, a in
            guard a.count == 2, let t = a[0].asObject(PyTuple.self), case .int(let k) = a[1], k >= 0, k < t.items.count else {
                throw i.error("IndexError", "tuple index out of range")
            }
            return t.items[k]
        }
        fn("tuple_len") { i, a in
            guard a.count == 1, let t = a[0].asObject(PyTuple.self) else { throw i.typeError("expected a tuple") }
            return .int(t.items.count)
        }
        fn("tuple_iter") { i, a in
            guard a.count == 1, let t = a[0].asObject(PyTuple.self) else { throw i.typeError("expected a tuple") }
            return try i.getIter(Value(i.makeTuple(t.items)))
        }
        fn("dict_iter") { i, a in
            guard a.count == 1, let dd = a[0].asObject(PyDict.self) else { throw i.typeError("expected a dict") }
            var k = 0
            let size = dd.count
            return i.makeIterator("dict_keyiterator", refs: [a[0]]) { interp in
                if dd.count != size { throw interp.error("RuntimeError", "dictionary changed size during iteration") }
                while k < dd.rawCount {
                    let e = dd.entry(at: k)
                    k += 1
                    if let e { return e.key }
                }
                return nil
            }
        }
        fn("dict_len") { i, a in
            guard a.count == 1, let dd = a[0].asObject(PyDict.self) else { throw i.typeError("expected a dict") }
            return .int(dd.count)
        }
        fn("source_line") { i, a in
            let file = try i.strArg(a[0], "source_line")
            let line = try i.intArg(a[1])
            return i.sourceLine(file, line).map { i.makeStr($0) } ?? i.makeStr("")
        }
        fn("tb_entries") { i, a in
            // [(filename, lineno, name, line)] for a traceback object, outermost first.
            var out: [Value] = []
            var tb = a[0].asObject(PyTraceback.self)
            var limit = a.count > 1 && !a[1].isNone ? try i.intArg(a[1]) : Int.max
            while let t = tb, limit > 0 {
                let line = i.sourceLine(t.frame.code.filename, t.lineno)
                out.append(Value(i.makeTuple([i.makeStr(t.frame.code.filename), .int(t.lineno), i.makeStr(t.frame.code.name),
                                              line.map { i.makeStr($0) } ?? .none])))
                tb = t.next.asObject(PyTraceback.self)
                limit -= 1
            }
            return Value(i.makeList(out))
        }
        fn("stack_entries") { i, a in
            // [(filename, lineno, name, line)] for the calling frames, outermost first, minus `skip` innermost.
            let skip = a.count > 0 ? try i.intArg(a[0]) : 0
            var records: [Frame] = []
            for k in 0..<i.frameCount {
                if let g = i.frames[k].generator { records += i.skippedDelegators(of: g).map(\.frame) }
                records.append(i.frames[k])
            }
            let out = records.dropLast(max(0, skip)).map { f -> Value in
                let line = f.code.line(at: f.ip - 1)
                return Value(i.makeTuple([i.makeStr(f.code.filename), .int(line), i.makeStr(f.code.name),
                                          i.sourceLine(f.code.filename, line).map { i.makeStr($0) } ?? .none]))
            }
            return Value(i.makeList(Array(out)))
        }
        fn("format_exception") { i, a in
            // format_exception(exc, chain): the full text CPython's traceback module prints.
            guard let e = a[0].asObject(PyBaseException.self) else { throw i.typeError("expected an exception") }
            let chain = a.count > 1 ? try i.isTrue(a[1]) : true
            return i.makeStr(i.formatException(e, chain: chain, qualifyMain: false))
        }
        fn("format_exception_only") { i, a in
            guard let e = a[0].asObject(PyBaseException.self) else { throw i.typeError("expected an exception") }
            return i.makeStr(i.formatExceptionOnly(e, qualifyMain: false))
        }
        fn("set_iterable_coroutine") { i, a in
            guard let f = a[0].asObject(PyFunction.self) else { return a[0] }
            if f.code.flags.contains(.generator) { f.code.flags.insert(.iterableCoroutine) }
            return a[0]
        }
        fn("write_stderr") { i, a in
            let text = try i.strArg(a[0], "write_stderr")
            if let sys = i.sysModule, let err = sys.dict.getStr(i.intern("stderr")) {
                try i.writeText(text, to: err)
            } else {
                i.stderr.write(text)
            }
            return .none
        }
        fn("deque_store") { i, a in
            let s = i.heap.track(PyDequeStore(cls: i.libraryStateType))
            if a.count > 0 { for v in try i.iterateToArray(a[0]) { s.items.append(v) } }
            return Value(s)
        }
        addDequeHelpers(d)
        return m
    }

    private func addDequeHelpers(_ d: PyDict) {
        func fn(_ name: String, _ body: @escaping (Interpreter, PyDequeStore, Args) throws -> Value) {
            d.setStr(intern(name), Value(makeBuiltin(name) { i, a in
                guard a.count > 0, let s = a[0].asObject(PyDequeStore.self) else { throw i.typeError("\(name): expected a deque store") }
                return try body(i, s, a)
            }))
        }
        func maxlen(_ i: Interpreter, _ a: Args, _ k: Int) throws -> Int? {
            guard k < a.count, !a[k].isNone else { return nil }
            return try i.intArg(a[k])
        }
        func normIndex(_ i: Interpreter, _ s: PyDequeStore, _ v: Value) throws -> Int {
            guard let k = try i.indexValue(v) else {
                throw i.typeError("sequence index must be integer, not '\(i.typeName(v))'")
            }
            let j = k < 0 ? k + s.items.count : k
            guard j >= 0 && j < s.items.count else { throw i.error("IndexError", "deque index out of range") }
            return j
        }
        fn("dq_append") { i, s, a in
            let ml = try maxlen(i, a, 2)
            if ml == 0 { return .none }
            s.items.append(a[1])
            if let ml, s.items.count > ml { s.items.removeFirst() }
            return .none
        }
        fn("dq_appendleft") { i, s, a in
            let ml = try maxlen(i, a, 2)
            if ml == 0 { return .none }
            s.items.prepend(a[1])
            if let ml, s.items.count > ml { s.items.removeLast() }
            return .none
        }
        fn("dq_extend") { i, s, a in
            let ml = try maxlen(i, a, 2)
            let vals = try i.iterateToArray(a[1])
            for v in vals {
                if ml == 0 { break }
                s.items.append(v)
                if let ml, s.items.count > ml { s.items.removeFirst() }
            }
            return .none
        }
        fn("dq_extendleft") { i, s, a in
            let ml = try maxlen(i, a, 2)
            let vals = try i.iterateToArray(a[1])
            for v in vals {
                if ml == 0 { break }
                s.items.prepend(v)
                if let ml, s.items.count > ml { s.items.removeLast() }
            }
            return .none
        }
        fn("dq_pop") { i, s, _ in
            guard let v = s.items.popLast() else { throw i.error("IndexError", "pop from an empty deque") }
            return v
        }
        fn("dq_popleft") { i, s, _ in
            guard let v = s.items.popFirst() else { throw i.error("IndexError", "pop from an empty deque") }
            return v
        }
        fn("dq_rotate") { i, s, a in
            let n = s.items.count
            if n <= 1 { return .none }
            var k = a.count > 1 ? try i.intArg(a[1]) : 1
            k %= n
            if k < 0 { k += n }
            if k == 0 { return .none }
            let tail = Array(s.items.suffix(k))
            s.items.removeLast(k)
            s.items.insert(contentsOf: tail, at: 0)
            return .none
        }
        fn("dq_clear") { _, s, _ in s.items.removeAll(); return .none }
        fn("dq_len") { _, s, _ in .int(s.items.count) }
        fn("dq_list") { i, s, _ in Value(i.makeList(Array(s.items))) }
        fn("dq_get") { i, s, a in s.items[try normIndex(i, s, a[1])] }
        fn("dq_set") { i, s, a in
            s.items[try normIndex(i, s, a[1])] = a[2]
            return .none
        }
        fn("dq_del") { i, s, a in
            s.items.remove(at: try normIndex(i, s, a[1]))
            return .none
        }
        fn("dq_reverse") { _, s, _ in s.items.reverse(); return .none }
        fn("dq_count") { i, s, a in
            var c = 0
            let snapshot = Array(s.items)
            for v in snapshot where try i.equals(v, a[1]) {
                c += 1
                if s.items.count != snapshot.count { throw i.error("RuntimeError", "deque mutated during iteration") }
            }
            return .int(c)
        }
        fn("dq_index") { i, s, a in
            let n = s.items.count
            var start = a.count > 2 ? try i.intArg(a[2]) : 0
            var stop = a.count > 3 ? try i.intArg(a[3]) : n
            if start < 0 { start = max(0, start + n) }
            if stop < 0 { stop = max(0, stop + n) }
            stop = min(stop, n)
            let snapshot = Array(s.items)
            var k = start
            while k < stop {
                if try i.equals(snapshot[k], a[1]) { return .int(k) }
                if s.items.count != n { throw i.error("RuntimeError", "deque mutated during iteration") }
                k += 1
            }
            throw i.valueError("\(try i.repr(a[1])) is not in deque")
        }
        fn("dq_remove") { i, s, a in
            let snapshot = Array(s.items)
            for (k, v) in snapshot.enumerated() where try i.equals(v, a[1]) {
                if s.items.count != snapshot.count { throw i.error("IndexError", "deque mutated during remove().") }
                s.items.remove(at: k)
                return .none
            }
            throw i.valueError("deque.remove(x): x not in deque")
        }
        fn("dq_iter") { i, s, a in
            var k = 0
            let n = s.items.count
            let reverse = a.count > 1 ? try i.isTrue(a[1]) : false
            return i.makeIterator(reverse ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator", refs: [a[0]]) { interp in
                if s.items.count != n { throw interp.error("RuntimeError", "deque mutated during iteration") }
                guard k < n else { return nil }
                k += 1
                return reverse ? s.items[n - k] : s.items[k - 1]
            }
        }
    }
}

extension Value {
    /// .unbound read as None.
    var orNone: Value { isUnbound ? .none : self }
}
