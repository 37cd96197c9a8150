// PEP 492's asynchronous context managers and iterators: the instructions
// `async with` and `async for` compile to, as CPython 3.8's
// BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT and END_ASYNC_FOR (the awaiting
// itself is GET_AWAITABLE + YIELD_FROM, as for `await`).

extension Interpreter {
    /// BEFORE_ASYNC_WITH: [mgr] -> [bound __aexit__, mgr.__aenter__()].
    /// The result of __aenter__ is awaited by the instructions that follow.
    func beforeAsyncWith(_ sp: UnsafeMutablePointer<Value>) throws -> UnsafeMutablePointer<Value> {
        let mgr = (sp - 1).pointee
        // CPython 3.8 looks __aexit__ up first (its AttributeError wins).
        let exit = try lookupSpecialBound(mgr, "__aexit__")
        let enter = try lookupSpecialBound(mgr, "__aenter__")
        (sp - 1).pointee = exit
        sp.pointee = try call(enter, [])
        return sp + 1
    }

    /// GET_AWAITABLE with 3.8's messages for what __aenter__ / __aexit__
    /// returned when it has no __await__ at all.
    func getAwaitable(_ v: Value, context: Int32) throws -> Value {
        if context != AwaitContext.plain.rawValue && !(v.object is PyGenerator) && special(v, "__await__") == nil {
            let which = context == AwaitContext.aenter.rawValue ? "__aenter__" : "__aexit__"
            throw typeError("'async with' received an object from \(which) that does not implement __await__: \(typeName(v))")
        }
        return try getAwaitable(v)
    }

    /// GET_AITER: [iterable] -> [type(iterable).__aiter__(iterable)].
    func getAIter(_ sp: UnsafeMutablePointer<Value>) throws -> UnsafeMutablePointer<Value> {
        let obj = (sp - 1).pointee
        guard let aiter = special(obj, "__aiter__") else {
            throw typeError("'async for' requires an object with __aiter__ method, got \(typeName(obj))")
        }
        let it = try call(aiter, [obj])
        if special(it, "__anext__") == nil {
            throw typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(it))")
        }
        (sp - 1).pointee = it
        return sp
    }

    /// GET_ANEXT: [aiter] -> [aiter, awaitable of aiter.__anext__()].
    func getANext(_ sp: UnsafeMutablePointer<Value>) throws -> UnsafeMutablePointer<Value> {
        let aiter = (sp - 1).pointee
        guard let anext = special(aiter, "__anext__") else {
            throw typeError("'async for' requires an iterator with __anext__ method, got \(typeName(aiter))")
        }
        let next = try call(anext, [aiter])
        // Kept on the value stack (and so rooted) while __await__ runs.
        sp.pointee = next
        frames[frameCount - 1].sp = sp + 1
        do {
            sp.pointee = try getAwaitable(next)
        } catch let e as ScriptError where isInstance(e.exception, "TypeError") {
            // _PyErr_FormatFromCause: the original error becomes the cause.
            let wrapped = makeException("TypeError", "'async for' received an invalid object from __anext__: \(typeName(next))")
            wrapped.cause = Value(e.exception)
            wrapped.context = Value(e.exception)
            wrapped.suppressContext = true
            throw ScriptError(exception: wrapped)
        }
        return sp + 1
    }

    /// END_ASYNC_FOR, the handler around GET_ANEXT's await: [aiter, exc].
    /// StopAsyncIteration ends the loop (both popped); anything else goes on.
    func endAsyncFor(_ sp: UnsafeMutablePointer<Value>) throws -> UnsafeMutablePointer<Value> {
        guard let e = (sp - 1).pointee.asObject(PyBaseException.self) else {
            throw error("SystemError", "END_ASYNC_FOR without an exception")
        }
        if isInstance(e, "StopAsyncIteration") { return sp - 2 }
        frames[frameCount - 1].suppressTraceback = true
        throw ScriptError(exception: e)
    }
}
