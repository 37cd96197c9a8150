// Attributes and methods of the core builtin types (object, type,
// functions, exceptions, generators). Methods of str, list, dict and the
// other containers live in Runtime/Methods/.

import BigInt

extension Interpreter {
    // MARK: registration helpers

    @discardableResult
    func addMethod(_ t: PyType, _ name: String, _ fn: @escaping NativeFunction) -> PyBuiltinFunction {
        let f = heap.track(PyBuiltinFunction(cls: types.builtinFunction, name: name, isMethod: true, owner: t, fn: fn))
        t.dict.setStr(intern(name), Value(f))
        return f
    }

    func addStaticMethod(_ t: PyType, _ name: String, _ fn: @escaping NativeFunction) {
        let f = heap.track(PyBuiltinFunction(cls: types.builtinFunction, name: name, isMethod: false, owner: t, fn: fn))
        t.dict.setStr(intern(name), Value(f))
    }

    func addClassMethod(_ t: PyType, _ name: String, _ fn: @escaping NativeFunction) {
        let f = heap.track(PyBuiltinFunction(cls: types.builtinFunction, name: name, isMethod: false, owner: t, fn: fn))
        let w = heap.track(PyMethodWrapper(cls: types.classmethod, callable: Value(f)))
        t.dict.setStr(intern(name), Value(w))
    }

    func addGetSet(_ t: PyType, _ name: String, get: @escaping (Interpreter, Value) throws -> Value,
                   set: ((Interpreter, Value, Value) throws -> Void)? = nil) {
        let g = heap.track(PyGetSet(cls: types.getset, name: name, get: get, set: set))
        t.dict.setStr(intern(name), Value(g))
    }

    /// Checks a builtin's positional argument count with CPython's wording.
    func expectArgs(_ a: Args, _ name: String, min: Int, max: Int) throws {
        if a.count < min || a.count > max {
            if min == max {
                if min == 0 { throw typeError("\(name)() takes no arguments (\(a.count) given)") }
                if min == 1 { throw typeError("\(name)() takes exactly one argument (\(a.count) given)") }
                throw typeError("\(name) expected \(min) arguments, got \(a.count)")
            }
            if a.count < min {
                throw typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(a.count)")
            }
            throw typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(a.count)")
        }
    }

    func noKeywords(_ a: Args, _ name: String) throws {
        if !a.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
    }

    /// Positional argument i, or keyword `name`, or nil.
    func argument(_ a: Args, _ i: Int, _ name: String) -> Value? {
        if i < a.count { return a[i] }
        return a.keyword(name)
    }

    func intArg(_ v: Value, _ what: String = "") throws -> Int {
        guard let i = try indexValue(v) else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        return i
    }

    func strArg(_ v: Value, _ fname: String, _ pos: Int = 1) throws -> String {
        guard let s = v.asObject(PyStr.self) else {
            throw typeError("\(fname)() argument \(pos) must be str, not \(typeName(v))")
        }
        return s.value
    }

    /// The receiver of a method, checked to be a `T`.
    func receiver<T: PyObject>(_ a: Args, _ t: T.Type, _ typeName: String, _ method: String) throws -> T {
        guard a.count > 0, let o = a[0].asObject(T.self) else {
            let got = a.count > 0 ? self.typeName(a[0]) : "nothing"
            throw typeError("descriptor '\(method)' requires a '\(typeName)' object but received a '\(got)'")
        }
        return o
    }

    // MARK: core types

    func setUpTypes() {
        setUpObjectAndType()
        setUpFunctionTypes()
        setUpExceptionTypes()
        setUpGeneratorTypes()
        setUpAsyncGeneratorTypes()
        setUpContainerMethods()
    }

    private func setUpObjectAndType() {
        let object = types.object, type = types.type
        addGetSet(object, "__class__", get: { i, v in Value(i.typeOf(v)) }, set: { i, v, nv in
            guard let inst = v.asObject(PyInstance.self), let t = nv.asObject(PyType.self), t.layout == .object else {
                throw i.typeError("__class__ assignment only supported for heap types or ModuleType subclasses")
            }
            inst.storedClass = t
        })
        addGetSet(object, "__dict__", get: { i, v in
            guard let d = v.object?.attributes else {
                throw i.error("AttributeError", "'\(i.typeName(v))' object has no attribute '__dict__'")
            }
            return Value(d)
        })
        addMethod(object, "__init__") { _, _ in .none }
        addStaticMethod(object, "__new__") { i, a in
            guard a.count >= 1, let t = a[0].asObject(PyType.self) else { throw i.typeError("object.__new__(X): X is not a type object") }
            return try i.newInstance(t, Args(positional: UnsafeBufferPointer(rebasing: a.positional.dropFirst()), keywords: a.keywords))
        }
        addMethod(object, "__repr__") { i, a in
            guard let o = a[0].object else { return i.makeStr(try i.repr(a[0])) }
            return i.makeStr("<\(i.qualifiedName(o.cls)) object at \(i.address(o))>")
        }
        addMethod(object, "__str__") { i, a in i.makeStr(try i.repr(a[0])) }
        addMethod(object, "__eq__") { i, a in a[0].isIdentical(a[1]) ? .bool(true) : i.notImplemented }
        addMethod(object, "__ne__") { i, a in
            let r = try i.richCompare(a[0], a[1], 2)
            if r.isIdentical(i.notImplemented) { return r }
            return .bool(!(try i.isTrue(r)))
        }
        addMethod(object, "__hash__") { i, a in
            if let o = a[0].object { return .int(i.identityHash(o)) }
            return .int(try i.hash(a[0]))
        }
        addMethod(object, "__setattr__") { i, a in
            try i.expectArgs(a, "__setattr__", min: 3, max: 3)
            guard let n = a[1].asObject(PyStr.self) else { throw i.typeError("attribute name must be string, not '\(i.typeName(a[1]))'") }
            try i.genericSetAttr(a[0], n, a[2])
            return .none
        }
        addMethod(object, "__getattribute__") { i, a in
            try i.expectArgs(a, "__getattribute__", min: 2, max: 2)
            guard let n = a[1].asObject(PyStr.self) else { throw i.typeError("attribute name must be string, not '\(i.typeName(a[1]))'") }
            // The generic lookup itself: never the class's own __getattribute__ / __getattr__.
            let found: Value?
            if a[0].object is PyType { found = try i.getAttrOrNil(a[0], n) }
            else { found = try i.genericGetAttr(a[0], n, i.typeOf(a[0])) }
            guard let v = found else { throw i.attributeError(a[0], n) }
            return v
        }
        addMethod(object, "__delattr__") { i, a in
            try i.expectArgs(a, "__delattr__", min: 2, max: 2)
            guard let n = a[1].asObject(PyStr.self) else { throw i.typeError("attribute name must be string") }
            try i.genericDelAttr(a[0], n)
            return .none
        }
        addMethod(object, "__format__") { i, a in
            let spec = a.count > 1 ? (a[1].asObject(PyStr.self)?.value ?? "") : ""
            if !spec.isEmpty { throw i.typeError("unsupported format string passed to \(i.typeName(a[0])).__format__") }
            return i.makeStr(try i.str(a[0]))
        }
        addMethod(object, "__dir__") { i, a in Value(i.makeList(try i.dirList(a[0]))) }
        addClassMethod(object, "__init_subclass__") { _, _ in .none }
        addMethod(object, "__reduce_ex__") { i, _ in throw i.typeError("cannot pickle objects") }

        addGetSet(type, "__name__", get: { i, v in i.makeStr(v.asObject(PyType.self)?.name ?? "") }, set: { i, v, nv in
            guard let t = v.asObject(PyType.self), let s = nv.asObject(PyStr.self) else { throw i.typeError("can only assign string to __name__") }
            t.name = s.value
        })
        addGetSet(type, "__qualname__", get: { i, v in i.makeStr(v.asObject(PyType.self)?.qualname ?? "") }, set: { i, v, nv in
            guard let t = v.asObject(PyType.self), let s = nv.asObject(PyStr.self) else { throw i.typeError("can only assign string to __qualname__") }
            t.qualname = s.value
        })
        addGetSet(type, "__mro__", get: { i, v in Value(i.makeTuple((v.asObject(PyType.self)?.mro ?? []).map { Value($0) })) })
        addGetSet(type, "__bases__", get: { i, v in Value(i.makeTuple((v.asObject(PyType.self)?.bases ?? []).map { Value($0) })) },
                  set: { i, v, nv in try i.assignBases(v, nv) })
        addGetSet(type, "__base__", get: { _, v in v.asObject(PyType.self)?.bases.first.map { Value($0) } ?? .none })
        addGetSet(type, "__dict__", get: { i, v in
            guard let t = v.asObject(PyType.self) else { return .none }
            // A read-only view in CPython; a copy here.
            let d = i.makeDict()
            for e in t.dict.liveEntries { try d.set(e.key, hash: e.hash, value: e.value, eq: i.equals) }
            return Value(d)
        })
        addGetSet(type, "__module__", get: { i, v in
            guard let t = v.asObject(PyType.self) else { return .none }
            if let m = t.dict.getStr(i.intern("__module__")) { return m }
            return i.makeStr("builtins")
        })
        addGetSet(type, "__doc__", get: { i, v in
            guard let t = v.asObject(PyType.self) else { return .none }
            return t.dict.getStr(i.intern("__doc__")) ?? t.doc
        })
        addMethod(type, "mro") { i, a in Value(i.makeList((a[0].asObject(PyType.self)?.mro ?? []).map { Value($0) })) }
        addMethod(type, "__subclasses__") { i, a in
            guard let t = a[0].asObject(PyType.self) else { return Value(i.makeList([])) }
            return Value(i.makeList(i.heap.allObjects.compactMap { o in
                guard let s = o as? PyType, s.bases.contains(where: { $0 === t }) else { return nil }
                return Value(s)
            }))
        }
        addMethod(type, "__repr__") { i, a in i.makeStr(try i.repr(a[0])) }
        addMethod(type, "__instancecheck__") { i, a in .bool(i.isInstance(a[1], a[0].asObject(PyType.self) ?? i.types.object)) }
        addMethod(type, "__subclasscheck__") { i, a in
            guard let t = a[0].asObject(PyType.self), let s = a[1].asObject(PyType.self) else { return .bool(false) }
            return .bool(s.isSubtype(of: t))
        }
        addMethod(type, "__call__") { i, a in
            guard let t = a[0].asObject(PyType.self) else { throw i.typeError("descriptor '__call__' requires a 'type'") }
            return try i.callType(t, Array(a.positional.dropFirst()), a.keywords)
        }
        addStaticMethod(type, "__new__") { i, a in
            guard a.count == 4, let meta = a[0].asObject(PyType.self) else {
                throw i.typeError("type.__new__() takes exactly 3 arguments")
            }
            return try i.makeClass(meta: meta, name: a[1], bases: a[2], namespace: a[3], keywords: a.keywords)
        }
        addMethod(type, "__init__") { _, _ in .none }
        addMethod(type, "__prepare__") { i, _ in Value(i.makeDict()) }
    }

    private func setUpFunctionTypes() {
        let f = types.function
        addGetSet(f, "__name__", get: { i, v in i.makeStr(v.asObject(PyFunction.self)?.name ?? "") }, set: { i, v, nv in
            guard let fn = v.asObject(PyFunction.self), let s = nv.asObject(PyStr.self) else { throw i.typeError("__name__ must be set to a string object") }
            fn.name = s.value
        })
        addGetSet(f, "__qualname__", get: { i, v in i.makeStr(v.asObject(PyFunction.self)?.qualname ?? "") }, set: { i, v, nv in
            guard let fn = v.asObject(PyFunction.self), let s = nv.asObject(PyStr.self) else { throw i.typeError("__qualname__ must be set to a string object") }
            fn.qualname = s.value
        })
        addGetSet(f, "__doc__", get: { _, v in v.asObject(PyFunction.self)?.doc ?? .none }, set: { _, v, nv in
            v.asObject(PyFunction.self)?.doc = nv
        })
        addGetSet(f, "__module__", get: { _, v in v.asObject(PyFunction.self)?.module ?? .none }, set: { _, v, nv in
            v.asObject(PyFunction.self)?.module = nv
        })
        addGetSet(f, "__defaults__", get: { i, v in
            guard let fn = v.asObject(PyFunction.self), !fn.defaults.isEmpty else { return .none }
            return Value(i.makeTuple(fn.defaults))
        }, set: { i, v, nv in
            v.asObject(PyFunction.self)?.defaults = nv.isNone ? [] : try i.iterateToArray(nv)
        })
        addGetSet(f, "__kwdefaults__", get: { _, v in v.asObject(PyFunction.self)?.kwdefaults.map { Value($0) } ?? .none },
                  set: { i, v, nv in
            guard nv.isNone || nv.asObject(PyDict.self) != nil else {
                throw i.typeError("__kwdefaults__ must be set to a dict object")
            }
            v.asObject(PyFunction.self)?.kwdefaults = nv.asObject(PyDict.self)
        })
        addGetSet(f, "__code__", get: { _, v in v.asObject(PyFunction.self).map { Value($0.code) } ?? .none })
        addGetSet(f, "__globals__", get: { _, v in v.asObject(PyFunction.self).map { Value($0.globals) } ?? .none })
        addGetSet(f, "__closure__", get: { i, v in
            guard let fn = v.asObject(PyFunction.self), !fn.closure.isEmpty else { return .none }
            return Value(i.makeTuple(fn.closure))
        })
        addGetSet(f, "__annotations__", get: { i, v in
            guard let fn = v.asObject(PyFunction.self) else { return .none }
            if fn.annotations == nil { fn.annotations = i.makeDict() }
            return fn.annotations.map { Value($0) } ?? .none
        }, set: { _, v, nv in v.asObject(PyFunction.self)?.annotations = nv.asObject(PyDict.self) })
        addGetSet(f, "__dict__", get: { i, v in
            guard let fn = v.asObject(PyFunction.self) else { return .none }
            if fn.dict == nil { fn.dict = i.makeDict() }
            return fn.dict.map { Value($0) } ?? .none
        })
        addMethod(f, "__get__") { i, a in
            guard a.count >= 2 else { throw i.typeError("__get__ expected at least 1 argument") }
            if a[1].isNone { return a[0] }
            return Value(i.heap.track(PyMethod(cls: i.types.method, function: a[0], selfValue: a[1])))
        }
        addMethod(f, "__call__") { i, a in try i.call(a[0], Array(a.positional.dropFirst()), a.keywords) }

        let code = types.code
        addGetSet(code, "co_name", get: { i, v in i.makeStr(v.asObject(PyCode.self)?.name ?? "") })
        addGetSet(code, "co_filename", get: { i, v in i.makeStr(v.asObject(PyCode.self)?.filename ?? "") })
        addGetSet(code, "co_firstlineno", get: { _, v in .int(v.asObject(PyCode.self)?.firstLine ?? 0) })
        addGetSet(code, "co_argcount", get: { _, v in .int(v.asObject(PyCode.self)?.argcount ?? 0) })
        addGetSet(code, "co_varnames", get: { i, v in Value(i.makeTuple((v.asObject(PyCode.self)?.varnames ?? []).map { i.makeStr($0) })) })
        addGetSet(code, "co_flags", get: { _, v in
            guard let c = v.asObject(PyCode.self) else { return .int(0) }
            var flags = 0
            if c.flags.contains(.varargs) { flags |= 4 }
            if c.flags.contains(.varkw) { flags |= 8 }
            if c.flags.contains(.generator) { flags |= 0x20 }
            if c.flags.contains(.coroutine) { flags |= 0x80 }
            if c.flags.contains(.iterableCoroutine) { flags |= 0x100 }
            return .int(flags)
        })

        let m = types.method
        addGetSet(m, "__self__", get: { _, v in v.asObject(PyMethod.self)?.selfValue ?? .none })
        addGetSet(m, "__func__", get: { _, v in v.asObject(PyMethod.self)?.function ?? .none })
        addGetSet(m, "__name__", get: { i, v in
            guard let fn = v.asObject(PyMethod.self)?.function else { return .none }
            return try i.getAttr(fn, i.intern("__name__"))
        })
        addGetSet(m, "__qualname__", get: { i, v in
            guard let fn = v.asObject(PyMethod.self)?.function else { return .none }
            return try i.getAttr(fn, i.intern("__qualname__"))
        })
        addGetSet(m, "__doc__", get: { i, v in
            guard let fn = v.asObject(PyMethod.self)?.function else { return .none }
            return try i.getAttr(fn, i.intern("__doc__"))
        })
        addMethod(m, "__call__") { i, a in try i.call(a[0], Array(a.positional.dropFirst()), a.keywords) }
        // 3.8: bound methods are equal when they bind the same object (by identity) to equal functions.
        addMethod(m, "__eq__") { i, a in
            guard a.count == 2, let x = a[0].asObject(PyMethod.self) else { return i.notImplemented }
            guard let y = a[1].asObject(PyMethod.self) else { return i.notImplemented }
            let sameFunction = try i.equals(x.function, y.function)
            return .bool(x.selfValue.isIdentical(y.selfValue) && sameFunction)
        }
        addMethod(m, "__hash__") { i, a in
            guard let x = a[0].asObject(PyMethod.self) else { return .int(0) }
            let h1 = x.selfValue.object.map { i.identityHash($0) } ?? 0
            return .int(h1 ^ (try i.hash(x.function)))
        }

        let b = types.builtinFunction
        addGetSet(b, "__name__", get: { i, v in i.makeStr(v.asObject(PyBuiltinFunction.self)?.name ?? "") })
        addGetSet(b, "__qualname__", get: { i, v in
            guard let f = v.asObject(PyBuiltinFunction.self) else { return .none }
            if let o = f.owner { return i.makeStr("\(o.name).\(f.name)") }
            return i.makeStr(f.name)
        })
        addGetSet(b, "__self__", get: { _, v in
            guard let f = v.asObject(PyBuiltinFunction.self), !f.boundSelf.isUnbound else { return .none }
            return f.boundSelf
        })
        addGetSet(b, "__doc__", get: { _, _ in .none })
        addGetSet(b, "__module__", get: { i, v in
            guard let f = v.asObject(PyBuiltinFunction.self), f.owner == nil, f.boundSelf.isUnbound else { return .none }
            return i.makeStr("builtins")
        })
        addMethod(b, "__call__") { i, a in try i.call(a[0], Array(a.positional.dropFirst()), a.keywords) }

        for (t, isClass) in [(types.staticmethod, false), (types.classmethod, true)] {
            constructors[ObjectIdentifier(t)] = { i, cls, a in
                try i.expectArgs(a, cls.name, min: 1, max: 1)
                return Value(i.heap.track(PyMethodWrapper(cls: cls, callable: a[0])))
            }
            addGetSet(t, "__func__", get: { _, v in v.asObject(PyMethodWrapper.self)?.callable ?? .none })
            addGetSet(t, "__dict__", get: { i, v in
                guard let w = v.asObject(PyMethodWrapper.self) else { return .none }
                if w.dict == nil { w.dict = i.makeDict() }
                return w.dict.map { Value($0) } ?? .none
            })
            addMethod(t, "__get__") { i, a in
                guard a.count >= 2, let w = a[0].asObject(PyMethodWrapper.self) else { throw i.typeError("__get__ needs an instance") }
                if isClass {
                    let owner = a.count > 2 && !a[2].isNone ? a[2] : Value(i.typeOf(a[1]))
                    return Value(i.heap.track(PyMethod(cls: i.types.method, function: w.callable, selfValue: owner)))
                }
                return w.callable
            }
        }

        let p = types.property
        constructors[ObjectIdentifier(p)] = { i, cls, a in
            let fget = i.argument(a, 0, "fget") ?? .none
            let fset = i.argument(a, 1, "fset") ?? .none
            let fdel = i.argument(a, 2, "fdel") ?? .none
            var doc = i.argument(a, 3, "doc") ?? .none
            if doc.isNone, !fget.isNone, let d = try? i.getAttr(fget, i.intern("__doc__")) { doc = d }
            return Value(i.heap.track(PyProperty(cls: cls, fget: fget, fset: fset, fdel: fdel, doc: doc)))
        }
        addGetSet(p, "fget", get: { _, v in v.asObject(PyProperty.self)?.fget ?? .none })
        addGetSet(p, "fset", get: { _, v in v.asObject(PyProperty.self)?.fset ?? .none })
        addGetSet(p, "fdel", get: { _, v in v.asObject(PyProperty.self)?.fdel ?? .none })
        addGetSet(p, "__doc__", get: { _, v in v.asObject(PyProperty.self)?.doc ?? .none })
        func copyProperty(_ i: Interpreter, _ a: Args, _ which: Int) throws -> Value {
            guard let old = a[0].asObject(PyProperty.self), a.count == 2 else { throw i.typeError("property method needs a function") }
            let n = i.heap.track(PyProperty(cls: old.cls, fget: old.fget, fset: old.fset, fdel: old.fdel, doc: old.doc))
            switch which {
            case 0: n.fget = a[1]
            case 1: n.fset = a[1]
            default: n.fdel = a[1]
            }
            return Value(n)
        }
        addMethod(p, "getter") { i, a in try copyProperty(i, a, 0) }
        addMethod(p, "setter") { i, a in try copyProperty(i, a, 1) }
        addMethod(p, "deleter") { i, a in try copyProperty(i, a, 2) }
        addMethod(p, "__get__") { i, a in
            guard a.count >= 2 else { throw i.typeError("__get__ needs an instance") }
            if a[1].isNone { return a[0] }
            return try i.bindDescriptor(a[0], instance: a[1], owner: i.typeOf(a[1]))
        }
        addMethod(p, "__set__") { i, a in
            guard a.count == 3, let pr = a[0].asObject(PyProperty.self) else { throw i.typeError("__set__ needs 2 arguments") }
            if pr.fset.isNone { throw i.error("AttributeError", "can't set attribute") }
            _ = try i.call(pr.fset, [a[1], a[2]])
            return .none
        }

        let mod = types.module
        addGetSet(mod, "__dict__", get: { _, v in v.asObject(PyModule.self).map { Value($0.dict) } ?? .none })
        constructors[ObjectIdentifier(mod)] = { i, cls, a in
            try i.expectArgs(a, "module", min: 1, max: 2)
            let name = try i.strArg(a[0], "module")
            let m = i.makeModule(name)
            m.storedClass = cls
            if a.count > 1 { m.dict.setStr(i.intern("__doc__"), a[1]) }
            return Value(m)
        }

        let cell = types.cell
        addGetSet(cell, "cell_contents", get: { i, v in
            guard let c = v.asObject(PyCell.self), !c.value.isUnbound else { throw i.valueError("Cell is empty") }
            return c.value
        })

        let tb = types.traceback
        addGetSet(tb, "tb_next", get: { _, v in v.asObject(PyTraceback.self)?.next ?? .none })
        addGetSet(tb, "tb_frame", get: { _, v in v.asObject(PyTraceback.self).map { Value($0.frame) } ?? .none })
        addGetSet(tb, "tb_lineno", get: { _, v in .int(v.asObject(PyTraceback.self)?.lineno ?? 0) })
        let fr = types.frame
        addGetSet(fr, "f_code", get: { _, v in v.asObject(PyFrameObject.self).map { Value($0.code) } ?? .none })
        addGetSet(fr, "f_lineno", get: { _, v in .int(v.asObject(PyFrameObject.self)?.lineno ?? 0) })
        addGetSet(fr, "f_globals", get: { _, v in v.asObject(PyFrameObject.self).map { Value($0.globals) } ?? .none })
        addGetSet(fr, "f_lasti", get: { _, v in .int(v.asObject(PyFrameObject.self)?.lasti ?? 0) })
        addGetSet(fr, "f_back", get: { _, v in v.asObject(PyFrameObject.self)?.back ?? .none })
        addGetSet(fr, "f_locals", get: { i, v in
            guard let f = v.asObject(PyFrameObject.self) else { return .none }
            if let d = f.localsDict { return Value(d) }
            let d = i.makeDict()
            for (k, name) in f.code.varnames.enumerated() where k < f.localValues.count && !f.localValues[k].isUnbound {
                d.setStr(i.intern(name), f.localValues[k])
            }
            return Value(d)
        })
    }

    private func setUpExceptionTypes() {
        let b = types.baseException
        addGetSet(b, "args", get: { i, v in Value(i.makeTuple(v.asObject(PyBaseException.self)?.args ?? [])) }, set: { i, v, nv in
            v.asObject(PyBaseException.self)?.args = try i.iterateToArray(nv)
        })
        addGetSet(b, "__traceback__", get: { _, v in v.asObject(PyBaseException.self)?.traceback ?? .none }, set: { i, v, nv in
            guard nv.isNone || nv.object is PyTraceback else { throw i.typeError("__traceback__ must be a traceback or None") }
            v.asObject(PyBaseException.self)?.traceback = nv
        })
        addGetSet(b, "__cause__", get: { _, v in v.asObject(PyBaseException.self)?.cause ?? .none }, set: { i, v, nv in
            guard nv.isNone || nv.object is PyBaseException else { throw i.typeError("exception cause must be None or derive from BaseException") }
            v.asObject(PyBaseException.self)?.cause = nv
            v.asObject(PyBaseException.self)?.suppressContext = true
        })
        addGetSet(b, "__context__", get: { _, v in v.asObject(PyBaseException.self)?.context ?? .none }, set: { _, v, nv in
            v.asObject(PyBaseException.self)?.context = nv
        })
        addGetSet(b, "__suppress_context__", get: { _, v in .bool(v.asObject(PyBaseException.self)?.suppressContext ?? false) }, set: { i, v, nv in
            v.asObject(PyBaseException.self)?.suppressContext = try i.isTrue(nv)
        })
        addGetSet(b, "__dict__", get: { i, v in
            guard let e = v.asObject(PyBaseException.self) else { return .none }
            if e.dict == nil { e.dict = i.makeDict() }
            return e.dict.map { Value($0) } ?? .none
        })
        addMethod(b, "__init__") { i, a in
            guard let e = a[0].asObject(PyBaseException.self) else { return .none }
            e.args = Array(a.positional.dropFirst())
            _ = i
            return .none
        }
        addMethod(b, "__str__") { i, a in
            guard let e = a[0].asObject(PyBaseException.self) else { return i.makeStr("") }
            return i.makeStr(try i.baseExceptionStr(e))
        }
        addMethod(b, "__repr__") { i, a in
            guard let e = a[0].asObject(PyBaseException.self) else { return i.makeStr("") }
            return i.makeStr("\(e.cls.name)(\(try e.args.map { try i.repr($0) }.joined(separator: ", ")))")
        }
        addMethod(b, "with_traceback") { i, a in
            guard a.count == 2, let e = a[0].asObject(PyBaseException.self) else { throw i.typeError("with_traceback() takes exactly one argument") }
            e.traceback = a[1]
            return a[0]
        }
        // Attributes some exception classes add.
        let stop = types.exception("StopIteration")
        addGetSet(stop, "value", get: { _, v in v.asObject(PyBaseException.self)?.args.first ?? .none })
        let sysExit = types.exception("SystemExit")
        addGetSet(sysExit, "code", get: { i, v in
            guard let e = v.asObject(PyBaseException.self) else { return .none }
            if e.args.count == 1 { return e.args[0] }
            return e.args.isEmpty ? .none : Value(i.makeTuple(e.args))
        })
        let keyErr = types.exception("KeyError")
        addMethod(keyErr, "__str__") { i, a in
            guard let e = a[0].asObject(PyBaseException.self) else { return i.makeStr("") }
            return i.makeStr(try i.baseExceptionStr(e))
        }
        setUpExceptionAttributes()
        for name in ["OSError"] {
            let t = types.exception(name)
            addGetSet(t, "errno", get: { _, v in
                guard let e = v.asObject(PyBaseException.self), e.args.count >= 2 else { return .none }
                return e.args[0]
            })
            addGetSet(t, "strerror", get: { _, v in
                guard let e = v.asObject(PyBaseException.self), e.args.count >= 2 else { return .none }
                return e.args[1]
            })
            addGetSet(t, "filename", get: { _, v in
                guard let e = v.asObject(PyBaseException.self), e.args.count >= 3 else { return .none }
                return e.args[2]
            })
            addMethod(t, "__str__") { i, a in
                guard let e = a[0].asObject(PyBaseException.self) else { return i.makeStr("") }
                if e.args.count >= 3 {
                    return i.makeStr("[Errno \(try i.str(e.args[0]))] \(try i.str(e.args[1])): \(try i.repr(e.args[2]))")
                }
                if e.args.count == 2 { return i.makeStr("[Errno \(try i.str(e.args[0]))] \(try i.str(e.args[1]))") }
                return i.makeStr(try i.baseExceptionStr(e))
            }
        }
        let syn = types.exception("SyntaxError")
        for attr in ["msg", "filename", "lineno", "offset", "text"] {
            addGetSet(syn, attr, get: { i, v in
                v.asObject(PyBaseException.self)?.dict?.getStr(i.intern(attr)) ?? .none
            })
        }
        addMethod(syn, "__str__") { i, a in
            guard let e = a[0].asObject(PyBaseException.self) else { return i.makeStr("") }
            let fallback = try i.baseExceptionStr(e)
            let msg = e.dict?.getStr(i.intern("msg")).flatMap { $0.asObject(PyStr.self)?.value } ?? fallback
            if let d = e.dict, let f = d.getStr(i.intern("filename"))?.asObject(PyStr.self), case .int(let l)? = d.getStr(i.intern("lineno")) {
                return i.makeStr("\(msg) (\(f.value), line \(l))")
            }
            return i.makeStr(msg)
        }
    }

    // MARK: instantiation

    /// type(...)(args): __new__ then __init__, as type_call does.
    func callType(_ t: PyType, _ args: [Value], _ keywords: [(name: PyStr, value: Value)]) throws -> Value {
        if t === types.type {
            if args.count == 1 && keywords.isEmpty { return Value(typeOf(args[0])) }
            if args.count == 3 { return try makeClass(meta: t, name: args[0], bases: args[1], namespace: args[2], keywords: keywords) }
            throw typeError("type() takes 1 or 3 arguments")
        }
        if !t.isExactly(types.type), let callOverride = lookupSpecial(t.cls, names.call), callOverride.object is PyFunction {
            return try call(callOverride, [Value(t)] + args, keywords)
        }
        let obj: Value
        let newMethod = lookupSpecial(t, names.new)
        let userNew: Value? = newMethod.flatMap { n in
            if let w = n.asObject(PyMethodWrapper.self) { return w.callable.object is PyFunction ? w.callable : nil }
            return n.object is PyFunction ? n : nil
        }
        if let un = userNew {
            obj = try call(un, [Value(t)] + args, keywords)
        } else {
            obj = try args.withUnsafeBufferPointer { buf in
                try newInstance(t, Args(positional: buf, keywords: keywords))
            }
        }
        guard typeOf(obj).isSubtype(of: t) else { return obj }
        if let initMethod = lookupSpecial(t, names.initializer) {
            if initMethod.object is PyFunction || !(initMethod.asObject(PyBuiltinFunction.self)?.owner === types.object) {
                if initMethod.asObject(PyBuiltinFunction.self)?.owner === types.type { return obj }
                let nativeInit = initMethod.object is PyBuiltinFunction
                if nativeInit && constructorHandlesInit(t) { return obj }
                let mark = nativeRoots.count
                nativeRoots.append(obj)
                defer { nativeRoots.removeSubrange(mark...) }
                let r = try call(initMethod, [obj] + args, keywords)
                if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
            } else if userNew == nil && (!args.isEmpty || !keywords.isEmpty) && t.layout == .object {
                throw typeError("\(t.name)() takes no arguments")
            }
        }
        return obj
    }

    /// True when the builtin base's constructor already consumed the arguments
    /// (int("3"), str(x), tuple(it)...): their __init__ does nothing.
    private func constructorHandlesInit(_ t: PyType) -> Bool {
        switch t.layout {
        case .list, .dict, .set: return t.isBuiltin
        case .exception, .object: return false
        default: return true
        }
    }

    /// object.__new__ and the builtin types' constructors.
    func newInstance(_ t: PyType, _ a: Args) throws -> Value {
        for base in t.mro {
            if let ctor = constructors[ObjectIdentifier(base)] { return try ctor(self, t, a) }
        }
        switch t.layout {
        case .object:
            return Value(heap.track(PyInstance(cls: t, dict: makeDict())))
        case .exception:
            let e = heap.track(PyBaseException(cls: t, args: Array(a.positional)))
            if !t.isBuiltin { e.dict = makeDict() }
            return Value(e)
        default:
            throw typeError("cannot create '\(t.name)' instances")
        }
    }
}
