// str.split, the commonest way text is taken apart, called by CALL_METHOD on
// an exact str with no separator or an exact str one: the list is made
// without the method-call machinery (binding, the method wrapper); and in
// `a, b = line.split(sep)`, where UNPACK_SEQUENCE follows, the pieces go
// straight onto the stack and the list, which no script could see, is
// never made (VM/Run.swift). Any other call of split, or a count the
// unpacking does not expect, takes the ordinary path.

extension Interpreter {
    /// The receiver and separator of the call at `slot` (the method, then
    /// the str, then the arguments) when it is `s.split()` or `s.split(sep)`
    /// on an exact str with an exact str separator; nil otherwise.
    @inline(__always)
    private func exactSplitOperands(_ slot: UnsafeMutablePointer<Value>, argc: Int)
        -> (receiver: Unmanaged<PyObject>, sep: Unmanaged<PyObject>?)? {
        let receiver = (slot + 1).pointee
        guard argc <= 1, receiver.classAddress == builtinClassPointers.str, case .obj(let su) = receiver else { return nil }
        guard argc == 1 else { return (su, nil) }
        let arg = (slot + 2).pointee
        guard arg.classAddress == builtinClassPointers.str, case .obj(let pu) = arg else { return nil }
        return (su, pu)
    }

    /// Calls `body` with the operands of such a call, borrowed: the objects
    /// stay alive while their slots are overwritten (no collection runs
    /// inside an instruction).
    @inline(__always)
    private func withExactSplitOperands<R>(_ slot: UnsafeMutablePointer<Value>, argc: Int,
                                           _ body: (PyStr, PyStr?) throws -> R) throws -> R? {
        guard let (su, pu) = exactSplitOperands(slot, argc: argc) else { return nil }
        return try su._withUnsafeGuaranteedRef { receiverObject in
            let s = unsafeDowncast(receiverObject, to: PyStr.self)
            guard let pu else { return try body(s, nil) }
            return try pu._withUnsafeGuaranteedRef { try body(s, unsafeDowncast($0, to: PyStr.self)) }
        }
    }

    /// `s.split()` or `s.split(sep)` called by CALL_METHOD on an exact str:
    /// the list, made without the method-call machinery, or nil for any
    /// other call (which takes the ordinary path).
    @inline(__always)
    func splitCalledDirectly(_ slot: UnsafeMutablePointer<Value>, argc: Int) throws -> Value? {
        try withExactSplitOperands(slot, argc: argc) { s, sep in
            try splitList(s, sep: sep, maxsplit: -1, right: false)
        }
    }

    /// The same call followed by UNPACK_SEQUENCE `want`: the pieces are
    /// written from `slot` up as UNPACK_SEQUENCE leaves them (the first on
    /// top). Returns nil when the call is not one of those (nothing is
    /// written), false when the count is not `want` (the slot then holds
    /// `s.split(sep)`'s list, for UNPACK_SEQUENCE to report), true when the
    /// pieces are in place.
    @inline(__always)
    func splitOntoStack(_ slot: UnsafeMutablePointer<Value>, argc: Int, want: Int) throws -> Bool? {
        try withExactSplitOperands(slot, argc: argc) { s, sep in
            var found = 0
            try forEachSplitPiece(s, sep: sep) { piece in
                if found < want { (slot + (want - 1 - found)).pointee = piece }
                found += 1
            }
            if found == want { return true }
            slot.pointee = try splitList(s, sep: sep, maxsplit: -1, right: false)
            return false
        }
    }
}
