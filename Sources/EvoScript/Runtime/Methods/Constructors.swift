// Constructors of the builtin types: int(x), str(x), list(it), dict(...)...
// Each receives the class being instantiated (a subclass, possibly).

import BigInt

extension Interpreter {
    func setUpContainerMethods() {
        setUpConstructors()
        setUpNumberMethods()
        setUpStrMethods()
        setUpBytesMethods()
        setUpByteArray()
        setUpComplex()
        setUpListMethods()
        setUpTupleMethods()
        setUpDictMethods()
        setUpSetMethods()
        setUpRangeAndSliceMethods()
    }

    private func setUpConstructors() {
        constructors[ObjectIdentifier(types.int)] = { i, cls, a in
            let v = try i.intConstructor(a)
            if cls === i.types.int { return v }
            return Value(i.heap.track(PyLong(cls: cls, i.bigIntValue(v) ?? 0)))
        }
        constructors[ObjectIdentifier(types.bool)] = { i, _, a in
            try i.expectArgs(a, "bool", min: 0, max: 1)
            return .bool(a.count == 0 ? false : try i.isTrue(a[0]))
        }
        constructors[ObjectIdentifier(types.float)] = { i, _, a in
            try i.expectArgs(a, "float", min: 0, max: 1)
            if a.count == 0 { return .float(0) }
            return .float(try i.toFloat(a[0]))
        }
        constructors[ObjectIdentifier(types.str)] = { i, cls, a in
            let s: String
            if a.count > 3 { throw i.typeError("str() takes at most 3 arguments (\(a.count) given)") }
            let object = a.count > 0 ? a[0] : a.keyword("object")
            let encoding = a.count > 1 ? a[1] : a.keyword("encoding")
            let errors = a.count > 2 ? a[2] : a.keyword("errors")
            if object == nil { s = "" }
            else if let object, encoding != nil || errors != nil {
                func textArg(_ v: Value?, _ n: Int) throws -> String? {
                    guard let v else { return nil }
                    guard let t = v.asObject(PyStr.self) else {
                        throw i.typeError("str() argument \(n) must be str, not \(i.typeName(v))")
                    }
                    return t.value
                }
                let enc = try textArg(encoding, 2) ?? "utf-8", err = try textArg(errors, 3) ?? "strict"
                if object.object is PyStr { throw i.typeError("decoding str is not supported") }
                guard let b = object.asObject(PyBytes.self) else {
                    throw i.typeError("decoding to str: need a bytes-like object, \(i.typeName(object)) found")
                }
                s = try i.decodeBytes(b.bytes, enc, err)
            } else {
                s = try i.str(object ?? .none)
            }
            if cls === i.types.str { return i.makeStr(s) }
            return Value(i.heap.track(PyStr(cls: cls, s)))
        }
        constructors[ObjectIdentifier(types.tuple)] = { i, cls, a in
            try i.expectArgs(a, "tuple", min: 0, max: 1)
            let items = a.count == 0 ? [] : try i.iterateToArray(a[0])
            if cls === i.types.tuple, a.count == 1, let t = a[0].asObject(PyTuple.self), t.cls === i.types.tuple { return a[0] }
            return Value(i.heap.track(PyTuple(cls: cls, items)))
        }
        constructors[ObjectIdentifier(types.list)] = { i, cls, a in
            if cls !== i.types.list {
                let l = i.heap.track(PyList(cls: cls, []))
                l.dict = i.makeDict()
                return Value(l)
            }
            try i.expectArgs(a, "list", min: 0, max: 1)
            // Iterate before allocating: the iteration may run script code.
            let items = a.count == 1 ? try i.iterateToArray(a[0]) : []
            return Value(i.heap.track(PyList(cls: cls, items)))
        }
        constructors[ObjectIdentifier(types.dict)] = { i, cls, a in
            let d = i.heap.track(PyDict(cls: cls))
            if cls !== i.types.dict { d.dict = i.makeDict() }
            else { try i.dictInit(d, a) }
            return Value(d)
        }
        for (t, frozen) in [(types.set, false), (types.frozenset, true)] {
            constructors[ObjectIdentifier(t)] = { i, cls, a in
                try i.expectArgs(a, cls.name, min: 0, max: 1)
                if frozen, a.count == 1, let s = a[0].asObject(PySet.self), s.frozen, cls === i.types.frozenset { return a[0] }
                let s = i.heap.track(PySet(cls: cls, frozen: frozen))
                if a.count == 1 { try i.setUpdate(s, a[0]) }
                return Value(s)
            }
        }
        constructors[ObjectIdentifier(types.range)] = { i, _, a in try i.rangeConstructor(a) }
        constructors[ObjectIdentifier(types.slice)] = { i, _, a in
            try i.expectArgs(a, "slice", min: 1, max: 3)
            if a.count == 1 { return Value(i.heap.track(PySlice(cls: i.types.slice, start: .none, stop: a[0], step: .none))) }
            return Value(i.heap.track(PySlice(cls: i.types.slice, start: a[0], stop: a[1], step: a.count > 2 ? a[2] : .none)))
        }
        constructors[ObjectIdentifier(types.object)] = { i, cls, a in
            if cls === i.types.object && (a.count > 0 || !a.keywords.isEmpty) {
                throw i.typeError("object() takes no arguments")
            }
            switch cls.layout {
            case .exception:
                var cls = cls
                if cls === i.types.exception("OSError"), a.count >= 2, case .int(let code) = a[0] {
                    let map: [Int: String] = [2: "FileNotFoundError", 17: "FileExistsError", 21: "IsADirectoryError",
                                              20: "NotADirectoryError", 13: "PermissionError", 1: "PermissionError",
                                              110: "TimeoutError", 111: "ConnectionRefusedError", 104: "ConnectionResetError",
                                              32: "BrokenPipeError", 4: "InterruptedError", 11: "BlockingIOError"]
                    if let n = map[code] { cls = i.types.exception(n) }
                }
                let e = i.heap.track(PyBaseException(cls: cls, args: Array(a.positional)))
                if !cls.isBuiltin { e.dict = i.makeDict() }
                return Value(e)
            case .object:
                // Plain object() instances have no __dict__.
                return Value(i.heap.track(PyInstance(cls: cls, dict: cls === i.types.object ? nil : i.makeDict())))
            default:
                throw i.typeError("object.__new__(\(cls.name)) is not safe, use \(cls.name).__new__()")
            }
        }
    }

    /// int(x), int(str, base).
    func intConstructor(_ a: Args) throws -> Value {
        try expectArgs(a, "int", min: 0, max: 2)
        if a.count == 0 { return .int(0) }
        let x = a[0]
        let baseArg = a.count > 1 ? a[1] : a.keyword("base")
        if let b = baseArg {
            let base = try intArg(b)
            if base != 0 && (base < 2 || base > 36) { throw valueError("int() base must be >= 2 and <= 36, or 0") }
            let text: String
            if let s = x.asObject(PyStr.self) { text = s.value }
            else if let by = x.asObject(PyBytes.self) { text = String(decoding: by.bytes, as: UTF8.self) }
            else { throw typeError("int() can't convert non-string with explicit base") }
            guard let v = NumberParsing.parseInt(text, base: base) else {
                throw valueError(NumberParsing.invalidIntLiteral(reprString(text), base: base))
            }
            return makeInt(v)
        }
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw error("OverflowError", "cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if let i = Int(exactly: t) { return .int(i) }
            return makeInt(BigInt(t))
        default: break
        }
        if let l = x.asObject(PyLong.self) { return makeInt(l.value) }
        if let s = x.asObject(PyStr.self) {
            guard let v = NumberParsing.parseInt(s.value, base: 10) else {
                throw valueError(NumberParsing.invalidIntLiteral(reprString(s.value), base: 10))
            }
            return makeInt(v)
        }
        if let by = x.asObject(PyBytes.self) {
            guard let v = NumberParsing.parseInt(String(decoding: by.bytes, as: UTF8.self), base: 10) else {
                throw valueError("invalid literal for int() with base 10: \(reprBytes(by.bytes))")
            }
            return makeInt(v)
        }
        for name in ["__int__", "__index__", "__trunc__"] {
            if let m = special(x, name) {
                let r = try call(m, [x])
                guard isIntLike(r) else { throw typeError("\(name) returned non-int (type \(typeName(r)))") }
                return r
            }
        }
        throw typeError("int() argument must be a string, a bytes-like object or a number, not '\(typeName(x))'")
    }

    /// A quiet NaN with a payload no other float('nan') has (see nanSerial).
    func freshNaN(_ sign: FloatingPointSign) -> Double {
        nanSerial &+= 1
        let payload = (UInt64(1) << 51) | (nanSerial & ((UInt64(1) << 51) - 1))
        return Double(sign: sign, exponentBitPattern: 0x7FF, significandBitPattern: payload)
    }

    func toFloat(_ v: Value) throws -> Double {
        if let d = try floatValue(v) { return d }
        if let s = v.asObject(PyStr.self) {
            guard let d = NumberParsing.parseFloat(s.value) else {
                throw valueError(NumberParsing.invalidFloatLiteral(reprString(s.value)))
            }
            return d.isNaN ? freshNaN(d.sign) : d
        }
        if let b = v.asObject(PyBytes.self) {
            guard let d = NumberParsing.parseFloatBytes(b.bytes[...]) else {
                throw valueError("could not convert string to float: \(bytesRepr(b))")
            }
            return d.isNaN ? freshNaN(d.sign) : d
        }
        if let m = special(v, "__float__") {
            let r = try call(m, [v])
            guard case .float(let d) = r else { throw typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))") }
            return d
        }
        if let m = special(v, "__index__") {
            if let d = try floatValue(try call(m, [v])) { return d }
        }
        throw typeError("float() argument must be a string or a number, not '\(typeName(v))'")
    }

    /// dict(mapping_or_pairs, **kw) into d.
    func dictInit(_ d: PyDict, _ a: Args) throws {
        if a.count > 1 { throw typeError("dict expected at most 1 argument, got \(a.count)") }
        if a.count == 1 {
            let src = a[0]
            if src.object is PyDict || special(src, "keys") != nil {
                try dictMergeInto(d, src)
            } else {
                let it = try getIter(src)
                var n = 0
                while let item = try next(it) {
                    let pair: [Value]
                    do {
                        pair = try iterateToArray(item)
                    } catch let e as ScriptError where isInstance(e.exception, "TypeError") {
                        throw typeError("cannot convert dictionary update sequence element #\(n) to a sequence")
                    }
                    if pair.count != 2 {
                        throw valueError("dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
                    }
                    try dictSet(d, pair[0], pair[1])
                    n += 1
                }
            }
        }
        for (k, v) in a.keywords { d.setStr(k, v) }
    }

    /// set.update(iterable) with CPython's paths (so element order matches).
    func setUpdate(_ s: PySet, _ other: Value) throws {
        if let o = other.asObject(PySet.self) {
            try s.merge(o, eq: equals)
            return
        }
        if let d = other.asObject(PyDict.self), d.isExactly(types.dict) {
            s.reserve(adding: d.count)
            for e in d.liveEntries { try s.add(e.key, hash: e.hash, eq: equals) }
            return
        }
        let it = try getIter(other)
        while let v = try next(it) { try setAdd(s, v) }
    }
}
