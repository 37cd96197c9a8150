// "Task was destroyed but it is pending!": asyncio's Task.__del__, which
// CPython runs when it deallocates a Task that is not done. The loop's task
// table does not keep Tasks alive (Loop/TaskTable.swift), so a pending Task
// nothing reaches (it waits on a Future nobody holds, or its loop was closed)
// is found unreachable by a collection; its finalizer takes it out of the
// table and, unless `_log_destroy_pending` was cleared (run_until_complete's
// and gather's own Tasks), calls the loop's exception handler with
// {'message', 'task'}. Its coroutine, unreachable with it, is then closed by
// the same collection (its finally blocks run; one never started is reported
// as never awaited), after every Task of that collection was reported, as
// CPython's collector does once the objects have settled in its lists.
//
// At exit, CPython's shutdown frees what the program held but keeps the
// event loop of the loop policy and all it reaches (asyncio's C module
// holds the policy). So the pending Tasks reachable from the current loop
// (its ready queue, timers, exception handler) are left alone, and the
// others are destroyed: reported, then their coroutines closed.

extension Interpreter {
    /// Takes an unreachable Task out of its loop's table and reports it if
    /// it is still pending.
    func destroyPendingTask(_ t: PyTask) {
        t.loop.tasks.remove(t)
        guard t.state == .pending, t.logDestroyPending else { return }
        let context = makeDict()
        context.setStr(intern("message"), makeStr("Task was destroyed but it is pending!"))
        context.setStr(intern("task"), Value(t))
        reportToLoop(t.loop, context)
    }

    /// At exit: destroys the pending Tasks the current event loop does not reach.
    func destroyPendingTasksAtExit() {
        let pending = heap.finalizableObjects(where: { o in
            o is PyTask && unsafeDowncast(o, to: PyTask.self).tableIndex >= 0
        }).map { unsafeDowncast($0, to: PyTask.self) }
        if pending.isEmpty { return }
        let kept = reachedFromCurrentLoop(pending.map { $0 } + pending.compactMap { $0.coro.object })
        let destroyed = pending.filter { !kept.contains(ObjectIdentifier($0)) }
        let mark = nativeRoots.count
        nativeRoots.append(contentsOf: destroyed.map { Value($0) })
        defer { nativeRoots.removeSubrange(mark...) }
        for t in destroyed { destroyPendingTask(t) }
        for t in destroyed {
            if let g = t.coro.asObject(PyGenerator.self), !kept.contains(ObjectIdentifier(g)), !g.finalized,
               g.state == .suspended || (g.isCoroutine && g.state == .created) {
                runFinalizer(g)
            }
        }
    }

    /// Which of `candidates` the current (or running) event loop reaches.
    /// Marks from the loop with a separate heap and puts every mark bit back
    /// as it was, so the collector's state is untouched. sys.modules is not
    /// followed: CPython's shutdown empties it first, so the main module
    /// survives only if the loop reaches its globals another way.
    private func reachedFromCurrentLoop(_ candidates: [PyObject]) -> Set<ObjectIdentifier> {
        let roots = [loopSupport.currentLoop, loopSupport.runningLoop].compactMap { $0 }
        if roots.isEmpty { return [] }
        let all = heap.allObjects
        let saved = all.map { $0.gcMark }
        for o in all { o.gcMark = false }
        modules.gcMark = true
        let probe = Heap()
        for r in roots { probe.mark(r) }
        probe.drain()
        let reached = Set(candidates.filter { $0.gcMark }.map { ObjectIdentifier($0) })
        for (o, m) in zip(all, saved) { o.gcMark = m }
        return reached
    }
}
