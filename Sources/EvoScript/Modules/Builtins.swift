// The builtins module: functions every program sees.

import BigInt

extension Interpreter {
    func defineBuiltin(_ name: String, _ fn: @escaping NativeFunction) {
        builtins.setStr(intern(name), Value(makeBuiltin(name, fn)))
    }

    func setUpBuiltins() {
        let b = builtins
        b.setStr(intern("__name__"), makeStr("builtins"))
        b.setStr(intern("None"), .none)
        b.setStr(intern("True"), .bool(true))
        b.setStr(intern("False"), .bool(false))
        b.setStr(intern("NotImplemented"), notImplemented)
        b.setStr(intern("Ellipsis"), ellipsis)
        b.setStr(intern("__debug__"), .bool(true))
        let typeNames: [(String, PyType)] = [
            ("type", types.type), ("object", types.object), ("int", types.int), ("bool", types.bool),
            ("float", types.float), ("complex", types.complex), ("str", types.str), ("bytes", types.bytes), ("bytearray", types.bytearray), ("tuple", types.tuple),
            ("list", types.list), ("dict", types.dict), ("set", types.set), ("frozenset", types.frozenset),
            ("range", types.range), ("slice", types.slice), ("property", types.property),
            ("staticmethod", types.staticmethod), ("classmethod", types.classmethod), ("super", types.superType),
        ]
        for (n, t) in typeNames { b.setStr(intern(n), Value(t)) }
        for (n, t) in types.exceptions { b.setStr(intern(n), Value(t)) }
        b.setStr(intern("EnvironmentError"), Value(types.exception("OSError")))
        b.setStr(intern("IOError"), Value(types.exception("OSError")))

        constructors[ObjectIdentifier(types.superType)] = { i, _, a in try i.makeSuper(a) }

        defineBuiltin("__build_class__") { i, a in try i.buildClass(a) }
        defineBuiltin("print") { i, a in
            func textArg(_ name: String, _ dflt: String) throws -> String {
                guard let v = a.keyword(name), !v.isNone else { return dflt }
                guard let s = v.asObject(PyStr.self) else {
                    throw i.typeError("\(name) must be None or a string, not \(i.typeName(v))")
                }
                return s.value
            }
            let sep = try textArg("sep", " ")
            let end = try textArg("end", "\n")
            for k in a.keywords where !["sep", "end", "file", "flush"].contains(k.name.value) {
                throw i.typeError("'\(k.name.value)' is an invalid keyword argument for print()")
            }
            var text = ""
            for (n, v) in a.positional.enumerated() {
                if n > 0 { text += sep }
                text += try i.str(v)
            }
            text += end
            let file = a.keyword("file") ?? .none
            try i.writeText(text, to: file.isNone ? nil : file)
            if let fl = a.keyword("flush"), try i.isTrue(fl) { try i.flushFile(file.isNone ? nil : file) }
            return .none
        }
        defineBuiltin("len") { i, a in
            try i.expectArgs(a, "len", min: 1, max: 1)
            return .int(try i.length(a[0]))
        }
        if case .obj(let u)? = builtins.getStr(intern("len")) { builtinLen = u.toOpaque() }
        defineBuiltin("repr") { i, a in
            try i.expectArgs(a, "repr", min: 1, max: 1)
            return i.makeStr(try i.repr(a[0]))
        }
        defineBuiltin("ascii") { i, a in
            try i.expectArgs(a, "ascii", min: 1, max: 1)
            return i.makeStr(asciiEscape(try i.repr(a[0])))
        }
        defineBuiltin("isinstance") { i, a in
            try i.expectArgs(a, "isinstance", min: 2, max: 2)
            return .bool(try i.isInstanceCheck(a[0], a[1]))
        }
        defineBuiltin("issubclass") { i, a in
            try i.expectArgs(a, "issubclass", min: 2, max: 2)
            guard let c = a[0].asObject(PyType.self) else { throw i.typeError("issubclass() arg 1 must be a class") }
            return .bool(try i.isSubclassCheck(c, a[1]))
        }
        defineBuiltin("iter") { i, a in
            try i.expectArgs(a, "iter", min: 1, max: 2)
            if a.count == 2 {
                let fn = a[0], sentinel = a[1]
                if !i.isCallable(fn) { throw i.typeError("iter(v, w): v must be callable") }
                var done = false
                return i.makeIterator("callable_iterator", refs: [fn, sentinel]) { interp in
                    if done { return nil }
                    let v = try interp.call(fn, [])
                    if try interp.equals(v, sentinel) { done = true; return nil }
                    return v
                }
            }
            return try i.getIter(a[0])
        }
        defineBuiltin("next") { i, a in
            try i.expectArgs(a, "next", min: 1, max: 2)
            let it = a[0]
            // A generator (the common case) needs no __next__ lookup.
            if !(it.object is PyGenerator) && i.special(it, "__next__") == nil && !(it.object is PyNativeIterator)
                && !(it.object is PyListIterator) && !(it.object is PyRangeIterator) {
                throw i.typeError("'\(i.typeName(it))' object is not an iterator")
            }
            if let g = it.asObject(PyGenerator.self), g.isCoroutine || g.isAsyncGenerator {
                throw i.typeError("'\(g.cls.name)' object is not an iterator")
            }
            if let v = try i.next(it) { return v }
            if a.count == 2 { return a[1] }
            let stop = i.makeException(i.types.exception("StopIteration"), args: i.lastStopValue.isNone ? [] : [i.lastStopValue])
            i.lastStopValue = .none
            throw ScriptError(exception: stop)
        }
        // The dispatch loop resumes a generator passed to next() in place (VM/GeneratorCalls.swift).
        builtins.getStr(intern("next"))?.asObject(PyBuiltinFunction.self)?.generatorCall = .next
        defineBuiltin("getattr") { i, a in
            try i.expectArgs(a, "getattr", min: 2, max: 3)
            guard let n = a[1].asObject(PyStr.self) else { throw i.typeError("getattr(): attribute name must be string") }
            if a.count == 3 {
                do {
                    if let v = try i.getAttrOrNil(a[0], n) { return v }
                    return a[2]
                } catch let e as ScriptError where i.isInstance(e.exception, "AttributeError") {
                    return a[2]
                }
            }
            return try i.getAttr(a[0], n)
        }
        defineBuiltin("setattr") { i, a in
            try i.expectArgs(a, "setattr", min: 3, max: 3)
            guard let n = a[1].asObject(PyStr.self) else { throw i.typeError("setattr(): attribute name must be string") }
            try i.setAttr(a[0], n, a[2])
            return .none
        }
        defineBuiltin("hasattr") { i, a in
            try i.expectArgs(a, "hasattr", min: 2, max: 2)
            guard let n = a[1].asObject(PyStr.self) else { throw i.typeError("hasattr(): attribute name must be string") }
            do {
                return .bool(try i.getAttrOrNil(a[0], n) != nil)
            } catch let e as ScriptError where i.isInstance(e.exception, "AttributeError") {
                return .bool(false)
            }
        }
        defineBuiltin("delattr") { i, a in
            try i.expectArgs(a, "delattr", min: 2, max: 2)
            guard let n = a[1].asObject(PyStr.self) else { throw i.typeError("delattr(): attribute name must be string") }
            try i.deleteAttr(a[0], n)
            return .none
        }
        defineBuiltin("callable") { i, a in
            try i.expectArgs(a, "callable", min: 1, max: 1)
            return .bool(i.isCallable(a[0]))
        }
        defineBuiltin("id") { i, a in
            try i.expectArgs(a, "id", min: 1, max: 1)
            if let o = a[0].object { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
            return .int(try i.hash(a[0]) &* 31 &+ 7)
        }
        defineBuiltin("hash") { i, a in
            try i.expectArgs(a, "hash", min: 1, max: 1)
            return .int(try i.hash(a[0]))
        }
        defineBuiltin("abs") { i, a in
            try i.expectArgs(a, "abs", min: 1, max: 1)
            switch a[0] {
            case .int(let x): return x == Int.min ? i.makeInt(BigInt(x).magnitude.asSigned) : .int(Swift.abs(x))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            default:
                if let b = i.bigIntValue(a[0]) { return i.makeInt(b < 0 ? -b : b) }
                if let m = i.special(a[0], "__abs__") { return try i.call(m, [a[0]]) }
                throw i.typeError("bad operand type for abs(): '\(i.typeName(a[0]))'")
            }
        }
        defineBuiltin("chr") { i, a in
            try i.expectArgs(a, "chr", min: 1, max: 1)
            guard let n = try i.indexValue(a[0]) else {
                throw i.typeError("an integer is required (got type \(i.typeName(a[0])))")
            }
            guard n >= 0, n <= 0x10FFFF else { throw i.valueError("chr() arg not in range(0x110000)") }
            guard let u = Unicode.Scalar(UInt32(n)) else { return i.makeStr("\u{FFFD}") }
            return i.makeStr(String(Character(u)))
        }
        defineBuiltin("ord") { i, a in
            try i.expectArgs(a, "ord", min: 1, max: 1)
            let ascii = i.withBorrowedStr(a[0]) { s -> UInt8? in s.count == 1 && s.isASCII ? s.value.utf8.first : nil }
            if let ascii, let b = ascii { return .int(Int(b)) }
            if let s = a[0].asObject(PyStr.self) {
                guard s.count == 1 else { throw i.typeError("ord() expected a character, but string of length \(s.count) found") }
                return .int(Int(s.scalar(at: 0).value))
            }
            if let b = a[0].asObject(PyBytes.self) {
                guard b.bytes.count == 1 else { throw i.typeError("ord() expected a character, but string of length \(b.bytes.count) found") }
                return .int(Int(b.bytes[0]))
            }
            throw i.typeError("ord() expected string of length 1, but \(i.typeName(a[0])) found")
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            defineBuiltin(name) { i, a in
                try i.expectArgs(a, name, min: 1, max: 1)
                var n = i.bigIntValue(a[0])
                if n == nil, let m = i.special(a[0], "__index__") { n = i.bigIntValue(try i.call(m, [a[0]])) }
                guard let v = n else { throw i.typeError("'\(i.typeName(a[0]))' object cannot be interpreted as an integer") }
                let digits = String(v.magnitude, radix: radix)
                return i.makeStr((v < 0 ? "-" : "") + prefix + digits)
            }
        }
        defineBuiltin("format") { i, a in
            try i.expectArgs(a, "format", min: 1, max: 2)
            let spec = a.count > 1 ? try i.strArg(a[1], "format", 2) : ""
            return i.makeStr(try i.format(a[0], spec))
        }
        defineBuiltin("vars") { i, a in
            try i.expectArgs(a, "vars", min: 0, max: 1)
            if a.count == 0 { return Value(i.currentLocals()) }
            if let t = a[0].asObject(PyType.self) { return Value(t.dict) }
            guard let d = a[0].object?.attributes else { throw i.typeError("vars() argument must have __dict__ attribute") }
            return Value(d)
        }
        defineBuiltin("locals") { i, _ in Value(i.currentLocals()) }
        defineBuiltin("globals") { i, _ in
            guard i.frameCount > 0 else { return Value(i.makeDict()) }
            return Value(i.frames[i.frameCount - 1].globals)
        }
        defineBuiltin("dir") { i, a in
            try i.expectArgs(a, "dir", min: 0, max: 1)
            if a.count == 0 {
                let keys = i.currentLocals().liveEntries.map { $0.key }
                return Value(i.makeList(try i.sortedValues(keys)))
            }
            return Value(i.makeList(try i.sortedValues(try i.dirList(a[0]))))
        }
        defineBuiltin("divmod") { i, a in
            try i.expectArgs(a, "divmod", min: 2, max: 2)
            if i.isIntLike(a[0]) && i.isIntLike(a[1]) {
                return Value(i.makeTuple([try i.binaryOp(5, a[0], a[1]), try i.binaryOp(6, a[0], a[1])]))
            }
            if let x = try i.floatValue(a[0]), let y = try i.floatValue(a[1]) {
                if y == 0 { throw i.error("ZeroDivisionError", "float divmod()") }
                let (q, r) = i.floatDivmod(x, y)
                return Value(i.makeTuple([.float(q), .float(r)]))
            }
            if let m = i.special(a[0], "__divmod__") { return try i.call(m, [a[0], a[1]]) }
            throw i.typeError("unsupported operand type(s) for divmod(): '\(i.typeName(a[0]))' and '\(i.typeName(a[1]))'")
        }
        defineBuiltin("pow") { i, a in
            try i.expectArgs(a, "pow", min: 2, max: 3)
            if a.count == 3 && !a[2].isNone {
                if a[0].object is PyComplex || a[1].object is PyComplex { throw i.valueError("complex modulo") }
                guard let x = i.bigIntValue(a[0]), let y = i.bigIntValue(a[1]), let m = i.bigIntValue(a[2]) else {
                    throw i.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw i.valueError("pow() 3rd argument cannot be 0") }
                var base = x, exp = y
                if exp < 0 {
                    // 3.8: a negative exponent means the modular inverse.
                    guard let inv = modularInverse(x, m) else { throw i.valueError("base is not invertible for the given modulus") }
                    base = inv
                    exp = -exp
                }
                var r = base.power(exp, modulus: m)
                if r != 0 && (r < 0) != (m < 0) { r += m }
                return i.makeInt(r)
            }
            return try i.binaryOp(7, a[0], a[1])
        }
        defineBuiltin("round") { i, a in
            try i.expectArgs(a, "round", min: 1, max: 2)
            let nd = a.count > 1 ? a[1] : (a.keyword("ndigits") ?? .none)
            return try i.round(a[0], nd)
        }
        defineBuiltin("input") { i, a in
            if a.count > 0 { try i.writeText(try i.str(a[0]), to: nil) }
            i.stdout.flush()
            guard let line = readLine(strippingNewline: true) else {
                throw ScriptError(exception: i.makeException(i.types.exception("EOFError"), args: [i.makeStr("EOF when reading a line")]))
            }
            return i.makeStr(line)
        }
        defineBuiltin("__import__") { i, a in
            guard a.count >= 1, let n = a[0].asObject(PyStr.self) else { throw i.typeError("__import__() argument 1 must be str") }
            let fromlist = a.count > 3 ? a[3] : (a.keyword("fromlist") ?? .none)
            let level = a.count > 4 ? a[4] : (a.keyword("level") ?? .int(0))
            let globals = (a.count > 1 ? a[1].asObject(PyDict.self) : nil) ?? (i.frameCount > 0 ? i.frames[i.frameCount - 1].globals : i.makeDict())
            return try i.importName(n.value, fromlist: fromlist, level: level, globals: globals)
        }
        defineBuiltin("exit") { i, a in
            throw ScriptError(exception: i.makeException(i.types.exception("SystemExit"), args: Array(a.positional)))
        }
        builtins.setStr(intern("quit"), builtins.getStr(intern("exit")) ?? .none)
        setUpIterationBuiltins()
    }

    /// len() of an exact str, list, tuple or dict, without a reference count; nil for anything else.
    @inline(__always)
    func exactBuiltinLength(_ u: Unmanaged<PyObject>) -> Int? {
        u._withUnsafeGuaranteedRef { o -> Int? in
            let c = o.classPointer
            if c == builtinClassPointers.str { return unsafeDowncast(o, to: PyStr.self).count }
            if c == builtinClassPointers.list { return unsafeDowncast(o, to: PyList.self).items.count }
            if c == builtinClassPointers.tuple { return unsafeDowncast(o, to: PyTuple.self).items.count }
            if c == builtinClassPointers.dict { return unsafeDowncast(o, to: PyDict.self).count }
            return nil
        }
    }

    func length(_ v: Value) throws -> Int {
        if case .obj(let u) = v {
            // The commonest cases first, borrowed: an exact str, list, tuple or dict.
            if let n = exactBuiltinLength(u) { return n }
            let o = u.takeUnretainedValue()
            if o.cls.isBuiltin {
                switch o {
                case let s as PyStr: return s.count
                case let l as PyList: return l.items.count
                case let t as PyTuple: return t.items.count
                case let d as PyDict: return d.count
                case let s as PySet: return s.count
                case let b as PyBytes: return b.bytes.count
                case let r as PyRange: return try rangeLength(r)
                case let dv as PyDictView: return dv.dict.count
                default: break
                }
            }
            if let m = lookupSpecial(o.cls, names.len) {
                let r = try call(m, [v])
                guard let n = bigIntValue(r) else { throw typeError("'\(typeName(r))' object cannot be interpreted as an integer") }
                if n < 0 { throw valueError("__len__() should return >= 0") }
                guard let i = Int(exactly: n) else { throw error("OverflowError", "cannot fit 'int' into an index-sized integer") }
                return i
            }
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.count
            default: break
            }
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    func isCallable(_ v: Value) -> Bool {
        guard let o = v.object else { return false }
        if o is PyFunction || o is PyBuiltinFunction || o is PyMethod || o is PyType { return true }
        return lookupSpecial(o.cls, names.call) != nil
    }

    func isInstanceCheck(_ v: Value, _ cls: Value) throws -> Bool {
        if let t = cls.asObject(PyType.self) {
            if typeOf(v).isSubtype(of: t) { return true }
            if !t.isExactly(types.type), let ic = t.cls.lookup(intern("__instancecheck__")), ic.object is PyFunction {
                return try isTrue(try call(ic, [cls, v]))
            }
            return false
        }
        if let tup = cls.asObject(PyTuple.self) {
            for c in tup.items where try isInstanceCheck(v, c) { return true }
            return false
        }
        throw typeError("isinstance() arg 2 must be a type or tuple of types")
    }

    func isSubclassCheck(_ c: PyType, _ cls: Value) throws -> Bool {
        if let t = cls.asObject(PyType.self) {
            if c.isSubtype(of: t) { return true }
            if !t.isExactly(types.type), let sc = t.cls.lookup(intern("__subclasscheck__")), sc.object is PyFunction {
                return try isTrue(try call(sc, [cls, Value(c)]))
            }
            return false
        }
        if let tup = cls.asObject(PyTuple.self) {
            for x in tup.items where try isSubclassCheck(c, x) { return true }
            return false
        }
        throw typeError("issubclass() arg 2 must be a class or tuple of classes")
    }

    /// The names dict of the running code (locals()).
    func currentLocals() -> PyDict {
        guard frameCount > 0 else { return makeDict() }
        let f = frames[frameCount - 1]
        if let d = f.localsDict { return d }
        if f.function == nil { return f.globals }
        let d = makeDict()
        for (k, name) in f.code.varnames.enumerated() where !f.locals[k].isUnbound {
            d.setStr(intern(name), f.locals[k])
        }
        for (k, name) in (f.code.cellvars + f.code.freevars).enumerated() {
            if let c = f.locals[f.code.nlocals + k].asObject(PyCell.self), !c.value.isUnbound {
                d.setStr(intern(name), c.value)
            }
        }
        return d
    }

    /// Attribute names for dir().
    func dirList(_ v: Value) throws -> [Value] {
        var names: [Value] = []
        var seen = Set<CodePointKey>()
        func add(_ d: PyDict) {
            for e in d.liveEntries {
                if let s = e.key.asObject(PyStr.self), seen.insert(CodePointKey(s.value)).inserted { names.append(e.key) }
            }
        }
        if let m = v.asObject(PyModule.self) {
            add(m.dict)
            return names
        }
        if let t = v.asObject(PyType.self) {
            for c in t.mro { add(c.dict) }
            return names
        }
        if let d = v.object?.attributes { add(d) }
        for c in typeOf(v).mro { add(c.dict) }
        return names
    }

    func sortedValues(_ vs: [Value]) throws -> [Value] {
        try sortValues(vs, key: .none, reverse: false)
    }

    func round(_ x: Value, _ nd: Value) throws -> Value {
        switch x {
        case .float(let d):
            if nd.isNone {
                if d.isNaN { throw valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw error("OverflowError", "cannot convert float infinity to integer") }
                let r = d.rounded(.toNearestOrEven)
                if let i = Int(exactly: r) { return .int(i) }
                return makeInt(BigInt(r))
            }
            let n = try intArg(nd)
            if !d.isFinite || d == 0 { return .float(d) }
            if n > 323 { return .float(d) }
            if n < -308 { return .float(0.0 * d) }
            let digits = FloatRepr.roundedDigits(d, ndigits: n, fixedMode: true)
            _ = digits
            let s = FloatRepr.format(d, code: UInt8(ascii: "f"), precision: max(0, n))
            if n >= 0 { return .float(Double(s) ?? d) }
            let p = pow10(-n)
            let r = (d / p).rounded(.toNearestOrEven) * p
            return .float(r)
        default:
            if let v = bigIntValue(x) {
                if nd.isNone { return makeInt(v) }
                let n = try intArg(nd)
                if n >= 0 { return makeInt(v) }
                let p = BigInt(10).power(-n)
                var q = floorDiv(v, p)
                let r = v - q * p
                let twice = r * 2
                if twice > p || (twice == p && q % 2 != 0) { q += 1 }
                return makeInt(q * p)
            }
            if let m = special(x, "__round__") {
                return try call(m, nd.isNone ? [x] : [x, nd])
            }
            throw typeError("type \(typeName(x)) doesn't define __round__ method")
        }
    }

    private func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}

extension BigUInt {
    var asSigned: BigInt { BigInt(sign: .plus, magnitude: self) }
}

/// The inverse of a modulo m, or nil when gcd(a, m) != 1.
func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
    let mm = m < 0 ? -m : m
    var (oldR, r) = (((a % mm) + mm) % mm, mm)
    var (oldS, s) = (BigInt(1), BigInt(0))
    while r != 0 {
        let q = oldR / r
        (oldR, r) = (r, oldR - q * r)
        (oldS, s) = (s, oldS - q * s)
    }
    if oldR != 1 { return nil }
    return ((oldS % mm) + mm) % mm
}
