// Swift Strings of up to 15 ASCII bytes, written straight into Swift's
// small-string form: two words, the bytes in order, the last byte 0xE0 | count.
// `String(decoding:as:)` validates and measures the bytes first, which for
// the short pieces a program makes most (split and slice results, numbers
// as text) costs several times the copy. The form is checked once against
// strings the standard library made; where it differs, every string is made
// the standard way.

enum SmallASCIIString {
    /// Whether this standard library lays small ASCII strings out as `make`
    /// writes them (compared bit for bit with ones it decoded itself).
    static let layoutVerified: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        for sample in ["a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno"] {
            let bytes = Array(sample.utf8)
            let decoded = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            guard let packed = bytes.withUnsafeBufferPointer(pack),
                  unsafeBitCast(decoded, to: (UInt64, UInt64).self) == packed else { return false }
        }
        return true
    }()

    /// The two words of the small string holding `buf` (1 to 15 ASCII
    /// bytes), or nil.
    @inline(__always)
    private static func pack(_ buf: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        let n = buf.count
        guard n > 0 && n <= 15, let p = buf.baseAddress else { return nil }
        // Overlapping loads inside the n bytes, no byte loop or memcpy call:
        // the bytes two loads share are the same bytes.
        let raw = UnsafeRawPointer(p)
        var w0: UInt64, w1: UInt64 = 0
        if n >= 8 {
            w0 = raw.loadUnaligned(as: UInt64.self)
            if n > 8 {
                w1 = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> UInt64(8 * (16 - n))
            }
        } else if n >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            w0 = low | high << UInt64(8 * (n - 4))
        } else {
            w0 = UInt64(p[0]) | UInt64(p[n / 2]) << UInt64(8 * (n / 2)) | UInt64(p[n - 1]) << UInt64(8 * (n - 1))
        }
        guard (w0 | w1) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return (w0, w1 | UInt64(0xE0 | n) << 56)
    }

    /// The String of `buf`: built directly when it is 1 to 15 ASCII bytes,
    /// otherwise decoded (invalid UTF-8 repaired) by the standard library.
    @inline(__always)
    static func decode(_ buf: UnsafeBufferPointer<UInt8>) -> String {
        if buf.count <= 15, layoutVerified, let words = pack(buf) {
            return unsafeBitCast(words, to: String.self)
        }
        return String(decoding: buf, as: UTF8.self)
    }
}
