// functools and bisect, written in EvoScript (functools.py's algorithms).

let functoolsModuleSource = #"""
import _evo
from _evo import dict_get as _dget, dict_items as _ditems

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        _evo.dict_update(getattr(wrapper, attr), getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

class partial:
    def __new__(cls, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = {}
            _evo.dict_update(merged, func.keywords)
            _evo.dict_update(merged, keywords)
            keywords = merged
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self
    def __call__(self, *args, **keywords):
        merged = {}
        _evo.dict_update(merged, self.keywords)
        _evo.dict_update(merged, keywords)
        return self.func(*self.args, *args, **merged)
    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        for x in self.args:
            _evo.append(args, repr(x))
        for k, v in _ditems(self.keywords):
            _evo.append(args, k + '=' + repr(v))
        if type(self).__module__ == "functools":
            return "functools." + qualname + "(" + _evo.join(', ', args) + ")"
        return qualname + "(" + _evo.join(', ', args) + ")"

class partialmethod:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)

_initial_missing = object()

def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty sequence with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

def cmp_to_key(mycmp):
    class K(object):
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K

def _gt_from_lt(self, other):
    op_result = self.__lt__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other
def _le_from_lt(self, other):
    op_result = self.__lt__(other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other
def _ge_from_lt(self, other):
    op_result = self.__lt__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result
def _ge_from_le(self, other):
    op_result = self.__le__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other
def _lt_from_le(self, other):
    op_result = self.__le__(other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other
def _gt_from_le(self, other):
    op_result = self.__le__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result
def _lt_from_gt(self, other):
    op_result = self.__gt__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other
def _ge_from_gt(self, other):
    op_result = self.__gt__(other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other
def _le_from_gt(self, other):
    op_result = self.__gt__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result
def _le_from_ge(self, other):
    op_result = self.__ge__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other
def _gt_from_ge(self, other):
    op_result = self.__ge__(other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other
def _lt_from_ge(self, other):
    op_result = self.__ge__(other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}

def total_ordering(cls):
    roots = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            _evo.append(roots, op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            def make(f, name):
                def method(self, other):
                    return f(self, other)
                method.__name__ = name
                method.__qualname__ = cls.__qualname__ + '.' + name
                return method
            setattr(cls, opname, make(opfunc, opname))
    return cls

_kwd_mark = (object(),)

def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + _kwd_mark
        for k, v in _ditems(kwds):
            key = key + (k, v)
    if typed:
        for v in args:
            key = key + (type(v),)
        if kwds:
            for k, v in _ditems(kwds):
                key = key + (type(v),)
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key

_CacheInfo = None

def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo

def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    sentinel = object()
    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        result = _dget(cache, key, sentinel)
        if result is not sentinel:
            stats[0] += 1
            if maxsize is not None:
                _evo.dict_move_to_end(cache, key)
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            _evo.dict_set(cache, key, result)
            if maxsize is not None and len(cache) > maxsize:
                _evo.dict_popitem(cache, False)
        return result
    def cache_info():
        return _cache_info_type()(stats[0], stats[1], maxsize, len(cache))
    def cache_clear():
        _evo.dict_clear(cache)
        stats[0] = 0
        stats[1] = 0
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return wrapper

def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    return decorating_function

def cache(user_function):
    return lru_cache(maxsize=None)(user_function)

_NOT_FOUND = object()

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names (%r and %r)." % (self.attrname, name))
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        val = _dget(cache, self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
"""#

let bisectModuleSource = #"""
import _evo

def bisect_right(a, x, lo=0, hi=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def bisect_left(a, x, lo=0, hi=None):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def insort_right(a, x, lo=0, hi=None):
    lo = bisect_right(a, x, lo, hi)
    if isinstance(a, list):
        _evo.insert(a, lo, x)
    else:
        a.insert(lo, x)

def insort_left(a, x, lo=0, hi=None):
    lo = bisect_left(a, x, lo, hi)
    if isinstance(a, list):
        _evo.insert(a, lo, x)
    else:
        a.insert(lo, x)

bisect = bisect_right
insort = insort_right
"""#
