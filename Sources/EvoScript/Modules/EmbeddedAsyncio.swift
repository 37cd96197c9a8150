// asyncio: the wide API in EvoScript over _asyncio (AsyncioModule.swift),
// the way CPython keeps most of asyncio in Python over its C _asyncio.
// Behaviour follows CPython 3.8's asyncio (tasks.py, locks.py, queues.py,
// runners.py, coroutines.py).

let asyncioModuleSource = #"""
import _asyncio
import _evo
import types as _types
import functools as _functools
import collections as _collections
import heapq as _heapq

from _asyncio import (Future, Task, Handle, TimerHandle,
                      CancelledError, TimeoutError, InvalidStateError,
                      IncompleteReadError, LimitOverrunError, SendfileNotAvailableError,
                      get_event_loop, new_event_loop, set_event_loop,
                      get_running_loop, _get_running_loop, current_task, isfuture)

SelectorEventLoop = _asyncio._UnixSelectorEventLoop
AbstractEventLoop = SelectorEventLoop
BaseEventLoop = SelectorEventLoop
DefaultEventLoopPolicy = None

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_is_coroutine = object()

def _isgeneratorfunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x20)

def _isnativecoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)

def iscoroutinefunction(func):
    return (_isnativecoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)

def iscoroutine(obj):
    return _asyncio.iscoroutine(obj)

def coroutine(func):
    if _isnativecoroutinefunction(func):
        return func
    if _isgeneratorfunction(func):
        coro = func
    else:
        @_functools.wraps(func)
        def coro(*args, **kw):
            res = func(*args, **kw)
            if isfuture(res) or isinstance(res, _types.GeneratorType):
                res = yield from res
            else:
                try:
                    await_meth = res.__await__
                except AttributeError:
                    pass
                else:
                    res = yield from await_meth()
            return res
    coro = _types.coroutine(coro)
    coro._is_coroutine = _is_coroutine
    return coro

# asyncio.sleep, written as a generator and flagged as a native coroutine
# (CPython's is an `async def`): sleep(0) is a bare yield, without asyncio's
# inner __sleep0 generator, and a longer sleep yields its Future itself.
def sleep(delay, result=None, *, loop=None):
    if delay <= 0:
        yield
        return result
    if loop is None:
        loop = get_running_loop()
    future = loop.create_future()
    h = _asyncio._sleep_timer(loop, delay, future, result)
    try:
        # What `await future` does, without a FutureIter alive while the Task sleeps.
        future._asyncio_future_blocking = True
        yield future
        if not future.done():
            raise RuntimeError("await wasn't used with future")
        return future.result()
    finally:
        h.cancel()
sleep = _asyncio._generator_as_coroutine(sleep)

def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop

def ensure_future(coro_or_future, *, loop=None):
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    elif isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    elif hasattr(coro_or_future, '__await__'):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is '
                        'required')

@_types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())

def create_task(coro, *, name=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name)

def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _asyncio._all_tasks_list(loop) if not t.done()}

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)

async def wait_for(fut, timeout, *, loop=None):
    if loop is None:
        loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
        else:
            raise TimeoutError()
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
            else:
                raise TimeoutError()
    finally:
        timeout_handle.cancel()

async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)

async def wait(fs, *, loop=None, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of coroutines/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    if loop is None:
        loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in set(fs)}
    return await _wait(fs, timeout, return_when, loop)

async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
            return_when == FIRST_COMPLETED or
            return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending

def as_completed(fs, *, loop=None, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue(loop=loop)
    if loop is None:
        loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()

class _GatheringFuture(Future):
    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop=None):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel():
                ret = True
        if ret:
            self._cancel_requested = True
        return ret

def gather(*coros_or_futures, loop=None, return_exceptions=False):
    if not coros_or_futures:
        if loop is None:
            loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = CancelledError()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = CancelledError()
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                # A Task made for a coroutine here: the caller cannot
                # control it, so it is not reported if destroyed pending.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer

def shield(arg, *, loop=None):
    inner = ensure_future(arg, loop=loop)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer

def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('asyncio.run_coroutine_threadsafe is not built yet in EvoScript')

async def _shutdown_asyncgens(self):
    """Shutdown all active asynchronous generators."""
    closing_agens = _asyncio._take_asyncgens(self)
    if not closing_agens:
        return
    results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            self.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })

_asyncio._UnixSelectorEventLoop.shutdown_asyncgens = _shutdown_asyncgens

def _cancel_all_tasks(loop):
    to_cancel = [t for t in _asyncio._all_tasks_list(loop) if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, loop=loop, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })

def run(main, *, debug=False):
    if _get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        loop.set_debug(debug)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            set_event_loop(None)
            loop.close()

# locks

class _ContextManager:
    __module__ = 'asyncio.locks'
    def __init__(self, lock):
        self._lock = lock
    def __enter__(self):
        return None
    def __exit__(self, *args):
        try:
            self._lock.release()
        finally:
            self._lock = None

class _ContextManagerMixin:
    __module__ = 'asyncio.locks'
    def __enter__(self):
        raise RuntimeError(
            '"yield from" should be used as context manager expression')
    def __exit__(self, *args):
        pass
    @_types.coroutine
    def __iter__(self):
        yield from self.acquire()
        return _ContextManager(self)
    async def _acquire_ctx(self):
        await self.acquire()
        return _ContextManager(self)
    def __await__(self):
        return self._acquire_ctx().__await__()
    async def __aenter__(self):
        await self.acquire()
        return None
    async def __aexit__(self, exc_type, exc, tb):
        self.release()

def _object_repr(self):
    return '<%s.%s object at %s>' % (type(self).__module__, type(self).__qualname__, hex(id(self)))

class Lock(_ContextManagerMixin):
    __module__ = 'asyncio.locks'
    def __init__(self, *, loop=None):
        self._waiters = None
        self._locked = False
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop

    def __repr__(self):
        res = _object_repr(self)
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _collections.deque()
        fut = self._loop.create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        try:
            fut = next(iter(self._waiters))
        except StopIteration:
            return
        if not fut.done():
            fut.set_result(True)

class Event:
    __module__ = 'asyncio.locks'
    def __init__(self, *, loop=None):
        self._waiters = _collections.deque()
        self._value = False
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop

    def __repr__(self):
        res = _object_repr(self)
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._loop.create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)

class Condition(_ContextManagerMixin):
    __module__ = 'asyncio.locks'
    def __init__(self, lock=None, *, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        if lock is None:
            lock = Lock(loop=loop)
        elif lock._loop is not self._loop:
            raise ValueError("loop argument must agree with lock")
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _collections.deque()

    def __repr__(self):
        res = _object_repr(self)
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._loop.create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))

class Semaphore(_ContextManagerMixin):
    __module__ = 'asyncio.locks'
    def __init__(self, value=1, *, loop=None):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _collections.deque()
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop

    def __repr__(self):
        res = _object_repr(self)
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def _wake_up_next(self):
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = self._loop.create_future()
            self._waiters.append(fut)
            try:
                await fut
            except:
                fut.cancel()
                if self._value > 0 and not fut.cancelled():
                    self._wake_up_next()
                raise
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'
    def __init__(self, value=1, *, loop=None):
        self._bound_value = value
        super().__init__(value, loop=loop)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()

# queues

class QueueEmpty(Exception):
    '''Raised when Queue.get_nowait() is called on an empty Queue.'''
    __module__ = 'asyncio.queues'

class QueueFull(Exception):
    '''Raised when the Queue.put_nowait() method is called on a full Queue.'''
    __module__ = 'asyncio.queues'

class Queue:
    __module__ = 'asyncio.queues'
    def __init__(self, maxsize=0, *, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._maxsize = maxsize
        self._getters = _collections.deque()
        self._putters = _collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event(loop=loop)
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {hex(id(self))} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._loop.create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._loop.create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

class PriorityQueue(Queue):
    __module__ = 'asyncio.queues'
    def _init(self, maxsize):
        self._queue = []
    def _put(self, item, heappush=_heapq.heappush):
        heappush(self._queue, item)
    def _get(self, heappop=_heapq.heappop):
        return heappop(self._queue)

class LifoQueue(Queue):
    __module__ = 'asyncio.queues'
    def _init(self, maxsize):
        self._queue = []
    def _put(self, item):
        self._queue.append(item)
    def _get(self):
        return self._queue.pop()
"""#
