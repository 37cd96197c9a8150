extension FormatSpec {
    /// `format(i, spec)` for the specs loops use most ("", "d", "5", "5d",
    /// "05d"): an optional '0', an optional width of at most four digits, an
    /// optional 'd'. Any other spec returns nil and takes the general path,
    /// which also reports every error.
    static func fastInt(_ v: Int, _ spec: String) -> String? {
        var zero = false
        var width = 0
        var digits = 0
        var sawType = false
        for b in spec.utf8 {
            if sawType { return nil }
            switch b {
            case UInt8(ascii: "0") where digits == 0 && !zero:
                zero = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 4 else { return nil }
                width = width * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "d"):
                sawType = true
            default:
                return nil
            }
        }
        // Numbers align right; a '0' flag pads with zeros after the sign.
        return paddedDecimal(v, width: width, zeroFill: zero)
    }
}
