// The methods of str with CPython 3.8's argument handling and error messages.
// The text work itself is done by the pure primitives in Runtime/Text; this
// file converts arguments, maps FormatError to Python exceptions and builds
// result objects. Results are always exact str, as in CPython, even for
// subclass receivers.

import BigInt

/// How a builtin method takes its arguments; decides both the binding and
/// the wording of CPython's errors (which differs per calling convention).
enum MethodArity {
    /// METH_NOARGS: "upper() takes no arguments (1 given)".
    case none
    /// METH_O: "join() takes exactly one argument (0 given)".
    case one
    /// Positional-only Argument Clinic: "center expected at least 1 argument, got 0".
    case range(Int, Int)
    /// The find family's own parser: "find() takes at least 1 argument (0 given)".
    case finds(Int, Int)
    /// Argument Clinic with keywords, in this order.
    case keywords([String])
    /// Everything positional, keywords left to the body (str.format).
    case custom
    /// A slot wrapper (__add__, __len__...): "expected 1 argument, got 0".
    case slot(Int)
}

extension Interpreter {
    // MARK: argument helpers (shared with BytesType.swift)

    /// The receiver of a builtin method. CPython words the error differently
    /// for slot wrappers (dunders) and for ordinary method descriptors.
    func selfArg<T: PyObject>(_ a: Args, _ t: T.Type, _ typeName: String, _ method: String) throws -> T {
        guard a.count > 0 else {
            throw typeError("descriptor '\(method)' of '\(typeName)' object needs an argument")
        }
        guard let o = a[0].asObject(T.self) else { throw wrongReceiver(a[0], typeName, method) }
        return o
    }

    /// The TypeError for a method descriptor called on an object of another type.
    func wrongReceiver(_ got: Value, _ typeName: String, _ method: String) -> ScriptError {
        let got = self.typeName(got)
        if method.hasPrefix("__") {
            return typeError("descriptor '\(method)' requires a '\(typeName)' object but received a '\(got)'")
        }
        return typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a '\(got)' object")
    }

    /// Binds the arguments after self according to `arity`; missing optional
    /// arguments are `.unbound`, so bodies index the result without checks.
    /// (`.custom` keeps every positional argument: see `positionalArgs`.)
    func bindMethodArgs(_ a: Args, _ name: String, _ arity: MethodArity) throws -> MethodParams {
        let n = max(0, a.count - 1)
        switch arity {
        case .none:
            if !a.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
            if n != 0 { throw typeError("\(name)() takes no arguments (\(n) given)") }
            return MethodParams()
        case .one:
            if !a.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
            if n != 1 { throw typeError("\(name)() takes exactly one argument (\(n) given)") }
        case .range(let lo, let hi):
            if !a.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
            if n < lo || n > hi {
                let bound = n < lo ? lo : hi
                let which = lo == hi ? "" : (n < lo ? "at least " : "at most ")
                throw typeError("\(name) expected \(which)\(bound) argument\(bound == 1 ? "" : "s"), got \(n)")
            }
        case .finds(let lo, let hi):
            if !a.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
            if n < lo || n > hi {
                let bound = n < lo ? lo : hi
                throw typeError("\(name)() takes \(n < lo ? "at least" : "at most") \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
            }
        case .keywords(let names):
            let total = n + a.keywords.count
            if total > names.count {
                throw typeError("\(name)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(total) given)")
            }
            var out = MethodParams(a, from: 1)
            for kw in a.keywords {
                guard let idx = names.firstIndex(where: { kw.name.value.utf8.elementsEqual($0.utf8) }) else {
                    throw typeError("'\(kw.name.value)' is an invalid keyword argument for \(name)()")
                }
                if idx < n {
                    throw typeError("argument for \(name)() given by name ('\(names[idx])') and position (\(idx + 1))")
                }
                out[idx] = kw.value
            }
            return out
        case .custom:
            break
        case .slot(let want):
            if !a.keywords.isEmpty { throw typeError("wrapper \(name)() takes no keyword arguments") }
            if n != want { throw typeError("expected \(want) argument\(want == 1 ? "" : "s"), got \(n)") }
        }
        return MethodParams(a, from: 1)
    }

    /// Every positional argument after self (the `.custom` arity: str.format).
    func positionalArgs(_ a: Args) -> [Value] {
        a.count <= 1 ? [] : Array(a.positional[1...])
    }

    /// Registers a method whose receiver must be a `T`.
    func addTypedMethod<T: PyObject>(_ t: PyType, _ receiverType: T.Type, _ typeName: String, _ name: String, _ arity: MethodArity,
                                     _ body: @escaping (Interpreter, T, MethodParams, Args) throws -> Value) {
        assert((arity.slots ?? 0) <= MethodParams.capacity, "\(name): too many parameters to bind inline")
        addMethod(t, name) { i, a in
            let s = try i.selfArg(a, T.self, typeName, name)
            let p = try i.bindMethodArgs(a, name, arity)
            return try body(i, s, p, a)
        }
    }

    /// Runs a text primitive, turning its FormatError into the Python exception.
    func textOp<R>(_ body: () throws(FormatError) -> R) throws -> R {
        do {
            return try body()
        } catch {
            throw self.error(error.type, error.message)
        }
    }

    /// A Py_ssize_t argument converted the way Argument Clinic does.
    func ssizeArg(_ v: Value) throws -> Int {
        if case .float = v { throw typeError("integer argument expected, got float") }
        if let l = v.asObject(PyLong.self), Int(exactly: l.value) == nil {
            throw error("OverflowError", "Python int too large to convert to C ssize_t")
        }
        guard let n = try indexValue(v) else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        return n
    }

    /// A C int argument (Argument Clinic's `int` converter, 3.8 wording).
    func cIntArg(_ v: Value) throws -> Int {
        if case .float = v { throw typeError("integer argument expected, got float") }
        if let l = v.asObject(PyLong.self), Int32(exactly: l.value) == nil {
            throw error("OverflowError", "signed integer is greater than maximum")
        }
        guard let n = try indexValue(v) else {
            throw typeError("an integer is required (got type \(typeName(v)))")
        }
        guard let small = Int32(exactly: n) else {
            throw error("OverflowError", n < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum")
        }
        return Int(small)
    }

    /// A start/end argument of find and friends (_PyEval_SliceIndex): None or
    /// absent is nil, huge ints clamp.
    func sliceIndexArg(_ v: Value) throws -> Int? {
        if v.isUnbound || v.isNone { return nil }
        if let l = v.asObject(PyLong.self), Int(exactly: l.value) == nil {
            return l.value < 0 ? Int.min / 2 : Int.max / 2
        }
        guard let n = try indexValue(v) else {
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        return n
    }

    /// Count for sequence repetition (`s * n`); CPython names the operand's type.
    func sequenceRepeatCount(_ v: Value) throws -> Int? {
        if case .float = v { return nil }
        if let l = v.asObject(PyLong.self), Int(exactly: l.value) == nil {
            if l.value < 0 { return 0 }
            throw error("OverflowError", "cannot fit 'int' into an index-sized integer")
        }
        return try indexValue(v)
    }

    private func formatKeyError(_ key: Value) -> ScriptError {
        ScriptError(exception: makeException(types.exception("KeyError"), args: [key]))
    }

    /// The error of a failed call is a LookupError (IndexError or KeyError).
    func isLookupError(_ e: Error) -> Bool {
        guard let se = e as? ScriptError else { return false }
        return isInstance(se.exception, "LookupError")
    }

    // MARK: str

    /// Registers a str method (as addTypedMethod, one closure call less:
    /// every str method call goes through here).
    private func strMethod(_ name: String, _ arity: MethodArity,
                           _ body: @escaping (Interpreter, PyStr, MethodParams) throws -> Value) {
        assert((arity.slots ?? 0) <= MethodParams.capacity, "\(name): too many parameters to bind inline")
        addMethod(types.str, name) { i, a in
            let s = try i.selfArg(a, PyStr.self, "str", name)
            return try body(i, s, try i.bindMethodArgs(a, name, arity))
        }
    }

    /// `s` itself when it is an exact str (CPython returns the same object
    /// when nothing changes), else a new exact str.
    private func unchanged(_ s: PyStr) -> Value {
        s.isExactly(types.str) ? Value(s) : makeStr(s.value)
    }

    private func strOperand(_ v: Value) throws -> String {
        guard let s = v.asObject(PyStr.self) else { throw typeError("must be str, not \(typeName(v))") }
        return s.value
    }

    func setUpStrMethods() {
        setUpStrCaseAndPredicates()
        setUpStrSearch()
        setUpStrSplitJoin()
        if case .obj(let u)? = types.str.dict.getStr(intern("split")) { strSplitMethod = u.toOpaque() }
        setUpStrPadding()
        setUpStrFormatting()
        setUpStrDunders()
    }

    private func setUpStrCaseAndPredicates() {
        let mappings: [(String, (String) -> String)] = [
            ("upper", StrMethods.upper), ("lower", StrMethods.lower), ("swapcase", StrMethods.swapcase),
            ("title", StrMethods.title), ("capitalize", StrMethods.capitalize), ("casefold", StrMethods.casefold),
        ]
        for (name, f) in mappings {
            strMethod(name, .none) { i, s, _ in i.makeStr(f(s.value)) }
        }
        let predicates: [(String, (String) -> Bool)] = [
            ("isalnum", StrMethods.isalnum), ("isalpha", StrMethods.isalpha), ("isdecimal", StrMethods.isdecimal),
            ("isdigit", StrMethods.isdigit), ("isidentifier", StrMethods.isidentifier), ("islower", StrMethods.islower),
            ("isnumeric", StrMethods.isnumeric), ("isprintable", StrMethods.isprintable), ("isspace", StrMethods.isspace),
            ("istitle", StrMethods.istitle), ("isupper", StrMethods.isupper),
        ]
        for (name, f) in predicates {
            strMethod(name, .none) { _, s, _ in .bool(f(s.value)) }
        }
        strMethod("isascii", .none) { _, s, _ in .bool(s.isASCII) }
    }

    private func setUpStrSearch() {
        // find/rfind/index/rindex/count: start and end are parsed before the
        // substring's type is checked, as stringlib_parse_args_finds does.
        func bounds(_ i: Interpreter, _ p: MethodParams) throws -> (Int?, Int?) {
            (try i.sliceIndexArg(p[1]), try i.sliceIndexArg(p[2]))
        }
        strMethod("find", .finds(1, 3)) { i, s, p in
            let (st, en) = try bounds(i, p)
            return .int(StrMethods.find(s.value, try i.strOperand(p[0]), start: st, end: en))
        }
        strMethod("rfind", .finds(1, 3)) { i, s, p in
            let (st, en) = try bounds(i, p)
            return .int(StrMethods.rfind(s.value, try i.strOperand(p[0]), start: st, end: en))
        }
        strMethod("index", .finds(1, 3)) { i, s, p in
            let (st, en) = try bounds(i, p)
            let r = StrMethods.find(s.value, try i.strOperand(p[0]), start: st, end: en)
            if r < 0 { throw i.valueError("substring not found") }
            return .int(r)
        }
        strMethod("rindex", .finds(1, 3)) { i, s, p in
            let (st, en) = try bounds(i, p)
            let r = StrMethods.rfind(s.value, try i.strOperand(p[0]), start: st, end: en)
            if r < 0 { throw i.valueError("substring not found") }
            return .int(r)
        }
        strMethod("count", .finds(1, 3)) { i, s, p in
            let (st, en) = try bounds(i, p)
            return .int(StrMethods.count(s.value, try i.strOperand(p[0]), start: st, end: en))
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            strMethod(name, .finds(1, 3)) { i, s, p in
                let (st, en) = try bounds(i, p)
                let test = atEnd ? StrMethods.endswith : StrMethods.startswith
                if let t = p[0].asObject(PyTuple.self) {
                    for item in t.items {
                        guard let x = item.asObject(PyStr.self) else {
                            throw i.typeError("tuple for \(name) must only contain str, not \(i.typeName(item))")
                        }
                        if test(s.value, x.value, st, en) { return .bool(true) }
                    }
                    return .bool(false)
                }
                guard let x = p[0].asObject(PyStr.self) else {
                    throw i.typeError("\(name) first arg must be str or a tuple of str, not \(i.typeName(p[0]))")
                }
                return .bool(test(s.value, x.value, st, en))
            }
        }
        strMethod("partition", .one) { i, s, p in try i.partitionTuple(s, p[0], right: false) }
        strMethod("rpartition", .one) { i, s, p in try i.partitionTuple(s, p[0], right: true) }
        strMethod("replace", .range(2, 3)) { i, s, p in
            guard let old = p[0].asObject(PyStr.self) else {
                throw i.typeError("replace() argument 1 must be str, not \(i.typeName(p[0]))")
            }
            guard let new = p[1].asObject(PyStr.self) else {
                throw i.typeError("replace() argument 2 must be str, not \(i.typeName(p[1]))")
            }
            let count = p[2].isUnbound ? -1 : try i.ssizeArg(p[2])
            return i.makeStr(StrMethods.replace(s.value, old.value, new.value, count: count))
        }
    }

    private func setUpStrSplitJoin() {
        for (name, right) in [("split", false), ("rsplit", true)] {
            strMethod(name, .keywords(["sep", "maxsplit"])) { i, s, p in
                var sep: PyStr? = nil
                if !p[0].isUnbound && !p[0].isNone {
                    guard let x = p[0].asObject(PyStr.self) else {
                        throw i.typeError("must be str or None, not \(i.typeName(p[0]))")
                    }
                    sep = x
                }
                let maxsplit = p[1].isUnbound ? -1 : try i.ssizeArg(p[1])
                return try i.splitList(s, sep: sep, maxsplit: maxsplit, right: right)
            }
        }
        strMethod("splitlines", .keywords(["keepends"])) { i, s, p in
            let keep = p[0].isUnbound ? false : try i.cIntArg(p[0]) != 0
            return i.splitLinesList(s, keepends: keep)
        }
        strMethod("join", .one) { i, s, p in
            if let items = p[0].asObject(PyList.self)?.items ?? p[0].asObject(PyTuple.self)?.items {
                return try i.joinStrs(s, items)
            }
            let it: Value
            do {
                it = try i.getIter(p[0])
            } catch let e as ScriptError where i.isInstance(e.exception, "TypeError") && i.special(p[0], "__iter__") == nil {
                throw i.typeError("can only join an iterable")
            }
            // As CPython's PySequence_Fast, the items are collected into a
            // list first (which roots them while the iterator runs script
            // code) and checked afterwards.
            let collected = i.makeList([])
            let mark = i.nativeRoots.count
            i.nativeRoots.append(it)
            i.nativeRoots.append(Value(collected))
            defer { i.nativeRoots.removeSubrange(mark...) }
            if let items = try i.collectWhole(it) {
                collected.items = items
            } else {
                while let x = try i.next(it) { collected.items.append(x) }
            }
            return try i.joinStrs(s, collected.items)
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            strMethod(name, .range(0, 1)) { i, s, p in
                var chars: PyStr? = nil
                if !p[0].isUnbound && !p[0].isNone {
                    guard let c = p[0].asObject(PyStr.self) else { throw i.typeError("\(name) arg must be None or str") }
                    chars = c
                }
                return i.stripped(s, chars, left: left, right: right)
            }
        }
        strMethod("expandtabs", .keywords(["tabsize"])) { i, s, p in
            let size = p[0].isUnbound ? 8 : try i.cIntArg(p[0])
            return i.makeStr(StrMethods.expandtabs(s.value, tabsize: size))
        }
    }

    private func setUpStrPadding() {
        let pads: [(String, (String, Int, Unicode.Scalar) -> String)] = [
            ("center", StrMethods.center), ("ljust", StrMethods.ljust), ("rjust", StrMethods.rjust),
        ]
        for (name, f) in pads {
            strMethod(name, .range(1, 2)) { i, s, p in
                let width = try i.ssizeArg(p[0])
                var fill: Unicode.Scalar = " "
                if !p[1].isUnbound {
                    guard let c = p[1].asObject(PyStr.self) else {
                        throw i.typeError("The fill character must be a unicode character, not \(i.typeName(p[1]))")
                    }
                    guard c.count == 1, let u = c.value.unicodeScalars.first else {
                        throw i.typeError("The fill character must be exactly one character long")
                    }
                    fill = u
                }
                if width <= s.count { return i.unchanged(s) }
                return i.makeStr(f(s.value, width, fill))
            }
        }
        strMethod("zfill", .one) { i, s, p in
            let width = try i.ssizeArg(p[0])
            if width <= s.count { return i.unchanged(s) }
            return i.makeStr(StrMethods.zfill(s.value, width))
        }
    }

    // MARK: format, translate, encode

    private func setUpStrFormatting() {
        let t = types.str
        addMethod(t, "format") { i, a in
            let s = try i.selfArg(a, PyStr.self, "str", "format")
            let positional = i.positionalArgs(a)
            let keywords = a.keywords
            return i.makeStr(try i.formatTemplate(s.value, positional, mapMode: false) { name in
                for kw in keywords where kw.name.value.utf8.elementsEqual(name.utf8) { return kw.value }
                throw i.formatKeyError(i.makeStr(name))
            })
        }
        strMethod("format_map", .one) { i, s, p in
            let mapping = p[0]
            return i.makeStr(try i.formatTemplate(s.value, [], mapMode: true) { name in
                try i.getItem(mapping, i.makeStr(name))
            })
        }
        strMethod("translate", .one) { i, s, p in try i.translate(s, p[0]) }
        addStaticMethod(t, "maketrans") { i, a in
            if !a.keywords.isEmpty { throw i.typeError("maketrans() takes no keyword arguments") }
            try i.expectArgs(a, "maketrans", min: 1, max: 3)
            return try i.maketrans(a)
        }
        strMethod("encode", .keywords(["encoding", "errors"])) { i, s, p in
            var encoding = "utf-8", errors = "strict"
            if !p[0].isUnbound {
                guard let e = p[0].asObject(PyStr.self) else {
                    throw i.typeError("encode() argument 'encoding' must be str, not \(i.typeName(p[0]))")
                }
                encoding = e.value
            }
            if !p[1].isUnbound {
                guard let e = p[1].asObject(PyStr.self) else {
                    throw i.typeError("encode() argument 'errors' must be str, not \(i.typeName(p[1]))")
                }
                errors = e.value
            }
            return Value(i.makeBytes(try i.encodeText(s.value, encoding, errors)))
        }
    }

    /// Renders a str.format / format_map template (CPython's render_field).
    private func formatTemplate(_ template: String, _ positional: [Value], mapMode: Bool,
                                lookup: (String) throws -> Value) throws -> String {
        let fields = try textOp { () throws(FormatError) in try StrFormat.parse(template) }
        let mark = nativeRoots.count
        defer { nativeRoots.removeSubrange(mark...) }
        func render(_ fields: [FormatField]) throws -> String {
            var out = ""
            for f in fields {
                switch f {
                case .literal(let s):
                    out += s
                case .field(let rf):
                    var obj: Value
                    switch rf.key {
                    case .index(let n, _):
                        if mapMode { throw valueError("Format string contains positional fields") }
                        guard n < positional.count else {
                            throw error("IndexError", "Replacement index \(n) out of range for positional args tuple")
                        }
                        obj = positional[n]
                    case .name(let name):
                        obj = try lookup(name)
                    }
                    // Values fetched here may come from script code (properties,
                    // __getitem__) and must survive the script code run by the
                    // next accessor or by __format__.
                    nativeRoots.append(obj)
                    for acc in rf.accessors {
                        switch acc {
                        case .attr(let name): obj = try getAttr(obj, intern(name))
                        case .index(let k): obj = try getItem(obj, .int(k))
                        case .key(let k): obj = try getItem(obj, makeStr(k))
                        }
                        nativeRoots.append(obj)
                    }
                    switch rf.conversion {
                    case "r": obj = makeStr(try repr(obj))
                    case "s": obj = makeStr(try str(obj))
                    case "a": obj = makeStr(asciiEscape(try repr(obj)))
                    default: break
                    }
                    nativeRoots.append(obj)
                    let spec = rf.specHasFields ? try render(rf.spec) : rf.rawSpec
                    out += try format(obj, spec)
                }
            }
            return out
        }
        return try render(fields)
    }

    /// str.translate: the table is indexed by code point; LookupError leaves
    /// the character unchanged.
    private func translate(_ s: PyStr, _ table: Value) throws -> Value {
        var out = String.UnicodeScalarView()
        var cache: [UInt32: String?] = [:]
        for u in s.value.unicodeScalars {
            if let hit = cache[u.value] {
                if let r = hit { out.append(contentsOf: r.unicodeScalars) }
                continue
            }
            let mapped: Value
            do {
                mapped = try getItem(table, .int(Int(u.value)))
            } catch let e where isLookupError(e) {
                cache[u.value] = String(u)
                out.append(u)
                continue
            }
            let r: String?
            if mapped.isNone {
                r = nil
            } else if let ms = mapped.asObject(PyStr.self) {
                r = ms.value
            } else if isIntLike(mapped), let n = bigIntValue(mapped) {
                guard n >= 0, n < 0x110000, let c = Unicode.Scalar(UInt32(n)) else {
                    if n >= 0xD800 && n < 0xE000 {
                        throw valueError("character U+\(String(UInt32(n), radix: 16)) is not representable")
                    }
                    throw valueError("character mapping must be in range(0x110000)")
                }
                r = String(c)
            } else {
                throw typeError("character mapping must return integer, None or str")
            }
            cache[u.value] = .some(r)
            if let r { out.append(contentsOf: r.unicodeScalars) }
        }
        return makeStr(String(out))
    }

    /// str.maketrans(x[, y[, z]]) -> dict of code points.
    private func maketrans(_ a: Args) throws -> Value {
        let d = makeDict()
        if a.count == 1 {
            guard let src = a[0].asObject(PyDict.self) else {
                throw typeError("if you give only one argument to maketrans it must be a dict")
            }
            for e in src.liveEntries {
                if let k = e.key.asObject(PyStr.self) {
                    guard k.count == 1, let u = k.value.unicodeScalars.first else {
                        throw valueError("string keys in translate table must be of length 1")
                    }
                    try dictSet(d, .int(Int(u.value)), e.value)
                } else if isIntLike(e.key) {
                    try dictSet(d, e.key, e.value)
                } else {
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return Value(d)
        }
        guard let x = a[0].asObject(PyStr.self) else {
            throw typeError("first maketrans argument must be a string if there is a second argument")
        }
        guard let y = a[1].asObject(PyStr.self) else {
            throw typeError("maketrans() argument 2 must be str, not \(typeName(a[1]))")
        }
        if x.count != y.count { throw valueError("the first two maketrans arguments must have equal length") }
        for (u, v) in zip(x.value.unicodeScalars, y.value.unicodeScalars) {
            try dictSet(d, .int(Int(u.value)), .int(Int(v.value)))
        }
        if a.count == 3 {
            guard let z = a[2].asObject(PyStr.self) else {
                throw typeError("maketrans() argument 3 must be str, not \(typeName(a[2]))")
            }
            for u in z.value.unicodeScalars { try dictSet(d, .int(Int(u.value)), .none) }
        }
        return Value(d)
    }

    // MARK: dunders

    /// The shared one-character str of an ASCII byte (see makeStr), without
    /// making a String first.
    @inline(__always)
    func asciiCharStr(_ b: UInt8) -> Value {
        if b < 0x80, let cached = shortStrings[Int(b)] { return Value(cached) }
        return makeStr(String(Unicode.Scalar(b)), count: 1, isASCII: b < 0x80)
    }

    /// The iterator over a str's code points (built here rather than via
    /// getIter so a subclass's __iter__ calling super() does not recurse).
    func strIterator(_ s: PyStr, _ v: Value) -> Value {
        if s.isASCII {
            // Each character is one byte, and its str is a shared one-character str.
            let bytes = ContiguousArray(s.value.utf8)
            var k = 0
            return makeIterator("str_iterator", refs: [v]) { interp in
                guard k < bytes.count else { return nil }
                let b = bytes[k]
                k += 1
                return interp.asciiCharStr(b)
            }
        }
        let scalars = s.scalars
        var k = 0
        return makeIterator("str_iterator", refs: [v]) { interp in
            guard k < scalars.count else { return nil }
            k += 1
            return interp.makeStr(String(scalars[k - 1]))
        }
    }

    private func setUpStrDunders() {
        strMethod("__len__", .slot(0)) { _, s, _ in .int(s.count) }
        strMethod("__hash__", .slot(0)) { _, s, _ in .int(s.hash) }
        strMethod("__repr__", .slot(0)) { i, s, _ in i.makeStr(reprString(s.value)) }
        strMethod("__str__", .slot(0)) { i, s, _ in i.unchanged(s) }
        strMethod("__iter__", .slot(0)) { i, s, _ in i.strIterator(s, Value(s)) }
        strMethod("__getnewargs__", .none) { i, s, _ in Value(i.makeTuple([i.makeStr(s.value)])) }
        strMethod("__format__", .one) { i, s, p in
            guard let spec = p[0].asObject(PyStr.self) else {
                throw i.typeError("__format__() argument must be str, not \(i.typeName(p[0]))")
            }
            let r = try i.textOp { () throws(FormatError) in try FormatSpec.formatString(s.value, FormatSpec.parse(spec.value)) }
            return i.makeStr(r)
        }
        strMethod("__getitem__", .slot(1)) { i, s, p in
            if let sl = p[0].asObject(PySlice.self) {
                let (start, _, step, count) = try i.sliceIndices(sl, length: s.count)
                if step == 1 { return i.makeStr(s.substring(start, start + count)) }
                var out = String.UnicodeScalarView()
                var k = start
                for _ in 0..<count { out.append(s.scalar(at: k)); k &+= step }
                return i.makeStr(String(out))
            }
            guard let n = try i.indexValue(p[0]) else { throw i.typeError("string indices must be integers") }
            let j = n < 0 ? n + s.count : n
            guard j >= 0 && j < s.count else { throw i.error("IndexError", "string index out of range") }
            if s.isASCII { return i.asciiCharStr(s.value.utf8[s.value.utf8.index(s.value.utf8.startIndex, offsetBy: j)]) }
            return i.makeStr(String(s.scalar(at: j)))
        }
        strMethod("__contains__", .slot(1)) { i, s, p in
            guard let sub = p[0].asObject(PyStr.self) else {
                throw i.typeError("'in <string>' requires string as left operand, not \(i.typeName(p[0]))")
            }
            return .bool(sub.count == 0 || StrMethods.find(s.value, sub.value) >= 0)
        }
        strMethod("__add__", .slot(1)) { i, s, p in
            guard let o = p[0].asObject(PyStr.self) else {
                throw i.typeError("can only concatenate str (not \"\(i.typeName(p[0]))\") to str")
            }
            return i.makeStr(s.value + o.value)
        }
        for name in ["__mul__", "__rmul__"] {
            strMethod(name, .slot(1)) { i, s, p in
                guard let n = try i.sequenceRepeatCount(p[0]) else {
                    throw i.typeError("'\(i.typeName(p[0]))' object cannot be interpreted as an integer")
                }
                if n <= 0 || s.count == 0 { return i.makeStr("") }
                if s.value.utf8.count > (1 << 31) / n { throw i.error("MemoryError", "") }
                return i.makeStr(String(repeating: s.value, count: n))
            }
        }
        strMethod("__mod__", .slot(1)) { i, s, p in try i.percentFormatStr(s, p[0]) }
        strMethod("__rmod__", .slot(1)) { i, s, p in
            guard let fmt = p[0].asObject(PyStr.self) else { return i.notImplemented }
            return try i.percentFormatStr(fmt, Value(s))
        }
        let comparisons: [(String, (Int) -> Bool)] = [
            ("__lt__", { $0 < 0 }), ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 }),
        ]
        for (name, test) in comparisons {
            strMethod(name, .slot(1)) { i, s, p in
                guard let o = p[0].asObject(PyStr.self) else { return i.notImplemented }
                return .bool(test(compareCodePoints(s.value, o.value)))
            }
        }
        strMethod("__eq__", .slot(1)) { i, s, p in
            guard let o = p[0].asObject(PyStr.self) else { return i.notImplemented }
            return .bool(s.equals(o))
        }
        strMethod("__ne__", .slot(1)) { i, s, p in
            guard let o = p[0].asObject(PyStr.self) else { return i.notImplemented }
            return .bool(!s.equals(o))
        }
    }
}

extension Interpreter {
    /// `sep.join(items)` for the items of a list or tuple: every item is
    /// checked to be a str before the result is built.
    fileprivate func joinStrs(_ sep: PyStr, _ items: [Value]) throws -> Value {
        if let r = items.withUnsafeBufferPointer({ concatenatedStr($0, separator: sep) }) { return r }
        for (k, x) in items.enumerated() where x.asObject(PyStr.self) == nil {
            throw typeError("sequence item \(k): expected str instance, \(typeName(x)) found")
        }
        return makeStr("", count: 0, isASCII: true)
    }
}
