// The iterator `await future` and `yield from future` drive (_asyncio's
// FutureIter): it yields the pending Future once (with
// _asyncio_future_blocking set, so the Task waits on it), and once the
// Future is done it stops with the result (or raises the exception). A
// suspended `await` keeps it alive, so it is one small object: a Task
// sleeping in `await asyncio.sleep(t)` holds one per sleep.

final class PyFutureIter: PyObject {
    // The flags first: they fill the tail of PyObject's layout (a 48-byte block in all).
    /// The pending Future was yielded once already.
    var yielded = false
    /// The result was delivered: later calls stop with None (CPython clears its future).
    var exhausted = false
    unowned(unsafe) let future: PyFuture

    init(cls: PyType, future: PyFuture) {
        self.future = future
        super.init(cls: cls)
    }

    override func trace(_ heap: Heap) {
        heap.mark(future)
    }
    /// Its one reference is fixed at creation (Heap.swift).
    override var gcPolicy: GCPolicy { .barriered }
}

extension Interpreter {
    /// FutureIter.__next__: the value to yield, or nil with the result in lastStopValue.
    func futureIterNext(_ it: PyFutureIter) throws -> Value? {
        if it.exhausted {
            lastStopValue = .none
            return nil
        }
        let f = it.future
        if f.state == .pending {
            if it.yielded { throw error("RuntimeError", "await wasn't used with future") }
            it.yielded = true
            f.blocking = true
            return Value(f)
        }
        it.exhausted = true
        lastStopValue = try futureResult(f)
        return nil
    }
}
