// repr(), str(), format() and printf-style `%` formatting of values.

import BigInt

extension Interpreter {
    func address(_ o: PyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
    }

    func moduleName(of t: PyType) -> String {
        if t.isBuiltin { return "builtins" }
        return t.dict.getStr(intern("__module__")).flatMap { $0.asObject(PyStr.self)?.value } ?? "__main__"
    }

    func qualifiedName(_ t: PyType) -> String {
        let m = moduleName(of: t)
        return m == "builtins" ? t.qualname : "\(m).\(t.qualname)"
    }

    func repr(_ v: Value) throws -> String {
        switch v {
        case .none, .unbound: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatRepr.repr(d)
        case .obj(let u): return try reprObject(u.takeUnretainedValue(), v)
        }
    }

    private func reprObject(_ o: PyObject, _ v: Value) throws -> String {
        try stackGuard.check(self)
        // A script __repr__, or a native one of a non-builtin type (struct sequences).
        if !o.cls.isBuiltin, let r = lookupSpecial(o.cls, names.repr),
           !(r.asObject(PyBuiltinFunction.self).map { $0.owner?.isBuiltin ?? true } ?? false) {
            let res = try call(r, [v])
            guard let s = res.asObject(PyStr.self) else {
                throw typeError("__repr__ returned non-string (type \(typeName(res)))")
            }
            return s.value
        }
        switch o {
        case let s as PyStr: return reprString(s.value)
        case let f as PyFuture: return futureAnyRepr(f)
        case let h as PyHandle: return handleRepr(h)
        case let l as PyEventLoop: return loopRepr(l)
        case let l as PyLong: return l.value.description
        case let l as PyList:
            return try guardRecursion(o, "[...]") { "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return try guardRecursion(o, "(...)") { "(" + (try repr(t.items[0])) + ",)" } }
            return try guardRecursion(o, "(...)") { "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")" }
        case let d as PyDict:
            let body = try guardRecursion(o, "{...}") {
                "{" + (try d.liveEntries.map { "\(try repr($0.key)): \(try repr($0.value))" }.joined(separator: ", ")) + "}"
            }
            if !o.isExactly(types.dict) && o.cls.name != "dict" { return body }
            return body
        case let s as PySet:
            let name = o.cls.name
            if s.count == 0 { return "\(name)()" }
            let body = try guardRecursion(o, "...") { "{" + (try s.elements.map { try repr($0) }.joined(separator: ", ")) + "}" }
            return s.frozen || !o.isExactly(types.set) ? "\(name)(\(body))" : body
        case let b as PyBytes: return bytesRepr(b)
        case let c as PyComplex: return complexRepr(c)
        case let f as PyFunction: return "<function \(f.qualname) at \(address(o))>"
        case let b as PyBuiltinFunction:
            if b.boundSelf.isUnbound || b.boundSelf.object is PyModule {
                if b.isMethod, let owner = b.owner { return "<method '\(b.name)' of '\(owner.name)' objects>" }
                return "<built-in function \(b.name)>"
            }
            return "<built-in method \(b.name) of \(typeName(b.boundSelf)) object at \(b.boundSelf.object.map { address($0) } ?? "0x0")>"
        case let m as PyMethod:
            let fname: String
            if let f = m.function.asObject(PyFunction.self) { fname = f.qualname } else { fname = "?" }
            return "<bound method \(fname) of \(try repr(m.selfValue))>"
        case let t as PyType: return "<class '\(qualifiedName(t))'>"
        case let m as PyModule:
            if let f = m.dict.getStr(intern("__file__"))?.asObject(PyStr.self) { return "<module '\(m.name)' from '\(f.value)'>" }
            return "<module '\(m.name)' (built-in)>"
        case let e as PyBaseException:
            let args = try e.args.map { try repr($0) }
            return "\(e.cls.name)(\(args.joined(separator: ", ")))"
        case let r as PyRange: return rangeRepr(r)
        case let s as PySlice: return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let g as PyGenerator: return "<\(g.cls.name) object \(g.qualname) at \(address(o))>"
        case let s as PySingleton: return s.name
        case let c as PyCell: return "<cell at \(address(o)): \(typeName(c.value)) object at ...>"
        case let c as PyCode: return "<code object \(c.name) at \(address(o)), file \"\(c.filename)\", line \(c.firstLine)>"
        case let dv as PyDictView:
            let items: [Value]
            switch dv.kind {
            case .keys: items = dv.dict.liveEntries.map { $0.key }
            case .values: items = dv.dict.liveEntries.map { $0.value }
            case .items: items = dv.dict.liveEntries.map { Value(makeTuple([$0.key, $0.value])) }
            }
            return "\(o.cls.name)([" + (try items.map { try repr($0) }.joined(separator: ", ")) + "])"
        case let p as PyProperty: _ = p; return "<property object at \(address(o))>"
        case let w as PyMethodWrapper: _ = w; return "<\(o.cls.name) object at \(address(o))>"
        case is PyNativeIterator, is PyListIterator, is PyRangeIterator:
            let name = (o as? PyNativeIterator)?.name ?? (o is PyListIterator ? "list_iterator" : "range_iterator")
            return "<\(name) object at \(address(o))>"
        case is PyTraceback: return "<traceback object at \(address(o))>"
        case let f as PyFrameObject: return "<frame at \(address(o)), file '\(f.code.filename)', line \(f.lineno), code \(f.code.name)>"
        default:
            return "<\(qualifiedName(o.cls)) object at \(address(o))>"
        }
    }

    private func guardRecursion(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        return try body()
    }

    func str(_ v: Value) throws -> String {
        switch v {
        case .obj(let u):
            let o = u.takeUnretainedValue()
            if let s = o as? PyStr, s.isExactly(types.str) { return s.value }
            if !o.cls.isBuiltin, let m = lookupSpecial(o.cls, names.str), !(m.object is PyBuiltinFunction) {
                let r = try call(m, [v])
                guard let s = r.asObject(PyStr.self) else {
                    throw typeError("__str__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
            if let e = o as? PyBaseException { return try exceptionStr(e) }
            if let s = o as? PyStr { return s.value }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    func strObject(_ v: Value) throws -> PyStr {
        if let s = v.asObject(PyStr.self), s.isExactly(types.str) { return s }
        return intern(try str(v))
    }

    // MARK: format()

    func format(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .int(let i):
                if let fast = FormatSpec.fastInt(i, spec) { return fast }
                return try FormatSpec.formatInt(BigInt(i), FormatSpec.parse(spec))
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try FormatSpec.formatInt(b ? 1 : 0, FormatSpec.parse(spec))
            case .float(let d): return try FormatSpec.formatFloat(d, FormatSpec.parse(spec))
            case .none, .unbound:
                if spec.isEmpty { return "None" }
                throw typeError("unsupported format string passed to NoneType.__format__")
            case .obj(let u):
                let o = u.takeUnretainedValue()
                if !o.cls.isBuiltin, let f = o.cls.lookup(intern("__format__")), !(f.object is PyBuiltinFunction) {
                    let r = try call(f, [v, makeStr(spec)])
                    guard let s = r.asObject(PyStr.self) else {
                        throw typeError("__format__ must return a str, not \(typeName(r))")
                    }
                    return s.value
                }
                if let s = o as? PyStr { return try FormatSpec.formatString(s.value, FormatSpec.parse(spec)) }
                if let l = o as? PyLong { return try FormatSpec.formatInt(l.value, FormatSpec.parse(spec)) }
                if let c = o as? PyComplex { return try FormatSpec.formatComplex(c.real, c.imag, FormatSpec.parse(spec)) }
                if spec.isEmpty { return try str(v) }
                throw typeError("unsupported format string passed to \(o.cls.name).__format__")
            }
        } catch let e as FormatError {
            throw error(e.type, e.message)
        }
    }

    // MARK: % formatting

    /// `fmt % args`. With `bytes`, fmt and the result are latin-1 views of
    /// bytes (`latin1String`) and the conversions follow bytes.__mod__.
    func percentFormat(_ fmt: String, _ args: Value, bytes: Bool = false) throws -> String {
        let (pieces, parseError, partial) = percentPieces.parsed(fmt)
        // CPython's argument cursor: a tuple is read item by item; any other
        // value (and the value a %(key) fetched) counts as one argument.
        var items: [Value]
        var current = args
        var arglen = -1, argidx = -2
        var mapping: Value? = nil
        if let t = args.asObject(PyTuple.self) {
            items = t.items
            arglen = t.items.count
            argidx = 0
        } else {
            items = []
            // CPython's PyMapping_Check: anything with __getitem__ (a list too)
            // but a str (or bytes for bytes %) may feed %(key)s, and then
            // unused arguments are no error.
            if args.object is PyDict || (special(args, "__getitem__") != nil && !(args.object is PyStr) && !(args.object is PyTuple)
                                         && !(bytes && args.object is PyBytes)) {
                mapping = args
            }
        }
        var out = ""
        func nextArg() throws -> Value {
            guard argidx < arglen else { throw typeError("not enough arguments for format string") }
            argidx += 1
            return arglen < 0 ? current : items[argidx - 1]
        }
        /// The key lookup and `*` arguments of a directive, in CPython's order.
        func prepare(_ d: inout PercentDirective) throws -> (width: Int?, precision: Int?) {
            if let key = d.key {
                guard let m = mapping else { throw typeError("format requires a mapping") }
                current = try getItem(m, bytes ? Value(makeBytes(latin1Bytes(key))) : makeStr(key))
                arglen = -1
                argidx = -2
            }
            var width: Int? = nil, precision: Int? = nil
            if case .star? = d.width {
                guard let w = try indexValue(try nextArg()) else { throw typeError("* wants int") }
                width = PercentFormat.resolveStarWidth(w, &d)
            } else if case .value(let w)? = d.width { width = w }
            if case .star? = d.precision {
                guard let pr = try indexValue(try nextArg()) else { throw typeError("* wants int") }
                precision = PercentFormat.resolveStarPrecision(pr)
            } else if case .value(let pr)? = d.precision { precision = pr }
            return (width, precision)
        }
        do {
            for p in pieces {
                switch p {
                case .literal(let s): out += s
                case .directive(var d):
                    // bytes %: %b is %s, and %i is reported as %d
                    if bytes && d.conversion == "i" { d.conversion = "d" }
                    if bytes && d.conversion == "b" { d.conversion = "s" }
                    let (width, precision) = try prepare(&d)
                    let arg = try nextArg()
                    switch d.conversion {
                    case "s" where bytes:
                        out += PercentFormat.formatText(latin1String(try bytesOperand(arg)), d, width: width, precision: precision)
                    case "r" where bytes, "a" where bytes:
                        out += PercentFormat.formatText(asciiEscape(try repr(arg)), d, width: width, precision: precision)
                    case "c" where bytes:
                        out += PercentFormat.formatChar(try byteOperand(arg), d, width: width)
                    case "s": out += PercentFormat.formatText(try str(arg), d, width: width, precision: precision)
                    case "r", "a": out += PercentFormat.formatText(try repr(arg), d, width: width, precision: precision)
                    case "d", "i", "u", "o", "x", "X":
                        if case .int(let small) = arg {
                            out += PercentFormat.formatInteger(small, d, width: width, precision: precision)
                            continue
                        }
                        var n = bigIntValue(arg)
                        if n == nil, case .float(let f) = arg, ["d", "i", "u"].contains(d.conversion) {
                            if f.isNaN { throw valueError("cannot convert float NaN to integer") }
                            if f.isInfinite { throw error("OverflowError", "cannot convert float infinity to integer") }
                            n = BigInt(f.rounded(.towardZero))
                        }
                        if n == nil, let m = special(arg, d.conversion == "o" || d.conversion == "x" || d.conversion == "X" ? "__index__" : "__int__") {
                            n = bigIntValue(try call(m, [arg]))
                        }
                        guard let nv = n else {
                            if ["o", "x", "X"].contains(d.conversion) {
                                throw typeError("%\(d.conversion) format: an integer is required, not \(typeName(arg))")
                            }
                            throw typeError("%\(d.conversion) format: a number is required, not \(typeName(arg))")
                        }
                        out += PercentFormat.formatInteger(nv, d, width: width, precision: precision)
                    case "e", "E", "f", "F", "g", "G":
                        guard let f = try floatValue(arg) else {
                            throw typeError("\(bytes ? "float argument required" : "must be real number"), not \(typeName(arg))")
                        }
                        out += PercentFormat.formatFloat(f, d, width: width, precision: precision)
                    case "c":
                        let c: Unicode.Scalar
                        if let n = bigIntValue(arg) { c = try PercentFormat.charFromInt(n) }
                        else if let s = arg.asObject(PyStr.self) { c = try PercentFormat.charFromString(s.value) }
                        else { throw typeError("%c requires int or char") }
                        out += PercentFormat.formatChar(c, d, width: width)
                    default:
                        throw PercentFormat.unsupported(d)
                    }
                }
            }
            if var d = partial { _ = try prepare(&d) }
            if let e = parseError {
                // CPython asks for a mapping on '(' before it looks for ')'.
                if e.message == "incomplete format key" && mapping == nil { throw typeError("format requires a mapping") }
                throw e
            }
        } catch let e as FormatError {
            throw error(e.type, e.message)
        }
        if argidx < arglen && mapping == nil {
            throw typeError("not all arguments converted during \(bytes ? "bytes" : "string") formatting")
        }
        return out
    }

    /// The operand of bytes' %s / %b.
    private func bytesOperand(_ v: Value) throws -> [UInt8] {
        if let b = v.asObject(PyBytes.self) { return b.bytes }
        if let m = special(v, "__bytes__") {
            let r = try call(m, [v])
            guard let b = r.asObject(PyBytes.self), !b.isByteArray else {
                throw typeError("__bytes__ returned non-bytes (type \(typeName(r)))")
            }
            return b.bytes
        }
        throw typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(v))'")
    }

    /// The operand of bytes' %c: an int below 256 or a single byte.
    private func byteOperand(_ v: Value) throws -> Unicode.Scalar {
        if let n = bigIntValue(v) {
            guard let x = Int(exactly: n), x >= 0, x < 256 else { throw error("OverflowError", "%c arg not in range(256)") }
            return Unicode.Scalar(UInt8(x))
        }
        if let b = v.asObject(PyBytes.self), b.bytes.count == 1 { return Unicode.Scalar(b.bytes[0]) }
        throw typeError("%c requires an integer in range(256) or a single byte")
    }
}

/// repr() of a str: CPython's quoting and escapes.
func reprString(_ s: String) -> String {
    var hasSingle = false, hasDouble = false
    for c in s.unicodeScalars {
        if c == "'" { hasSingle = true } else if c == "\"" { hasDouble = true }
    }
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for c in s.unicodeScalars {
        switch c {
        case quote, "\\": out.append("\\"); out.append(c)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        default:
            if c.value < 0x20 || c.value == 0x7F {
                out.append(contentsOf: hexEscape(c.value, prefix: "\\x", width: 2).unicodeScalars)
            } else if c.value < 0x7F {
                out.append(c)
            } else if StrMethods.isprintable(String(c)) {
                out.append(c)
            } else if c.value <= 0xFF {
                out.append(contentsOf: hexEscape(c.value, prefix: "\\x", width: 2).unicodeScalars)
            } else if c.value <= 0xFFFF {
                out.append(contentsOf: hexEscape(c.value, prefix: "\\u", width: 4).unicodeScalars)
            } else {
                out.append(contentsOf: hexEscape(c.value, prefix: "\\U", width: 8).unicodeScalars)
            }
        }
    }
    out.append(quote)
    return String(out)
}

func reprBytes(_ bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(0x27), hasDouble = bytes.contains(0x22)
    let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
    var out = "b" + String(UnicodeScalar(quote))
    for b in bytes {
        switch b {
        case quote, 0x5C: out += "\\" + String(UnicodeScalar(b))
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        default:
            if b < 0x20 || b >= 0x7F { out += hexEscape(UInt32(b), prefix: "\\x", width: 2) }
            else { out += String(UnicodeScalar(b)) }
        }
    }
    return out + String(UnicodeScalar(quote))
}

/// ascii(): repr with every non-ASCII code point escaped.
func asciiEscape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
        if c.value < 0x80 { out.unicodeScalars.append(c) }
        else if c.value <= 0xFF { out += hexEscape(c.value, prefix: "\\x", width: 2) }
        else if c.value <= 0xFFFF { out += hexEscape(c.value, prefix: "\\u", width: 4) }
        else { out += hexEscape(c.value, prefix: "\\U", width: 8) }
    }
    return out
}

/// `prefix` and v in lowercase hex, zero-padded to `width` digits (\x41, \u00e9).
func hexEscape(_ v: UInt32, prefix: String, width: Int) -> String {
    let h = String(v, radix: 16)
    return prefix + String(repeating: "0", count: max(0, width - h.utf8.count)) + h
}
