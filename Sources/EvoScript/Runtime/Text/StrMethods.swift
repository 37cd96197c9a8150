#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Python `str` methods by Unicode code point on Swift Strings.
/// Search/split/replace work on UTF-8 bytes (matching valid UTF-8 byte
/// sequences is the same as matching code-point sequences); indices passed in
/// and returned are code-point indices. Never uses Character semantics.
enum StrMethods {

    // MARK: - byte helpers

    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        let a = Array(s.utf8)
        return a.withUnsafeBufferPointer(body)
    }

    @inline(__always)
    static func makeString(_ buf: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> String {
        if a >= b { return "" }
        return SmallASCIIString.decode(UnsafeBufferPointer(rebasing: buf[a..<b]))
    }

    /// Number of code points in buf[a..<b].
    @inline(__always)
    static func scalarCount(_ buf: UnsafeBufferPointer<UInt8>, _ a: Int = 0, _ b: Int? = nil) -> Int {
        let e = b ?? buf.count
        var n = 0
        var i = a
        while i < e {
            if buf[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// Length of `s` in code points.
    static func length(_ s: String) -> Int {
        s.unicodeScalars.count
    }

    /// Byte offset of code point index `k` (0...count); clamps to buf.count.
    @inline(__always)
    static func byteOffset(_ buf: UnsafeBufferPointer<UInt8>, scalar k: Int, from: Int = 0, scalarBase: Int = 0) -> Int {
        var need = k - scalarBase
        var i = from
        let n = buf.count
        if need <= 0 { return i }
        while i < n {
            i += 1
            while i < n && buf[i] & 0xC0 == 0x80 { i += 1 }
            need -= 1
            if need == 0 { return i }
        }
        return n
    }

    /// Decodes the scalar starting at byte i (valid UTF-8 assumed, but never
    /// reads out of bounds). Returns (value, byte length).
    @inline(__always)
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(buf[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = buf.count
        if b0 < 0xE0, i + 1 < n {
            return (((b0 & 0x1F) << 6) | (UInt32(buf[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(buf[i + 1]) & 0x3F) << 6) | (UInt32(buf[i + 2]) & 0x3F), 3)
        }
        if i + 3 < n {
            return (((b0 & 0x07) << 18) | ((UInt32(buf[i + 1]) & 0x3F) << 12)
                    | ((UInt32(buf[i + 2]) & 0x3F) << 6) | (UInt32(buf[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Start byte of the scalar that ends right before byte `i` (i > 0).
    @inline(__always)
    static func previousStart(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i - 1
        while j > 0 && buf[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Python's str.isspace for one code point.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool { NumberParsing.isPySpace(v) }

    /// Line boundaries of str.splitlines.
    @inline(__always)
    static func isLineBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Forward search of needle in hay[from..<to]; byte index or nil.
    static func search(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                       from: Int, to: Int) -> Int? {
        let m = needle.count
        if m == 0 { return from <= to ? from : nil }
        if to - from < m { return nil }
        guard let hb = hay.baseAddress, let nb = needle.baseAddress else { return nil }
        let first = Int32(needle[0])
        var i = from
        let last = to - m  // last valid start
        while i <= last {
            guard let p = memchr(hb + i, first, last - i + 1) else { return nil }
            let pos = hb.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if m == 1 || memcmp(hb + pos + 1, nb + 1, m - 1) == 0 { return pos }
            i = pos + 1
        }
        return nil
    }

    /// Backward search: last start in [from, to-m]; byte index or nil.
    static func rsearch(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
                        from: Int, to: Int) -> Int? {
        let m = needle.count
        if m == 0 { return from <= to ? to : nil }
        if to - from < m { return nil }
        guard let hb = hay.baseAddress, let nb = needle.baseAddress else { return nil }
        let first = needle[0]
        var i = to - m
        while i >= from {
            if hb[i] == first && (m == 1 || memcmp(hb + i + 1, nb + 1, m - 1) == 0) { return i }
            i -= 1
        }
        return nil
    }

    /// Python's ADJUST_INDICES on code-point indices.
    @inline(__always)
    static func adjustIndices(_ start: Int?, _ end: Int?, _ len: Int) -> (Int, Int) {
        var s = start ?? 0
        var e = end ?? len
        if e > len { e = len } else if e < 0 { e += len; if e < 0 { e = 0 } }
        if s < 0 { s += len; if s < 0 { s = 0 } }
        return (s, e)
    }

    /// Resolves code-point start/end to a byte range (or nil if the range is
    /// empty-invalid, i.e. end - start < needleLen). Returns also scalar start.
    private static func byteRange(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int?, _ end: Int?,
                                  needleScalars: Int) -> (Int, Int, Int)? {
        if start == nil && end == nil {
            // Whole string: a match can't exist if the needle is longer anyway.
            return (0, buf.count, 0)
        }
        let len = scalarCount(buf)
        let (s, e) = adjustIndices(start, end, len)
        if e - s < needleScalars { return nil }
        let bs = byteOffset(buf, scalar: s)
        let be = byteOffset(buf, scalar: e, from: bs, scalarBase: s)
        return (bs, be, s)
    }

    // MARK: - find / count / startswith

    /// str.find; -1 if not found.
    static func find(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        withBytes(s) { hay in
            withBytes(sub) { nd in
                let ns = scalarCount(nd)
                guard let (bs, be, ss) = byteRange(hay, start, end, needleScalars: ns) else { return -1 }
                guard let r = search(hay, nd, from: bs, to: be) else { return -1 }
                return ss + scalarCount(hay, bs, r)
            }
        }
    }

    /// str.rfind; -1 if not found.
    static func rfind(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        withBytes(s) { hay in
            withBytes(sub) { nd in
                let ns = scalarCount(nd)
                guard let (bs, be, ss) = byteRange(hay, start, end, needleScalars: ns) else { return -1 }
                guard let r = rsearch(hay, nd, from: bs, to: be) else { return -1 }
                return ss + scalarCount(hay, bs, r)
            }
        }
    }

    /// str.count (non-overlapping).
    static func count(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        withBytes(s) { hay in
            withBytes(sub) { nd in
                let ns = scalarCount(nd)
                if ns == 0 {
                    let len = scalarCount(hay)
                    let (a, b) = adjustIndices(start, end, len)
                    return b < a ? 0 : b - a + 1
                }
                guard let (bs, be, _) = byteRange(hay, start, end, needleScalars: ns) else { return 0 }
                var n = 0
                var i = bs
                while let r = search(hay, nd, from: i, to: be) {
                    n += 1
                    i = r + nd.count
                }
                return n
            }
        }
    }

    private static func tailMatch(_ s: String, _ sub: String, _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
        withBytes(s) { hay in
            withBytes(sub) { nd in
                let ns = scalarCount(nd)
                let len = (start == nil && end == nil && !atEnd) ? Int.max : scalarCount(hay)
                var a = start ?? 0, b = end ?? len
                if start != nil || end != nil || atEnd { (a, b) = adjustIndices(start, end, len) }
                b -= ns
                if b < a { return false }
                if ns == 0 { return true }
                let off = byteOffset(hay, scalar: atEnd ? b : a)
                if off + nd.count > hay.count { return false }
                guard let hb = hay.baseAddress, let nb = nd.baseAddress else { return false }
                return memcmp(hb + off, nb, nd.count) == 0
            }
        }
    }

    static func startswith(_ s: String, _ prefix: String, start: Int? = nil, end: Int? = nil) -> Bool {
        tailMatch(s, prefix, start, end, atEnd: false)
    }

    static func endswith(_ s: String, _ suffix: String, start: Int? = nil, end: Int? = nil) -> Bool {
        tailMatch(s, suffix, start, end, atEnd: true)
    }

    // MARK: - replace / split / join

    /// str.replace; count < 0 means all.
    static func replace(_ s: String, _ old: String, _ new: String, count: Int = -1) -> String {
        // CPython 3.8 quirk: an explicit count on an empty string replaces nothing.
        if count == 0 || (count > 0 && s.isEmpty) { return s }
        return withBytes(s) { hay in
            withBytes(old) { od in
                withBytes(new) { nw -> String in
                    var out: [UInt8] = []
                    var remaining = count < 0 ? Int.max : count
                    if od.count == 0 {
                        out.reserveCapacity(hay.count + nw.count * min(remaining, hay.count + 1))
                        var i = 0
                        while remaining > 0 {
                            out.append(contentsOf: nw)
                            remaining -= 1
                            if i >= hay.count { break }
                            var j = i + 1
                            while j < hay.count && hay[j] & 0xC0 == 0x80 { j += 1 }
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[i..<j]))
                            i = j
                        }
                        if i < hay.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[i...])) }
                        return String(decoding: out, as: UTF8.self)
                    }
                    guard var r = search(hay, od, from: 0, to: hay.count) else { return s }
                    out.reserveCapacity(hay.count + (nw.count > od.count ? 16 * (nw.count - od.count) : 0))
                    var i = 0
                    while true {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[i..<r]))
                        out.append(contentsOf: nw)
                        i = r + od.count
                        remaining -= 1
                        if remaining == 0 { break }
                        guard let nr = search(hay, od, from: i, to: hay.count) else { break }
                        r = nr
                    }
                    if i < hay.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[i...])) }
                    return String(decoding: out, as: UTF8.self)
                }
            }
        }
    }

    static let emptySeparator = FormatError.value("empty separator")

    /// str.split(sep, maxsplit). sep nil = runs of whitespace.
    static func split(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws(FormatError) -> [String] {
        try pieces(s, sep: sep) { buf, sp, emit in splitRanges(buf, sep: sp, maxsplit: maxsplit, emit) }
    }

    /// str.rsplit(sep, maxsplit).
    static func rsplit(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws(FormatError) -> [String] {
        var res = try pieces(s, sep: sep) { buf, sp, emit in rsplitRanges(buf, sep: sp, maxsplit: maxsplit, emit) }
        res.reverse()
        return res
    }

    /// The Strings of the byte ranges a split primitive emits.
    private static func pieces(_ s: String, sep: String?,
                               _ ranges: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?, (Int, Int) -> Void) -> Void)
        throws(FormatError) -> [String] {
        if let sep, sep.isEmpty { throw emptySeparator }
        return withBytes(s) { buf in
            var res: [String] = []
            let collect = { (a: Int, b: Int) in res.append(makeString(buf, a, b)) }
            if let sep { withBytes(sep) { sp in ranges(buf, sp, collect) } } else { ranges(buf, nil, collect) }
            return res
        }
    }

    /// Whether the code point at byte `i` is whitespace, and its byte length.
    @inline(__always)
    private static func spaceAt(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (isSpace: Bool, length: Int) {
        let b = buf[i]
        if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F), 1) }
        let (v, l) = decode(buf, i)
        return (isSpace(v), l)
    }

    /// The byte ranges of str.split's pieces, in order. A nil `sep` splits
    /// at runs of whitespace (a non-nil one must not be empty); a negative
    /// `maxsplit` means no limit.
    @inline(__always)
    static func splitRanges(_ buf: UnsafeBufferPointer<UInt8>, sep: UnsafeBufferPointer<UInt8>?, maxsplit: Int,
                            _ emit: (Int, Int) -> Void) {
        var count = maxsplit < 0 ? Int.max : maxsplit
        let n = buf.count
        var i = 0
        guard let sep else {
            while count > 0 {
                count -= 1
                while i < n { let (space, l) = spaceAt(buf, i); if !space { break }; i += l }
                if i == n { break }
                let j = i
                while i < n { let (space, l) = spaceAt(buf, i); if space { break }; i += l }
                emit(j, i)
            }
            if i < n {
                while i < n { let (space, l) = spaceAt(buf, i); if !space { break }; i += l }
                if i != n { emit(i, n) }
            }
            return
        }
        while count > 0, let r = search(buf, sep, from: i, to: n) {
            emit(i, r)
            i = r + sep.count
            count -= 1
        }
        emit(i, n)
    }

    /// The byte ranges of str.rsplit's pieces, last piece first.
    @inline(__always)
    static func rsplitRanges(_ buf: UnsafeBufferPointer<UInt8>, sep: UnsafeBufferPointer<UInt8>?, maxsplit: Int,
                             _ emit: (Int, Int) -> Void) {
        var count = maxsplit < 0 ? Int.max : maxsplit
        guard let sep else {
            var i = buf.count  // exclusive end
            while count > 0 {
                count -= 1
                while i > 0 {
                    let p = previousStart(buf, i)
                    if !spaceAt(buf, p).isSpace { break }
                    i = p
                }
                if i == 0 { break }
                let j = i
                while i > 0 {
                    let p = previousStart(buf, i)
                    if spaceAt(buf, p).isSpace { break }
                    i = p
                }
                emit(i, j)
            }
            if i > 0 {
                while i > 0 {
                    let p = previousStart(buf, i)
                    if !spaceAt(buf, p).isSpace { break }
                    i = p
                }
                if i != 0 { emit(0, i) }
            }
            return
        }
        var j = buf.count
        while count > 0, let r = rsearch(buf, sep, from: 0, to: j) {
            emit(r + sep.count, j)
            j = r
            count -= 1
        }
        emit(0, j)
    }

    /// sep.join(parts)
    static func join(_ sep: String, _ parts: [String]) -> String {
        if parts.isEmpty { return "" }
        if parts.count == 1 { return parts[0] }
        var total = sep.utf8.count * (parts.count - 1)
        for p in parts { total += p.utf8.count }
        var out = String()
        out.reserveCapacity(total)
        var first = true
        for p in parts {
            if !first { out.append(sep) }
            first = false
            out.append(p)
        }
        return out
    }

    /// str.partition; throws ValueError("empty separator").
    static func partition(_ s: String, _ sep: String) throws(FormatError) -> (String, String, String) {
        if sep.isEmpty { throw emptySeparator }
        return withBytes(s) { buf in
            withBytes(sep) { sp in
                guard let r = search(buf, sp, from: 0, to: buf.count) else { return (s, "", "") }
                return (makeString(buf, 0, r), sep, makeString(buf, r + sp.count, buf.count))
            }
        }
    }

    static func rpartition(_ s: String, _ sep: String) throws(FormatError) -> (String, String, String) {
        if sep.isEmpty { throw emptySeparator }
        return withBytes(s) { buf in
            withBytes(sep) { sp in
                guard let r = rsearch(buf, sp, from: 0, to: buf.count) else { return ("", "", s) }
                return (makeString(buf, 0, r), sep, makeString(buf, r + sp.count, buf.count))
            }
        }
    }

    /// str.splitlines(keepends)
    static func splitlines(_ s: String, keepends: Bool = false) -> [String] {
        withBytes(s) { buf in
            var res: [String] = []
            lineRanges(buf, keepends: keepends) { a, b in res.append(makeString(buf, a, b)) }
            return res
        }
    }

    /// The byte ranges of str.splitlines' pieces, in order.
    @inline(__always)
    static func lineRanges(_ buf: UnsafeBufferPointer<UInt8>, keepends: Bool, _ emit: (Int, Int) -> Void) {
        let n = buf.count
        var i = 0
        while i < n {
            let j = i
            var eol = n
            var next = n
            while i < n {
                let b = buf[i]
                // The ASCII line breaks are \n \v \f \r and 0x1C-0x1E.
                if b < 0x80 && !(b >= 0x0A && b <= 0x0D) && !(b >= 0x1C && b <= 0x1E) { i += 1; continue }
                let (v, l) = decode(buf, i)
                if isLineBreak(v) {
                    eol = i
                    next = i + l
                    if v == 0x0D && next < n && buf[next] == 0x0A { next += 1 }
                    break
                }
                i += l
            }
            if i >= n { eol = n; next = n }
            emit(j, keepends ? next : eol)
            i = next
        }
    }

    // MARK: - strip

    private static func stripImpl(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
        withBytes(s) { buf -> String in
            let (a, b) = withStripSet(chars) { stripRange(buf, $0, left: left, right: right) }
            if a == 0 && b == buf.count { return s }
            return makeString(buf, a, b)
        }
    }

    /// The code points str.strip(chars) removes, tested without allocating
    /// when they are all ASCII (the usual case).
    enum StripSet {
        /// nil chars: whitespace.
        case whitespace
        /// Bit k of (low, high) is code point k.
        case ascii(UInt64, UInt64)
        case scalars(Set<UInt32>)

        @inline(__always)
        func contains(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Bool, Int) {
            switch self {
            case .whitespace:
                let (v, l) = decode(buf, i)
                return (isSpace(v), l)
            case .ascii(let low, let high):
                let b = buf[i]
                if b >= 0x80 { return (false, decode(buf, i).1) }
                return ((b < 64 ? low >> b : high >> (b - 64)) & 1 != 0, 1)
            case .scalars(let set):
                let (v, l) = decode(buf, i)
                return (set.contains(v), l)
            }
        }
    }

    @inline(__always)
    static func withStripSet<R>(_ chars: String?, _ body: (StripSet) -> R) -> R {
        guard let chars else { return body(.whitespace) }
        var low: UInt64 = 0, high: UInt64 = 0
        for u in chars.utf8 {
            if u >= 0x80 { return body(.scalars(Set(chars.unicodeScalars.map { $0.value }))) }
            if u < 64 { low |= 1 << u } else { high |= 1 << (u - 64) }
        }
        return body(.ascii(low, high))
    }

    /// The byte range str.strip / lstrip / rstrip keep.
    @inline(__always)
    static func stripRange(_ buf: UnsafeBufferPointer<UInt8>, _ set: StripSet, left: Bool, right: Bool) -> (Int, Int) {
        var a = 0
        var b = buf.count
        if left {
            while a < b {
                let (hit, l) = set.contains(buf, a)
                if !hit { break }
                a += l
            }
        }
        if right {
            while b > a {
                let p = previousStart(buf, b)
                if !set.contains(buf, p).0 { break }
                b = p
            }
        }
        return (a, b)
    }

    static func strip(_ s: String, chars: String? = nil) -> String { stripImpl(s, chars, left: true, right: true) }
    static func lstrip(_ s: String, chars: String? = nil) -> String { stripImpl(s, chars, left: true, right: false) }
    static func rstrip(_ s: String, chars: String? = nil) -> String { stripImpl(s, chars, left: false, right: true) }

    // MARK: - padding

    private static func padded(_ s: String, left: Int, right: Int, fill: Unicode.Scalar) -> String {
        var out = String()
        out.reserveCapacity(s.utf8.count + (left + right) * 4)
        FormatSpec.appendRepeated(&out, fill, left)
        out.append(s)
        FormatSpec.appendRepeated(&out, fill, right)
        return out
    }

    static func center(_ s: String, _ width: Int, fill: Unicode.Scalar = " ") -> String {
        let len = length(s)
        if len >= width { return s }
        let marg = width - len
        let left = marg / 2 + (marg & width & 1)
        return padded(s, left: left, right: marg - left, fill: fill)
    }

    static func ljust(_ s: String, _ width: Int, fill: Unicode.Scalar = " ") -> String {
        let len = length(s)
        if len >= width { return s }
        return padded(s, left: 0, right: width - len, fill: fill)
    }

    static func rjust(_ s: String, _ width: Int, fill: Unicode.Scalar = " ") -> String {
        let len = length(s)
        if len >= width { return s }
        return padded(s, left: width - len, right: 0, fill: fill)
    }

    static func zfill(_ s: String, _ width: Int) -> String {
        let len = length(s)
        if len >= width { return s }
        let fill = width - len
        var out = String()
        out.reserveCapacity(width + s.utf8.count)
        var body = Substring(s)
        if let f = s.utf8.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            out.unicodeScalars.append(Unicode.Scalar(f))
            body = s.dropFirst()
        }
        out.append(String(repeating: "0", count: fill))
        out.append(contentsOf: body)
        return out
    }

    static let fillCharError = FormatError.typeError("The fill character must be exactly one character long")

    /// str.expandtabs(tabsize)
    static func expandtabs(_ s: String, tabsize: Int = 8) -> String {
        if !s.utf8.contains(UInt8(ascii: "\t")) { return s }
        var out = String.UnicodeScalarView()
        var col = 0
        for u in s.unicodeScalars {
            if u == "\t" {
                if tabsize > 0 {
                    let incr = tabsize - (col % tabsize)
                    col += incr
                    for _ in 0..<incr { out.append(" ") }
                }
            } else {
                col += 1
                out.append(u)
                if u == "\n" || u == "\r" { col = 0 }
            }
        }
        return String(out)
    }

    // MARK: - case mapping

    @inline(__always)
    private static func isAllASCII(_ s: String) -> Bool {
        withBytes(s) { buf in
            for b in buf where b >= 0x80 { return false }
            return true
        }
    }

    private static func mapASCII(_ s: String, _ f: (UInt8) -> UInt8) -> String {
        withBytes(s) { buf in
            String(unsafeUninitializedCapacity: buf.count) { out in
                for i in 0..<buf.count { out[i] = f(buf[i]) }
                return buf.count
            }
        }
    }

    @inline(__always) private static func asciiUpper(_ b: UInt8) -> UInt8 { (b >= 0x61 && b <= 0x7A) ? b - 32 : b }
    @inline(__always) private static func asciiLower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 32 : b }

    private static func appendUpper(_ out: inout String.UnicodeScalarView, _ u: Unicode.Scalar) {
        if u.isASCII { out.append(Unicode.Scalar(asciiUpper(UInt8(u.value)))); return }
        let p = u.properties
        if !p.changesWhenUppercased { out.append(u); return }
        out.append(contentsOf: p.uppercaseMapping.unicodeScalars)
    }

    private static func appendTitle(_ out: inout String.UnicodeScalarView, _ u: Unicode.Scalar) {
        if u.isASCII { out.append(Unicode.Scalar(asciiUpper(UInt8(u.value)))); return }
        let p = u.properties
        if !p.changesWhenTitlecased { out.append(u); return }
        out.append(contentsOf: p.titlecaseMapping.unicodeScalars)
    }

    /// lower_ucs4 with Final_Sigma handling; `a` is the whole string.
    private static func appendLower(_ out: inout String.UnicodeScalarView, _ a: [Unicode.Scalar], _ i: Int) {
        let u = a[i]
        if u.isASCII { out.append(Unicode.Scalar(asciiLower(UInt8(u.value)))); return }
        if u.value == 0x3A3 {
            out.append(finalSigma(a, i) ? "\u{3C2}" : "\u{3C3}")
            return
        }
        let p = u.properties
        if !p.changesWhenLowercased { out.append(u); return }
        out.append(contentsOf: p.lowercaseMapping.unicodeScalars)
    }

    private static func finalSigma(_ a: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        var c: Unicode.Scalar = " "
        while j >= 0 {
            c = a[j]
            if !c.properties.isCaseIgnorable { break }
            j -= 1
        }
        var fs = j >= 0 && c.properties.isCased
        if fs && i + 1 < a.count {
            j = i + 1
            while j < a.count {
                c = a[j]
                if !c.properties.isCaseIgnorable { break }
                j += 1
            }
            fs = j == a.count || !c.properties.isCased
        }
        return fs
    }

    static func upper(_ s: String) -> String {
        if isAllASCII(s) { return mapASCII(s, asciiUpper) }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { appendUpper(&out, u) }
        return String(out)
    }

    static func lower(_ s: String) -> String {
        if isAllASCII(s) { return mapASCII(s, asciiLower) }
        let a = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for i in a.indices { appendLower(&out, a, i) }
        return String(out)
    }

    static func swapcase(_ s: String) -> String {
        if isAllASCII(s) {
            return mapASCII(s) { b in
                if b >= 0x41 && b <= 0x5A { return b + 32 }
                if b >= 0x61 && b <= 0x7A { return b - 32 }
                return b
            }
        }
        let a = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for i in a.indices {
            let p = a[i].properties
            if p.isUppercase { appendLower(&out, a, i) } else if p.isLowercase { appendUpper(&out, a[i]) } else { out.append(a[i]) }
        }
        return String(out)
    }

    static func title(_ s: String) -> String {
        let a = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var prevCased = false
        for i in a.indices {
            let u = a[i]
            if prevCased { appendLower(&out, a, i) } else { appendTitle(&out, u) }
            prevCased = isCased(u)
        }
        return String(out)
    }

    static func capitalize(_ s: String) -> String {
        let a = Array(s.unicodeScalars)
        guard !a.isEmpty else { return s }
        var out = String.UnicodeScalarView()
        appendTitle(&out, a[0])
        for i in 1..<a.count { appendLower(&out, a, i) }
        return String(out)
    }

    static func casefold(_ s: String) -> String {
        if isAllASCII(s) { return mapASCII(s, asciiLower) }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 { out.append(Unicode.Scalar(asciiLower(UInt8(v)))); continue }
            if v >= 0x13A0 && v <= 0x13F5 { out.append(u); continue }
            if v >= 0xAB70 && v <= 0xABBF, let m = Unicode.Scalar(0x13A0 + v - 0xAB70) { out.append(m); continue }
            if let m = casefoldSpecial[v] {
                for x in m { if let c = Unicode.Scalar(x) { out.append(c) } }
                continue
            }
            let p = u.properties
            if !p.changesWhenLowercased { out.append(u); continue }
            out.append(contentsOf: p.lowercaseMapping.unicodeScalars)
        }
        return String(out)
    }

    @inline(__always)
    private static func isCased(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII {
            let v = u.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return u.properties.isCased
    }

    // MARK: - predicates

    @inline(__always)
    private static func isAlphaScalar(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII {
            let v = u.value | 0x20
            return v >= 0x61 && v <= 0x7A
        }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    @inline(__always)
    private static func numericKind(_ u: Unicode.Scalar) -> Unicode.NumericType? {
        if u.isASCII { return (u.value >= 0x30 && u.value <= 0x39) ? .decimal : nil }
        return u.properties.numericType
    }

    private static func all(_ s: String, _ pred: (Unicode.Scalar) -> Bool) -> Bool {
        var any = false
        for u in s.unicodeScalars {
            if !pred(u) { return false }
            any = true
        }
        return any
    }

    static func isdecimal(_ s: String) -> Bool { all(s) { numericKind($0) == .decimal } }
    static func isdigit(_ s: String) -> Bool {
        all(s) { let k = numericKind($0); return k == .decimal || k == .digit }
    }
    static func isnumeric(_ s: String) -> Bool { all(s) { numericKind($0) != nil } }
    static func isalpha(_ s: String) -> Bool { all(s, isAlphaScalar) }
    static func isalnum(_ s: String) -> Bool { all(s) { isAlphaScalar($0) || numericKind($0) != nil } }
    static func isspace(_ s: String) -> Bool { all(s) { isSpace($0.value) } }
    static func isascii(_ s: String) -> Bool { isAllASCII(s) }

    static func isprintable(_ s: String) -> Bool {
        for u in s.unicodeScalars {
            if u.value == 0x20 { continue }
            if u.value < 0x20 || u.value == 0x7F { return false }
            if u.isASCII { continue }
            switch u.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned,
                 .lineSeparator, .paragraphSeparator, .spaceSeparator:
                return false
            default: continue
            }
        }
        return true
    }

    static func isidentifier(_ s: String) -> Bool {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next() else { return false }
        if !(first == "_" || first.properties.isXIDStart) { return false }
        while let u = it.next() {
            if !u.properties.isXIDContinue { return false }
        }
        return true
    }

    static func islower(_ s: String) -> Bool {
        var cased = false
        for u in s.unicodeScalars {
            let p = u.properties
            if p.isUppercase || p.generalCategory == .titlecaseLetter { return false }
            if !cased && p.isLowercase { cased = true }
        }
        return cased
    }

    static func isupper(_ s: String) -> Bool {
        var cased = false
        for u in s.unicodeScalars {
            let p = u.properties
            if p.isLowercase || p.generalCategory == .titlecaseLetter { return false }
            if !cased && p.isUppercase { cased = true }
        }
        return cased
    }

    static func istitle(_ s: String) -> Bool {
        var cased = false
        var prevCased = false
        for u in s.unicodeScalars {
            let p = u.properties
            if p.isUppercase || p.generalCategory == .titlecaseLetter {
                if prevCased { return false }
                prevCased = true
                cased = true
            } else if p.isLowercase {
                if !prevCased { return false }
                prevCased = true
                cased = true
            } else {
                prevCased = false
            }
        }
        return cased
    }

    /// Code points whose casefold differs from their lowercase mapping
    /// (generated from CPython 3.8; Cherokee ranges handled in code).
    static let casefoldSpecial: [UInt32: [UInt32]] = [
        0xB5: [0x3BC], 0xDF: [0x73, 0x73], 0x149: [0x2BC, 0x6E], 0x17F: [0x73], 0x1F0: [0x6A, 0x30C],
        0x345: [0x3B9], 0x390: [0x3B9, 0x308, 0x301], 0x3B0: [0x3C5, 0x308, 0x301], 0x3C2: [0x3C3],
        0x3D0: [0x3B2], 0x3D1: [0x3B8], 0x3D5: [0x3C6], 0x3D6: [0x3C0], 0x3F0: [0x3BA], 0x3F1: [0x3C1],
        0x3F5: [0x3B5], 0x587: [0x565, 0x582], 0x13F8: [0x13F0], 0x13F9: [0x13F1], 0x13FA: [0x13F2],
        0x13FB: [0x13F3], 0x13FC: [0x13F4], 0x13FD: [0x13F5], 0x1C80: [0x432], 0x1C81: [0x434],
        0x1C82: [0x43E], 0x1C83: [0x441], 0x1C84: [0x442], 0x1C85: [0x442], 0x1C86: [0x44A], 0x1C87: [0x463],
        0x1C88: [0xA64B], 0x1E96: [0x68, 0x331], 0x1E97: [0x74, 0x308], 0x1E98: [0x77, 0x30A],
        0x1E99: [0x79, 0x30A], 0x1E9A: [0x61, 0x2BE], 0x1E9B: [0x1E61], 0x1E9E: [0x73, 0x73],
        0x1F50: [0x3C5, 0x313], 0x1F52: [0x3C5, 0x313, 0x300], 0x1F54: [0x3C5, 0x313, 0x301],
        0x1F56: [0x3C5, 0x313, 0x342], 0x1F80: [0x1F00, 0x3B9], 0x1F81: [0x1F01, 0x3B9],
        0x1F82: [0x1F02, 0x3B9], 0x1F83: [0x1F03, 0x3B9], 0x1F84: [0x1F04, 0x3B9], 0x1F85: [0x1F05, 0x3B9],
        0x1F86: [0x1F06, 0x3B9], 0x1F87: [0x1F07, 0x3B9], 0x1F88: [0x1F00, 0x3B9], 0x1F89: [0x1F01, 0x3B9],
        0x1F8A: [0x1F02, 0x3B9], 0x1F8B: [0x1F03, 0x3B9], 0x1F8C: [0x1F04, 0x3B9], 0x1F8D: [0x1F05, 0x3B9],
        0x1F8E: [0x1F06, 0x3B9], 0x1F8F: [0x1F07, 0x3B9], 0x1F90: [0x1F20, 0x3B9], 0x1F91: [0x1F21, 0x3B9],
        0x1F92: [0x1F22, 0x3B9], 0x1F93: [0x1F23, 0x3B9], 0x1F94: [0x1F24, 0x3B9], 0x1F95: [0x1F25, 0x3B9],
        0x1F96: [0x1F26, 0x3B9], 0x1F97: [0x1F27, 0x3B9], 0x1F98: [0x1F20, 0x3B9], 0x1F99: [0x1F21, 0x3B9],
        0x1F9A: [0x1F22, 0x3B9], 0x1F9B: [0x1F23, 0x3B9], 0x1F9C: [0x1F24, 0x3B9], 0x1F9D: [0x1F25, 0x3B9],
        0x1F9E: [0x1F26, 0x3B9], 0x1F9F: [0x1F27, 0x3B9], 0x1FA0: [0x1F60, 0x3B9], 0x1FA1: [0x1F61, 0x3B9],
        0x1FA2: [0x1F62, 0x3B9], 0x1FA3: [0x1F63, 0x3B9], 0x1FA4: [0x1F64, 0x3B9], 0x1FA5: [0x1F65, 0x3B9],
        0x1FA6: [0x1F66, 0x3B9], 0x1FA7: [0x1F67, 0x3B9], 0x1FA8: [0x1F60, 0x3B9], 0x1FA9: [0x1F61, 0x3B9],
        0x1FAA: [0x1F62, 0x3B9], 0x1FAB: [0x1F63, 0x3B9], 0x1FAC: [0x1F64, 0x3B9], 0x1FAD: [0x1F65, 0x3B9],
        0x1FAE: [0x1F66, 0x3B9], 0x1FAF: [0x1F67, 0x3B9], 0x1FB2: [0x1F70, 0x3B9], 0x1FB3: [0x3B1, 0x3B9],
        0x1FB4: [0x3AC, 0x3B9], 0x1FB6: [0x3B1, 0x342], 0x1FB7: [0x3B1, 0x342, 0x3B9],
        0x1FBC: [0x3B1, 0x3B9], 0x1FBE: [0x3B9], 0x1FC2: [0x1F74, 0x3B9], 0x1FC3: [0x3B7, 0x3B9],
        0x1FC4: [0x3AE, 0x3B9], 0x1FC6: [0x3B7, 0x342], 0x1FC7: [0x3B7, 0x342, 0x3B9],
        0x1FCC: [0x3B7, 0x3B9], 0x1FD2: [0x3B9, 0x308, 0x300], 0x1FD3: [0x3B9, 0x308, 0x301],
        0x1FD6: [0x3B9, 0x342], 0x1FD7: [0x3B9, 0x308, 0x342], 0x1FE2: [0x3C5, 0x308, 0x300],
        0x1FE3: [0x3C5, 0x308, 0x301], 0x1FE4: [0x3C1, 0x313], 0x1FE6: [0x3C5, 0x342],
        0x1FE7: [0x3C5, 0x308, 0x342], 0x1FF2: [0x1F7C, 0x3B9], 0x1FF3: [0x3C9, 0x3B9],
        0x1FF4: [0x3CE, 0x3B9], 0x1FF6: [0x3C9, 0x342], 0x1FF7: [0x3C9, 0x342, 0x3B9],
        0x1FFC: [0x3C9, 0x3B9], 0xFB00: [0x66, 0x66], 0xFB01: [0x66, 0x69], 0xFB02: [0x66, 0x6C],
        0xFB03: [0x66, 0x66, 0x69], 0xFB04: [0x66, 0x66, 0x6C], 0xFB05: [0x73, 0x74], 0xFB06: [0x73, 0x74],
        0xFB13: [0x574, 0x576], 0xFB14: [0x574, 0x565], 0xFB15: [0x574, 0x56B], 0xFB16: [0x57E, 0x576],
        0xFB17: [0x574, 0x56D],
    ]
}
