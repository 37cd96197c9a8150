// _random: CPython's Mersenne Twister (_randommodule.c), bit for bit. The
// Random class and the module-level functions are random.py's algorithms,
// in EvoScript (Modules/EmbeddedRandom.swift).

import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class PyMTState: PyObject {
    var mt = [UInt32](repeating: 0, count: 624)
    var index = 625

    func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<624 {
            mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    func initByArray(_ key: [UInt32]) {
        initGenrand(19650218)
        var i = 1, j = 0
        var k = max(624, key.count)
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = 623
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
            k -= 1
        }
        mt[0] = 0x8000_0000
    }

    func next32() -> UInt32 {
        let n = 624, m = 397
        let mag01: (UInt32, UInt32) = (0, 0x9908_b0df)
        if index >= n {
            var y: UInt32
            var kk = 0
            while kk < n - m {
                y = (mt[kk] & 0x8000_0000) | (mt[kk + 1] & 0x7fff_ffff)
                mt[kk] = mt[kk + m] ^ (y >> 1) ^ ((y & 1) == 0 ? mag01.0 : mag01.1)
                kk += 1
            }
            while kk < n - 1 {
                y = (mt[kk] & 0x8000_0000) | (mt[kk + 1] & 0x7fff_ffff)
                mt[kk] = mt[kk + (m - n)] ^ (y >> 1) ^ ((y & 1) == 0 ? mag01.0 : mag01.1)
                kk += 1
            }
            y = (mt[n - 1] & 0x8000_0000) | (mt[0] & 0x7fff_ffff)
            mt[n - 1] = mt[m - 1] ^ (y >> 1) ^ ((y & 1) == 0 ? mag01.0 : mag01.1)
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= (y >> 18)
        return y
    }

    func random() -> Double {
        let a = next32() >> 5, b = next32() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    func getrandbits(_ k: Int) -> BigInt {
        if k <= 32 { return BigInt(next32() >> UInt32(32 - k)) }
        var remaining = k
        var acc = BigUInt(0)
        var shift = 0
        while remaining > 0 {
            var r = next32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            acc |= BigUInt(r) << shift
            shift += 32
            remaining -= 32
        }
        return BigInt(acc)
    }

    func seed(_ n: BigInt) {
        var mag = n.magnitude
        var key: [UInt32] = []
        while mag > 0 {
            key.append(UInt32(truncatingIfNeeded: mag & 0xffff_ffff))
            mag >>= 32
        }
        if key.isEmpty { key = [0] }
        initByArray(key)
    }
}

extension Interpreter {
    func makeRandomNativeModule() -> PyModule {
        let m = makeModule("_random")
        let d = m.dict
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        func state(_ i: Interpreter, _ a: Args) throws -> PyMTState {
            guard a.count > 0, let s = a[0].asObject(PyMTState.self) else { throw i.typeError("expected a random state") }
            return s
        }
        fn("new") { i, _ in
            let s = i.heap.track(PyMTState(cls: i.libraryStateType))
            s.seed(BigInt(i.timeSeed()))
            return Value(s)
        }
        fn("seed") { i, a in
            let s = try state(i, a)
            let arg = a.count > 1 ? a[1] : .none
            if arg.isNone { s.seed(BigInt(i.timeSeed())); return .none }
            if i.isIntLike(arg), let n = i.bigIntValue(arg) { s.seed(n); return .none }
            let h = try i.hash(arg)
            s.seed(BigInt(h))
            return .none
        }
        fn("random") { i, a in .float(try state(i, a).random()) }
        fn("getrandbits") { i, a in
            let s = try state(i, a)
            guard a.count > 1 else { throw i.typeError("getrandbits() takes exactly one argument (0 given)") }
            let k = try i.intArg(a[1])
            if k <= 0 { throw i.valueError("number of bits must be greater than zero") }
            return i.makeInt(s.getrandbits(k))
        }
        fn("randbelow") { i, a in
            // random.py's _randbelow_with_getrandbits.
            let s = try state(i, a)
            guard a.count > 1, let n = i.bigIntValue(a[1]) else { throw i.typeError("randbelow needs an int") }
            let k = n.magnitude.bitWidth
            if k <= 0 { throw i.valueError("number of bits must be greater than zero") }
            var r = s.getrandbits(k)
            while r >= n { r = s.getrandbits(k) }
            return i.makeInt(r)
        }
        fn("getstate") { i, a in
            let s = try state(i, a)
            return Value(i.makeTuple(s.mt.map { .int(Int($0)) } + [.int(s.index)]))
        }
        fn("setstate") { i, a in
            let s = try state(i, a)
            guard a.count > 1, let t = a[1].asObject(PyTuple.self), t.items.count == 625 else {
                throw i.valueError("state vector is the wrong size")
            }
            for k in 0..<624 { s.mt[k] = UInt32(truncatingIfNeeded: try i.intArg(t.items[k])) }
            let idx = try i.intArg(t.items[624])
            if idx < 0 || idx > 624 { throw i.valueError("invalid state") }
            s.index = idx
            return .none
        }
        return m
    }

    fileprivate func timeSeed() -> Int {
        let t = ClockHooks.readNanoseconds(CLOCK_REALTIME)
        return t ^ (Int(getpid()) << 32)
    }
}
