// types, traceback and warnings, written in EvoScript over the _evo helpers.

let typesModuleSource = #"""
import _evo
import sys as _sys

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
def _g():
    yield 1
GeneratorType = type(_g())
async def _c(): pass
_c = _c()
CoroutineType = type(_c)
try:
    _c.close()
except Exception:
    pass
del _c
class _C:
    def _m(self): pass
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
ModuleType = type(_sys)
try:
    raise TypeError
except TypeError:
    _tb = _sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(_tb.tb_frame)
    _tb = None
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = GetSetDescriptorType
del _C, _f, _g

class SimpleNamespace:
    def __init__(self, **kwargs):
        _evo.dict_update(self.__dict__, kwargs)
    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        parts = []
        for k, v in sorted(_evo.dict_items(self.__dict__)):
            _evo.append(parts, str(k) + '=' + repr(v))
        return name + '(' + _evo.join(', ', parts) + ')'
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return _evo.dict_eq(self.__dict__, other.__dict__)
        return NotImplemented
    __hash__ = None

def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & 0x20:
        return _evo.set_iterable_coroutine(func)
    return func

def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)
"""#

let tracebackModuleSource = #"""
import sys
import _evo

def _lines(s):
    out = []
    cur = ''
    for ch in s:
        cur = cur + ch
        if ch == '\n':
            _evo.append(out, cur)
            cur = ''
    if cur:
        _evo.append(out, cur)
    return out

class FrameSummary:
    def __init__(self, filename, lineno, name, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None
    @property
    def line(self):
        if self._line is None:
            self._line = _evo.source_line(self.filename, self.lineno)
        return self._line
    def _tuple(self):
        return (self.filename, self.lineno, self.name, self.line)
    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._tuple() == other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented
    __hash__ = None
    def __getitem__(self, pos):
        return self._tuple()[pos]
    def __iter__(self):
        return iter(self._tuple())
    def __len__(self):
        return 4
    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)

def _summaries(entries):
    out = []
    for filename, lineno, name, line in entries:
        _evo.append(out, FrameSummary(filename, lineno, name, line=line if line is not None else ''))
    return out

class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                _evo.append(result, frame)
            else:
                filename, lineno, name, line = frame
                _evo.append(result, FrameSummary(filename, lineno, name, line=line))
        return result
    def format(self):
        return format_list(self)

def format_list(extracted_list):
    result = []
    last_file = None
    last_line = None
    last_name = None
    count = 0
    for frame in extracted_list:
        if not isinstance(frame, FrameSummary):
            filename, lineno, name, line = frame
            frame = FrameSummary(filename, lineno, name, line=line)
        if (last_file is None or last_file != frame.filename or last_line is None or
                last_line != frame.lineno or last_name is None or last_name != frame.name):
            if count > 3:
                count -= 3
                _evo.append(result, '  [Previous line repeated %d more time%s]\n' % (count, 's' if count > 1 else ''))
            last_file = frame.filename
            last_line = frame.lineno
            last_name = frame.name
            count = 0
        count += 1
        if count > 3:
            continue
        row = '  File "%s", line %d, in %s\n' % (frame.filename, frame.lineno, frame.name)
        if frame.line:
            row = row + '    %s\n' % frame.line
        _evo.append(result, row)
    if count > 3:
        count -= 3
        _evo.append(result, '  [Previous line repeated %d more time%s]\n' % (count, 's' if count > 1 else ''))
    return result

def extract_tb(tb, limit=None):
    return _summaries(_evo.tb_entries(tb, limit))

def extract_stack(f=None, limit=None):
    entries = _evo.stack_entries(1)
    if limit is not None:
        entries = entries[len(entries) - limit:] if limit < len(entries) else entries
    return _summaries(entries)

def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))

def format_stack(f=None, limit=None):
    entries = _evo.stack_entries(1)
    if limit is not None and limit < len(entries):
        entries = entries[len(entries) - limit:]
    return format_list(_summaries(entries))

def _file(file):
    return sys.stderr if file is None else file

def print_tb(tb, limit=None, file=None):
    for item in format_tb(tb, limit):
        print(item, file=_file(file), end="")

def print_stack(f=None, limit=None, file=None):
    for item in format_stack(f, limit):
        print(item, file=_file(file), end="")

def print_list(extracted_list, file=None):
    for item in format_list(extracted_list):
        print(item, file=_file(file), end="")

def format_exception_only(etype, value=None):
    if value is None or not isinstance(value, BaseException):
        if isinstance(etype, BaseException):
            value = etype
        elif etype is None:
            return ['NoneType: None\n']
        else:
            name = etype.__name__
            if value is None:
                return [name + '\n']
            return [name + ': ' + str(value) + '\n']
    return _lines(_evo.format_exception_only(value))

def format_exception(etype, value=None, tb=None, limit=None, chain=True):
    if value is None or not isinstance(value, BaseException):
        if isinstance(etype, BaseException):
            value = etype
        else:
            return format_exception_only(etype, value)
    if tb is not None and value.__traceback__ is None:
        value.__traceback__ = tb
    return _lines(_evo.format_exception(value, chain))

def print_exception(etype, value=None, tb=None, limit=None, file=None, chain=True):
    for line in format_exception(etype, value, tb, limit, chain):
        print(line, file=_file(file), end="")

def format_exc(limit=None, chain=True):
    etype, value, tb = sys.exc_info()
    return _evo.join('', format_exception(etype, value, tb, limit, chain))

def print_exc(limit=None, file=None, chain=True):
    etype, value, tb = sys.exc_info()
    print_exception(etype, value, tb, limit, file, chain)

def print_last(limit=None, file=None, chain=True):
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)

def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next

class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False):
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = StackSummary.from_list(extract_tb(exc_traceback, limit))
        self.__cause__ = None
        self.__context__ = None
    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)
    def format(self, *, chain=True):
        return iter(format_exception(self.exc_type, self._value, None, None, chain))
    def format_exception_only(self):
        return iter(format_exception_only(self.exc_type, self._value))
    def __str__(self):
        return str(self._value)
"""#

let warningsModuleSource = #"""
import sys
import _evo
from _evo import dict_has as _dhas

filters = []
defaultaction = "default"
onceregistry = {}
_registry = {}
_default_filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

def _match(pattern, text):
    if pattern == '' or pattern == '.*':
        return True
    return _evo.startswith(text, pattern)

def _add_filter(item, append):
    global filters
    if not append:
        rest = [f for f in filters if f != item]
        filters = [item] + rest
    elif item not in filters:
        filters = filters + [item]
    _evo.dict_clear(_registry)
    _evo.dict_clear(onceregistry)

def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add_filter((action, None, category, None, lineno), append)

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add_filter((action, message or None, category, module or None, lineno), append)

def resetwarnings():
    global filters
    filters = []
    _evo.dict_clear(_registry)

def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _evo.source_line(filename, lineno)
    if line:
        s = s + "  %s\n" % line
    return s

def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass

class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None
    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))

def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    if module is None:
        module = filename or "<unknown>"
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = None
    for item in filters + _default_filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or _match(msg, text)) and issubclass(category, cat) and
                (mod is None or mod == module) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action is None:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
        if _dhas(onceregistry, key):
            return
        onceregistry[key] = 1
    elif action == "module":
        key = (text, category, 0, module)
        if _dhas(_registry, key):
            return
        _registry[key] = 1
    elif action == "default":
        key = (text, category, lineno, filename)
        if _dhas(_registry, key):
            return
        _registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    g = globals()
    g['showwarning'](message, category, filename, lineno)

def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % (type(category).__name__,))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = _evo.dict_get(globals_, '__name__', '<string>')
    warn_explicit(message, category, filename, lineno, module)

class catch_warnings:
    def __init__(self, *, record=False, module=None):
        self._record = record
        self._entered = False
    def __enter__(self):
        global filters, showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters
        filters = list(filters)
        self._showwarning = showwarning
        _evo.dict_clear(_registry)
        _evo.dict_clear(onceregistry)
        if self._record:
            log = []
            def record(message, category, filename, lineno, file=None, line=None):
                _evo.append(log, WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None
    def __exit__(self, *exc_info):
        global filters, showwarning
        filters = self._filters
        showwarning = self._showwarning
        _evo.dict_clear(_registry)
"""#
