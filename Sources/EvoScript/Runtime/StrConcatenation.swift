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
    /// The str of the strs `parts` with `separator` between them, or nil if
    /// a part is not a str. One exact str with nothing to add is returned
    /// itself, as CPython's join does.
    func concatenatedStr(_ parts: UnsafeBufferPointer<Value>, separator: PyStr?) -> Value? {
        let n = parts.count
        if n == 0 { return makeStr("", count: 0, isASCII: true) }
        if n == 1, let only = parts[0].asObject(PyStr.self), only.isExactly(types.str) { return Value(only) }
        var bytes = 0, count = 0
        var ascii = true
        for v in parts {
            guard let m = withBorrowedStr(v, { p in (p.value.utf8.count, p.count, p.isASCII) }) else { return nil }
            bytes += m.0
            count += m.1
            ascii = ascii && m.2
        }
        let sepText = separator?.value ?? ""
        let sepBytes = sepText.utf8.count
        if let separator {
            bytes += sepBytes * (n - 1)
            count += separator.count * (n - 1)
            ascii = ascii && separator.isASCII
        }
        let text = String(unsafeUninitializedCapacity: bytes) { out -> Int in
            var at = 0
            for k in 0..<n {
                if k > 0 && sepBytes > 0 { Interpreter.copyUTF8(sepText, into: out, at: &at) }
                _ = withBorrowedStr(parts[k]) { p in p.withUTF8 { Interpreter.copyBytes($0, into: out, at: &at) } }
            }
            return at
        }
        return makeStr(text, count: count, isASCII: ascii)
    }

    /// `body(s)` when v is a str s (of any str class), borrowed: the caller
    /// holds v, so no reference count is taken; nil otherwise.
    @inline(__always)
    func withBorrowedStr<R>(_ v: Value, _ body: (PyStr) -> R) -> R? {
        guard case .obj(let u) = v else { return nil }
        return u._withUnsafeGuaranteedRef { o -> R? in
            type(of: o) == PyStr.self ? body(unsafeDowncast(o, to: PyStr.self)) : nil
        }
    }

    /// Copies `bytes` to `out[at...]` (as far as they fit) and advances `at`.
    @inline(__always)
    private static func copyBytes(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at: inout Int) {
        let n = min(bytes.count, out.count - at)
        if n > 0, let src = bytes.baseAddress, let dst = out.baseAddress { memcpy(dst + at, src, n) }
        at += max(n, 0)
    }

    /// Copies `s`'s UTF-8 bytes to `out[at...]` (as far as they fit) and advances `at`.
    @inline(__always)
    private static func copyUTF8(_ s: String, into out: UnsafeMutableBufferPointer<UInt8>, at: inout Int) {
        let room = out.count - at
        let copied = s.utf8.withContiguousStorageIfAvailable { b -> Int in
            let n = min(b.count, room)
            if n > 0, let src = b.baseAddress, let dst = out.baseAddress { memcpy(dst + at, src, n) }
            return n
        }
        if let copied {
            at += copied
        } else {
            for b in s.utf8 where at < out.count { out[at] = b; at += 1 }
        }
    }
}
