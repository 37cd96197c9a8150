// A Handle: a callback and its arguments, scheduled on the loop; a
// TimerHandle is the same with a deadline. Task steps and wakeups are
// Handles too, with the Task in `callback` and a Swift fast path.

final class PyHandle: PyObject {
    enum Kind: UInt8 {
        /// Call `callback(*args)`.
        case call
        /// Step the Task in `callback`, throwing args[0] when present.
        case taskStep
        /// Wake the Task in `callback` with the Future in args[0].
        case taskWakeup
        /// Run `native` (work posted from Swift, possibly from another thread).
        case native
        /// asyncio.sleep's timer: `_future_set_result_unless_cancelled(future, result)`
        /// with the Future in `callback` and the result in args[0] unless it is None
        /// (no argument array for the usual sleep).
        case futureResult
    }
    // The one-byte fields first: they fill the tail of PyObject's layout.
    let kind: Kind
    var cancelled = false
    let isTimer: Bool
    /// True while the handle sits in the loop's timer heap.
    var scheduled = false
    var callback: Value
    var args: [Value]
    /// Deadline in nanoseconds (timers only).
    var when: Int = 0
    unowned(unsafe) let loop: PyEventLoop
    var native: ((Interpreter) throws -> Void)?

    init(cls: PyType, loop: PyEventLoop, kind: Kind, callback: Value, args: [Value], isTimer: Bool = false) {
        self.loop = loop
        self.kind = kind
        self.callback = callback
        self.args = args
        self.isTimer = isTimer
        super.init(cls: cls)
    }

    override func trace(_ heap: Heap) {
        heap.mark(callback)
        for a in args { heap.mark(a) }
        heap.mark(loop)
    }
}

extension Interpreter {
    /// The callback and arguments a Handle shows (`_callback`, `_args`, repr).
    func handleCallback(_ h: PyHandle) -> (callback: Value, args: [Value]) {
        guard h.kind == .futureResult, !h.cancelled else { return (h.callback, h.args) }
        let fn = loopSupport.futureResultCallback.map { Value($0) } ?? .none
        return (fn, [h.callback, h.args.first ?? .none])
    }

    /// `_format_callback_source(callback, args)` of asyncio.format_helpers.
    func formatCallbackSource(_ callback: Value, _ args: [Value]) -> String {
        var target = callback
        var allArgs = args
        var suffix = ""
        // functools.partial: its func, its args first.
        var guardCount = 0
        while guardCount < 100, let cls = target.object?.cls, cls.name == "partial",
              let f = try? getAttr(target, intern("func")) {
            let pargs = (try? getAttr(target, intern("args")))?.asObject(PyTuple.self)?.items ?? []
            suffix = formatArgs(allArgs) + suffix
            allArgs = pargs
            target = f
            guardCount += 1
        }
        var name: String
        if let q = (try? getAttrOrNil(target, intern("__qualname__")) ?? nil)?.asObject(PyStr.self), !q.value.isEmpty {
            name = q.value
        } else if let n = (try? getAttrOrNil(target, intern("__name__")) ?? nil)?.asObject(PyStr.self), !n.value.isEmpty {
            name = n.value
        } else {
            name = (try? repr(target)) ?? "?"
        }
        name += formatArgs(allArgs) + suffix
        if let fn = target.asObject(PyFunction.self) {
            name += " at \(fn.code.filename):\(fn.code.firstLine)"
        }
        return name
    }

    private func formatArgs(_ args: [Value]) -> String {
        "(" + args.map { shortRepr($0) }.joined(separator: ", ") + ")"
    }

    /// reprlib.repr: long strings, numbers and containers shortened.
    func shortRepr(_ v: Value, level: Int = 6) -> String {
        func cut(_ s: String, _ maxLen: Int) -> String {
            let chars = Array(s.unicodeScalars)
            guard chars.count > maxLen else { return s }
            let i = max(0, (maxLen - 3) / 2), j = max(0, maxLen - 3 - i)
            var out = String.UnicodeScalarView()
            out.append(contentsOf: chars[0..<i])
            var r = String(out) + "..."
            var tail = String.UnicodeScalarView()
            tail.append(contentsOf: chars[(chars.count - j)...])
            r += String(tail)
            return r
        }
        switch v {
        case .int, .bool, .none, .float:
            return cut((try? repr(v)) ?? "?", 30)
        default: break
        }
        if let s = v.asObject(PyStr.self), s.isExactly(types.str) {
            return cut((try? repr(v)) ?? "?", 30)
        }
        if level <= 0, let o = v.object, o is PyList || o is PyTuple || o is PyDict {
            if o is PyList { return "[...]" }
            if o is PyTuple { return "(...)" }
            return "{...}"
        }
        if let l = v.asObject(PyList.self), l.isExactly(types.list) {
            let parts = l.items.prefix(6).map { shortRepr($0, level: level - 1) }
            return "[" + parts.joined(separator: ", ") + (l.items.count > 6 ? ", ...]" : "]")
        }
        if let t = v.asObject(PyTuple.self), t.isExactly(types.tuple) {
            let parts = t.items.prefix(6).map { shortRepr($0, level: level - 1) }
            if t.items.count == 1 { return "(" + (parts.first ?? "") + ",)" }
            return "(" + parts.joined(separator: ", ") + (t.items.count > 6 ? ", ...)" : ")")
        }
        return cut((try? repr(v)) ?? "?", 30)
    }

    func handleRepr(_ h: PyHandle) -> String {
        var info = [h.isTimer ? "TimerHandle" : "Handle"]
        if h.cancelled { info.append("cancelled") }
        if h.isTimer { info.append("when=\(reprFloat(Double(h.when) / 1e9))") }
        if !h.cancelled {
            switch h.kind {
            case .call, .futureResult:
                let (callback, args) = handleCallback(h)
                info.append(formatCallbackSource(callback, args))
            case .taskStep, .taskWakeup:
                let what = h.kind == .taskStep ? "TaskStepMethWrapper" : "TaskWakeupMethWrapper"
                let addr = h.callback.object.map { address($0) } ?? "0x0"
                info.append("<\(what) object at \(addr)>(\(h.kind == .taskWakeup ? h.args.map { shortRepr($0) }.joined(separator: ", ") : ""))")
            case .native:
                info.append("<native callback>()")
            }
        }
        return "<" + info.joined(separator: " ") + ">"
    }

    func reprFloat(_ d: Double) -> String { (try? repr(.float(d))) ?? "\(d)" }
}
