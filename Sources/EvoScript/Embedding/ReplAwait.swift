// Top-level `await EXPR` and `yield from EXPR` at the prompt, as
// `python -m asyncio` offers for await: the entry is compiled with module-level
// await allowed, which makes its code a coroutine (or a generator-based one for
// `yield from`) over the session's globals; it runs as a Task on the event loop
// until it completes. Its expression statements echo through sys.displayhook as
// usual, so `await asyncio.sleep(0.1, 'done')` prints 'done' and binds `_`.

extension Repl {
    /// Runs one compiled entry: plain code directly, a coroutine entry on the loop.
    func runEntry(_ code: PyCode) throws {
        guard code.isGenerator else {
            _ = try interp.runCode(code, globals: globals, locals: nil)
            return
        }
        let fn = interp.heap.track(PyFunction(cls: interp.types.function, code: code, globals: globals,
                                              defaults: [], kwdefaults: nil, closure: []))
        let coro = try interp.makeGenerator(fn, [], [])
        try interp.runToCompletionOnLoop(Value(coro))
    }
}

extension Interpreter {
    /// The loop the prompt uses: the current event loop, or a new one made
    /// current when there is none (asyncio.run() leaves none behind) or it was closed.
    func promptEventLoop() throws -> PyEventLoop {
        _ = try importModule("_asyncio")
        if let loop = loopSupport.currentLoop, !loop.isClosed { return loop }
        let loop = newEventLoop()
        loopSupport.currentLoop = loop
        loopSupport.currentLoopSet = true
        return loop
    }

    /// Runs `coro` as a Task until it completes and returns its result. If
    /// it is left unfinished (Ctrl-C while it waits), the Task is cancelled,
    /// so it does not go on running behind the next prompt.
    @discardableResult
    func runToCompletionOnLoop(_ coro: Value) throws -> Value {
        let loop = try promptEventLoop()
        let task = try makeTask(loop, coro: coro, name: .none)
        do {
            return try runUntilComplete(loop, Value(task))
        } catch {
            if task.isDone {
                task.logTraceback = false
            } else {
                _ = try? taskCancel(task)
            }
            throw error
        }
    }
}
