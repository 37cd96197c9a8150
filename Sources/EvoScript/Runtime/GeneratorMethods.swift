// Methods and attributes of generator and coroutine objects.

extension Interpreter {
    func setUpGeneratorTypes() {
        for t in [types.generator, types.coroutine] {
            let isCoro = t === types.coroutine
            let prefix = isCoro ? "cr" : "gi"
            let send = addMethod(t, "send") { i, a in
                if a.count != 2 { throw i.typeError("send() takes exactly one argument (\(a.count - 1) given)") }
                guard let g = a[0].asObject(PyGenerator.self) else { throw i.typeError("send() needs a generator") }
                return try i.genResultOrStop(try i.genResume(g, send: a[1]))
            }
            send.generatorCall = .send
            if !isCoro {
                addMethod(t, "__next__") { i, a in
                    guard let g = a[0].asObject(PyGenerator.self) else { throw i.typeError("__next__() needs a generator") }
                    return try i.genResultOrStop(try i.genResume(g, send: .none))
                }
            }
            addMethod(t, "throw") { i, a in
                guard let g = a[0].asObject(PyGenerator.self), a.count >= 2 else {
                    throw i.typeError("throw expected at least 1 argument, got 0")
                }
                if a.count > 4 { throw i.typeError("throw expected at most 3 arguments, got \(a.count - 1)") }
                if g.state == .running { throw i.valueError(isCoro ? "coroutine already executing" : "generator already executing") }
                let exc = try i.exceptionForThrow(a.count > 1 ? a[1] : .none, a.count > 2 ? a[2] : .none, a.count > 3 ? a[3] : .none)
                return try i.genResultOrStop(try i.genResume(g, send: .none, throwing: exc, throwArgs: Array(a.positional.dropFirst())))
            }
            addMethod(t, "close") { i, a in
                if a.count != 1 { throw i.typeError("close() takes no arguments (\(a.count - 1) given)") }
                guard let g = a[0].asObject(PyGenerator.self) else { return .none }
                try i.genClose(g)
                return .none
            }
            addMethod(t, "__iter__") { i, a in
                if isCoro { throw i.typeError("'coroutine' object is not iterable") }
                return a[0]
            }
            if isCoro {
                addMethod(t, "__await__") { i, a in
                    guard let g = a[0].asObject(PyGenerator.self) else { return .none }
                    return Value(i.heap.track(PyCoroutineWrapper(cls: i.iteratorType("coroutine_wrapper"), coroutine: g)))
                }
            }
            addGetSet(t, "__name__", get: { i, v in i.makeStr(v.asObject(PyGenerator.self)?.name ?? "") }, set: { i, v, nv in
                guard let s = nv.asObject(PyStr.self) else { throw i.typeError("__name__ must be set to a string object") }
                v.asObject(PyGenerator.self)?.name = s.value
            })
            addGetSet(t, "__qualname__", get: { i, v in i.makeStr(v.asObject(PyGenerator.self)?.qualname ?? "") }, set: { i, v, nv in
                guard let s = nv.asObject(PyStr.self) else { throw i.typeError("__qualname__ must be set to a string object") }
                v.asObject(PyGenerator.self)?.qualname = s.value
            })
            addGetSet(t, "\(prefix)_running", get: { _, v in .bool(v.asObject(PyGenerator.self)?.state == .running) })
            addGetSet(t, "\(prefix)_code", get: { _, v in v.asObject(PyGenerator.self).map { Value($0.code) } ?? .none })
            addGetSet(t, "\(prefix)_frame", get: { i, v in
                guard let g = v.asObject(PyGenerator.self), g.state != .finished else { return .none }
                let f = g.frame
                let vals = (0..<f.code.nlocals).map { f.locals[$0] }
                let fo = i.heap.track(PyFrameObject(cls: i.types.frame, code: f.code, globals: f.globals,
                                                    lineno: g.state == .created ? f.code.firstLine : f.code.line(at: f.ip - 1),
                                                    localValues: vals, localsDict: nil))
                fo.lasti = g.state == .created ? -1 : 2 * max(0, f.ip - 1)
                return Value(fo)
            })
            addGetSet(t, isCoro ? "cr_await" : "gi_yieldfrom", get: { _, v in v.asObject(PyGenerator.self)?.delegate ?? .none })
        }
        let base = types.iterator
        addMethod(base, "__next__") { i, a in
            guard let v = try i.next(a[0]) else {
                throw ScriptError(exception: i.makeException(i.types.exception("StopIteration"), args: i.lastStopValue.isNone ? [] : [i.lastStopValue]))
            }
            return v
        }
        addMethod(base, "__iter__") { _, a in a[0] }
        let wrapper = iteratorType("coroutine_wrapper")
        addMethod(wrapper, "__next__") { i, a in
            if let w = a[0].asObject(PyCoroutineWrapper.self) {
                return try i.genResultOrStop(try i.genResume(w.coroutine, send: .none))
            }
            guard let v = try i.next(a[0]) else {
                throw ScriptError(exception: i.makeException(i.types.exception("StopIteration"), args: []))
            }
            return v
        }
        addMethod(wrapper, "__iter__") { _, a in a[0] }
        addMethod(wrapper, "send") { i, a in
            guard let w = a[0].asObject(PyCoroutineWrapper.self), a.count == 2 else { throw i.error("AttributeError", "send") }
            return try i.genResultOrStop(try i.genResume(w.coroutine, send: a[1]))
        }
        addMethod(wrapper, "throw") { i, a in
            guard let w = a[0].asObject(PyCoroutineWrapper.self), a.count >= 2 else { throw i.error("AttributeError", "throw") }
            let exc = try i.exceptionForThrow(a[1], a.count > 2 ? a[2] : .none, a.count > 3 ? a[3] : .none)
            return try i.genResultOrStop(try i.genResume(w.coroutine, send: .none, throwing: exc))
        }
        addMethod(wrapper, "close") { i, a in
            if let w = a[0].asObject(PyCoroutineWrapper.self) { try i.genClose(w.coroutine) }
            return .none
        }
    }

    /// A yielded value, or StopIteration(value) raised for a finished generator.
    func genResultOrStop(_ r: GenResult) throws -> Value {
        switch r {
        case .yielded(let v): return v
        case .returned(let v):
            let e = makeException(types.exception("StopIteration"), args: v.isNone ? [] : [v])
            throw ScriptError(exception: e)
        }
    }

    /// The exception generator.throw(type[, value[, tb]]) raises.
    func exceptionForThrow(_ typ: Value, _ val: Value, _ tb: Value) throws -> PyBaseException {
        if !tb.isNone && !(tb.object is PyTraceback) {
            throw typeError("throw() third argument must be a traceback object")
        }
        let exc: PyBaseException
        if let e = typ.asObject(PyBaseException.self) {
            if !val.isNone { throw typeError("instance exception may not have a separate value") }
            exc = e
        } else if let t = typ.asObject(PyType.self), t.isSubtype(of: types.baseException) {
            if let e = val.asObject(PyBaseException.self), e.cls.isSubtype(of: t) {
                exc = e
            } else {
                let args: [Value] = val.isNone ? [] : (val.asObject(PyTuple.self)?.items ?? [val])
                guard let e = try call(typ, args).asObject(PyBaseException.self) else {
                    throw typeError("exceptions must derive from BaseException")
                }
                exc = e
            }
        } else {
            throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(typ))")
        }
        if !tb.isNone { exc.traceback = tb }
        return exc
    }

    /// GET_AWAITABLE: a coroutine, or the iterator from __await__().
    func getAwaitable(_ v: Value) throws -> Value {
        // A coroutine (the usual case) is tested borrowed, without a reference count.
        if let g = v.generatorRef, g._withUnsafeGuaranteedRef({ gen in
            gen.isCoroutine || gen.codeFlags.contains(.iterableCoroutine)
        }) {
            return v
        }
        if let m = special(v, "__await__") {
            let it = try call(m, [v])
            if let g = it.asObject(PyGenerator.self), g.isCoroutine {
                throw typeError("__await__() returned a coroutine")
            }
            if special(it, "__next__") == nil && !(it.object is PyGenerator) && !(it.object is PyNativeIterator) {
                throw typeError("__await__() returned non-iterator of type '\(typeName(it))'")
            }
            return it
        }
        throw typeError("object \(typeName(v)) can't be used in 'await' expression")
    }
}

/// The iterator a coroutine's __await__() returns.
final class PyCoroutineWrapper: PyObject {
    unowned(unsafe) let coroutine: PyGenerator
    init(cls: PyType, coroutine: PyGenerator) { self.coroutine = coroutine; super.init(cls: cls) }
    override func trace(_ heap: Heap) { heap.mark(coroutine) }
}
