// The methods of bytes (CPython 3.8 names, arguments and messages), and the
// text codecs behind str.encode / bytes.decode: utf-8, ascii and latin-1 with
// the strict, ignore, replace, backslashreplace (and, for encoding,
// xmlcharrefreplace and namereplace) error handlers.

/// Byte-string primitives on arrays; indices are byte offsets.
enum BytesOps {
    /// ASCII whitespace as bytes.isspace / split() define it.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    /// First occurrence of `n` in h[from..<to], or nil.
    static func find(_ h: [UInt8], _ n: [UInt8], _ from: Int, _ to: Int) -> Int? {
        let m = n.count
        if to - from < m || from < 0 || to > h.count { return nil }
        if m == 0 { return from }
        var i = from
        let first = n[0]
        while i <= to - m {
            if h[i] == first {
                var j = 1
                while j < m && h[i + j] == n[j] { j += 1 }
                if j == m { return i }
            }
            i += 1
        }
        return nil
    }

    /// Last occurrence of `n` in h[from..<to], or nil.
    static func rfind(_ h: [UInt8], _ n: [UInt8], _ from: Int, _ to: Int) -> Int? {
        let m = n.count
        if to - from < m || from < 0 || to > h.count { return nil }
        var i = to - m
        while i >= from {
            var j = 0
            while j < m && h[i + j] == n[j] { j += 1 }
            if j == m { return i }
            i -= 1
        }
        return nil
    }

    static func count(_ h: [UInt8], _ n: [UInt8], _ from: Int, _ to: Int) -> Int {
        if to < from { return 0 }
        if n.isEmpty { return to - from + 1 }
        var c = 0
        var i = from
        while let r = find(h, n, i, to) { c += 1; i = r + n.count }
        return c
    }

    static func split(_ h: [UInt8], sep: [UInt8]?, maxsplit: Int) -> [[UInt8]] {
        var left = maxsplit < 0 ? Int.max : maxsplit
        var out: [[UInt8]] = []
        guard let sep else {
            var i = 0
            let n = h.count
            while true {
                while i < n && isSpace(h[i]) { i += 1 }
                if i == n { break }
                if left == 0 {
                    // The unsplit remainder keeps its trailing whitespace.
                    out.append(Array(h[i..<n]))
                    break
                }
                let j = i
                while i < n && !isSpace(h[i]) { i += 1 }
                out.append(Array(h[j..<i]))
                left -= 1
            }
            return out
        }
        var i = 0
        while left > 0, let r = find(h, sep, i, h.count) {
            out.append(Array(h[i..<r]))
            i = r + sep.count
            left -= 1
        }
        out.append(Array(h[i...]))
        return out
    }

    static func rsplit(_ h: [UInt8], sep: [UInt8]?, maxsplit: Int) -> [[UInt8]] {
        var left = maxsplit < 0 ? Int.max : maxsplit
        var out: [[UInt8]] = []
        guard let sep else {
            var e = h.count
            while true {
                while e > 0 && isSpace(h[e - 1]) { e -= 1 }
                if e == 0 { break }
                if left == 0 {
                    out.append(Array(h[0..<e]))
                    break
                }
                let j = e
                while e > 0 && !isSpace(h[e - 1]) { e -= 1 }
                out.append(Array(h[e..<j]))
                left -= 1
            }
            return out.reversed()
        }
        var e = h.count
        while left > 0, let r = rfind(h, sep, 0, e) {
            out.append(Array(h[(r + sep.count)..<e]))
            e = r
            left -= 1
        }
        out.append(Array(h[0..<e]))
        return out.reversed()
    }

    static func strip(_ h: [UInt8], _ chars: [UInt8]?, left: Bool, right: Bool) -> [UInt8] {
        func strippable(_ b: UInt8) -> Bool { chars.map { $0.contains(b) } ?? isSpace(b) }
        var a = 0, e = h.count
        if left { while a < e && strippable(h[a]) { a += 1 } }
        if right { while e > a && strippable(h[e - 1]) { e -= 1 } }
        return Array(h[a..<e])
    }

    static func replace(_ h: [UInt8], _ old: [UInt8], _ new: [UInt8], count: Int) -> [UInt8] {
        var left = count < 0 ? Int.max : count
        var out: [UInt8] = []
        if old.isEmpty {
            // An empty pattern matches before every byte and at the end.
            for b in h {
                if left > 0 { out += new; left -= 1 }
                out.append(b)
            }
            if left > 0 { out += new }
            return out
        }
        var i = 0
        while left > 0, let r = find(h, old, i, h.count) {
            out += h[i..<r]
            out += new
            i = r + old.count
            left -= 1
        }
        out += h[i...]
        return out
    }

    static func splitlines(_ h: [UInt8], keepends: Bool) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var i = 0
        let n = h.count
        while i < n {
            let j = i
            while i < n && h[i] != 0x0A && h[i] != 0x0D { i += 1 }
            var eol = i
            if i < n {
                if h[i] == 0x0D && i + 1 < n && h[i + 1] == 0x0A { i += 2 } else { i += 1 }
                if keepends { eol = i }
            }
            out.append(Array(h[j..<eol]))
        }
        return out
    }

    static func hex(_ h: [UInt8], sep: UInt8?, group: Int) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(h.count * 3)
        let g = abs(group)
        for (k, b) in h.enumerated() {
            if let sep, g > 0, k > 0 {
                // Positive groups count from the right end, negative from the left.
                let boundary = group > 0 ? (h.count - k) % g == 0 : k % g == 0
                if boundary { out.append(sep) }
            }
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The codecs implemented natively.
enum TextCodec {
    case utf8, ascii, latin1

    var name: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        }
    }

    /// Code points below this encode as one byte (ascii, latin-1).
    var limit: UInt32 {
        switch self {
        case .utf8: return 0x110000
        case .ascii: return 0x80
        case .latin1: return 0x100
        }
    }

    private static let aliases: [String: TextCodec] = {
        var d: [String: TextCodec] = [:]
        for n in ["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"] { d[n] = .utf8 }
        for n in ["ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                  "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"] { d[n] = .ascii }
        for n in ["latin_1", "latin1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
                  "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin"] { d[n] = .latin1 }
        return d
    }()

    /// encodings.normalize_encoding + lower-casing, then the alias table.
    static func lookup(_ name: String) -> TextCodec? {
        var norm = ""
        var pendingUnderscore = false
        for u in name.unicodeScalars {
            let isWordChar = (u.isASCII && (u.properties.isAlphabetic || (u.value >= 0x30 && u.value <= 0x39))) || u == "."
            if isWordChar {
                if pendingUnderscore && !norm.isEmpty { norm.append("_") }
                pendingUnderscore = false
                norm.unicodeScalars.append(u)
            } else {
                pendingUnderscore = true
            }
        }
        return aliases[norm.lowercased()]
    }
}

extension Interpreter {
    // MARK: codecs

    private func codec(_ name: String) throws -> TextCodec {
        guard let c = TextCodec.lookup(name) else { throw error("LookupError", "unknown encoding: \(name)") }
        return c
    }

    private func unknownHandler(_ errors: String) -> ScriptError {
        error("LookupError", "unknown error handler name '\(errors)'")
    }

    /// str.encode.
    func encodeText(_ s: String, _ encoding: String, _ errors: String) throws -> [UInt8] {
        let c = try codec(encoding)
        // Swift strings hold no lone surrogates, so UTF-8 cannot fail.
        if c == .utf8 { return Array(s.utf8) }
        let scalars = Array(s.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var k = 0
        while k < scalars.count {
            let v = scalars[k].value
            if v < c.limit { out.append(UInt8(truncatingIfNeeded: v)); k += 1; continue }
            var end = k + 1
            while end < scalars.count && scalars[end].value >= c.limit { end += 1 }
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                throw unicodeError("UnicodeEncodeError", encoding: c.name, object: makeStr(s), start: k, end: end,
                                   reason: "ordinal not in range(\(c.limit))")
            case "ignore":
                break
            case "replace":
                out += [UInt8](repeating: 0x3F, count: end - k)
            case "backslashreplace":
                for u in scalars[k..<end] {
                    let e = u.value <= 0xFF ? hexEscape(u.value, prefix: "\\x", width: 2)
                        : u.value <= 0xFFFF ? hexEscape(u.value, prefix: "\\u", width: 4)
                        : hexEscape(u.value, prefix: "\\U", width: 8)
                    out += Array(e.utf8)
                }
            case "xmlcharrefreplace":
                for u in scalars[k..<end] { out += Array("&#\(u.value);".utf8) }
            case "namereplace":
                for u in scalars[k..<end] {
                    if let n = u.properties.name {
                        out += Array("\\N{\(n)}".utf8)
                    } else {
                        out += Array(asciiEscape(String(u)).utf8)
                    }
                }
            default:
                throw unknownHandler(errors)
            }
            k = end
        }
        return out
    }

    /// bytes.decode.
    func decodeBytes(_ b: [UInt8], _ encoding: String, _ errors: String) throws -> String {
        let c = try codec(encoding)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(b.count)
        /// Applies the error handler to b[start..<end]; returns the replacement text.
        func fail(_ start: Int, _ end: Int, _ reason: String) throws -> String {
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                throw unicodeError("UnicodeDecodeError", encoding: c.name, object: Value(makeBytes(b)),
                                   start: start, end: end, reason: reason)
            case "ignore":
                return ""
            case "replace":
                return "\u{FFFD}"
            case "backslashreplace":
                return b[start..<end].map { hexEscape(UInt32($0), prefix: "\\x", width: 2) }.joined()
            default:
                throw unknownHandler(errors)
            }
        }
        switch c {
        case .latin1:
            for x in b { out.append(Unicode.Scalar(x)) }
        case .ascii:
            for (k, x) in b.enumerated() {
                if x < 0x80 {
                    out.append(Unicode.Scalar(x))
                } else {
                    out.append(contentsOf: try fail(k, k + 1, "ordinal not in range(128)").unicodeScalars)
                }
            }
        case .utf8:
            if let s = String(validating: b, as: UTF8.self) { return s }
            try decodeUTF8(b, &out, fail)
        }
        return String(out)
    }

    /// UTF-8 with CPython's error ranges (maximal invalid subparts).
    private func decodeUTF8(_ b: [UInt8], _ out: inout String.UnicodeScalarView,
                            _ fail: (Int, Int, String) throws -> String) throws {
        let n = b.count
        var k = 0
        while k < n {
            let b0 = b[k]
            if b0 < 0x80 { out.append(Unicode.Scalar(b0)); k += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xED: need = 2; hi = 0x9F
            case 0xE1...0xEF: need = 2
            case 0xF0: need = 3; lo = 0x90
            case 0xF4: need = 3; hi = 0x8F
            case 0xF1...0xF3: need = 3
            default:
                out.append(contentsOf: try fail(k, k + 1, "invalid start byte").unicodeScalars)
                k += 1
                continue
            }
            var j = 1
            var failedAt = 0
            var reason = ""
            while j <= need {
                if k + j >= n { failedAt = n; reason = "unexpected end of data"; break }
                let x = b[k + j]
                let ok = j == 1 ? (x >= lo && x <= hi) : (x >= 0x80 && x <= 0xBF)
                if !ok { failedAt = k + j; reason = "invalid continuation byte"; break }
                j += 1
            }
            if failedAt > 0 {
                out.append(contentsOf: try fail(k, failedAt, reason).unicodeScalars)
                k = failedAt
                continue
            }
            var v = UInt32(b0) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
            for m in 1...need { v = (v << 6) | (UInt32(b[k + m]) & 0x3F) }
            if let u = Unicode.Scalar(v) { out.append(u) }
            k += need + 1
        }
    }

    // MARK: bytes

    /// Registers a method on bytes and on bytearray: one body serves both,
    /// and its results take the receiver's kind (`bytesResult`).
    private func bytesMethod(_ name: String, _ arity: MethodArity,
                             _ body: @escaping (Interpreter, PyBytes, MethodParams) throws -> Value) {
        for (t, mutable) in [(types.bytes, false), (types.bytearray, true)] {
            let typeName = t.name
            addMethod(t, name) { i, a in
                let b = try i.selfArg(a, PyBytes.self, typeName, name)
                if b.isByteArray != mutable { throw i.wrongReceiver(a[0], typeName, name) }
                return try body(i, b, try i.bindMethodArgs(a, name, arity))
            }
        }
    }

    /// A bytes-like argument (bytes or bytearray).
    func bytesLike(_ v: Value) throws -> [UInt8] {
        guard let b = v.asObject(PyBytes.self) else {
            throw typeError("a bytes-like object is required, not '\(typeName(v))'")
        }
        return b.bytes
    }

    /// The needle of find/count/index: a byte value or a bytes-like object.
    private func byteNeedle(_ v: Value) throws -> [UInt8] {
        if let b = v.asObject(PyBytes.self) { return b.bytes }
        if isIntLike(v), let n = try indexValue(v) {
            guard n >= 0 && n < 256 else { throw valueError("byte must be in range(0, 256)") }
            return [UInt8(n)]
        }
        throw typeError("argument should be integer or bytes-like object, not '\(typeName(v))'")
    }

    private func makeBytesValue(_ b: [UInt8]) -> Value { Value(makeBytes(b)) }

    func setUpBytesMethods() {
        setUpBytesSearch()
        setUpBytesTransform()
        setUpBytesCodecs()
        setUpBytesDunders()
    }

    private func setUpBytesSearch() {
        /// Start/end parsed first, then the needle, as CPython does.
        func range(_ i: Interpreter, _ b: PyBytes, _ p: MethodParams) throws -> (Int, Int) {
            StrMethods.adjustIndices(try i.sliceIndexArg(p[1]), try i.sliceIndexArg(p[2]), b.bytes.count)
        }
        bytesMethod("find", .finds(1, 3)) { i, b, p in
            let (s, e) = try range(i, b, p)
            return .int(BytesOps.find(b.bytes, try i.byteNeedle(p[0]), s, e) ?? -1)
        }
        bytesMethod("rfind", .finds(1, 3)) { i, b, p in
            let (s, e) = try range(i, b, p)
            return .int(BytesOps.rfind(b.bytes, try i.byteNeedle(p[0]), s, e) ?? -1)
        }
        bytesMethod("index", .finds(1, 3)) { i, b, p in
            let (s, e) = try range(i, b, p)
            guard let r = BytesOps.find(b.bytes, try i.byteNeedle(p[0]), s, e) else { throw i.valueError("subsection not found") }
            return .int(r)
        }
        bytesMethod("rindex", .finds(1, 3)) { i, b, p in
            let (s, e) = try range(i, b, p)
            guard let r = BytesOps.rfind(b.bytes, try i.byteNeedle(p[0]), s, e) else { throw i.valueError("subsection not found") }
            return .int(r)
        }
        bytesMethod("count", .finds(1, 3)) { i, b, p in
            let (s, e) = try range(i, b, p)
            return .int(BytesOps.count(b.bytes, try i.byteNeedle(p[0]), s, e))
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            bytesMethod(name, .finds(1, 3)) { i, b, p in
                let (s, e) = try range(i, b, p)
                func test(_ x: [UInt8]) -> Bool {
                    if e - s < x.count { return false }
                    let at = atEnd ? e - x.count : s
                    return b.bytes[at..<(at + x.count)].elementsEqual(x)
                }
                if let t = p[0].asObject(PyTuple.self) {
                    for item in t.items {
                        guard let x = item.asObject(PyBytes.self) else {
                            throw i.typeError("tuple for \(name) must only contain bytes, not \(i.typeName(item))")
                        }
                        if test(x.bytes) { return .bool(true) }
                    }
                    return .bool(false)
                }
                guard let x = p[0].asObject(PyBytes.self) else {
                    throw i.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(i.typeName(p[0]))")
                }
                return .bool(test(x.bytes))
            }
        }
        for (name, right) in [("partition", false), ("rpartition", true)] {
            bytesMethod(name, .one) { i, b, p in
                let sep = try i.bytesLike(p[0])
                if sep.isEmpty { throw i.valueError("empty separator") }
                let h = b.bytes
                let r = right ? BytesOps.rfind(h, sep, 0, h.count) : BytesOps.find(h, sep, 0, h.count)
                let parts: [[UInt8]]
                if let r {
                    parts = [Array(h[..<r]), sep, Array(h[(r + sep.count)...])]
                } else {
                    parts = right ? [[], [], h] : [h, [], []]
                }
                return Value(i.makeTuple(parts.map { i.bytesResult(b, $0) }))
            }
        }
    }

    private func setUpBytesTransform() {
        for (name, right) in [("split", false), ("rsplit", true)] {
            bytesMethod(name, .keywords(["sep", "maxsplit"])) { i, b, p in
                var sep: [UInt8]? = nil
                if !p[0].isUnbound && !p[0].isNone {
                    let s = try i.bytesLike(p[0])
                    if s.isEmpty { throw i.valueError("empty separator") }
                    sep = s
                }
                let maxsplit = p[1].isUnbound ? -1 : try i.ssizeArg(p[1])
                let parts = right ? BytesOps.rsplit(b.bytes, sep: sep, maxsplit: maxsplit)
                                  : BytesOps.split(b.bytes, sep: sep, maxsplit: maxsplit)
                return Value(i.makeList(parts.map { i.bytesResult(b, $0) }))
            }
        }
        bytesMethod("splitlines", .keywords(["keepends"])) { i, b, p in
            let keep = p[0].isUnbound ? false : try i.cIntArg(p[0]) != 0
            return Value(i.makeList(BytesOps.splitlines(b.bytes, keepends: keep).map { i.bytesResult(b, $0) }))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            bytesMethod(name, .range(0, 1)) { i, b, p in
                let chars = p[0].isUnbound || p[0].isNone ? nil : try i.bytesLike(p[0])
                return i.bytesResult(b, BytesOps.strip(b.bytes, chars, left: left, right: right))
            }
        }
        bytesMethod("replace", .range(2, 3)) { i, b, p in
            let old = try i.bytesLike(p[0]), new = try i.bytesLike(p[1])
            let count = p[2].isUnbound ? -1 : try i.ssizeArg(p[2])
            return i.bytesResult(b, BytesOps.replace(b.bytes, old, new, count: count))
        }
        bytesMethod("join", .one) { i, b, p in
            let it: Value
            do {
                it = try i.getIter(p[0])
            } catch let e as ScriptError where i.isInstance(e.exception, "TypeError") && i.special(p[0], "__iter__") == nil {
                throw i.typeError("can only join an iterable")
            }
            let mark = i.nativeRoots.count
            i.nativeRoots.append(it)
            defer { i.nativeRoots.removeSubrange(mark...) }
            var out: [UInt8] = []
            var k = 0
            while let x = try i.next(it) {
                guard let xb = x.asObject(PyBytes.self) else {
                    throw i.typeError("sequence item \(k): expected a bytes-like object, \(i.typeName(x)) found")
                }
                if k > 0 { out += b.bytes }
                out += xb.bytes
                k += 1
            }
            return i.bytesResult(b, out)
        }
        bytesMethod("upper", .none) { i, b, _ in i.bytesResult(b, b.bytes.map(BytesOps.upper)) }
        bytesMethod("lower", .none) { i, b, _ in i.bytesResult(b, b.bytes.map(BytesOps.lower)) }
        bytesMethod("swapcase", .none) { i, b, _ in
            i.bytesResult(b, b.bytes.map { BytesOps.isLower($0) ? BytesOps.upper($0) : BytesOps.lower($0) })
        }
        bytesMethod("capitalize", .none) { i, b, _ in
            i.bytesResult(b, b.bytes.enumerated().map { $0.offset == 0 ? BytesOps.upper($0.element) : BytesOps.lower($0.element) })
        }
        bytesMethod("title", .none) { i, b, _ in
            var prevCased = false
            return i.bytesResult(b, b.bytes.map { x in
                let r = prevCased ? BytesOps.lower(x) : BytesOps.upper(x)
                prevCased = BytesOps.isAlpha(x)
                return r
            })
        }
        let predicates: [(String, ([UInt8]) -> Bool)] = [
            ("isdigit", { !$0.isEmpty && $0.allSatisfy(BytesOps.isDigit) }),
            ("isalpha", { !$0.isEmpty && $0.allSatisfy(BytesOps.isAlpha) }),
            ("isalnum", { !$0.isEmpty && $0.allSatisfy { BytesOps.isAlpha($0) || BytesOps.isDigit($0) } }),
            ("isspace", { !$0.isEmpty && $0.allSatisfy(BytesOps.isSpace) }),
            ("islower", { $0.contains(where: BytesOps.isLower) && !$0.contains(where: BytesOps.isUpper) }),
            ("isupper", { $0.contains(where: BytesOps.isUpper) && !$0.contains(where: BytesOps.isLower) }),
            ("isascii", { $0.allSatisfy { $0 < 0x80 } }),
        ]
        for (name, f) in predicates {
            bytesMethod(name, .none) { _, b, _ in .bool(f(b.bytes)) }
        }
        for (name, kind) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            bytesMethod(name, .range(1, 2)) { i, b, p in
                let width = try i.ssizeArg(p[0])
                var fill: UInt8 = 0x20
                if !p[1].isUnbound {
                    guard let f = p[1].asObject(PyBytes.self), f.bytes.count == 1 else {
                        throw i.typeError("\(name)() argument 2 must be a byte string of length 1, not \(i.typeName(p[1]))")
                    }
                    fill = f.bytes[0]
                }
                let len = b.bytes.count
                if width <= len { return i.bytesResult(b, b.bytes) }
                let marg = width - len
                let left = kind == 0 ? marg / 2 + (marg & width & 1) : kind == 1 ? 0 : marg
                return i.bytesResult(b, [UInt8](repeating: fill, count: left) + b.bytes
                                        + [UInt8](repeating: fill, count: marg - left))
            }
        }
        bytesMethod("istitle", .none) { _, b, _ in
            var cased = false, prevCased = false
            for x in b.bytes {
                if BytesOps.isUpper(x) {
                    if prevCased { return .bool(false) }
                    prevCased = true
                    cased = true
                } else if BytesOps.isLower(x) {
                    if !prevCased { return .bool(false) }
                    prevCased = true
                    cased = true
                } else {
                    prevCased = false
                }
            }
            return .bool(cased)
        }
        bytesMethod("expandtabs", .keywords(["tabsize"])) { i, b, p in
            let size = p[0].isUnbound ? 8 : try i.cIntArg(p[0])
            var out: [UInt8] = []
            var col = 0
            for x in b.bytes {
                if x == 0x09 {
                    if size > 0 {
                        let n = size - col % size
                        out += [UInt8](repeating: 0x20, count: n)
                        col += n
                    }
                } else {
                    out.append(x)
                    col = (x == 0x0A || x == 0x0D) ? 0 : col + 1
                }
            }
            return i.bytesResult(b, out)
        }
        for t in [types.bytes, types.bytearray] { addStaticMethod(t, "maketrans") { i, a in
            if !a.keywords.isEmpty { throw i.typeError("maketrans() takes no keyword arguments") }
            try i.expectArgs(a, "maketrans", min: 2, max: 2)
            let from = try i.bytesLike(a[0]), to = try i.bytesLike(a[1])
            if from.count != to.count { throw i.valueError("maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (x, y) in zip(from, to) { table[Int(x)] = y }
            return i.makeBytesValue(table)
        } }
        bytesMethod("translate", .keywords(["table", "delete"])) { i, b, p in
            // table is positional-only in CPython; accepting it by name is harmless.
            if p[0].isUnbound { throw i.typeError("translate() takes at least 1 positional argument (0 given)") }
            var table: [UInt8]? = nil
            if !p[0].isNone {
                let t = try i.bytesLike(p[0])
                if t.count != 256 { throw i.valueError("translation table must be 256 characters long") }
                table = t
            }
            let delete = p[1].isUnbound ? [] : try i.bytesLike(p[1])
            var drop = [Bool](repeating: false, count: 256)
            for x in delete { drop[Int(x)] = true }
            var out: [UInt8] = []
            for x in b.bytes where !drop[Int(x)] { out.append(table?[Int(x)] ?? x) }
            return i.bytesResult(b, out)
        }
        bytesMethod("zfill", .one) { i, b, p in
            let width = try i.ssizeArg(p[0])
            let h = b.bytes
            if width <= h.count { return i.bytesResult(b, h) }
            let zeros = [UInt8](repeating: 0x30, count: width - h.count)
            if let f = h.first, f == 0x2B || f == 0x2D { return i.bytesResult(b, [f] + zeros + h.dropFirst()) }
            return i.bytesResult(b, zeros + h)
        }
    }

    private func setUpBytesCodecs() {
        bytesMethod("decode", .keywords(["encoding", "errors"])) { i, b, p in
            var encoding = "utf-8", errors = "strict"
            if !p[0].isUnbound {
                guard let e = p[0].asObject(PyStr.self) else {
                    throw i.typeError("decode() argument 'encoding' must be str, not \(i.typeName(p[0]))")
                }
                encoding = e.value
            }
            if !p[1].isUnbound {
                guard let e = p[1].asObject(PyStr.self) else {
                    throw i.typeError("decode() argument 'errors' must be str, not \(i.typeName(p[1]))")
                }
                errors = e.value
            }
            return i.makeStr(try i.decodeBytes(b.bytes, encoding, errors))
        }
        bytesMethod("hex", .keywords(["sep", "bytes_per_sep"])) { i, b, p in
            var sep: UInt8? = nil
            if !p[0].isUnbound && !p[0].isNone {
                let sepBytes: [UInt8]
                if let s = p[0].asObject(PyStr.self) {
                    if s.count != 1 { throw i.valueError("sep must be length 1.") }
                    if !s.isASCII { throw i.valueError("sep must be ASCII.") }
                    sepBytes = Array(s.value.utf8)
                } else if let s = p[0].asObject(PyBytes.self) {
                    if s.bytes.count != 1 { throw i.valueError("sep must be length 1.") }
                    sepBytes = s.bytes
                } else {
                    throw i.typeError("object of type '\(i.typeName(p[0]))' has no len()")
                }
                sep = sepBytes.first
            }
            let group = p[1].isUnbound ? 1 : try i.cIntArg(p[1])
            return i.makeStr(BytesOps.hex(b.bytes, sep: sep, group: group))
        }
        for t in [types.bytes, types.bytearray] { addClassMethod(t, "fromhex") { i, a in
            let cls = a.count > 0 ? a[0].asObject(PyType.self) : nil
            guard a.count == 2, a.keywords.isEmpty else {
                if !a.keywords.isEmpty { throw i.typeError("fromhex() takes no keyword arguments") }
                throw i.typeError("fromhex() takes exactly one argument (\(max(0, a.count - 1)) given)")
            }
            guard let s = a[1].asObject(PyStr.self) else {
                throw i.typeError("fromhex() argument must be str, not \(i.typeName(a[1]))")
            }
            let res = try i.fromHex(s)
            if cls === i.types.bytearray { return Value(i.makeByteArray(res)) }
            if let cls, cls !== i.types.bytes { return try i.call(Value(cls), [i.makeBytesValue(res)]) }
            return i.makeBytesValue(res)
        } }
    }

    private func fromHex(_ s: PyStr) throws -> [UInt8] {
        let u = s.scalars
        func digit(_ k: Int) -> UInt8? {
            guard k < u.count else { return nil }
            let v = u[k].value
            switch v {
            case 0x30...0x39: return UInt8(v - 0x30)
            case 0x61...0x66: return UInt8(v - 0x61 + 10)
            case 0x41...0x46: return UInt8(v - 0x41 + 10)
            default: return nil
            }
        }
        var out: [UInt8] = []
        var k = 0
        while k < u.count {
            if u[k].isASCII && BytesOps.isSpace(UInt8(u[k].value)) { k += 1; continue }
            guard let hi = digit(k) else {
                throw valueError("non-hexadecimal number found in fromhex() arg at position \(k)")
            }
            guard let lo = digit(k + 1) else {
                throw valueError("non-hexadecimal number found in fromhex() arg at position \(k + 1)")
            }
            out.append(hi << 4 | lo)
            k += 2
        }
        return out
    }

    private func setUpBytesDunders() {
        bytesMethod("__len__", .slot(0)) { _, b, _ in .int(b.bytes.count) }
        addTypedMethod(types.bytes, PyBytes.self, "bytes", "__hash__", .slot(0)) { _, b, _, _ in
            .int(b.bytes.withUnsafeBufferPointer { Hashing.hashBytes($0) })
        }
        types.bytearray.dict.setStr(intern("__hash__"), .none)
        bytesMethod("__repr__", .slot(0)) { i, b, _ in i.makeStr(i.bytesRepr(b)) }
        bytesMethod("__str__", .slot(0)) { i, b, _ in i.makeStr(i.bytesRepr(b)) }
        addTypedMethod(types.bytes, PyBytes.self, "bytes", "__getnewargs__", .none) { i, b, _, _ in
            Value(i.makeTuple([i.makeBytesValue(b.bytes)]))
        }
        bytesMethod("__iter__", .slot(0)) { i, b, _ in i.bytesIterator(b) }
        bytesMethod("__getitem__", .slot(1)) { i, b, p in try i.bytesGetItem(b, p[0]) }
        bytesMethod("__contains__", .slot(1)) { i, b, p in .bool(try i.bytesContains(b, p[0])) }
        bytesMethod("__add__", .slot(1)) { i, b, p in
            guard let o = p[0].asObject(PyBytes.self) else {
                throw i.typeError("can't concat \(i.typeName(p[0])) to \(b.cls.name)")
            }
            return i.bytesConcat(Value(b), b, o, inplace: false)
        }
        for name in ["__mul__", "__rmul__"] {
            bytesMethod(name, .slot(1)) { i, b, p in
                guard let n = try i.sequenceRepeatCount(p[0]) else {
                    throw i.typeError("'\(i.typeName(p[0]))' object cannot be interpreted as an integer")
                }
                return try i.bytesRepeated(Value(b), b, n, inplace: false)
            }
        }
        bytesMethod("__mod__", .slot(1)) { i, b, p in
            i.bytesResult(b, latin1Bytes(try i.percentFormat(latin1String(b.bytes), p[0], bytes: true)))
        }
        let comparisons: [(String, (Int) -> Bool)] = [
            ("__lt__", { $0 < 0 }), ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 }),
            ("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }),
        ]
        for (name, test) in comparisons {
            bytesMethod(name, .slot(1)) { i, b, p in
                guard let o = p[0].asObject(PyBytes.self) else { return i.notImplemented }
                let c = b.bytes == o.bytes ? 0 : (b.bytes.lexicographicallyPrecedes(o.bytes) ? -1 : 1)
                return .bool(test(c))
            }
        }
    }
}
