/// format(complex, spec): CPython's format_complex_internal. Each part is
/// formatted like a float (no padding), the imaginary one always signed
/// unless the real part is omitted; then the whole is padded (default '>').
extension FormatSpec {
    static func formatComplex(_ re: Double, _ im: Double, _ spec: FormatSpec) throws(FormatError) -> String {
        if spec.zeroPad || spec.fill == "0" { throw .value("Zero padding is not allowed in complex format specifier") }
        if spec.align == "=" { throw .value("'=' alignment flag is not allowed in complex format specifier") }
        var code: UInt8
        var precision = spec.precision
        var defaultPrecision = 6
        var skipRe = false, parens = false
        switch spec.type {
        case nil:
            // Like str(): no parentheses when the real part is +0.
            code = UInt8(ascii: "r")
            defaultPrecision = 0
            if re == 0 && re.sign == .plus { skipRe = true } else { parens = true }
        case "n": code = UInt8(ascii: "g")
        case "e", "E", "f", "F", "g", "G":
            code = UInt8(truncatingIfNeeded: spec.type?.value ?? 0x67)
        case let t?:
            throw unknownFormatCode(t, "complex")
        }
        if precision > Int(Int32.max) { throw .value("precision too big") }
        if precision < 0 {
            precision = defaultPrecision
        } else if code == UInt8(ascii: "r") {
            code = UInt8(ascii: "g")
        }
        func part(_ d: Double, sign: Unicode.Scalar?) -> String {
            var s = Array(FloatRepr.format(d, code: code, precision: precision, alt: spec.alternate).utf8)
            var negative = false
            if s.first == UInt8(ascii: "-") { negative = true; s.removeFirst() }
            var partSpec = spec
            partSpec.width = -1
            partSpec.align = "<"
            partSpec.fill = " "
            partSpec.sign = sign
            return fillNumber(negative: negative, prefix: [], number: s, spec: partSpec,
                              groupSize: 3, forceNoGrouping: spec.type == "n")
        }
        var body = parens ? "(" : ""
        if !skipRe { body += part(re, sign: spec.sign) }
        body += part(im, sign: skipRe ? spec.sign : "+") + "j"
        if parens { body += ")" }
        return pad(body, length: body.unicodeScalars.count, spec: spec, defaultAlign: ">")
    }
}
