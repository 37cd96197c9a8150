// time: clocks (read through Interpreter.clock), sleep, and the struct_time
// conversions over the C library.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private let structTimeSource = #"""
import _evo
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    def __new__(cls, seq):
        items = _evo.tuple_items(tuple(seq))
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(items))
        return _evo.tuple_new(cls, items[:9])
    def __repr__(self):
        t = _evo.tuple_items(self)
        names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
        parts = []
        for k in range(9):
            _evo.append(parts, names[k] + '=' + repr(t[k]))
        return 'time.struct_time(' + _evo.join(', ', parts) + ')'
    def __reduce__(self):
        return (struct_time, (_evo.tuple_items(self),))
    tm_year = property(lambda self: _evo.tuple_items(self)[0])
    tm_mon = property(lambda self: _evo.tuple_items(self)[1])
    tm_mday = property(lambda self: _evo.tuple_items(self)[2])
    tm_hour = property(lambda self: _evo.tuple_items(self)[3])
    tm_min = property(lambda self: _evo.tuple_items(self)[4])
    tm_sec = property(lambda self: _evo.tuple_items(self)[5])
    tm_wday = property(lambda self: _evo.tuple_items(self)[6])
    tm_yday = property(lambda self: _evo.tuple_items(self)[7])
    tm_isdst = property(lambda self: _evo.tuple_items(self)[8])
struct_time.__module__ = 'time'
"""#

extension Interpreter {
    func makeTimeModule() throws -> PyModule {
        let m = makeModule("time")
        let d = m.dict
        d.setStr(intern("__builtins__"), Value(builtins))
        func fn(_ name: String, _ body: @escaping NativeFunction) {
            d.setStr(intern(name), Value(makeBuiltin(name, body)))
        }
        modules.setStr(intern("time"), Value(m))
        let code = try compileSource(structTimeSource, filename: "<time>")
        _ = try runCode(code, globals: d, locals: nil)
        fn("time") { i, _ in .float(i.clock.wallNow()) }
        fn("time_ns") { i, _ in .int(Int(i.clock.wallNow() * 1e9)) }
        fn("monotonic") { i, _ in .float(i.clock.monotonicNow()) }
        fn("monotonic_ns") { i, _ in .int(Int(i.clock.monotonicNow() * 1e9)) }
        fn("perf_counter") { i, _ in .float(i.clock.monotonicNow()) }
        fn("perf_counter_ns") { i, _ in .int(Int(i.clock.monotonicNow() * 1e9)) }
        fn("process_time") { _, _ in .float(ClockHooks.read(CLOCK_PROCESS_CPUTIME_ID)) }
        fn("process_time_ns") { _, _ in .int(ClockHooks.readNanoseconds(CLOCK_PROCESS_CPUTIME_ID)) }
        fn("sleep") { i, a in
            try i.expectArgs(a, "sleep", min: 1, max: 1)
            guard let secs = try i.floatValue(a[0]) else {
                throw i.typeError("'\(i.typeName(a[0]))' object cannot be interpreted as an integer")
            }
            if secs < 0 { throw i.valueError("sleep length must be non-negative") }
            if secs.isNaN { throw i.valueError("Invalid value NaN (not a number)") }
            if let virtualSleep = i.clock.sleep { virtualSleep(secs); return .none }
            var ts = timespec(tv_sec: Int(secs), tv_nsec: Int((secs - secs.rounded(.down)) * 1e9))
            var rem = timespec()
            while nanosleep(&ts, &rem) != 0 && errno == EINTR {
                if i.interrupt.isSet { try i.safePoint() } // Ctrl-C: KeyboardInterrupt now
                ts = rem
            }
            return .none
        }
        for (name, local) in [("gmtime", false), ("localtime", true)] {
            fn(name) { i, a in
                try i.expectArgs(a, name, min: 0, max: 1)
                let secs = a.count > 0 && !a[0].isNone ? try i.mathFloat(a[0]) : i.clock.wallNow()
                var t = time_t(secs.rounded(.down))
                var tmv = tm()
                if local { localtime_r(&t, &tmv) } else { gmtime_r(&t, &tmv) }
                return try i.makeStructTime(tmv)
            }
        }
        fn("mktime") { i, a in
            try i.expectArgs(a, "mktime", min: 1, max: 1)
            var tmv = try i.tmFromTuple(a[0], "mktime")
            let t = mktime(&tmv)
            if t == -1 && tmv.tm_wday == -1 { throw i.error("OverflowError", "mktime argument out of range") }
            return .float(Double(t))
        }
        fn("strftime") { i, a in
            try i.expectArgs(a, "strftime", min: 1, max: 2)
            let fmt = try i.strArg(a[0], "strftime")
            var tmv: tm
            if a.count > 1 { tmv = try i.tmFromTuple(a[1], "strftime") } else {
                var t = time_t(i.clock.wallNow().rounded(.down))
                tmv = tm()
                localtime_r(&t, &tmv)
            }
            if fmt.isEmpty { return i.makeStr("") }
            var size = 1024 + fmt.utf8.count * 8
            while size < 1 << 20 {
                var buf = [CChar](repeating: 0, count: size)
                let n = strftime(&buf, size, fmt, &tmv)
                if n > 0 || size > 16 * fmt.utf8.count + 4096 {
                    return i.makeStr(String(decoding: buf.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self))
                }
                size *= 2
            }
            return i.makeStr("")
        }
        func asctime(_ t: tm) -> String {
            let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let day = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
            return "\(days[Int(max(0, min(6, t.tm_wday)))]) \(months[Int(max(0, min(11, t.tm_mon)))]) \(day) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(t.tm_year + 1900)"
        }
        fn("asctime") { i, a in
            var tmv: tm
            if a.count > 0 { tmv = try i.tmFromTuple(a[0], "asctime") } else {
                var t = time_t(i.clock.wallNow().rounded(.down))
                tmv = tm()
                localtime_r(&t, &tmv)
            }
            return i.makeStr(asctime(tmv))
        }
        fn("ctime") { i, a in
            let secs = a.count > 0 && !a[0].isNone ? try i.mathFloat(a[0]) : i.clock.wallNow()
            var t = time_t(secs.rounded(.down))
            var tmv = tm()
            localtime_r(&t, &tmv)
            return i.makeStr(asctime(tmv))
        }
        var t0 = time_t(0)
        var tz = tm()
        localtime_r(&t0, &tz)
        d.setStr(intern("timezone"), .int(-Int(tz.tm_gmtoff)))
        d.setStr(intern("altzone"), .int(-Int(tz.tm_gmtoff) - 3600))
        d.setStr(intern("daylight"), .int(0))
        return m
    }

    fileprivate func makeStructTime(_ t: tm) throws -> Value {
        guard let m = modules.getStr(intern("time"))?.asObject(PyModule.self),
              let cls = m.dict.getStr(intern("struct_time")) else { throw error("ImportError", "time.struct_time is missing") }
        let yday = Int(t.tm_yday) + 1
        let wday = (Int(t.tm_wday) + 6) % 7
        let fields: [Value] = [.int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)), .int(Int(t.tm_hour)),
                               .int(Int(t.tm_min)), .int(Int(t.tm_sec)), .int(wday), .int(yday), .int(Int(t.tm_isdst))]
        return try call(cls, [Value(makeTuple(fields))])
    }

    fileprivate func tmFromTuple(_ v: Value, _ fname: String) throws -> tm {
        guard let tup = v.asObject(PyTuple.self) else {
            throw typeError("Tuple or struct_time argument required")
        }
        guard tup.items.count >= 9 else {
            throw typeError("\(fname)(): illegal time tuple argument")
        }
        var f: [Int32] = []
        for k in 0..<9 { f.append(Int32(clamping: try intArg(tup.items[k]))) }
        var t = tm()
        t.tm_year = f[0] - 1900
        t.tm_mon = max(0, f[1] - 1)
        t.tm_mday = max(1, f[2])
        t.tm_hour = f[3]; t.tm_min = f[4]; t.tm_sec = f[5]
        t.tm_wday = (f[6] + 1) % 7
        t.tm_yday = max(0, f[7] - 1)
        t.tm_isdst = f[8]
        return t
    }
}
