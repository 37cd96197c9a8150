// Calling: frames for script functions (in the dispatch loop or from Swift),
// argument binding with CPython's error messages, native calls, and the
// generic `call` Swift code uses.

extension Interpreter {
    // MARK: calls from the dispatch loop

    /// Calls `callable` with `count` arguments at `args` (keyword values last,
    /// named by `kwnames`). Returns true when it pushed a frame for the loop to
    /// run; false when the result is already in `returnSlot`.
    @inline(__always)
    func callInLoop(_ callable: Value, args: UnsafeMutablePointer<Value>, count: Int, kwnames: PyTuple?,
                    returnSlot: UnsafeMutablePointer<Value>) throws -> Bool {
        guard case .obj(let u) = callable else {
            throw typeError("'\(typeName(callable))' object is not callable")
        }
        // Borrow the callee: the caller's stack slot keeps it alive, and a
        // retain/release pair per call is a large part of a call's cost.
        let layout = u._withUnsafeGuaranteedRef { $0.classLayout }
        if layout == .function && kwnames == nil {
            // nil: not a call these fast paths take; true: a frame was pushed; false: the result is in returnSlot.
            let pushed = try Unmanaged<PyFunction>.fromOpaque(u.toOpaque())._withUnsafeGuaranteedRef { fn -> Bool? in
                if fn.isSimple {
                    guard (count == fn.argcount || (count < fn.argcount && count >= fn.argcount - fn.defaults.count))
                            && (frames + (frameCount - 1)).isOrdinaryCall else { return nil }
                    try pushSimpleFrame(fn, locals: args, given: count, returnSlot: returnSlot)
                    return true
                }
                if fn.makesSimpleGenerator && count == fn.argcount {
                    returnSlot.pointee = Value(makeSimpleGenerator(fn, args: args))
                    return false
                }
                if fn.makesGeneratorFromDefaults && count <= fn.argcount,
                   let g = makeGeneratorFromDefaults(fn, args: args, count: count) {
                    returnSlot.pointee = Value(g)
                    return false
                }
                return nil
            }
            if let pushed { return pushed }
        }
        if layout == .builtin {
            return try Unmanaged<PyBuiltinFunction>.fromOpaque(u.toOpaque())._withUnsafeGuaranteedRef { bf in
                try callBuiltinInLoop(bf, args: args, count: count, kwnames: kwnames, returnSlot: returnSlot)
            }
        }
        if layout == .type && count == 1 && kwnames == nil {
            // `str(x)`, `range(n)`...: a builtin type whose metatype is `type` itself, borrowed.
            let typeClass = Unmanaged.passUnretained(types.type).toOpaque()
            if let r = try Unmanaged<PyType>.fromOpaque(u.toOpaque())._withUnsafeGuaranteedRef({ t -> Value? in
                t.classPointer == typeClass ? try callBuiltinTypeWithOne(t, args.pointee) : nil
            }) {
                returnSlot.pointee = r
                return false
            }
        }
        let o = u.takeUnretainedValue()
        switch layout {
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            let (pos, kw) = splitArgs(args, count, kwnames)
            return try pushFunction(fn, pos, kw, returnSlot: returnSlot)
        default:
            if let m = o as? PyMethod {
                (args - 1).pointee = m.selfValue
                return try callInLoop(m.function, args: args - 1, count: count + 1, kwnames: kwnames, returnSlot: returnSlot)
            }
            let (pos, kw) = splitArgs(args, count, kwnames)
            returnSlot.pointee = try callObject(callable, pos, kw)
            return false
        }
    }

    /// callInLoop for a builtin function or method (borrowed: no reference
    /// count is taken on it).
    @inline(__always)
    private func callBuiltinInLoop(_ bf: PyBuiltinFunction, args: UnsafeMutablePointer<Value>, count: Int, kwnames: PyTuple?,
                                   returnSlot: UnsafeMutablePointer<Value>) throws -> Bool {
        if count == 1, kwnames == nil, Unmanaged.passUnretained(bf).toOpaque() == builtinLen,
           case .obj(let u) = args.pointee, let n = exactBuiltinLength(u) {
            // len() of an exact str, list, tuple or dict, answered without calling the builtin.
            returnSlot.pointee = .int(n)
            return false
        }
        if bf.generatorCall != .none && kwnames == nil,
           try resumeForCall(bf, args: args, count: count, returnSlot: returnSlot) {
            return true
        }
        let kw = keywordPairs(args, count, kwnames)
        let npos = count - kw.count
        if case .unbound = bf.boundSelf {
            returnSlot.pointee = try bf.fn(self, Args(positional: UnsafeBufferPointer(start: args, count: npos), keywords: kw))
        } else {
            // Put the receiver just below the arguments (that slot is free).
            (args - 1).pointee = bf.boundSelf
            returnSlot.pointee = try bf.fn(self, Args(positional: UnsafeBufferPointer(start: args - 1, count: npos + 1), keywords: kw))
        }
        return false
    }

    /// Like callInLoop, with the arguments in arrays (CALL_FUNCTION_EX).
    func callWithArrays(_ callable: Value, _ positional: [Value], _ keywords: [(name: PyStr, value: Value)],
                        returnSlot: UnsafeMutablePointer<Value>) throws -> Bool {
        if let fn = callable.asObject(PyFunction.self) {
            return try pushFunction(fn, positional, keywords, returnSlot: returnSlot)
        }
        if let m = callable.asObject(PyMethod.self), let fn = m.function.asObject(PyFunction.self) {
            return try pushFunction(fn, [m.selfValue] + positional, keywords, returnSlot: returnSlot)
        }
        returnSlot.pointee = try callObject(callable, positional, keywords)
        return false
    }

    private func splitArgs(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ kwnames: PyTuple?) -> ([Value], [(name: PyStr, value: Value)]) {
        let kw = keywordPairs(args, count, kwnames)
        let pos = Array(UnsafeBufferPointer(start: args, count: count - kw.count))
        return (pos, kw)
    }

    @inline(__always)
    private func keywordPairs(_ args: UnsafeMutablePointer<Value>, _ count: Int, _ kwnames: PyTuple?) -> [(name: PyStr, value: Value)] {
        guard let names = kwnames?.items, !names.isEmpty else { return [] }
        let base = count - names.count
        var out: [(name: PyStr, value: Value)] = []
        out.reserveCapacity(names.count)
        for (i, n) in names.enumerated() {
            if let s = n.asObject(PyStr.self) { out.append((s, args[base + i])) }
        }
        return out
    }

    // MARK: frames

    func checkDepth() throws {
        if frameCount >= recursionLimit || frameCount >= frameCapacity - 1 {
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
    }

    /// Pushes a frame whose arguments are already in place as its first locals.
    @inline(__always)
    /// `given` arguments are in place at `locals`; the parameters after them
    /// take their defaults (the caller checked there are enough).
    func pushSimpleFrame(_ fn: PyFunction, locals: UnsafeMutablePointer<Value>, given: Int,
                         returnSlot: UnsafeMutablePointer<Value>?) throws {
        if frameCount >= recursionLimit || frameCount >= frameCapacity - 1 {
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
        let nlocals = fn.nlocals
        let size = fn.frameSize
        if locals + size >= stack + stackCapacity {
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
        if given < fn.argcount { fn.fillDefaults(locals, from: given) }
        var i = fn.argcount
        while i < nlocals { locals[i] = .unbound; i += 1 }
        if fn.hasCells { initCells(fn, locals) }
        let base = locals + fn.stackOffset
        frames[frameCount] = Frame(instrs: fn.instrs, consts: fn.consts, globalCache: fn.globalCache,
                                   code: fn.code, globals: fn.globals, function: fn, localsDict: nil, generator: nil,
                                   locals: locals, stackBase: base, sp: base, ip: 0, returnSlot: returnSlot,
                                   savedStackTop: stackTop, outerHandled: .none, resumeKind: .call)
        frameCount += 1
        let top = locals + size
        if top > stackTop { stackTop = top }
    }

    @inline(__always)
    private func initCells(_ fn: PyFunction, _ locals: UnsafeMutablePointer<Value>) {
        let code = fn.code
        let ncell = code.cellvars.count
        if ncell == 0 && code.freevars.isEmpty { return }
        let nlocals = code.nlocals
        for c in 0..<ncell {
            var initial: Value = .unbound
            if let argSlot = code.cellFromArg[c] { initial = locals[argSlot] }
            locals[nlocals + c] = Value(heap.track(PyCell(cls: types.cell, value: initial)))
        }
        for (i, v) in fn.closure.enumerated() where i < code.freevars.count {
            locals[nlocals + ncell + i] = v
        }
    }

    /// Binds arguments and pushes a frame for `fn` at the stack top (or makes
    /// a generator). Returns true when a frame was pushed.
    func pushFunction(_ fn: PyFunction, _ positional: [Value], _ keywords: [(name: PyStr, value: Value)],
                      returnSlot: UnsafeMutablePointer<Value>?) throws -> Bool {
        let code = fn.code
        if code.isGenerator {
            let gen = try makeGenerator(fn, positional, keywords)
            if let r = returnSlot { r.pointee = Value(gen) }
            return false
        }
        try checkDepth()
        let locals = stackTop
        if locals + code.frameSize + positional.count >= stack + stackCapacity {
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
        try bindArguments(fn, positional, keywords, into: locals)
        initCells(fn, locals)
        let base = locals + code.nlocals + code.ncells
        frames[frameCount] = Frame(instrs: code.instrPtr, consts: code.constPtr, globalCache: code.globalCache, code: code, globals: fn.globals, function: fn, localsDict: nil, generator: nil,
                                   locals: locals, stackBase: base, sp: base, ip: 0, returnSlot: returnSlot,
                                   savedStackTop: stackTop, outerHandled: .none, resumeKind: .call)
        frameCount += 1
        stackTop = locals + code.frameSize
        return true
    }

    func makeGenerator(_ fn: PyFunction, _ positional: [Value], _ keywords: [(name: PyStr, value: Value)]) throws -> PyGenerator {
        let slots = allocateGeneratorSlots(fn)
        do {
            try bindArguments(fn, positional, keywords, into: slots)
        } catch {
            slots.deallocate()
            throw error
        }
        return finishMakingGenerator(fn, slots).takeUnretainedValue()
    }

    /// A generator for a call with exactly argcount positional arguments at
    /// `args` (fn.makesSimpleGenerator): they are copied into place, no binding.
    func makeSimpleGenerator(_ fn: PyFunction, args: UnsafeMutablePointer<Value>) -> Unmanaged<PyGenerator> {
        let slots = allocateGeneratorSlots(fn)
        slots.update(from: args, count: fn.argcount)
        return finishMakingGenerator(fn, slots)
    }

    /// A generator for a call with `count` <= argcount positional arguments
    /// and no keywords (fn.makesGeneratorFromDefaults): the missing parameters
    /// take their defaults, the keyword-only ones their keyword defaults. Nil
    /// when one has no default: the general binder then reports it.
    /// The code object, the keyword defaults and the names are read borrowed
    /// (`asyncio.sleep(0)` comes this way at every step of a Task).
    func makeGeneratorFromDefaults(_ fn: PyFunction, args: UnsafeMutablePointer<Value>, count: Int) -> Unmanaged<PyGenerator>? {
        let nargs = fn.argcount
        guard count >= nargs - fn.defaults.count else { return nil }
        let (nkwonly, nparams, names) = fn.codeRef._withUnsafeGuaranteedRef { code in
            (code.kwonlyargcount, code.paramNames.count, code.paramNamePtr)
        }
        let kwdefaults = fn.kwdefaultsRef
        if nkwonly > 0 && (kwdefaults == nil || nparams < nargs + nkwonly) { return nil }
        let slots = allocateGeneratorSlots(fn)
        slots.update(from: args, count: count)
        fn.fillDefaults(slots, from: count)
        if nkwonly > 0, let kwdefaults {
            let filled = kwdefaults._withUnsafeGuaranteedRef { kd in
                fn.fillKeywordDefaults(slots, first: nargs, count: nkwonly, names: names, from: kd)
            }
            if !filled {
                slots.deallocate()
                return nil
            }
        }
        return finishMakingGenerator(fn, slots)
    }

    /// Slots for a new generator frame, its locals and cells unbound (the value stack needs no filling).
    @inline(__always)
    private func allocateGeneratorSlots(_ fn: PyFunction) -> UnsafeMutablePointer<Value> {
        let slots = UnsafeMutablePointer<Value>.allocate(capacity: max(1, fn.frameSize))
        slots.initialize(repeating: .unbound, count: fn.stackOffset)
        return slots
    }

    /// The new generator, tracked by the heap (which holds its only strong
    /// reference); its class is given by address, so nothing is retained.
    @inline(__always)
    private func finishMakingGenerator(_ fn: PyFunction, _ slots: UnsafeMutablePointer<Value>) -> Unmanaged<PyGenerator> {
        if fn.hasCells { initCells(fn, slots) }
        let kind = fn.generatorKind
        let cls: UnsafeMutableRawPointer
        switch kind {
        case .generator: cls = builtinClassPointers.generator
        case .coroutine: cls = builtinClassPointers.coroutine
        case .asyncGenerator: cls = builtinClassPointers.asyncGenerator
        }
        return heap.trackNew(PyGenerator(classPointer: cls, function: fn, slots: slots, isCoroutine: kind == .coroutine,
                                         finalizable: kind != .generator || fn.closingMayRunCode))
    }

    /// Runs a module or class body code object with a names dict.
    func runCode(_ code: PyCode, globals: PyDict, locals: PyDict?, function: PyFunction? = nil) throws -> Value {
        try checkDepth()
        let base = stackTop
        if base + code.frameSize >= stack + stackCapacity {
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
        var p = base
        for _ in 0..<(code.nlocals + code.ncells) { p.pointee = .unbound; p += 1 }
        if let fn = function { initCells(fn, base) }
        // Class bodies have cells but no locals: cells come first.
        let stackBase = base + code.nlocals + code.ncells
        frames[frameCount] = Frame(instrs: code.instrPtr, consts: code.constPtr, globalCache: code.globalCache, code: code, globals: globals, function: function, localsDict: locals, generator: nil,
                                   locals: base, stackBase: stackBase, sp: stackBase, ip: 0, returnSlot: nil,
                                   savedStackTop: stackTop, outerHandled: .none, resumeKind: .call)
        frameCount += 1
        stackTop = base + code.frameSize
        return try run()
    }

    // MARK: argument binding

    func bindArguments(_ fn: PyFunction, _ positional: [Value], _ keywords: [(name: PyStr, value: Value)],
                       into locals: UnsafeMutablePointer<Value>) throws {
        let code = fn.code
        let nargs = code.argcount
        let nkwonly = code.kwonlyargcount
        let total = nargs + nkwonly
        for i in 0..<code.nlocals { locals[i] = .unbound }
        let npos = positional.count
        for i in 0..<min(npos, nargs) { locals[i] = positional[i] }
        var slot = total
        if code.flags.contains(.varargs) {
            locals[slot] = npos > nargs ? Value(makeTuple(Array(positional[nargs...]))) : Value(makeTuple([]))
            slot += 1
        }
        var kwdict: PyDict? = nil
        if code.flags.contains(.varkw) {
            let d = makeDict()
            kwdict = d
            locals[slot] = Value(d)
        }
        let name = code.name
        var posonlyPassed: [String] = []
        for (k, v) in keywords {
            var found = -1
            for j in code.posonlyargcount..<total where j < code.paramNames.count && code.paramNames[j].equals(k) {
                found = j
                break
            }
            if found >= 0 {
                if !locals[found].isUnbound {
                    throw typeError("\(name)() got multiple values for argument '\(k.value)'")
                }
                locals[found] = v
            } else if let d = kwdict {
                d.setStr(k, v)
            } else {
                if (0..<code.posonlyargcount).contains(where: { code.paramNames[$0].equals(k) }) {
                    posonlyPassed.append(k.value)
                    continue
                }
                throw typeError("\(name)() got an unexpected keyword argument '\(k.value)'")
            }
        }
        if !posonlyPassed.isEmpty {
            throw typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(posonlyPassed.joined(separator: ", "))'")
        }
        if npos > nargs && !code.flags.contains(.varargs) {
            let ndef = fn.defaults.count
            let sig = ndef > 0 ? "from \(nargs - ndef) to \(nargs)" : "\(nargs)"
            let plural = ndef > 0 || nargs != 1
            var kwonlyGiven = 0
            for i in nargs..<total where !locals[i].isUnbound { kwonlyGiven += 1 }
            var kwsig = ""
            if kwonlyGiven > 0 {
                kwsig = " positional argument\(npos != 1 ? "s" : "") (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven != 1 ? "s" : ""))"
            }
            let verb = npos == 1 && kwonlyGiven == 0 ? "was" : "were"
            throw typeError("\(name)() takes \(sig) positional argument\(plural ? "s" : "") but \(npos)\(kwsig) \(verb) given")
        }
        let ndef = fn.defaults.count
        var missing: [String] = []
        for i in 0..<nargs where locals[i].isUnbound {
            let d = i - (nargs - ndef)
            if d >= 0 && d < ndef { locals[i] = fn.defaults[d] } else { missing.append(code.varnames[i]) }
        }
        if !missing.isEmpty {
            throw typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(formatMissing(missing))")
        }
        var missingKw: [String] = []
        for i in nargs..<total where locals[i].isUnbound {
            if let kd = fn.kwdefaults, let v = kd.getStr(code.paramNames[i]) { locals[i] = v }
            else { missingKw.append(code.varnames[i]) }
        }
        if !missingKw.isEmpty {
            throw typeError("\(name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(formatMissing(missingKw))")
        }
    }

    func formatMissing(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + (q.last ?? "")
        }
    }

    // MARK: calls from Swift

    /// Calls any callable from Swift code and returns its result.
    func call(_ callable: Value, _ args: [Value], _ keywords: [(name: PyStr, value: Value)] = []) throws -> Value {
        if let fn = callable.asObject(PyFunction.self) {
            if fn.isSimple && keywords.isEmpty && args.count == fn.argcount {
                // Key functions, callbacks: bind in place, as a call from the loop does
                // (pushSimpleFrame checks the depth; the room is checked before the arguments are written).
                let locals = stackTop
                if locals + fn.frameSize >= stack + stackCapacity {
                    throw error("RecursionError", "maximum recursion depth exceeded")
                }
                for (k, a) in args.enumerated() { locals[k] = a }
                try pushSimpleFrame(fn, locals: locals, given: fn.argcount, returnSlot: nil)
                return try run()
            }
            if try pushFunction(fn, args, keywords, returnSlot: nil) {
                return try run()
            }
            return try makeGenerator(fn, args, keywords).asValue
        }
        return try callObject(callable, args, keywords)
    }

    /// Calls a callable that is not a script function (or is, through `call`).
    func callObject(_ callable: Value, _ args: [Value], _ keywords: [(name: PyStr, value: Value)]) throws -> Value {
        guard case .obj(let u) = callable else {
            throw typeError("'\(typeName(callable))' object is not callable")
        }
        let o = u.takeUnretainedValue()
        let rootMark = nativeRoots.count
        nativeRoots.append(contentsOf: args)
        defer { nativeRoots.removeSubrange(rootMark...) }
        switch o {
        case let fn as PyFunction:
            return try call(Value(fn), args, keywords)
        case let bf as PyBuiltinFunction:
            var full = args
            if !bf.boundSelf.isUnbound { full.insert(bf.boundSelf, at: 0) }
            return try full.withUnsafeBufferPointer { buf in
                try bf.fn(self, Args(positional: buf, keywords: keywords))
            }
        case let m as PyMethod:
            return try call(m.function, [m.selfValue] + args, keywords)
        case let t as PyType:
            return try callType(t, args, keywords)
        default:
            guard let c = lookupSpecial(o.cls, names.call) else {
                throw typeError("'\(o.cls.name)' object is not callable")
            }
            return try call(try bindDescriptor(c, instance: callable, owner: o.cls), args, keywords)
        }
    }

    /// Calls method `name` of `obj` (looked up as an attribute).
    func callMethod(_ obj: Value, _ name: String, _ args: [Value], _ keywords: [(name: PyStr, value: Value)] = []) throws -> Value {
        var pair: (Value, Value) = (.none, .none)
        try withUnsafeMutablePointer(to: &pair) { p in
            try p.withMemoryRebound(to: Value.self, capacity: 2) { try loadMethod(obj, intern(name), into: $0) }
        }
        if case .unbound = pair.1 { return try call(pair.0, args, keywords) }
        return try call(pair.0, [pair.1] + args, keywords)
    }

    // MARK: generators

    /// Pushes a generator's frame for the dispatch loop. Returns false when the
    /// generator is already finished.
    @inline(__always)
    func resumeInLoop(_ gen: PyGenerator, sent: Value, kind: ResumeKind, pushSent: Bool = true) throws -> Bool {
        // The common case inline: suspended at a plain yield, room for a frame.
        if gen.state == .suspended && gen.delegateGen == nil && frameCount < recursionLimit && frameCount < frameCapacity - 1 {
            pushGeneratorFrame(gen, kind: kind, sent: pushSent ? sent : nil)
            return true
        }
        return try resumeInLoopChecked(gen, sent: sent, kind: kind, pushSent: pushSent)
    }

    private func resumeInLoopChecked(_ gen: PyGenerator, sent: Value, kind: ResumeKind, pushSent: Bool) throws -> Bool {
        switch gen.state {
        case .running:
            throw valueError(gen.isCoroutine ? "coroutine already executing" : "generator already executing")
        case .finished:
            if gen.isCoroutine { throw error("RuntimeError", "cannot reuse already awaited coroutine") }
            return false
        case .created:
            if !sent.isNone {
                throw typeError("can't send non-None value to a just-started \(gen.isCoroutine ? "coroutine" : "generator")")
            }
        case .suspended:
            if pushSent && gen.delegateGen != nil {
                try resumeChain(gen, sent: sent, kind: kind)
                return true
            }
        }
        try checkDepth()
        pushGeneratorFrame(gen, kind: kind, sent: pushSent && gen.state == .suspended ? sent : nil)
        return true
    }

    /// Suspends the generator frame on top with `value` (after its ip and sp
    /// were saved). Delegating generators waiting in YIELD_FROM suspend too.
    /// Returns true when the value leaves the run loop for Swift.
    func yieldOut(_ value: Value) throws -> Bool {
        // The generator a delegating frame below waits on (the root of the chain that yielded).
        var inner: Unmanaged<PyGenerator>? = nil
        while true {
            let fp = frames + (frameCount - 1)
            guard let genRef = fp.pointee.generatorRef else {
                throw error("SystemError", "yield outside a generator frame")
            }
            let kind = fp.pointee.resumeKind
            let returnSlot = fp.pointee.returnSlot
            let outerHandled = fp.pointee.outerHandled
            let resumed = genRef._withUnsafeGuaranteedRef { gen -> Unmanaged<PyGenerator> in
                // Only these change while a generator runs (see pushGeneratorFrame).
                gen.sp = fp.pointee.sp
                gen.ip = fp.pointee.ip
                gen.state = .suspended
                gen.delegateGen = inner
                gen.excState = handled.isIdentical(outerHandled) ? .none : handled
                guard let root = gen.chainRoot else { return genRef }
                suspendChain(root, above: gen)
                gen.chainRoot = nil
                return root
            }
            handled = outerHandled
            frameCount -= 1
            switch kind {
            case .native, .call, .collect, .sumInts:
                return true
            case .forIter:
                let caller = frames + (frameCount - 1)
                caller.pointee.sp.pointee = value
                caller.pointee.sp += 1
                return false
            case .yieldFrom:
                inner = resumed
                continue
            case .callResult, .callResultOrDefault:
                // The value is the result of the next() / send() call in the caller.
                if let slot = returnSlot {
                    slot.pointee = value
                    frames[frameCount - 1].sp = slot + 1
                }
                return false
            }
        }
    }

    enum GenResult {
        case yielded(Value)
        case returned(Value)
    }

    /// Resumes a generator from Swift: send(value), or throw(exc) when `exc` is set.
    func genResume(_ gen: PyGenerator, send value: Value, throwing exc: PyBaseException? = nil,
                   throwArgs: [Value]? = nil) throws -> GenResult {
        if gen.state == .running {
            throw valueError(gen.isCoroutine ? "coroutine already executing" : "generator already executing")
        }
        if let exc, gen.state == .suspended, let d = gen.delegate {
            // PEP 380: a thrown exception goes to the delegate first.
            if isInstance(exc, "GeneratorExit") {
                try closeIterator(d)
            } else if let inner = d.asObject(PyGenerator.self) {
                let r: GenResult
                do {
                    r = try genResume(inner, send: .none, throwing: exc, throwArgs: throwArgs)
                } catch let e as ScriptError {
                    // The delegate raised: continue the delegating frame with that exception.
                    gen.sp -= 1
                    gen.ip += 1
                    _ = try resumeInLoop(gen, sent: .none, kind: .native, pushSent: false)
                    return try finishResume(gen, try run(throwing: e.exception))
                }
                switch r {
                case .yielded(let v):
                    return .yielded(v)
                case .returned(let v):
                    (gen.sp - 1).pointee = v
                    gen.ip += 1
                    _ = try resumeInLoop(gen, sent: .none, kind: .native, pushSent: false)
                    return try finishResume(gen, try run())
                }
            } else if let throwMethod = try getAttrOrNil(d, intern("throw")) {
                let y: Value
                do {
                    y = try call(throwMethod, throwArgs ?? [Value(exc)])
                } catch let e as ScriptError {
                    gen.sp -= 1
                    gen.ip += 1
                    if isInstance(e.exception, "StopIteration") {
                        gen.sp.pointee = e.exception.args.first ?? .none
                        gen.sp += 1
                        _ = try resumeInLoop(gen, sent: .none, kind: .native, pushSent: false)
                        return try finishResume(gen, try run())
                    }
                    _ = try resumeInLoop(gen, sent: .none, kind: .native, pushSent: false)
                    return try finishResume(gen, try run(throwing: e.exception))
                }
                return .yielded(y)
            }
        }
        if gen.state == .finished {
            if let exc { throw ScriptError(exception: exc) }
            if gen.isCoroutine { throw error("RuntimeError", "cannot reuse already awaited coroutine") }
            return .returned(.none)
        }
        // Thrown into a generator that has not started: it ends with that exception.
        _ = try resumeInLoop(gen, sent: exc == nil ? value : .none, kind: .native, pushSent: exc == nil)
        return try finishResume(gen, try run(throwing: exc))
    }

    private func finishResume(_ gen: PyGenerator, _ v: Value) throws -> GenResult {
        gen.state == .finished ? .returned(v) : .yielded(v)
    }

    /// gen.close(): GeneratorExit at the yield point.
    func genClose(_ gen: PyGenerator) throws {
        switch gen.state {
        case .created:
            gen.finish()
            return
        case .finished:
            return
        case .running:
            throw valueError("generator already executing")
        case .suspended:
            let exit = makeException(types.exception("GeneratorExit"), args: [])
            do {
                let r = try genResume(gen, send: .none, throwing: exit)
                if case .yielded = r {
                    throw error("RuntimeError", gen.isCoroutine ? "coroutine ignored GeneratorExit" : "generator ignored GeneratorExit")
                }
            } catch let e as ScriptError {
                if isInstance(e.exception, "GeneratorExit") || isInstance(e.exception, "StopIteration") { return }
                throw e
            }
        }
    }

    /// Closes an iterator a `yield from` delegates to, if it has close().
    func closeIterator(_ it: Value) throws {
        if let g = it.asObject(PyGenerator.self) { try genClose(g); return }
        if let closeMethod = try? getAttr(it, intern("close")) { _ = try call(closeMethod, []) }
    }

    /// PEP 479: StopIteration leaving a generator becomes RuntimeError.
    func convertStopIteration(_ exc: PyBaseException, gen: PyGenerator) -> PyBaseException {
        let isStop = isInstance(exc, "StopIteration")
        guard isStop || (gen.isAsyncGenerator && isInstance(exc, "StopAsyncIteration")) else { return exc }
        let what = gen.isAsyncGenerator ? "async generator" : gen.isCoroutine ? "coroutine" : "generator"
        let r = makeException("RuntimeError", "\(what) raised \(isStop ? "StopIteration" : "StopAsyncIteration")")
        r.cause = Value(exc)
        r.context = Value(exc)
        r.suppressContext = true
        return r
    }
}

extension PyObject {
    var asValue: Value { Value(self) }
}
