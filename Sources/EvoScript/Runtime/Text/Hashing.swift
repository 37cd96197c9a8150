import BigInt

/// CPython 3.8 (64-bit) compatible numeric / tuple hashes, plus a fast
/// string hash (not CPython-compatible, never -1).
enum Hashing {
    /// 2**61 - 1
    static let modulus: UInt64 = (1 << 61) - 1
    static let hashBits: UInt64 = 61
    static let hashInf = 314159
    static let hashNaN = 0

    @inline(__always)
    static func hashInt(_ v: Int) -> Int {
        let mag = UInt64(v.magnitude)
        var x = Int(mag % modulus)
        if v < 0 { x = -x }
        return x == -1 ? -2 : x
    }

    static func hashBigInt(_ v: BigInt) -> Int {
        if let small = Int(exactly: v) { return hashInt(small) }
        // |v| mod (2**61 - 1), processing 64-bit words from the top.
        // 2**64 mod P == 2**3 = 8.
        var acc: UInt64 = 0
        let words = v.magnitude.words
        var i = words.count
        while i > 0 {
            i -= 1
            // acc = (acc * 2**64 + w) mod P ; acc < P < 2**61
            let hiMul = multiplyMod(acc, 8)
            let w = UInt64(words[i]) % modulus
            acc = addMod(hiMul, w)
        }
        var x = Int(acc)
        if v.sign == .minus { x = -x }
        return x == -1 ? -2 : x
    }

    @inline(__always)
    private static func addMod(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let s = a + b  // both < 2**61: no overflow
        return s >= modulus ? s - modulus : s
    }

    @inline(__always)
    private static func multiplyMod(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        // value = hi * 2**64 + lo ; reduce with 2**61 == 1 (mod P)
        let low61 = lo & modulus
        let rest = (lo >> 61) | (hi << 3)
        var r = low61 + (rest % modulus)
        if r >= modulus { r -= modulus }
        return r
    }

    /// CPython's `_Py_HashDouble` (3.8: nan hashes to 0).
    static func hashDouble(_ v: Double) -> Int {
        if !v.isFinite {
            if v.isInfinite { return v > 0 ? hashInf : -hashInf }
            return hashNaN
        }
        // Fast path: integral values that fit an Int hash like the int.
        if v == v.rounded(.towardZero), v.magnitude < 9.2e18 {
            return hashInt(Int(v))
        }
        // frexp: v = m * 2**e, 0.5 <= |m| < 1
        var m = v.significand / 2   // significand in [1,2)
        var e = Int(v.exponent) + 1
        var sign: Int = 1
        if v < 0 { sign = -1 }
        m = m.magnitude
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (hashBits - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let eb = Int(hashBits)
        let ee = e >= 0 ? e % eb : eb - 1 - ((-1 - e) % eb)
        x = ((x << UInt64(ee)) & modulus) | (x >> (hashBits - UInt64(ee)))
        var r = Int(bitPattern: UInt(x))
        if sign < 0 { r = -r }
        return r == -1 ? -2 : r
    }

    /// CPython 3.8 `tuplehash` (xxHash-based) over the element hashes.
    static func hashTuple(_ items: [Int]) -> Int {
        let p1: UInt64 = 11400714785074694791
        let p2: UInt64 = 14029467366897019727
        let p5: UInt64 = 2870177450012600261
        var acc = p5
        for h in items {
            let lane = UInt64(bitPattern: Int64(h))
            acc = acc &+ lane &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(items.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    /// Fast 64-bit hash of a string's UTF-8 bytes (not CPython's SipHash).
    /// Equal code-point sequences give equal hashes. Never returns -1.
    static func hashString(_ s: String) -> Int {
        var copy = s
        return copy.withUTF8 { hashBytes($0) }
    }

    static func hashBytes(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        let k0: UInt64 = 0x9E37_79B9_7F4A_7C15
        let k1: UInt64 = 0xBF58_476D_1CE4_E5B9
        let k2: UInt64 = 0x94D0_49BB_1331_11EB
        var h: UInt64 = 0x2545_F491_4F6C_DD1D ^ (UInt64(buf.count) &* k0)
        guard let base = buf.baseAddress else { return finish(h) }
        let raw = UnsafeRawPointer(base)
        let n = buf.count
        var i = 0
        while i + 8 <= n {
            var w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            w = UInt64(littleEndian: w)
            w = w &* k1
            w ^= w >> 31
            h = (h ^ w) &* k2
            h = (h << 27) | (h >> 37)
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            w = w &* k1
            w ^= w >> 31
            h = (h ^ w) &* k2
        }
        return finish(h)
    }

    @inline(__always)
    private static func finish(_ hIn: UInt64) -> Int {
        var h = hIn
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        let r = Int(Int64(bitPattern: h))
        return r == -1 ? -2 : r
    }
}
