// collections, written in EvoScript over the _evo helpers (deque storage is
// Swift: PyDequeStore). Dunder methods that the VM's fast paths recognise
// (__getitem__, __iter__, __len__) are _evo builtins, so indexing and
// iteration of these dict and tuple subclasses stay native.

let collectionsModuleSource = #"""
import _evo
from _evo import dict_get as _dget, dict_set as _dset, dict_has as _dhas, dict_items as _ditems
import sys as _sys

_KEYWORDS = {'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
             'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
             'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'}

class deque:
    __hash__ = None
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._s = _evo.deque_store()
        _evo.dq_extend(self._s, iterable, maxlen)
    @property
    def maxlen(self):
        return self._maxlen
    def append(self, x):
        _evo.dq_append(self._s, x, self._maxlen)
    def appendleft(self, x):
        _evo.dq_appendleft(self._s, x, self._maxlen)
    def extend(self, iterable):
        _evo.dq_extend(self._s, iterable, self._maxlen)
    def extendleft(self, iterable):
        _evo.dq_extendleft(self._s, iterable, self._maxlen)
    def pop(self):
        return _evo.dq_pop(self._s)
    def popleft(self):
        return _evo.dq_popleft(self._s)
    def rotate(self, n=1):
        _evo.dq_rotate(self._s, n)
    def clear(self):
        _evo.dq_clear(self._s)
    def count(self, x):
        return _evo.dq_count(self._s, x)
    def index(self, x, start=0, stop=None):
        if stop is None:
            return _evo.dq_index(self._s, x, start)
        return _evo.dq_index(self._s, x, start, stop)
    def insert(self, i, x):
        if self._maxlen is not None and _evo.dq_len(self._s) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = _evo.dq_list(self._s)
        _evo.insert(items, i, x)
        _evo.dq_clear(self._s)
        _evo.dq_extend(self._s, items, None)
    def remove(self, x):
        _evo.dq_remove(self._s, x)
    def reverse(self):
        _evo.dq_reverse(self._s)
    def copy(self):
        return self.__class__(_evo.dq_list(self._s), self._maxlen)
    __copy__ = copy
    def __len__(self):
        return _evo.dq_len(self._s)
    def __bool__(self):
        return _evo.dq_len(self._s) != 0
    def __iter__(self):
        return _evo.dq_iter(self._s)
    def __reversed__(self):
        return _evo.dq_iter(self._s, True)
    def __contains__(self, x):
        return x in _evo.dq_list(self._s)
    def __getitem__(self, i):
        return _evo.dq_get(self._s, i)
    def __setitem__(self, i, x):
        _evo.dq_set(self._s, i, x)
    def __delitem__(self, i):
        _evo.dq_del(self._s, i)
    def __repr__(self):
        body = repr(_evo.dq_list(self._s))
        if self._maxlen is None:
            return self.__class__.__name__ + '(' + body + ')'
        return self.__class__.__name__ + '(' + body + ', maxlen=' + repr(self._maxlen) + ')'
    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return _evo.dq_list(self._s) == _evo.dq_list(other._s)
    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return _evo.dq_list(self._s) != _evo.dq_list(other._s)
    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return _evo.dq_list(self._s) < _evo.dq_list(other._s)
    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return _evo.dq_list(self._s) <= _evo.dq_list(other._s)
    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return _evo.dq_list(self._s) > _evo.dq_list(other._s)
    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return _evo.dq_list(self._s) >= _evo.dq_list(other._s)
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        r = self.copy()
        r.extend(other)
        return r
    def __iadd__(self, other):
        self.extend(other)
        return self
    def __mul__(self, n):
        return self.__class__(_evo.dq_list(self._s) * n, self._maxlen)

def _tuple_cmp(op):
    def cmp(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return op(_evo.tuple_items(self), _evo.tuple_items(other))
    return cmp

def _lt(a, b): return a < b
def _le(a, b): return a <= b
def _gt(a, b): return a > b
def _ge(a, b): return a >= b
def _eq(a, b): return a == b
def _ne(a, b): return a != b

def _make_getter(index):
    return lambda self: _evo.tuple_item(self, index)

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = _evo.split(field_names, ', \t\n')
    field_names = tuple(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        names = []
        index = 0
        for name in field_names:
            if (not _evo.isidentifier(name) or name in _KEYWORDS or _evo.startswith(name, '_') or name in seen):
                name = '_' + str(index)
            _evo.set_add(seen, name)
            _evo.append(names, name)
            index += 1
        field_names = tuple(names)
    for name in (typename,) + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not _evo.isidentifier(name):
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if _evo.startswith(name, '_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        _evo.set_add(seen, name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        offset = len(field_names) - len(defaults)
        for k in range(len(defaults)):
            field_defaults[field_names[offset + k]] = defaults[k]
    num_fields = len(field_names)
    arg_list = _evo.join(', ', field_names)
    parts = []
    for name in field_names:
        _evo.append(parts, name + '=%r')
    repr_fmt = '(' + _evo.join(', ', parts) + ')'
    if num_fields == 0:
        tuple_expr = '()'
    elif num_fields == 1:
        tuple_expr = '(' + arg_list + ',)'
    else:
        tuple_expr = '(' + arg_list + ')'
    namespace = {'_tuple_new': _evo.tuple_new, '__name__': 'namedtuple_' + typename}
    src = 'def __new__(_cls' + (', ' + arg_list if num_fields else '') + '):\n    return _tuple_new(_cls, ' + tuple_expr + ')\n'
    _evo.exec(src, namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = 'Create new instance of ' + typename + '(' + arg_list + ')'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        result = _evo.tuple_new(cls, iterable)
        if _evo.tuple_len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, _evo.tuple_len(result)))
        return result

    def _replace(_self, **kwds):
        vals = _evo.tuple_items(_self)
        out = []
        for k in range(num_fields):
            name = field_names[k]
            if _dhas(kwds, name):
                _evo.append(out, kwds[name])
                _evo.dict_del(kwds, name)
            else:
                _evo.append(out, vals[k])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return _self._make(out)

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % _evo.tuple_items(self)

    def _asdict(self):
        return dict(zip(self._fields, _evo.tuple_items(self)))

    def __getnewargs__(self):
        return _evo.tuple_items(self)

    def __hash__(self):
        return hash(_evo.tuple_items(self))

    def __add__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return _evo.tuple_items(self) + _evo.tuple_items(other)

    class_namespace = {
        '__doc__': typename + '(' + arg_list + ')',
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '_fields_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__getitem__': _evo.tuple_getitem,
        '__iter__': _evo.tuple_iter,
        '__len__': _evo.tuple_len,
        '__eq__': _tuple_cmp(_eq),
        '__ne__': _tuple_cmp(_ne),
        '__lt__': _tuple_cmp(_lt),
        '__le__': _tuple_cmp(_le),
        '__gt__': _tuple_cmp(_gt),
        '__ge__': _tuple_cmp(_ge),
        '__hash__': __hash__,
        '__add__': __add__,
    }
    for index in range(num_fields):
        class_namespace[field_names[index]] = property(_make_getter(index), doc='Alias for field number ' + str(index))
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        try:
            module = _dget(_sys._getframe(1).f_globals, '__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result

class OrderedDict(dict):
    __getitem__ = _evo.dict_getitem
    __iter__ = _evo.dict_iter
    __len__ = _evo.dict_len
    def __init__(self, other=(), **kwds):
        _evo.dict_update(self, other)
        _evo.dict_update(self, kwds)
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, _ditems(self))
    def move_to_end(self, key, last=True):
        _evo.dict_move_to_end(self, key, last)
    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        return _evo.dict_popitem(self, last)
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return _evo.dict_eq(self, other) and _evo.dict_keys(self) == _evo.dict_keys(other)
        if isinstance(other, dict):
            return _evo.dict_eq(self, other)
        return NotImplemented
    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r
    __hash__ = None
    def __reversed__(self):
        return reversed(_evo.dict_keys(self))
    def copy(self):
        return self.__class__(self)
    __copy__ = copy
    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

class defaultdict(dict):
    __getitem__ = _evo.dict_getitem
    __iter__ = _evo.dict_iter
    __len__ = _evo.dict_len
    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        if len(args) > 1:
            raise TypeError('defaultdict expected at most 2 arguments, got %d' % (len(args) + 1))
        if args:
            _evo.dict_update(self, args[0])
        _evo.dict_update(self, kwds)
    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value
    def __repr__(self):
        return 'defaultdict(%s, %s)' % (repr(self.default_factory), _evo.dict_repr(self))
    def copy(self):
        return self.__class__(self.default_factory, self)
    __copy__ = copy

def _count_key(item):
    return item[1]

class Counter(dict):
    __getitem__ = _evo.dict_getitem
    __iter__ = _evo.dict_iter
    __len__ = _evo.dict_len
    def __init__(self, iterable=None, **kwds):
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def most_common(self, n=None):
        items = sorted(_ditems(self), key=_count_key, reverse=True)
        if n is None:
            return items
        return items[:n]
    def elements(self):
        for elem, count in _ditems(self):
            for _ in range(count):
                yield elem
    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in _ditems(iterable):
                        _dset(self, elem, count + _dget(self, elem, 0))
                else:
                    _evo.dict_update(self, iterable)
            elif hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    _dset(self, elem, iterable[elem] + _dget(self, elem, 0))
            else:
                for elem in iterable:
                    _dset(self, elem, _dget(self, elem, 0) + 1)
        if kwds:
            self.update(kwds)
    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in _ditems(iterable):
                    _dset(self, elem, _dget(self, elem, 0) - count)
            else:
                for elem in iterable:
                    _dset(self, elem, _dget(self, elem, 0) - 1)
        if kwds:
            self.subtract(kwds)
    def copy(self):
        return self.__class__(self)
    __copy__ = copy
    def __delitem__(self, elem):
        if _dhas(self, elem):
            _evo.dict_del(self, elem)
    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        parts = []
        for k, v in self.most_common():
            _evo.append(parts, repr(k) + ': ' + repr(v))
        return '%s({%s})' % (self.__class__.__name__, _evo.join(', ', parts))
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in _ditems(self):
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in _ditems(other):
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in _ditems(self):
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in _ditems(other):
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in _ditems(self):
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in _ditems(other):
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in _ditems(self):
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result
    def __pos__(self):
        result = Counter()
        for elem, count in _ditems(self):
            if count > 0:
                result[elem] = count
        return result
    def __neg__(self):
        result = Counter()
        for elem, count in _ditems(self):
            if count < 0:
                result[elem] = 0 - count
        return result
    def _keep_positive(self):
        for elem, count in _ditems(self):
            if not count > 0:
                _evo.dict_del(self, elem)
        return self
    def __iadd__(self, other):
        for elem, count in _ditems(other):
            self[elem] += count
        return self._keep_positive()
    def __isub__(self, other):
        for elem, count in _ditems(other):
            self[elem] -= count
        return self._keep_positive()
"""#
