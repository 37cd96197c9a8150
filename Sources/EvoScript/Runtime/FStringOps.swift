// The two instructions of an f-string: FORMAT_VALUE (one replacement field)
// and BUILD_STRING (the pieces joined).

extension Interpreter {
    /// FORMAT_VALUE: `v` after the conversion (0 none, 1 !s, 2 !r, 3 !a),
    /// formatted with `spec` (a str, or None for no spec).
    func formatValueOp(_ value: Value, conversion: Int32, spec: Value) throws -> Value {
        var v = value
        switch conversion {
        case 1:
            if let s = v.asObject(PyStr.self), s.cls === types.str { break }
            v = makeStr(try str(v))
        case 2: v = makeStr(try repr(v))
        case 3: v = makeStr(asciiEscape(try repr(v)))
        default: break
        }
        let specText = spec.asObject(PyStr.self)?.value ?? ""
        if case .int(let i) = v, let text = FormatSpec.fastInt(i, specText) {
            return makeStr(text, count: text.utf8.count, isASCII: true)
        }
        if specText.isEmpty, let s = v.asObject(PyStr.self), s.cls === types.str { return v }
        return makeStr(try format(v, specText))
    }

    /// BUILD_STRING: the `n` strs at `base` concatenated.
    func buildStringOp(_ base: UnsafeMutablePointer<Value>, _ n: Int) -> Value {
        concatenatedStr(count: n, separator: nil) { base[$0].asObject(PyStr.self) }
    }
}
