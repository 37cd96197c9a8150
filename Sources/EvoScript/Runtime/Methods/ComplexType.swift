// The complex type: constructor, arithmetic dunders (with int and float
// operands on either side), comparisons, and attributes. The generic binary
// operator path calls these dunders; int's and float's own dunders return
// NotImplemented for a complex, so `1 + 2j` reaches complex.__radd__.

extension Interpreter {
    func makeComplex(_ c: Complex) -> Value {
        Value(heap.track(PyComplex(cls: types.complex, real: c.real, imag: c.imag)))
    }

    /// An operand of complex arithmetic: complex, int, bool or float; nil otherwise.
    func complexOperand(_ v: Value) throws -> Complex? {
        if let c = v.asObject(PyComplex.self) { return Complex(c.real, c.imag) }
        if isIntLike(v) || { if case .float = v { return true }; return false }() {
            guard let d = try floatValue(v) else { return nil }
            return Complex(d, 0)
        }
        return nil
    }

    /// CPython's complex_pow, errors included.
    func complexPower(_ a: Complex, _ b: Complex) throws -> Value {
        do {
            return makeComplex(try a.raised(to: b))
        } catch .range {
            throw error("OverflowError", "complex exponentiation")
        } catch {
            throw self.error("ZeroDivisionError", "0.0 to a negative or complex power")
        }
    }

    func complexRepr(_ c: PyComplex) -> String { Complex(c.real, c.imag).repr }

    func complexHash(_ c: PyComplex) -> Int { Complex(c.real, c.imag).hashValue }

    func setUpComplex() {
        constructors[ObjectIdentifier(types.complex)] = { i, _, a in i.makeComplex(try i.complexConstructor(a)) }
        let t = types.complex
        func method(_ name: String, _ arity: MethodArity, _ body: @escaping (Interpreter, Complex, MethodParams) throws -> Value) {
            addTypedMethod(t, PyComplex.self, "complex", name, arity) { i, c, p, _ in try body(i, Complex(c.real, c.imag), p) }
        }
        // Read-only members, as CPython's T_DOUBLE READONLY.
        let readonly: (Interpreter, Value, Value) throws -> Void = { i, _, _ in throw i.error("AttributeError", "readonly attribute") }
        addGetSet(t, "real", get: { _, v in .float(v.asObject(PyComplex.self)?.real ?? 0) }, set: readonly)
        addGetSet(t, "imag", get: { _, v in .float(v.asObject(PyComplex.self)?.imag ?? 0) }, set: readonly)
        method("conjugate", .none) { i, c, _ in i.makeComplex(Complex(c.real, -c.imag)) }
        method("__getnewargs__", .none) { i, c, _ in Value(i.makeTuple([.float(c.real), .float(c.imag)])) }
        method("__repr__", .slot(0)) { i, c, _ in i.makeStr(c.repr) }
        method("__str__", .slot(0)) { i, c, _ in i.makeStr(c.repr) }
        method("__hash__", .slot(0)) { _, c, _ in .int(c.hashValue) }
        method("__bool__", .slot(0)) { _, c, _ in .bool(c.real != 0 || c.imag != 0) }
        method("__neg__", .slot(0)) { i, c, _ in i.makeComplex(Complex(-c.real, -c.imag)) }
        method("__pos__", .slot(0)) { i, c, _ in i.makeComplex(c) }
        method("__abs__", .slot(0)) { i, c, _ in
            guard let m = c.magnitude else { throw i.error("OverflowError", "absolute value too large") }
            return .float(m)
        }
        method("__int__", .slot(0)) { i, _, _ in throw i.typeError("can't convert complex to int") }
        method("__float__", .slot(0)) { i, _, _ in throw i.typeError("can't convert complex to float") }
        method("__format__", .one) { i, c, p in
            guard let spec = p[0].asObject(PyStr.self) else {
                throw i.typeError("format() argument 1 must be str, not \(i.typeName(p[0]))")
            }
            return i.makeStr(try i.textOp { () throws(FormatError) in
                try FormatSpec.formatComplex(c.real, c.imag, FormatSpec.parse(spec.value))
            })
        }
        for (name, equal) in [("__eq__", true), ("__ne__", false)] {
            method(name, .slot(1)) { i, c, p in
                // An int compares exactly (a huge int is never equal to a float part).
                if i.isIntLike(p[0]) {
                    let same = try c.imag == 0 && i.isTrue(try i.richCompare(.float(c.real), p[0], 2))
                    return .bool(same == equal)
                }
                guard let o = try i.complexOperand(p[0]) else { return i.notImplemented }
                return .bool((c == o) == equal)
            }
        }
        setUpComplexArithmetic(method)
    }

    private func setUpComplexArithmetic(
        _ method: (String, MethodArity, @escaping (Interpreter, Complex, MethodParams) throws -> Value) -> Void) {
        let ops: [(String, (Interpreter, Complex, Complex) throws -> Value)] = [
            ("add", { i, a, b in i.makeComplex(a + b) }),
            ("sub", { i, a, b in i.makeComplex(a - b) }),
            ("mul", { i, a, b in i.makeComplex(a * b) }),
            ("truediv", { i, a, b in
                do {
                    return i.makeComplex(try a.divided(by: b))
                } catch {
                    throw i.error("ZeroDivisionError", "complex division by zero")
                }
            }),
            ("floordiv", { i, _, _ in throw i.typeError("can't take floor of complex number.") }),
            ("mod", { i, _, _ in throw i.typeError("can't mod complex numbers.") }),
            ("divmod", { i, _, _ in throw i.typeError("can't take floor or mod of complex number.") }),
        ]
        for (base, op) in ops {
            method("__\(base)__", .slot(1)) { i, c, p in
                guard let o = try i.complexOperand(p[0]) else { return i.notImplemented }
                return try op(i, c, o)
            }
            method("__r\(base)__", .slot(1)) { i, c, p in
                guard let o = try i.complexOperand(p[0]) else { return i.notImplemented }
                return try op(i, o, c)
            }
        }
        for (name, reflected) in [("__pow__", false), ("__rpow__", true)] {
            method(name, .range(1, 2)) { i, c, p in
                guard let o = try i.complexOperand(p[0]) else { return i.notImplemented }
                if !p[1].isUnbound && !p[1].isNone { throw i.valueError("complex modulo") }
                return reflected ? try i.complexPower(o, c) : try i.complexPower(c, o)
            }
        }
    }

    /// complex(real=0, imag=0), complex(str), and __complex__.
    private func complexConstructor(_ a: Args) throws -> Complex {
        if a.count > 2 { throw typeError("complex() takes at most 2 arguments (\(a.count) given)") }
        for kw in a.keywords where !["real", "imag"].contains(kw.name.value) {
            throw typeError("'\(kw.name.value)' is an invalid keyword argument for complex()")
        }
        let r = a.count > 0 ? a[0] : a.keyword("real")
        let im = a.count > 1 ? a[1] : a.keyword("imag")
        guard let r else {
            guard let im else { return Complex(0, 0) }
            return try complexConstructorParts(.int(0), im)
        }
        if let s = r.asObject(PyStr.self) {
            if im != nil { throw typeError("complex() can't take second arg if first is a string") }
            guard let text = Complex.removingUnderscores(Array(s.value.utf8)) else {
                throw valueError("could not convert string to complex: \(reprString(s.value))")
            }
            guard let c = Complex.parse(text) else { throw valueError("complex() arg is a malformed string") }
            return c
        }
        if let im, im.object is PyStr { throw typeError("complex() second arg can't be a string") }
        return try complexConstructorParts(r, im)
    }

    private func complexConstructorParts(_ r: Value, _ im: Value?) throws -> Complex {
        var cr: Complex
        var crIsComplex = false
        if !(r.object is PyComplex), let m = special(r, "__complex__") {
            let res = try call(m, [r])
            guard let c = res.asObject(PyComplex.self) else {
                throw typeError("__complex__ returned non-complex (type \(typeName(res)))")
            }
            cr = Complex(c.real, c.imag)
            crIsComplex = true
        } else if let c = r.asObject(PyComplex.self) {
            cr = Complex(c.real, c.imag)
            crIsComplex = true
        } else if let d = try floatValue(r) ?? (special(r, "__float__") != nil || special(r, "__index__") != nil ? try toFloat(r) : nil) {
            cr = Complex(d, 0)
        } else {
            throw typeError("complex() first argument must be a string or a number, not '\(typeName(r))'")
        }
        guard let im else { return cr }
        var ci: Complex
        if let c = im.asObject(PyComplex.self) {
            ci = Complex(c.real, c.imag)
            cr.real -= ci.imag
        } else if let d = try floatValue(im) ?? (special(im, "__float__") != nil || special(im, "__index__") != nil ? try toFloat(im) : nil) {
            ci = Complex(d, 0)
        } else {
            throw typeError("complex() second argument must be a number, not '\(typeName(im))'")
        }
        if crIsComplex { ci.real += cr.imag }
        return Complex(cr.real, ci.real)
    }
}
