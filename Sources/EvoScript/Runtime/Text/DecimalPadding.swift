/// An Int in decimal, padded to `width`: by default right-aligned with
/// spaces; `zeroFill` puts zeros between the sign and the digits; `leftAlign`
/// pads with spaces on the right (and wins over `zeroFill`, as printf's '-'
/// does). Shared by `%d` and `format(i, spec)`'s fast paths.
func paddedDecimal(_ v: Int, width: Int, zeroFill: Bool = false, leftAlign: Bool = false) -> String {
    DecimalWriter.withPadded(v, width: width, zeroFill: zeroFill, leftAlign: leftAlign) { SmallASCIIString.decode($0) }
}

/// Writes padded decimals in a stack buffer (no intermediate Strings), for
/// `paddedDecimal` and `TextBuilder.appendDecimal`.
enum DecimalWriter {
    /// Widths up to this are padded in the stack buffer; wider ones (rare)
    /// in a heap one.
    private static let stackWidth = 64

    /// Calls `body` with the UTF-8 bytes of `v` padded as `paddedDecimal` describes.
    @inline(__always)
    static func withPadded<R>(_ v: Int, width: Int, zeroFill: Bool, leftAlign: Bool,
                              _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // 20 digits and a sign hold any Int.
        let capacity = max(width, 21)
        if capacity > stackWidth {
            var heap = [UInt8](repeating: 0, count: capacity)
            return heap.withUnsafeMutableBufferPointer { b in
                body(UnsafeBufferPointer(rebasing: b[0..<write(v, width: width, zeroFill: zeroFill, leftAlign: leftAlign, into: b)]))
            }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stackWidth) { b in
            body(UnsafeBufferPointer(rebasing: b[0..<write(v, width: width, zeroFill: zeroFill, leftAlign: leftAlign, into: b)]))
        }
    }

    /// Writes the padded decimal at the start of `out` (which holds at least
    /// max(width, 21) bytes) and returns its length.
    @inline(__always)
    private static func write(_ v: Int, width: Int, zeroFill: Bool, leftAlign: Bool,
                              into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // The digits, last first, into the end of the buffer.
        var m = v.magnitude
        var k = out.count
        repeat {
            k -= 1
            out[k] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
            m /= 10
        } while m != 0
        let digits = out.count - k
        let sign = v < 0 ? 1 : 0
        let pad = max(0, width - digits - sign)
        var n = 0
        if !leftAlign && !zeroFill { for _ in 0..<pad { out[n] = 0x20; n += 1 } }
        if v < 0 { out[n] = UInt8(ascii: "-"); n += 1 }
        if !leftAlign && zeroFill { for _ in 0..<pad { out[n] = 0x30; n += 1 } }
        // Move the digits down behind the padding (n <= k: the buffer holds the padded text).
        for j in 0..<digits { out[n + j] = out[k + j] }
        n += digits
        if leftAlign { for _ in 0..<pad { out[n] = 0x20; n += 1 } }
        return n
    }
}
