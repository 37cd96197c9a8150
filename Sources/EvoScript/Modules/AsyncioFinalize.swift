// "Future exception was never retrieved" / "Task exception was never
// retrieved": _asyncio's FutureObj_finalize, which CPython runs when it
// deallocates a done Future whose exception nobody asked for. The report
// goes through the loop's call_exception_handler with the context asyncio
// builds (message, exception, future). The heap traces instead of counting
// references, so it happens when a collection finds the Future unreachable
// (or at gc.collect()), and at exit for the Futures still alive, as CPython's
// shutdown deallocates them.

extension Interpreter {
    /// True for a Future whose exception is still to be reported, and for a
    /// Task still in its loop's task table (which must let go of it).
    func futureNeedsFinalizer(_ o: PyObject) -> Bool {
        // Borrowed, as the collector's other finalizer tests.
        guard o.objectKind == .finalizable, o is PyFuture else { return false }
        let f = unsafeDowncast(o, to: PyFuture.self)
        return f.logTraceback || (o is PyTask && unsafeDowncast(o, to: PyTask.self).tableIndex >= 0)
    }

    /// Finalizes an unreachable Future: a Task still pending is destroyed
    /// (Modules/AsyncioTaskDestroy.swift), an unretrieved exception reported.
    func finalizeFuture(_ f: PyFuture) {
        if let t = f as? PyTask, t.tableIndex >= 0 {
            destroyPendingTask(t)
            return
        }
        guard f.logTraceback else { return }
        f.logTraceback = false
        let context = makeDict()
        context.setStr(intern("message"), makeStr("\(f.cls.name) exception was never retrieved"))
        context.setStr(intern("exception"), f.exception)
        context.setStr(intern("future"), Value(f))
        reportToLoop(f.loop, context)
    }

    /// Calls `loop.call_exception_handler(context)` from a finalizer: what
    /// it raises is written as unraisable, as CPython does in __del__.
    func reportToLoop(_ loop: PyEventLoop, _ context: PyDict) {
        let mark = nativeRoots.count
        nativeRoots.append(Value(context))
        defer { nativeRoots.removeSubrange(mark...) }
        var handler: Value = .none
        do {
            handler = try getAttr(Value(loop), intern("call_exception_handler"))
            nativeRoots.append(handler)
            _ = try call(handler, [Value(context)])
        } catch let e as ScriptError {
            writeUnraisable(e.exception, in: handler, fallback: "<call_exception_handler>")
        } catch {
        }
    }

    /// At exit: every Future still holding an unretrieved exception is
    /// reported, oldest first.
    func reportUnretrievedFuturesAtExit() {
        let futures = heap.finalizableObjects(where: { o in
            o is PyFuture && unsafeDowncast(o, to: PyFuture.self).logTraceback
        }).map { unsafeDowncast($0, to: PyFuture.self) }
        if futures.isEmpty { return }
        let mark = nativeRoots.count
        nativeRoots.append(contentsOf: futures.map { Value($0) })
        defer { nativeRoots.removeSubrange(mark...) }
        for f in futures { finalizeFuture(f) }
    }
}
