// contextlib and inspect, written in EvoScript.

let contextlibModuleSource = #"""
"""Utilities for with-statement contexts (the parts of CPython's contextlib most programs use)."""
import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "suppress", "nullcontext", "ExitStack", "redirect_stdout"]


class _GeneratorContextManager:
    """Helper for @contextmanager: drives the generator through __enter__ and __exit__."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = type()
            try:
                self.gen.throw(type, value, traceback)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                if type is StopIteration and exc.__cause__ is value:
                    return False
                raise
            except:
                if sys.exc_info()[1] is value:
                    return False
                raise
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class redirect_stdout:
    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(sys.stdout)
        sys.stdout = self._new_target
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        sys.stdout = self._old_targets.pop()


class ExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        result = type(cm).__enter__(cm)
        exit = type(cm).__exit__
        self._exit_callbacks.append(lambda *exc: exit(cm, *exc))
        return result

    def push(self, exit):
        self._exit_callbacks.append(exit)
        return exit

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_exc_details = sys.exc_info()
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            raise exc_details[1]
        return received_exc and suppressed_exc
"""#

let inspectModuleSource = #"""
"""Type checks on live objects (a subset of CPython's inspect)."""
import types

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100

def isclass(object):
    return isinstance(object, type)

def ismodule(object):
    return isinstance(object, types.ModuleType)

def isfunction(object):
    return isinstance(object, types.FunctionType)

def ismethod(object):
    return isinstance(object, types.MethodType)

def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)

def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)

def _code_flags(object):
    while ismethod(object):
        object = object.__func__
    if not isfunction(object):
        return 0
    return object.__code__.co_flags

def isgeneratorfunction(object):
    return bool(_code_flags(object) & CO_GENERATOR)

def iscoroutinefunction(object):
    return bool(_code_flags(object) & CO_COROUTINE)

def isgenerator(object):
    return isinstance(object, types.GeneratorType)

def iscoroutine(object):
    return isinstance(object, types.CoroutineType)

def isawaitable(object):
    return (isinstance(object, types.CoroutineType) or
            (isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)) or
            hasattr(type(object), "__await__"))

def getmro(cls):
    return cls.__mro__

def getgeneratorstate(generator):
    if generator.gi_running:
        return "GEN_RUNNING"
    if generator.gi_frame is None:
        return "GEN_CLOSED"
    if generator.gi_frame.f_lasti == -1:
        return "GEN_CREATED"
    return "GEN_SUSPENDED"
"""#
