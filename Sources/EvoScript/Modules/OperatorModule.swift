// operator: the operators as functions, and itemgetter, attrgetter and
// methodcaller.

extension Interpreter {
    func makeOperatorModule() -> PyModule {
        let m = makeModule("operator")
        let d = m.dict
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        func two(_ name: String, _ body: @escaping (Interpreter, Value, Value) throws -> Value) {
            fn(name) { i, a in
                try i.expectArgs(a, name, min: 2, max: 2)
                return try body(i, a[0], a[1])
            }
        }
        func one(_ name: String, _ body: @escaping (Interpreter, Value) throws -> Value) {
            fn(name) { i, a in
                try i.expectArgs(a, name, min: 1, max: 1)
                return try body(i, a[0])
            }
        }
        let binops: [(String, Int)] = [("add", 0), ("sub", 1), ("mul", 2), ("matmul", 3), ("truediv", 4), ("floordiv", 5),
                                       ("mod", 6), ("pow", 7), ("lshift", 8), ("rshift", 9), ("or_", 10), ("xor", 11), ("and_", 12)]
        for (name, code) in binops {
            two(name) { i, x, y in try i.binaryOp(code, x, y) }
            let iname = "i" + (name.hasSuffix("_") ? String(name.dropLast()) : name)
            two(iname) { i, x, y in try i.binaryOp(code, x, y, inplace: true) }
            two("__\(name.hasSuffix("_") ? String(name.dropLast()) : name)__") { i, x, y in try i.binaryOp(code, x, y) }
        }
        two("concat") { i, x, y in
            guard i.special(x, "__getitem__") != nil else { throw i.typeError("'\(i.typeName(x))' object can't be concatenated") }
            return try i.binaryOp(0, x, y)
        }
        let cmps = [("lt", 0), ("le", 1), ("eq", 2), ("ne", 3), ("gt", 4), ("ge", 5)]
        for (name, code) in cmps {
            two(name) { i, x, y in try i.richCompare(x, y, code) }
            two("__\(name)__") { i, x, y in try i.richCompare(x, y, code) }
        }
        one("neg") { i, x in try i.unaryOp(1, x) }
        one("pos") { i, x in try i.unaryOp(2, x) }
        one("invert") { i, x in try i.unaryOp(3, x) }
        one("inv") { i, x in try i.unaryOp(3, x) }
        one("not_") { i, x in .bool(!(try i.isTrue(x))) }
        one("truth") { i, x in .bool(try i.isTrue(x)) }
        one("abs") { i, x in
            guard let f = i.builtins.getStr(i.intern("abs")) else { return x }
            return try i.call(f, [x])
        }
        one("index") { i, x in
            guard i.isIntLike(x) || i.special(x, "__index__") != nil else {
                throw i.typeError("'\(i.typeName(x))' object cannot be interpreted as an integer")
            }
            if i.isIntLike(x) { return i.makeInt(i.bigIntValue(x) ?? 0) }
            return try i.call(i.special(x, "__index__") ?? .none, [x])
        }
        two("is_") { _, x, y in .bool(x.isIdentical(y)) }
        two("is_not") { _, x, y in .bool(!x.isIdentical(y)) }
        two("contains") { i, x, y in .bool(try i.contains(x, y)) }
        two("getitem") { i, x, y in try i.getItem(x, y) }
        fn("setitem") { i, a in
            try i.expectArgs(a, "setitem", min: 3, max: 3)
            try i.setItem(a[0], a[1], a[2])
            return .none
        }
        two("delitem") { i, x, y in try i.deleteItem(x, y); return .none }
        two("countOf") { i, x, y in
            var n = 0
            for v in try i.iterateToArray(x) where try i.equals(v, y) { n += 1 }
            return .int(n)
        }
        two("indexOf") { i, x, y in
            for (k, v) in try i.iterateToArray(x).enumerated() where try i.equals(v, y) { return .int(k) }
            throw i.valueError("sequence.index(x): x not in sequence")
        }
        fn("itemgetter") { i, a in
            guard a.count >= 1 else { throw i.typeError("itemgetter expected 1 argument, got 0") }
            let keys = Array(a.positional)
            let box = i.heap.track(PyValueBox(cls: i.libraryStateType, keys))
            return Value(i.heap.track(PyBuiltinFunction(cls: i.types.builtinFunction, name: "itemgetter", isMethod: false,
                                                        boundSelf: Value(box)) { i, b in
                guard b.count == 2 else { throw i.typeError("itemgetter expected 1 argument, got \(b.count - 1)") }
                if keys.count == 1 { return try i.getItem(b[1], keys[0]) }
                return Value(i.makeTuple(try keys.map { try i.getItem(b[1], $0) }))
            }))
        }
        fn("attrgetter") { i, a in
            guard a.count >= 1 else { throw i.typeError("attrgetter expected 1 argument, got 0") }
            var paths: [[PyStr]] = []
            for k in 0..<a.count {
                guard let s = a[k].asObject(PyStr.self) else { throw i.typeError("attribute name must be a string") }
                paths.append(s.value.split(separator: ".", omittingEmptySubsequences: false).map { i.intern(String($0)) })
            }
            let ps = paths
            return Value(i.makeBuiltin("attrgetter") { i, b in
                try i.expectArgs(b, "attrgetter", min: 1, max: 1)
                func resolve(_ p: [PyStr]) throws -> Value {
                    var v = b[0]
                    for n in p { v = try i.getAttr(v, n) }
                    return v
                }
                if ps.count == 1 { return try resolve(ps[0]) }
                return Value(i.makeTuple(try ps.map(resolve)))
            })
        }
        fn("methodcaller") { i, a in
            guard a.count >= 1, let name = a[0].asObject(PyStr.self) else { throw i.typeError("method name must be a string") }
            let extra = Array(a.positional.dropFirst())
            let kws = a.keywords
            let box = i.heap.track(PyValueBox(cls: i.libraryStateType, extra + kws.map { $0.value } + [a[0]]))
            return Value(i.heap.track(PyBuiltinFunction(cls: i.types.builtinFunction, name: "methodcaller", isMethod: false,
                                                        boundSelf: Value(box)) { i, b in
                guard b.count == 2 else { throw i.typeError("methodcaller expected 1 argument, got \(b.count - 1)") }
                return try i.call(try i.getAttr(b[1], name), extra, kws)
            }))
        }
        return m
    }
}
