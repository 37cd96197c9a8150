/// An Int in decimal, padded to `width`: by default right-aligned with
/// spaces; `zeroFill` puts zeros between the sign and the digits; `leftAlign`
/// pads with spaces on the right (and wins over `zeroFill`, as printf's '-'
/// does). Shared by `%d` and `format(i, spec)`'s fast paths.
func paddedDecimal(_ v: Int, width: Int, zeroFill: Bool = false, leftAlign: Bool = false) -> String {
    let digits = String(v.magnitude)
    let sign = v < 0 ? "-" : ""
    let pad = width - digits.utf8.count - sign.utf8.count
    guard pad > 0 else { return sign + digits }
    if leftAlign { return sign + digits + String(repeating: " ", count: pad) }
    if zeroFill { return sign + String(repeating: "0", count: pad) + digits }
    return String(repeating: " ", count: pad) + sign + digits
}
