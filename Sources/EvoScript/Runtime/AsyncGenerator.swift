// Async generators (PEP 525), as CPython 3.8's genobject.c: an `async def`
// with `yield` runs on a generator frame; each `yield` hands out its value
// wrapped (ASYNC_GEN_WRAP), so the awaitable that resumed the frame (from
// __anext__/asend, athrow or aclose) can tell a value for its awaiter
// (raised as StopIteration(value)) from what an `await` inside passes up
// to the event loop (returned as it is).

/// A value the async generator yielded, on its way to __anext__'s awaiter.
final class PyAsyncGenWrappedValue: PyObject {
    let value: Value
    init(cls: PyType, value: Value) { self.value = value; super.init(cls: cls) }
    override func trace(_ heap: Heap) { heap.mark(value) }
}

/// The awaitable of __anext__()/asend(v) (async_generator_asend) and of
/// athrow()/aclose() (async_generator_athrow).
final class PyAsyncGenAwaitable: PyObject {
    enum Mode {
        case asend(Value)
        case athrow([Value])
        case aclose
    }
    enum State { case initial, iterating, closed }
    unowned(unsafe) let gen: PyGenerator
    let mode: Mode
    var state = State.initial

    init(cls: PyType, gen: PyGenerator, mode: Mode) {
        self.gen = gen; self.mode = mode
        super.init(cls: cls)
    }

    override func trace(_ heap: Heap) {
        heap.mark(gen)
        switch mode {
        case .asend(let v): heap.mark(v)
        case .athrow(let args): for a in args { heap.mark(a) }
        case .aclose: break
        }
    }
}

extension Interpreter {
    /// ASYNC_GEN_WRAP.
    func wrapAsyncGenValue(_ v: Value) -> Value {
        Value(heap.track(PyAsyncGenWrappedValue(cls: types.object, value: v)))
    }

    private func stopIteration(_ v: Value = .none) -> ScriptError {
        ScriptError(exception: makeException(types.exception("StopIteration"), args: v.isNone ? [] : [v]))
    }

    /// Runs `resume`. An exception ends the awaitable; StopAsyncIteration or
    /// GeneratorExit (the generator is over) become what `over` makes of them.
    private func resumeAsyncGen(_ o: PyAsyncGenAwaitable, _ resume: () throws -> GenResult,
                                over: (ScriptError) -> ScriptError) throws -> GenResult {
        do {
            return try resume()
        } catch let e as ScriptError {
            o.state = .closed
            if isInstance(e.exception, "StopAsyncIteration") || isInstance(e.exception, "GeneratorExit") {
                throw over(e)
            }
            throw e
        }
    }

    /// async_gen_unwrap_value: a wrapped yield ends the await with
    /// StopIteration(value); the generator's end is StopAsyncIteration.
    private func unwrapAsyncGen(_ o: PyAsyncGenAwaitable, _ resume: () throws -> GenResult) throws -> Value {
        let r = try resumeAsyncGen(o, resume) { e in
            o.gen.asyncGenClosed = true
            return e
        }
        switch r {
        case .returned:
            o.state = .closed
            o.gen.asyncGenClosed = true
            throw ScriptError(exception: makeException(types.exception("StopAsyncIteration"), args: []))
        case .yielded(let v):
            if let w = v.asObject(PyAsyncGenWrappedValue.self) {
                o.state = .closed
                throw stopIteration(w.value)
            }
            return v
        }
    }

    /// aclose()'s awaitable: the generator ending (or raising GeneratorExit
    /// or StopAsyncIteration) completes it; yielding a value is an error.
    private func closeAsyncGen(_ o: PyAsyncGenAwaitable, _ resume: () throws -> GenResult) throws -> Value {
        let r = try resumeAsyncGen(o, resume) { _ in stopIteration() }
        switch r {
        case .returned:
            o.state = .closed
            throw stopIteration()
        case .yielded(let v):
            if v.object is PyAsyncGenWrappedValue {
                o.state = .closed
                throw error("RuntimeError", "async generator ignored GeneratorExit")
            }
            return v
        }
    }

    /// Resumes (or finishes) the generator as the awaitable's mode says.
    private func continueAsyncGen(_ o: PyAsyncGenAwaitable, _ resume: () throws -> GenResult) throws -> Value {
        if case .aclose = o.mode { return try closeAsyncGen(o, resume) }
        return try unwrapAsyncGen(o, resume)
    }

    /// Awaiting one of these twice (CPython 3.8.18's message).
    private func reuseError(_ o: PyAsyncGenAwaitable) -> ScriptError {
        if case .asend = o.mode { return error("RuntimeError", "cannot reuse already awaited __anext__()/asend()") }
        return error("RuntimeError", "cannot reuse already awaited aclose()/athrow()")
    }

    /// The awaitable's send(v) (and __next__).
    func asyncGenAwaitableSend(_ o: PyAsyncGenAwaitable, _ arg: Value) throws -> Value {
        if o.state == .closed { throw reuseError(o) }
        let g = o.gen
        switch o.mode {
        case .asend(let sendValue):
            var v = arg
            if o.state == .initial {
                if v.isNone { v = sendValue }
                o.state = .iterating
            }
            return try unwrapAsyncGen(o) { try genResume(g, send: v) }
        case .athrow, .aclose:
            if g.state == .finished {
                o.state = .closed
                throw stopIteration()
            }
            if o.state == .iterating {
                return try continueAsyncGen(o) { try genResume(g, send: arg) }
            }
            if g.asyncGenClosed { throw stopIteration() }
            if !arg.isNone { throw error("RuntimeError", "can't send non-None value to a just-started coroutine") }
            o.state = .iterating
            if case .athrow(let args) = o.mode {
                let exc = try exceptionForThrow(args[0], args.count > 1 ? args[1] : .none, args.count > 2 ? args[2] : .none)
                return try unwrapAsyncGen(o) { try genResume(g, send: .none, throwing: exc, throwArgs: args) }
            }
            g.asyncGenClosed = true
            let exit = makeException(types.exception("GeneratorExit"), args: [])
            return try closeAsyncGen(o) { try genResume(g, send: .none, throwing: exit) }
        }
    }

    /// The awaitable's throw(typ[, val[, tb]]): into the generator.
    func asyncGenAwaitableThrow(_ o: PyAsyncGenAwaitable, _ args: [Value]) throws -> Value {
        if o.state == .closed { throw reuseError(o) }
        let exc = try exceptionForThrow(args[0], args.count > 1 ? args[1] : .none, args.count > 2 ? args[2] : .none)
        return try continueAsyncGen(o) { try genResume(o.gen, send: .none, throwing: exc, throwArgs: args) }
    }

    /// asyncio's firstiter hook: the loop closes it at shutdown_asyncgens().
    private func registerAsyncGen(_ g: PyGenerator, _ loop: PyEventLoop) {
        loop.asyncgens.append(g)
        if loop.asyncgens.count >= loop.asyncgensPruneAt {
            loop.asyncgens.removeAll { $0.state == .finished }
            loop.asyncgensPruneAt = max(64, 2 * loop.asyncgens.count)
        }
    }

    /// The async generators shutdown_asyncgens() closes (the list is emptied).
    func takeAsyncGens(_ loop: PyEventLoop) -> [Value] {
        let gens = loop.asyncgens.filter { $0.state != .finished }
        loop.asyncgens = []
        return gens.map { Value($0) }
    }

    func setUpAsyncGeneratorTypes() {
        let t = types.asyncGenerator
        func agen(_ a: Args, _ method: String) throws -> PyGenerator {
            guard a.count > 0, let g = a[0].asObject(PyGenerator.self), g.isAsyncGenerator else {
                throw typeError("descriptor '\(method)' requires a 'async_generator' object")
            }
            return g
        }
        func awaitable(_ g: PyGenerator, _ mode: PyAsyncGenAwaitable.Mode) -> Value {
            if !g.asyncGenHooksInited {
                g.asyncGenHooksInited = true
                if let loop = loopSupport.runningLoop { registerAsyncGen(g, loop) }
            }
            let cls: PyType
            if case .asend = mode { cls = types.asyncGenASend } else { cls = types.asyncGenAThrow }
            return Value(heap.track(PyAsyncGenAwaitable(cls: cls, gen: g, mode: mode)))
        }
        addMethod(t, "__aiter__") { i, a in Value(try agen(a, "__aiter__")) }
        addMethod(t, "__anext__") { i, a in awaitable(try agen(a, "__anext__"), .asend(.none)) }
        addMethod(t, "asend") { i, a in
            let g = try agen(a, "asend")
            if a.count != 2 { throw i.typeError("asend() takes exactly one argument (\(a.count - 1) given)") }
            return awaitable(g, .asend(a[1]))
        }
        addMethod(t, "athrow") { i, a in
            let g = try agen(a, "athrow")
            if a.count < 2 { throw i.typeError("athrow expected at least 1 argument, got 0") }
            if a.count > 4 { throw i.typeError("athrow expected at most 3 arguments, got \(a.count - 1)") }
            return awaitable(g, .athrow(Array(a.positional.dropFirst())))
        }
        addMethod(t, "aclose") { i, a in
            let g = try agen(a, "aclose")
            if a.count != 1 { throw i.typeError("aclose() takes no arguments (\(a.count - 1) given)") }
            return awaitable(g, .aclose)
        }
        // The attributes generators have, under their ag_ names.
        let generator = types.generator
        for (from, to) in [("gi_running", "ag_running"), ("gi_frame", "ag_frame"), ("gi_code", "ag_code"),
                           ("gi_yieldfrom", "ag_await"), ("__name__", "__name__"), ("__qualname__", "__qualname__")] {
            if let d = generator.dict.getStr(intern(from)) { t.dict.setStr(intern(to), d) }
        }

        for at in [types.asyncGenASend, types.asyncGenAThrow] {
            func awaitableArg(_ a: Args) throws -> PyAsyncGenAwaitable {
                guard a.count > 0, let o = a[0].asObject(PyAsyncGenAwaitable.self) else {
                    throw typeError("descriptor requires a '\(at.name)' object")
                }
                return o
            }
            addMethod(at, "send") { i, a in
                if a.count != 2 { throw i.typeError("send() takes exactly one argument (\(a.count - 1) given)") }
                return try i.asyncGenAwaitableSend(try awaitableArg(a), a[1])
            }
            addMethod(at, "__next__") { i, a in try i.asyncGenAwaitableSend(try awaitableArg(a), .none) }
            addMethod(at, "throw") { i, a in
                let o = try awaitableArg(a)
                if a.count < 2 { throw i.typeError("throw expected at least 1 argument, got 0") }
                if a.count > 4 { throw i.typeError("throw expected at most 3 arguments, got \(a.count - 1)") }
                return try i.asyncGenAwaitableThrow(o, Array(a.positional.dropFirst()))
            }
            addMethod(at, "close") { _, a in
                try awaitableArg(a).state = .closed
                return .none
            }
            addMethod(at, "__iter__") { _, a in a[0] }
            addMethod(at, "__await__") { _, a in a[0] }
        }
    }
}
