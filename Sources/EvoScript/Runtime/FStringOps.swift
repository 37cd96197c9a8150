// The two instructions of an f-string: FORMAT_VALUE (one replacement field)
// and BUILD_STRING (the pieces joined).

extension Interpreter {
    /// FORMAT_VALUE: `v` after the conversion (0 none, 1 !s, 2 !r, 3 !a),
    /// formatted with `spec` (a str, or None for no spec).
    func formatValueOp(_ value: Value, conversion: Int32, spec: Value) throws -> Value {
        var v = value
        switch conversion {
        case 0:
            // The usual fields: an int, or a str with no spec.
            if case .int(let i) = v {
                if spec.isNone {
                    return DecimalWriter.withPadded(i, width: 0, zeroFill: false, leftAlign: false) { digits in
                        makeStr(SmallASCIIString.decode(digits), count: digits.count, isASCII: true)
                    }
                }
                if let text = spec.withObject(PyStr.self, { FormatSpec.fastInt(i, $0.value) }) ?? nil {
                    return makeStr(text, count: text.utf8.count, isASCII: true)
                }
            } else if spec.isNone, isExactStr(v) {
                return v
            }
        case 1:
            if isExactStr(v) { break }
            v = makeStr(try str(v))
        case 2: v = makeStr(try repr(v))
        default: v = makeStr(asciiEscape(try repr(v)))
        }
        let specText = spec.asObject(PyStr.self)?.value ?? ""
        if specText.isEmpty, isExactStr(v) { return v }
        return makeStr(try format(v, specText))
    }

    /// Whether `v` is an exact str (borrowed, no reference count).
    @inline(__always)
    func isExactStr(_ v: Value) -> Bool { v.classAddress == builtinClassPointers.str }

    /// BUILD_STRING: the `n` strs at `base` concatenated (FORMAT_VALUE and
    /// the literals leave only strs there).
    func buildStringOp(_ base: UnsafeMutablePointer<Value>, _ n: Int) -> Value {
        concatenatedStr(UnsafeBufferPointer(start: base, count: n), separator: nil) ?? makeStr("", count: 0, isASCII: true)
    }
}
