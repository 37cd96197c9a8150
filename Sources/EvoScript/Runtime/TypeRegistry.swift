// The builtin types of one interpreter. Created at start-up; every object's
// class pointer refers to one of these or to a user class.

final class TypeRegistry {
    let type: PyType
    let object: PyType
    let dict: PyType
    let int: PyType
    let bool: PyType
    let float: PyType
    let complex: PyType
    let str: PyType
    let bytes: PyType
    let bytearray: PyType
    let tuple: PyType
    let list: PyType
    let set: PyType
    let frozenset: PyType
    let range: PyType
    let slice: PyType
    let function: PyType
    let builtinFunction: PyType
    let method: PyType
    let code: PyType
    let module: PyType
    let cell: PyType
    let property: PyType
    let staticmethod: PyType
    let classmethod: PyType
    let noneType: PyType
    let notImplementedType: PyType
    let ellipsisType: PyType
    let generator: PyType
    let coroutine: PyType
    let asyncGenerator: PyType
    /// The awaitables of async_generator's __anext__/asend and athrow/aclose.
    let asyncGenASend: PyType
    let asyncGenAThrow: PyType
    let traceback: PyType
    let frame: PyType
    let iterator: PyType
    let getset: PyType
    let dictKeys: PyType
    let dictValues: PyType
    let dictItems: PyType
    let superType: PyType

    // Exceptions.
    let baseException: PyType
    var exceptions: [String: PyType] = [:]

    /// Every builtin type, for marking.
    private(set) var all: [PyType] = []

    init(heap: Heap) {
        let typeDict = heap.track(PyDict(cls: nil))
        let type = heap.track(PyType(metatype: nil, name: "type", bases: [], dict: typeDict, layout: .type, isBuiltin: true,
                                     epoch: TypeEpoch()))
        let objectDict = heap.track(PyDict(cls: nil))
        let object = heap.track(PyType(metatype: type, name: "object", bases: [], dict: objectDict, layout: .object, isBuiltin: true))
        let dictDict = heap.track(PyDict(cls: nil))
        let dict = heap.track(PyType(metatype: type, name: "dict", bases: [object], dict: dictDict, layout: .dict, isBuiltin: true))
        for d in [typeDict, objectDict, dictDict] { d.storedClass = dict }
        type.bases = [object]
        object.mro = [object]
        type.mro = [type, object]
        dict.mro = [dict, object]
        self.type = type
        self.object = object
        self.dict = dict
        var all = [type, object, dict]

        func make(_ name: String, _ base: PyType, _ layout: Layout, subclassable: Bool = true) -> PyType {
            let d = heap.track(PyDict(cls: dict))
            let t = heap.track(PyType(metatype: type, name: name, bases: [base], dict: d, layout: layout, isBuiltin: true))
            t.mro = [t] + base.mro
            t.isBaseType = subclassable
            all.append(t)
            return t
        }
        int = make("int", object, .int)
        bool = make("bool", int, .bool, subclassable: false)
        float = make("float", object, .float)
        complex = make("complex", object, .other, subclassable: false)
        str = make("str", object, .str)
        bytes = make("bytes", object, .bytes)
        bytearray = make("bytearray", object, .bytes)
        tuple = make("tuple", object, .tuple)
        list = make("list", object, .list)
        set = make("set", object, .set)
        frozenset = make("frozenset", object, .frozenset)
        range = make("range", object, .other, subclassable: false)
        slice = make("slice", object, .other, subclassable: false)
        function = make("function", object, .function, subclassable: false)
        builtinFunction = make("builtin_function_or_method", object, .builtin, subclassable: false)
        method = make("method", object, .other, subclassable: false)
        code = make("code", object, .code, subclassable: false)
        module = make("module", object, .module)
        cell = make("cell", object, .other, subclassable: false)
        property = make("property", object, .other)
        staticmethod = make("staticmethod", object, .other)
        classmethod = make("classmethod", object, .other)
        noneType = make("NoneType", object, .none, subclassable: false)
        notImplementedType = make("NotImplementedType", object, .notImplemented, subclassable: false)
        ellipsisType = make("ellipsis", object, .ellipsis, subclassable: false)
        generator = make("generator", object, .other, subclassable: false)
        coroutine = make("coroutine", object, .other, subclassable: false)
        asyncGenerator = make("async_generator", object, .other, subclassable: false)
        asyncGenASend = make("async_generator_asend", object, .other, subclassable: false)
        asyncGenAThrow = make("async_generator_athrow", object, .other, subclassable: false)
        traceback = make("traceback", object, .other, subclassable: false)
        frame = make("frame", object, .other, subclassable: false)
        iterator = make("iterator", object, .other, subclassable: false)
        getset = make("getset_descriptor", object, .other, subclassable: false)
        dictKeys = make("dict_keys", object, .other, subclassable: false)
        dictValues = make("dict_values", object, .other, subclassable: false)
        dictItems = make("dict_items", object, .other, subclassable: false)
        superType = make("super", object, .other)

        let base = make("BaseException", object, .exception)
        baseException = base
        var exc: [String: PyType] = ["BaseException": base]
        // (name, base) in CPython 3.8's hierarchy.
        let hierarchy: [(String, String)] = [
            ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"), ("Exception", "BaseException"),
            ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"),
            ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
            ("AssertionError", "Exception"), ("AttributeError", "Exception"),
            ("BufferError", "Exception"), ("EOFError", "Exception"),
            ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
            ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
            ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
            ("OSError", "Exception"), ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
            ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
            ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
            ("ConnectionResetError", "ConnectionError"), ("FileExistsError", "OSError"),
            ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"),
            ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"),
            ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"), ("TimeoutError", "OSError"),
            ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
            ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
            ("SystemError", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
            ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"),
            ("UnicodeEncodeError", "UnicodeError"), ("UnicodeTranslateError", "UnicodeError"),
            ("Warning", "Exception"), ("DeprecationWarning", "Warning"),
            ("PendingDeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"),
            ("SyntaxWarning", "Warning"), ("UserWarning", "Warning"), ("FutureWarning", "Warning"),
            ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"), ("BytesWarning", "Warning"),
            ("ResourceWarning", "Warning"),
        ]
        for (name, baseName) in hierarchy {
            if let b = exc[baseName] { exc[name] = make(name, b, .exception) }
        }
        exceptions = exc
        self.all = all
    }

    /// A builtin exception class by name (one of CPython's).
    func exception(_ name: String) -> PyType {
        exceptions[name] ?? baseException
    }

    func trace(_ heap: Heap) { for t in all { heap.mark(t) } }
}
