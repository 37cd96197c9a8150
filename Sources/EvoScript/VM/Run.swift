// The dispatch loop. It runs the frame on top of the frame stack; calls to
// script functions push a frame record and keep dispatching (no Swift
// recursion), returns pop it. The loop leaves when the frame it was entered
// for returns (or, for a generator resumed from Swift, yields).

extension Interpreter {
    /// Runs the top frame (pushed by the caller with returnSlot nil) until it
    /// returns or yields out. `throwing` raises that exception at the frame's
    /// current instruction first (generator.throw()).
    func run(throwing initial: PyBaseException? = nil) throws -> Value {
        let entry = frameCount - 1
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        try stackGuard.check(self)
        var fp = frames + entry
        var instrs = fp.pointee.instrs
        var consts = fp.pointee.consts
        var locals = fp.pointee.locals
        var sp = fp.pointee.sp
        var ip = fp.pointee.ip
        var pending: ScriptError? = initial.map { ScriptError(exception: $0) }
        // Keyword names popped by CALL_*_KW for the shared call code below it.
        var pendingKwnames: PyTuple? = nil
        var pendingInplace = false

        while true {
            do {
                if let p = pending {
                    pending = nil
                    throw p
                }
                while true {
                    let ins = instrs[ip]
                    ip &+= 1  // no overflow check: ip stays within the code
                    #if DEBUG
                    // The compiler's static depth sizes every frame (and a
                    // generator's slots) exactly.
                    assert(sp - fp.pointee.stackBase <= fp.pointee.code.stacksize, "value stack overflow in \(fp.pointee.code.qualname)")
                    #endif
                    fp.pointee.sp = sp

                    switch ins.op {
                    case .nop, .deleteSubscrPlaceholder:
                        break
                    case .loadConst:
                        sp.pointee = consts[Int(ins.arg)]
                        sp += 1
                    case .loadFast:
                        let v = locals[Int(ins.arg)]
                        if case .unbound = v {
                            throw error("UnboundLocalError", "local variable '\(fp.pointee.code.varnames[Int(ins.arg)])' referenced before assignment")
                        }
                        sp.pointee = v
                        sp += 1
                    case .storeFast:
                        sp -= 1
                        locals[Int(ins.arg)] = sp.pointee
                    case .deleteFast:
                        if case .unbound = locals[Int(ins.arg)] {
                            throw error("UnboundLocalError", "local variable '\(fp.pointee.code.varnames[Int(ins.arg)])' referenced before assignment")
                        }
                        locals[Int(ins.arg)] = .unbound
                    case .popTop:
                        sp -= 1
                    case .rotTwo:
                        let a = (sp - 1).pointee
                        (sp - 1).pointee = (sp - 2).pointee
                        (sp - 2).pointee = a
                    case .rotThree:
                        let top = (sp - 1).pointee
                        (sp - 1).pointee = (sp - 2).pointee
                        (sp - 2).pointee = (sp - 3).pointee
                        (sp - 3).pointee = top
                    case .rotFour:
                        let top = (sp - 1).pointee
                        (sp - 1).pointee = (sp - 2).pointee
                        (sp - 2).pointee = (sp - 3).pointee
                        (sp - 3).pointee = (sp - 4).pointee
                        (sp - 4).pointee = top
                    case .dupTop:
                        sp.pointee = (sp - 1).pointee
                        sp += 1
                    case .dupTopTwo:
                        sp.pointee = (sp - 2).pointee
                        (sp + 1).pointee = (sp - 1).pointee
                        sp += 2
                    case .loadClosure:
                        sp.pointee = locals[fp.pointee.code.nlocals + Int(ins.arg)]
                        sp += 1
                    case .loadClassDeref:
                        // A class body reads its own namespace first, then the enclosing cell.
                        let name = cellName(fp.pointee.code, Int(ins.arg))
                        if let d = fp.pointee.localsDict, let v = d.getStr(intern(name)) {
                            sp.pointee = v
                            sp += 1
                            break
                        }
                        sp.pointee = try loadCell(locals[fp.pointee.code.nlocals + Int(ins.arg)], fp.pointee.code, Int(ins.arg))
                        sp += 1
                    case .loadDeref:
                        sp.pointee = try loadCell(locals[fp.pointee.code.nlocals + Int(ins.arg)], fp.pointee.code, Int(ins.arg))
                        sp += 1
                    case .storeDeref:
                        sp -= 1
                        if let cell = locals[fp.pointee.code.nlocals + Int(ins.arg)].asObject(PyCell.self) {
                            cell.value = sp.pointee
                        }
                    case .deleteDeref:
                        if let cell = locals[fp.pointee.code.nlocals + Int(ins.arg)].asObject(PyCell.self) {
                            if case .unbound = cell.value {
                                throw error("UnboundLocalError", "local variable '\(cellName(fp.pointee.code, Int(ins.arg)))' referenced before assignment")
                            }
                            cell.value = .unbound
                        }
                    case .loadGlobal:
                        let cache = fp.pointee.globalCache + Int(ins.arg)
                        if let v = cachedGlobal(fp.pointee.globalsRef, cache) {
                            sp.pointee = v
                            sp += 1
                            continue
                        }
                        sp.pointee = try loadGlobalSlow(fp.pointee.code.names[Int(ins.arg)], fp.pointee.globals, cache)
                        sp += 1
                    case .storeGlobal:
                        sp -= 1
                        fp.pointee.globals.setStr(fp.pointee.code.names[Int(ins.arg)], sp.pointee)
                    case .deleteGlobal:
                        let name = fp.pointee.code.names[Int(ins.arg)]
                        if fp.pointee.globals.remove(Value(name), hash: name.hash, eq: strKeyEquals) == nil {
                            throw error("NameError", "name '\(name.value)' is not defined")
                        }
                    case .loadName:
                        let name = fp.pointee.code.names[Int(ins.arg)]
                        if let v = fp.pointee.localsDict?.getStr(name) ?? fp.pointee.globals.getStr(name) ?? builtins.getStr(name) {
                            sp.pointee = v
                            sp += 1
                        } else {
                            throw error("NameError", "name '\(name.value)' is not defined")
                        }
                    case .storeName:
                        sp -= 1
                        let d = fp.pointee.localsDict ?? fp.pointee.globals
                        d.setStr(fp.pointee.code.names[Int(ins.arg)], sp.pointee)
                    case .deleteName:
                        let name = fp.pointee.code.names[Int(ins.arg)]
                        let d = fp.pointee.localsDict ?? fp.pointee.globals
                        if d.remove(Value(name), hash: name.hash, eq: strKeyEquals) == nil {
                            throw error("NameError", "name '\(name.value)' is not defined")
                        }
                    case .loadAttr:
                        let top = sp - 1
                        try fp.pointee.code.namePtr[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                            if let v = loadInstanceAttr(top.pointee, name, fp.pointee.globalCache + Int(ins.arg)) {
                                top.pointee = v
                            } else {
                                top.pointee = try getAttr(top.pointee, name)
                            }
                        }
                    case .storeAttr:
                        let obj = (sp - 1).pointee
                        let v = (sp - 2).pointee
                        try fp.pointee.code.namePtr[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                            if !storeInstanceAttr(obj, name, v, fp.pointee.globalCache + Int(ins.arg)) { try setAttr(obj, name, v) }
                        }
                        sp -= 2
                    case .deleteAttr:
                        try deleteAttr((sp - 1).pointee, fp.pointee.code.names[Int(ins.arg)])
                        sp -= 1
                    case .loadMethod:
                        let top = sp - 1
                        try fp.pointee.code.namePtr[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                            try loadMethod(top.pointee, name, into: top, site: fp.pointee.globalCache + Int(ins.arg))
                        }
                        sp += 1
                    case .callMethodKw:
                        sp -= 1
                        pendingKwnames = sp.pointee.asObject(PyTuple.self)
                        fallthrough
                    case .callMethod:
                        let kwnames = pendingKwnames
                        pendingKwnames = nil
                        let argc = Int(ins.arg)
                        let slot = sp - argc - 2
                        if kwnames == nil, case .obj(let mu) = slot.pointee, mu.toOpaque() == strSplitMethod {
                            // str.split on an exact str (VM/SplitUnpack.swift).
                            if instrs[ip].op == .unpackSequence,
                               let exact = try splitOntoStack(slot, argc: argc, want: Int(instrs[ip].arg)) {
                                // `a, b = s.split(sep)`: the pieces are on the stack as
                                // UNPACK_SEQUENCE would put them, with no list made; a
                                // wrong count left the list, and UNPACK_SEQUENCE its error.
                                if exact {
                                    sp = slot + Int(instrs[ip].arg)
                                    ip += 1
                                } else {
                                    sp = slot + 1
                                }
                                break
                            }
                            if let list = try splitCalledDirectly(slot, argc: argc) {
                                slot.pointee = list
                                sp = slot + 1
                                break
                            }
                        }
                        let argBase: UnsafeMutablePointer<Value>
                        let n: Int
                        if case .unbound = (slot + 1).pointee {
                            argBase = sp - argc
                            n = argc
                        } else {
                            argBase = slot + 1
                            n = argc + 1
                        }
                        fp.pointee.ip = ip
                        if try callInLoop(slot.pointee, args: argBase, count: n, kwnames: kwnames, returnSlot: slot) {
                            fp = frames + (frameCount - 1)
                            instrs = fp.pointee.instrs; consts = fp.pointee.consts
                            locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                            if heap.wantsCollection || interrupt.isSet { fp.pointee.sp = sp; try safePoint() }
                        } else {
                            sp = slot + 1
                        }
                    case .callFunctionKw:
                        sp -= 1
                        pendingKwnames = sp.pointee.asObject(PyTuple.self)
                        fallthrough
                    case .callFunction:
                        let kwnames = pendingKwnames
                        pendingKwnames = nil
                        let argc = Int(ins.arg)
                        let slot = sp - argc - 1
                        fp.pointee.ip = ip
                        if try callInLoop(slot.pointee, args: slot + 1, count: argc, kwnames: kwnames, returnSlot: slot) {
                            fp = frames + (frameCount - 1)
                            instrs = fp.pointee.instrs; consts = fp.pointee.consts
                            locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                            if heap.wantsCollection || interrupt.isSet { fp.pointee.sp = sp; try safePoint() }
                        } else {
                            sp = slot + 1
                        }
                    case .callFunctionEx:
                        // Stack: callable, args tuple [, kwargs dict]; they stay rooted during the call.
                        let hasKw = ins.arg & 1 != 0
                        let slot = sp - (hasKw ? 3 : 2)
                        let positional = (slot + 1).pointee.asObject(PyTuple.self)?.items ?? []
                        var keywords: [(name: PyStr, value: Value)] = []
                        if hasKw, let kw = (slot + 2).pointee.asObject(PyDict.self) {
                            for e in kw.liveEntries {
                                guard let k = e.key.asObject(PyStr.self) else {
                                    throw keywordsMustBeStrings(slot.pointee)
                                }
                                keywords.append((k, e.value))
                            }
                        }
                        fp.pointee.ip = ip
                        if try callWithArrays(slot.pointee, positional, keywords, returnSlot: slot) {
                            fp = frames + (frameCount - 1)
                            instrs = fp.pointee.instrs; consts = fp.pointee.consts
                            locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                        } else {
                            sp = slot + 1
                        }
                    case .returnValue:
                        let result = (sp - 1).pointee
                        let f = fp.pointee
                        if f.resumeKind != .call, let genRef = f.generatorRef {
                            // Borrowed: the generator is still reachable from its caller.
                            let chainRoot = genRef._withUnsafeGuaranteedRef { gen -> Unmanaged<PyGenerator>? in
                                gen.finish()
                                return gen.chainRoot
                            }
                            handled = f.outerHandled
                            frameCount -= 1
                            if let root = chainRoot {
                                // The innermost of a chain: its delegator goes on after its YIELD_FROM.
                                resumeDelegator(of: genRef, root: root, returning: result, frame: f)
                                fp = frames + (frameCount - 1)
                                instrs = fp.pointee.instrs; consts = fp.pointee.consts
                                locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                                break
                            }
                            switch f.resumeKind {
                            case .native, .call, .collect, .sumInts:
                                return result
                            case .forIter:
                                fp = frames + (frameCount - 1)
                                instrs = fp.pointee.instrs; consts = fp.pointee.consts
                                locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                                // The loop is over: drop the iterator, jump past the loop.
                                sp -= 1
                                ip = Int(instrs[ip - 1].arg)
                            case .yieldFrom:
                                fp = frames + (frameCount - 1)
                                instrs = fp.pointee.instrs; consts = fp.pointee.consts
                                locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                                (sp - 1).pointee = result
                                ip += 1
                            case .callResult, .callResultOrDefault:
                                fp = frames + (frameCount - 1)
                                instrs = fp.pointee.instrs; consts = fp.pointee.consts
                                locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                                sp = try finishCallResult(f, result)
                            }
                            break
                        }
                        frameCount -= 1
                        stackTop = f.savedStackTop
                        guard let slot = f.returnSlot, frameCount > entry else {
                            return result
                        }
                        slot.pointee = result
                        fp = frames + (frameCount - 1)
                        instrs = fp.pointee.instrs; consts = fp.pointee.consts
                        locals = fp.pointee.locals; ip = fp.pointee.ip
                        sp = slot + 1
                    case .binarySubscr:
                        let idx = (sp - 1).pointee
                        let obj = (sp - 2).pointee
                        sp -= 1
                        (sp - 1).pointee = try subscriptFast(obj, idx) ?? getItem(obj, idx)
                    case .storeSubscr:
                        if try !storeSubscriptFast((sp - 2).pointee, (sp - 1).pointee, (sp - 3).pointee) {
                            try setItem((sp - 2).pointee, (sp - 1).pointee, (sp - 3).pointee)
                        }
                        sp -= 3
                    case .deleteSubscr:
                        try deleteItem((sp - 2).pointee, (sp - 1).pointee)
                        sp -= 2
                    case .buildSlice:
                        let n = Int(ins.arg)
                        let step: Value = n == 3 ? (sp - 1).pointee : .none
                        let stop = (sp - n + 1).pointee
                        let start = (sp - n).pointee
                        sp -= n
                        sp.pointee = Value(heap.track(PySlice(cls: types.slice, start: start, stop: stop, step: step)))
                        sp += 1
                    case .unary:
                        (sp - 1).pointee = try unaryOp(Int(ins.arg), (sp - 1).pointee)
                    case .inplace:
                        pendingInplace = true
                        fallthrough
                    case .binary:
                        let inplace = pendingInplace
                        pendingInplace = false
                        let r = (sp - 1).pointee
                        let l = (sp - 2).pointee
                        sp -= 1
                        if case .int(let a) = l, case .int(let b) = r, let v = smallIntBinary(Int(ins.arg), a, b) {
                            (sp - 1).pointee = .int(v)
                            continue
                        }
                        (sp - 1).pointee = try binaryOp(Int(ins.arg), l, r, inplace: inplace)
                    case .compare:
                        let r = (sp - 1).pointee
                        let l = (sp - 2).pointee
                        sp -= 1
                        if case .int(let a) = l, case .int(let b) = r {
                            let res: Bool
                            switch ins.arg {
                            case 0: res = a < b
                            case 1: res = a <= b
                            case 2: res = a == b
                            case 3: res = a != b
                            case 4: res = a > b
                            default: res = a >= b
                            }
                            (sp - 1).pointee = .bool(res)
                            continue
                        }
                        (sp - 1).pointee = try richCompare(l, r, Int(ins.arg))
                    case .isOp:
                        let r = (sp - 1).pointee
                        let l = (sp - 2).pointee
                        sp -= 1
                        let same = l.isIdentical(r)
                        (sp - 1).pointee = .bool(ins.arg == 0 ? same : !same)
                    case .containsOp:
                        let container = (sp - 1).pointee
                        let item = (sp - 2).pointee
                        sp -= 1
                        let r = try contains(container, item)
                        (sp - 1).pointee = .bool(ins.arg == 0 ? r : !r)
                    case .jump:
                        let target = Int(ins.arg)
                        if target < ip && (heap.wantsCollection || interrupt.isSet) {
                            fp.pointee.ip = ip
                            try safePoint()
                        }
                        ip = target
                    case .popJumpIfFalse:
                        sp -= 1
                        let v = sp.pointee
                        if case .bool(let b) = v {
                            if !b { ip = Int(ins.arg) }
                        } else if try !isTrue(v) {
                            ip = Int(ins.arg)
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        let v = sp.pointee
                        if case .bool(let b) = v {
                            if b { ip = Int(ins.arg) }
                        } else if try isTrue(v) {
                            ip = Int(ins.arg)
                        }
                    case .jumpIfFalseOrPop:
                        if try !isTrue((sp - 1).pointee) { ip = Int(ins.arg) } else { sp -= 1 }
                    case .jumpIfTrueOrPop:
                        if try isTrue((sp - 1).pointee) { ip = Int(ins.arg) } else { sp -= 1 }
                    case .getIter:
                        (sp - 1).pointee = try getIter((sp - 1).pointee)
                    case .forIter:
                        let it = (sp - 1).pointee
                        if case .obj(let u) = it {
                            if let v = stepListOrRangeIterator(u) {
                                if case .unbound = v {
                                    sp -= 1
                                    ip = Int(ins.arg)
                                } else {
                                    sp.pointee = v
                                    sp += 1
                                }
                                continue
                            }
                            if u._withUnsafeGuaranteedRef({ $0 is PyGenerator }), let pushed = try resumeForIter(u, ip: ip) {
                                if pushed {
                                    fp = frames + (frameCount - 1)
                                    instrs = fp.pointee.instrs; consts = fp.pointee.consts
                                    locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                                } else {
                                    sp -= 1
                                    ip = Int(ins.arg)
                                }
                                continue
                            }
                        }
                        if instrs[ip].op == .unpackSequence && instrs[ip].arg == 2, case .obj(let u) = it,
                           let step = try stepPairIterator(u) {
                            // `for a, b in enumerate(...)` / `d.items()`: the pair
                            // goes onto the stack as UNPACK_SEQUENCE would put it.
                            if let (first, second) = step {
                                sp.pointee = second
                                (sp + 1).pointee = first
                                sp += 2
                                ip += 1
                            } else {
                                sp -= 1
                                ip = Int(ins.arg)
                            }
                            continue
                        }
                        if let v = try next(it) {
                            sp.pointee = v
                            sp += 1
                        } else {
                            sp -= 1
                            ip = Int(ins.arg)
                        }
                    case .buildTuple:
                        let n = Int(ins.arg)
                        sp -= n
                        sp.pointee = makeTupleValue(copying: UnsafeBufferPointer(start: sp, count: n))
                        sp += 1
                    case .buildList:
                        let n = Int(ins.arg)
                        sp -= n
                        sp.pointee = makeListValue(copying: UnsafeBufferPointer(start: sp, count: n))
                        sp += 1
                    case .buildSet:
                        let n = Int(ins.arg)
                        let s = makeSet()
                        for i in 0..<n { try setAdd(s, (sp - n + i).pointee) }
                        sp -= n
                        sp.pointee = Value(s)
                        sp += 1
                    case .buildMap:
                        let n = Int(ins.arg)
                        let d = makeDict()
                        for i in 0..<n {
                            try dictSet(d, (sp - 2 * n + 2 * i).pointee, (sp - 2 * n + 2 * i + 1).pointee)
                        }
                        sp -= 2 * n
                        sp.pointee = Value(d)
                        sp += 1
                    case .listAppend:
                        sp -= 1
                        let item = sp.pointee
                        _ = (sp - Int(ins.arg)).pointee.withObject(PyList.self) { $0.append(item) }
                    case .setAdd:
                        sp -= 1
                        let item = sp.pointee
                        _ = try (sp - Int(ins.arg)).pointee.withObject(PySet.self) { try setAdd($0, item) }
                    case .mapAdd:
                        sp -= 2
                        let key = sp.pointee, value = (sp + 1).pointee
                        _ = try (sp - Int(ins.arg)).pointee.withObject(PyDict.self) { try dictSet($0, key, value) }
                    case .listExtend:
                        sp -= 1
                        let depth = Int(ins.arg & 0xFF)
                        if let l = (sp - depth).pointee.asObject(PyList.self) {
                            let src = sp.pointee
                            if ins.arg & 0x100 != 0 && special(src, "__iter__") == nil && special(src, "__getitem__") == nil
                                && !(src.object is PyNativeIterator) {
                                // A call's *args (the list sits just above the callable): CPython names the callable.
                                let callee = (sp - depth - 1).pointee
                                throw typeError("\(callableName(callee)) argument after * must be an iterable, not \(typeName(src))")
                            }
                            l.items.append(contentsOf: try iterateToArray(src))
                        }
                    case .setUpdate:
                        sp -= 1
                        if let s = (sp - Int(ins.arg)).pointee.asObject(PySet.self) {
                            for v in try iterateToArray(sp.pointee) { try setAdd(s, v) }
                        }
                    case .dictUpdate:
                        sp -= 1
                        if let d = (sp - Int(ins.arg)).pointee.asObject(PyDict.self) {
                            try dictMergeInto(d, sp.pointee)
                        }
                    case .dictMerge:
                        sp -= 1
                        if let d = (sp - Int(ins.arg)).pointee.asObject(PyDict.self) {
                            try dictMergeInto(d, sp.pointee, isCall: true, callable: (sp - Int(ins.arg) - 2).pointee)
                        }
                    case .listToTuple:
                        if let l = (sp - 1).pointee.asObject(PyList.self) {
                            (sp - 1).pointee = makeTupleValue(l.items)
                        }
                    case .unpackSequence:
                        let n = Int(ins.arg)
                        let v = (sp - 1).pointee
                        sp -= 1
                        if !unpackExactTupleOrList(v, count: n, into: sp) {
                            let items = try unpack(v, count: n)
                            for i in 0..<n { (sp + i).pointee = items[n - 1 - i] }
                        }
                        sp += n
                    case .unpackEx:
                        let before = Int(ins.arg) & 0xFF, after = Int(ins.arg) >> 8
                        let v = (sp - 1).pointee
                        sp -= 1
                        let items = try iterateToArray(v)
                        if items.count < before + after {
                            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        var out: [Value] = Array(items[0..<before])
                        out.append(Value(makeList(Array(items[before..<(items.count - after)]))))
                        out.append(contentsOf: items[(items.count - after)...])
                        for (i, x) in out.reversed().enumerated() { (sp + i).pointee = x }
                        sp += out.count
                    case .makeFunction:
                        sp -= 1
                        guard let fcode = sp.pointee.asObject(PyCode.self) else { throw error("SystemError", "bad code") }
                        var closure: [Value] = []
                        var annotations: PyDict? = nil
                        var kwdefaults: PyDict? = nil
                        var defaults: [Value] = []
                        if ins.arg & 8 != 0 { sp -= 1; closure = sp.pointee.asObject(PyTuple.self)?.items ?? [] }
                        if ins.arg & 4 != 0 { sp -= 1; annotations = sp.pointee.asObject(PyDict.self) }
                        if ins.arg & 2 != 0 { sp -= 1; kwdefaults = sp.pointee.asObject(PyDict.self) }
                        if ins.arg & 1 != 0 { sp -= 1; defaults = sp.pointee.asObject(PyTuple.self)?.items ?? [] }
                        let fn = heap.track(PyFunction(cls: types.function, code: fcode, globals: fp.pointee.globals,
                                                       defaults: defaults, kwdefaults: kwdefaults, closure: closure))
                        fn.annotations = annotations
                        if !fcode.flags.contains(.isClassBody), !fcode.constants.isEmpty, fcode.name != "<lambda>" {
                            fn.doc = fcode.constants[0]
                            if !(fn.doc.object is PyStr) { fn.doc = .none }
                        }
                        fn.module = fp.pointee.globals.getStr(intern("__name__")) ?? .none
                        sp.pointee = Value(fn)
                        sp += 1
                    case .yieldValue:
                        let value = (sp - 1).pointee
                        sp -= 1
                        if fp.pointee.resumeKind.takesYieldsInLoop, try takeYieldInLoop(value, fp.pointee.resumeKind) {
                            // Taken by the consumer (collected, added to a
                            // sum): the generator goes on as if sent None.
                            sp.pointee = .none
                            sp += 1
                            break
                        }
                        fp.pointee.sp = sp
                        fp.pointee.ip = ip
                        if try yieldOut(value) { return value }
                        fp = frames + (frameCount - 1)
                        instrs = fp.pointee.instrs; consts = fp.pointee.consts
                        locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                    case .getYieldFromIter:
                        let v = (sp - 1).pointee
                        if let g = v.generatorRef {
                            // Borrowed: `yield from asyncio.sleep(0)` comes here at every step.
                            if g._withUnsafeGuaranteedRef({ $0.isCoroutine })
                                && !fp.pointee.code.flags.contains(.coroutine) && !fp.pointee.code.flags.contains(.iterableCoroutine) {
                                throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
                            }
                        } else {
                            (sp - 1).pointee = try getIter(v)
                        }
                    case .getAwaitable:
                        (sp - 1).pointee = try getAwaitable((sp - 1).pointee, context: ins.arg)
                    case .yieldFrom:
                        let sent = (sp - 1).pointee
                        let receiver = (sp - 2).pointee
                        sp -= 1
                        fp.pointee.sp = sp
                        if let g = receiver.generatorRef {
                            // Resume the delegate in place (borrowed: the stack holds it);
                            // its yield comes back through yieldOut.
                            fp.pointee.ip = ip - 1
                            if try g._withUnsafeGuaranteedRef({ try resumeInLoop($0, sent: sent, kind: .yieldFrom) }) {
                                fp = frames + (frameCount - 1)
                                instrs = fp.pointee.instrs; consts = fp.pointee.consts
                                locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                            } else {
                                // Already finished: StopIteration with no value.
                                (sp - 1).pointee = .none
                            }
                            break
                        }
                        // A non-generator iterator: next() or send().
                        let result: Value?
                        lastStopValue = .none
                        do {
                            if sent.isNone { result = try next(receiver) }
                            else { result = try callMethod(receiver, "send", [sent]) }
                        } catch let e as ScriptError where isInstance(e.exception, "StopIteration") {
                            (sp - 1).pointee = e.exception.args.first ?? .none
                            break
                        }
                        guard let y = result else {
                            (sp - 1).pointee = lastStopValue
                            break
                        }
                        fp.pointee.ip = ip - 1
                        fp.pointee.sp = sp
                        if try yieldOut(y) { return y }
                        fp = frames + (frameCount - 1)
                        instrs = fp.pointee.instrs; consts = fp.pointee.consts
                        locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                    case .raiseVarargs:
                        let n = Int(ins.arg)
                        if n == 0 {
                            guard let e = currentHandledException() else {
                                throw error("RuntimeError", "No active exception to reraise")
                            }
                            fp.pointee.suppressTraceback = true
                            throw ScriptError(exception: e)
                        }
                        let cause: Value? = n == 2 ? (sp - 1).pointee : nil
                        let excValue = (sp - n).pointee
                        sp -= n
                        throw ScriptError(exception: try makeRaisable(excValue, cause: cause))
                    case .reraise:
                        sp -= 1
                        guard let e = sp.pointee.asObject(PyBaseException.self) else {
                            throw error("SystemError", "reraise of a non-exception")
                        }
                        fp.pointee.suppressTraceback = true
                        throw ScriptError(exception: e)
                    case .pushExcInfo:
                        let top = sp - 1
                        let exc = top.pointee
                        let old = exchangeHandled(exc)
                        // A generator restores its own exception, not the one of the code that resumed it.
                        top.pointee = fp.pointee.generator != nil && old.isIdentical(fp.pointee.outerHandled) ? .none : old
                        sp.pointee = exc
                        sp += 1
                    case .popExcept:
                        sp -= 1
                        _ = exchangeHandled(sp.pointee)
                    case .jumpIfNotExcMatch:
                        let t = (sp - 1).pointee
                        let e = (sp - 2).pointee
                        sp -= 2
                        if try !exceptionMatches(e, t) { ip = Int(ins.arg) }
                    case .beforeWith:
                        let mgr = (sp - 1).pointee
                        let exit: Value
                        do {
                            exit = try lookupSpecialBound(mgr, "__exit__")
                        }
                        let enter = try lookupSpecialBound(mgr, "__enter__")
                        (sp - 1).pointee = exit
                        sp.pointee = try call(enter, [])
                        sp += 1
                    case .withExceptStart:
                        // Stack: exit, prev, exc
                        let exc = (sp - 1).pointee
                        let exit = (sp - 3).pointee
                        let e = exc.asObject(PyBaseException.self)
                        let t: Value = e.map { Value($0.cls) } ?? .none
                        let tb: Value = e?.traceback ?? .none
                        sp.pointee = try call(exit, [t, exc, tb])
                        sp += 1
                    case .beforeAsyncWith: sp = try beforeAsyncWith(sp)
                    case .getAIter: sp = try getAIter(sp)
                    case .getANext: sp = try getANext(sp)
                    case .endAsyncFor: sp = try endAsyncFor(sp)
                    case .asyncGenWrap: (sp - 1).pointee = wrapAsyncGenValue((sp - 1).pointee)
                    case .loadBuildClass:
                        guard let bc = builtins.getStr(intern("__build_class__")) else {
                            throw error("NameError", "__build_class__ not found")
                        }
                        sp.pointee = bc
                        sp += 1
                    case .importName:
                        let name = fp.pointee.code.names[Int(ins.arg)]
                        let fromlist = (sp - 1).pointee
                        let level = (sp - 2).pointee
                        sp -= 1
                        fp.pointee.ip = ip
                        (sp - 1).pointee = try importName(name.value, fromlist: fromlist, level: level, globals: fp.pointee.globals)
                    case .importFrom:
                        let module = (sp - 1).pointee
                        sp.pointee = try importFrom(module, fp.pointee.code.names[Int(ins.arg)])
                        sp += 1
                    case .importStar:
                        sp -= 1
                        try importStar(sp.pointee, into: fp.pointee.localsDict ?? fp.pointee.globals)
                    case .formatValue:
                        var spec: Value = .none
                        if ins.arg & 4 != 0 {
                            sp -= 1
                            spec = sp.pointee
                        }
                        (sp - 1).pointee = try formatValueOp((sp - 1).pointee, conversion: ins.arg & 3, spec: spec)
                    case .buildString:
                        let n = Int(ins.arg)
                        sp -= n
                        sp.pointee = buildStringOp(sp, n)
                        sp += 1
                    case .printItem:
                        sp -= 1
                        if ins.arg == -1 {
                            try displayHook(sp.pointee)
                        } else {
                            try printItem(sp.pointee, to: nil)
                        }
                    case .printItemTo:
                        let dest = (sp - 1).pointee
                        let item = (sp - 2).pointee
                        sp -= 2
                        try printItem(item, to: dest)
                    case .printNewline:
                        try printNewline(to: nil)
                    case .printNewlineTo:
                        sp -= 1
                        try printNewline(to: sp.pointee)
                    case .setupAnnotations:
                        let d = fp.pointee.localsDict ?? fp.pointee.globals
                        let key = intern("__annotations__")
                        if d.getStr(key) == nil { d.setStr(key, Value(makeDict())) }
                    case .loadAssertionError:
                        sp.pointee = Value(types.exception("AssertionError"))
                        sp += 1
                    }
                }
            } catch let thrown {
                guard let err = thrown as? ScriptError else { throw thrown }
                let exc = err.exception
                // Unwind frame by frame until a handler takes it.
                fp.pointee.ip = ip
                fp.pointee.sp = sp
                attachContext(exc)
                var handledHere = false
                while true {
                    let f = frames + (frameCount - 1)
                    let fip = f.pointee.ip
                    if f.pointee.suppressTraceback {
                        f.pointee.suppressTraceback = false
                    } else {
                        addTraceback(exc, frame: f.pointee, ip: fip - 1)
                    }
                    let fcode = f.pointee.code
                    let hIdx = fip - 1 >= 0 && fip - 1 < fcode.handlerIndex.count ? Int(fcode.handlerIndex[fip - 1]) : -1
                    if hIdx >= 0 {
                        enterHandler(f, fcode.handlers[hIdx], exc)
                        handledHere = true
                        break
                    }
                    // No handler: the frame is finished.
                    let popped = f.pointee
                    frameCount -= 1
                    var propagated = exc
                    if let gen = popped.generator {
                        gen.finish()
                        handled = popped.outerHandled
                        propagated = convertStopIteration(exc, gen: gen)
                        // The innermost of a chain: unwinding goes on in its delegator.
                        if let root = gen.chainRoot { resumeDelegator(of: Unmanaged.passUnretained(gen), root: root, returning: nil, frame: popped) }
                    } else {
                        stackTop = popped.savedStackTop
                    }
                    if frameCount <= entry {
                        throw ScriptError(exception: propagated)
                    }
                    if propagated !== exc {
                        pending = ScriptError(exception: propagated)
                        // Re-enter unwinding in the caller with the converted exception.
                        fp = frames + (frameCount - 1)
                        ip = fp.pointee.ip
                        sp = fp.pointee.sp
                        instrs = fp.pointee.instrs; consts = fp.pointee.consts
                        locals = fp.pointee.locals
                        break
                    }
                }
                if handledHere {
                    fp = frames + (frameCount - 1)
                    instrs = fp.pointee.instrs; consts = fp.pointee.consts
                    locals = fp.pointee.locals; sp = fp.pointee.sp; ip = fp.pointee.ip
                }
            }
        }
    }

    /// Unwinds frame `f` to its handler: the value stack is cut to the
    /// handler's depth, the exception pushed, and ip set to the handler.
    /// Kept out of line so the catch path stays small.
    @inline(never)
    func enterHandler(_ f: UnsafeMutablePointer<Frame>, _ h: ExceptionHandler, _ exc: PyBaseException) {
        let p = f.pointee.stackBase + Int(h.depth)
        p.pointee = Value(exc)
        f.pointee.sp = p + 1
        f.pointee.ip = Int(h.target)
    }

    /// Sets the handled exception, returning the previous one.
    @inline(never)
    func exchangeHandled(_ newValue: Value) -> Value {
        let old = handled
        handled = newValue
        return old
    }

    /// LOAD_GLOBAL's cached answer, if the entry is still valid. The globals
    /// and builtins are borrowed: the frame and the interpreter keep them alive.
    @inline(__always)
    func cachedGlobal(_ globals: Unmanaged<PyDict>, _ cache: UnsafeMutablePointer<GlobalCacheEntry>) -> Value? {
        guard cache.pointee.globals == globals.toOpaque() else { return nil }
        return globals._withUnsafeGuaranteedRef { g -> Value? in
            guard cache.pointee.globalsMutations == g.mutations else { return nil }
            if !cache.pointee.inBuiltins { return g.value(atEntry: Int(cache.pointee.index)) }
            return builtinsRef._withUnsafeGuaranteedRef { b -> Value? in
                cache.pointee.builtinsMutations == b.mutations ? b.value(atEntry: Int(cache.pointee.index)) : nil
            }
        }
    }

    /// LOAD_GLOBAL without a valid cache entry: look up and fill the cache.
    func loadGlobalSlow(_ name: PyStr, _ g: PyDict, _ cache: UnsafeMutablePointer<GlobalCacheEntry>) throws -> Value {
        if let i = g.entryIndex(ofStr: name) {
            cache.pointee = GlobalCacheEntry(globals: Unmanaged.passUnretained(g).toOpaque(), globalsMutations: g.mutations,
                                             builtinsMutations: -1, index: Int32(i), inBuiltins: false)
            return g.value(atEntry: i)
        }
        if let i = builtins.entryIndex(ofStr: name) {
            cache.pointee = GlobalCacheEntry(globals: Unmanaged.passUnretained(g).toOpaque(), globalsMutations: g.mutations,
                                             builtinsMutations: builtins.mutations, index: Int32(i), inBuiltins: true)
            return builtins.value(atEntry: i)
        }
        throw error("NameError", "name '\(name.value)' is not defined")
    }

    /// The value in a cell slot, or the error CPython raises for an empty cell.
    func loadCell(_ cellValue: Value, _ code: PyCode, _ slot: Int) throws -> Value {
        guard let cell = cellValue.asObject(PyCell.self) else { throw error("SystemError", "bad cell") }
        if case .unbound = cell.value {
            let name = cellName(code, slot)
            if slot < code.cellvars.count {
                throw error("UnboundLocalError", "local variable '\(name)' referenced before assignment")
            }
            throw error("NameError", "free variable '\(name)' referenced before assignment in enclosing scope")
        }
        return cell.value
    }

    func cellName(_ code: PyCode, _ slot: Int) -> String {
        if slot < code.cellvars.count { return code.cellvars[slot] }
        let i = slot - code.cellvars.count
        return i < code.freevars.count ? code.freevars[i] : "?"
    }

    /// A safe point: collect garbage if due, deliver an interrupt if requested.
    func safePoint() throws {
        if interrupt.isSet {
            interrupt.clear()
            throw ScriptError(exception: makeException(types.exception("KeyboardInterrupt"), args: []))
        }
        if heap.wantsCollection { collectGarbage() }
    }
}
