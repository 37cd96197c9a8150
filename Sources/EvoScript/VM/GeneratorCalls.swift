// next(gen), next(gen, default) and gen.send(v) called from the dispatch
// loop on a plain generator: the generator's frame is pushed and runs in the
// same loop, as FOR_ITER does, instead of re-entering run() from Swift. Its
// yield becomes the call's result in the caller's frame; its return raises
// StopIteration there (or gives next()'s default). Every other case (a
// running or finished generator, a non-None value sent to a new one,
// coroutines, other iterators) takes the builtin's ordinary path.

extension Interpreter {
    /// Returns true when the generator's frame was pushed for the loop to run.
    @inline(__always)
    func resumeForCall(_ bf: PyBuiltinFunction, args: UnsafeMutablePointer<Value>, count: Int,
                       returnSlot: UnsafeMutablePointer<Value>) throws -> Bool {
        let receiver: Value
        let sent: Value
        var kind = ResumeKind.callResult
        switch bf.generatorCall {
        case .none:
            return false
        case .next:
            guard count == 1 || count == 2, bf.boundSelf.isUnbound else { return false }
            receiver = args[0]
            sent = .none
            // The default sits two slots above returnSlot (callable, generator, default).
            if count == 2 {
                guard args == returnSlot + 1 else { return false }
                kind = .callResultOrDefault
            }
        case .send:
            if bf.boundSelf.isUnbound {
                guard count == 2 else { return false }
                receiver = args[0]
                sent = args[1]
            } else {
                guard count == 1 else { return false }
                receiver = bf.boundSelf
                sent = args[0]
            }
        }
        guard case .obj(let u) = receiver, receiver.classAddress == builtinClassPointers.generator else { return false }
        // Borrowed, not retained.
        let pushed = try Unmanaged<PyGenerator>.fromOpaque(u.toOpaque())._withUnsafeGuaranteedRef { gen in
            guard gen.state == .suspended || (gen.state == .created && sent.isNone) else { return false }
            return try resumeInLoop(gen, sent: sent, kind: kind)
        }
        guard pushed else { return false }
        frames[frameCount - 1].returnSlot = returnSlot
        return true
    }

    /// A generator resumed by next() / send() in the loop returned `result`:
    /// the call gives next()'s default, or raises StopIteration(result).
    /// Returns the caller's new stack pointer.
    func finishCallResult(_ f: Frame, _ result: Value) throws -> UnsafeMutablePointer<Value> {
        guard let slot = f.returnSlot else { throw error("SystemError", "generator call without a result slot") }
        if f.resumeKind == .callResultOrDefault {
            slot.pointee = (slot + 2).pointee
            return slot + 1
        }
        frames[frameCount - 1].sp = slot
        throw ScriptError(exception: makeException(types.exception("StopIteration"), args: result.isNone ? [] : [result]))
    }
}

extension Interpreter {
    /// FOR_ITER over a generator (`u` is one): true when its frame was pushed,
    /// false when it is finished, nil for a coroutine (not iterable). The
    /// generator is borrowed, not retained.
    @inline(__always)
    func resumeForIter(_ u: Unmanaged<PyObject>, ip: Int) throws -> Bool? {
        try Unmanaged<PyGenerator>.fromOpaque(u.toOpaque())._withUnsafeGuaranteedRef { gen in
            if gen.isCoroutine { return nil }
            frames[frameCount - 1].ip = ip
            return try resumeInLoop(gen, sent: .none, kind: .forIter)
        }
    }
}
