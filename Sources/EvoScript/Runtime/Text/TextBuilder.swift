#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a string's UTF-8 bytes in one buffer, counting code points and
/// noting non-ASCII bytes as it goes, so the str made from it is neither
/// measured again nor assembled from intermediate Strings (each Swift
/// `String` append costs far more than a byte copy). The bytes go to a
/// stack buffer first and move to the heap only when they outgrow it.
struct TextBuilder {
    private let scratch: UnsafeMutableBufferPointer<UInt8>
    private var used = 0
    /// The bytes once they outgrow `scratch` (then `used` is unused).
    private var spill: [UInt8] = []
    private var spilled = false
    /// Code points appended so far.
    private(set) var count = 0
    private(set) var isASCII = true

    private static let scratchSize = 256

    private init(scratch: UnsafeMutableBufferPointer<UInt8>) {
        self.scratch = scratch
    }

    /// Runs `body` with a builder whose first bytes live on the stack.
    @inline(__always)
    static func build<R>(_ body: (inout TextBuilder) throws -> R) rethrows -> R {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratchSize) { buf in
            var b = TextBuilder(scratch: buf)
            return try body(&b)
        }
    }

    /// Appends bytes whose code-point count and ASCII-ness are known.
    @inline(__always)
    mutating func append(_ part: UnsafeBufferPointer<UInt8>, count: Int, isASCII: Bool) {
        self.count += count
        self.isASCII = self.isASCII && isASCII
        guard let src = part.baseAddress else { return }
        if !spilled && used + part.count <= scratch.count, let dst = scratch.baseAddress {
            memcpy(dst + used, src, part.count)
            used += part.count
            return
        }
        spillIfNeeded(adding: part.count)
        spill.append(contentsOf: part)
    }

    private mutating func spillIfNeeded(adding n: Int) {
        if spilled { return }
        spill.reserveCapacity(2 * (used + n))
        spill.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[0..<used]))
        spilled = true
    }

    /// Appends a string whose code-point count and ASCII-ness are known (a str's).
    @inline(__always)
    mutating func append(_ s: String, count: Int, isASCII: Bool) {
        StrMethods.withBytes(s) { append($0, count: count, isASCII: isASCII) }
    }

    /// Appends a string of unknown measure.
    mutating func append(_ s: String) {
        StrMethods.withBytes(s) { part in
            var continuation = 0
            var any: UInt8 = 0
            for b in part {
                any |= b
                continuation &+= (b & 0xC0 == 0x80) ? 1 : 0
            }
            append(part, count: part.count - continuation, isASCII: any < 0x80)
        }
    }

    mutating func appendASCII(_ b: UInt8, repeating n: Int) {
        guard n > 0 else { return }
        if !spilled && used + n <= scratch.count, let dst = scratch.baseAddress {
            memset(dst + used, Int32(b), n)
            used += n
        } else {
            spillIfNeeded(adding: n)
            spill.append(contentsOf: repeatElement(b, count: n))
        }
        count += n
    }

    /// An Int in decimal, padded to `width` as `paddedDecimal` pads it.
    @inline(__always)
    mutating func appendDecimal(_ v: Int, width: Int = 0, zeroFill: Bool = false, leftAlign: Bool = false) {
        DecimalWriter.withPadded(v, width: width, zeroFill: zeroFill, leftAlign: leftAlign) {
            append($0, count: $0.count, isASCII: true)
        }
    }

    var string: String {
        if spilled { return String(decoding: spill, as: UTF8.self) }
        return SmallASCIIString.decode(UnsafeBufferPointer(rebasing: scratch[0..<used]))
    }
}
