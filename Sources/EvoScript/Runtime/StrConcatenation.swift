// Concatenating strs (sep.join, an f-string's BUILD_STRING): one pass adds
// up the parts' byte and code-point counts, a second copies their bytes
// into a string allocated at its final size, so the result is neither
// grown piece by piece nor measured again.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    /// The str of `count` strs (`part(0)`, `part(1)`...) with `separator`
    /// between them. One exact str with nothing to add is returned itself,
    /// as CPython's join does. The callers have checked the parts' types
    /// (a part that is not a str counts as empty).
    @inline(__always)
    func concatenatedStr(count n: Int, separator: PyStr?, _ part: (Int) -> PyStr?) -> Value {
        if n == 0 { return makeStr("", count: 0, isASCII: true) }
        if n == 1, let only = part(0), only.cls === types.str { return Value(only) }
        var bytes = 0, count = 0
        var ascii = true
        for k in 0..<n {
            guard let p = part(k) else { continue }
            bytes += p.value.utf8.count
            count += p.count
            ascii = ascii && p.isASCII
        }
        var sepBytes = 0
        if let separator {
            sepBytes = separator.value.utf8.count
            bytes += sepBytes * (n - 1)
            count += separator.count * (n - 1)
            ascii = ascii && separator.isASCII
        }
        let text = String(unsafeUninitializedCapacity: bytes) { out -> Int in
            guard let base = out.baseAddress else { return 0 }
            var at = 0
            func copy(_ s: String) {
                StrMethods.withBytes(s) { b in
                    if let src = b.baseAddress, at + b.count <= bytes { memcpy(base + at, src, b.count) }
                    at += b.count
                }
            }
            for k in 0..<n {
                if k > 0, sepBytes > 0, let separator { copy(separator.value) }
                if let p = part(k) { copy(p.value) }
            }
            return min(at, bytes)
        }
        return makeStr(text, count: count, isASCII: ascii)
    }
}
