// `a, b = line.split(sep)`, the commonest way text is taken apart: when
// CALL_METHOD of str.split on an exact str is followed by UNPACK_SEQUENCE,
// the pieces go straight onto the stack and the list, which no script could
// see, is never made (VM/Run.swift). Any other call of split, or a count the
// unpacking does not expect, takes the ordinary path.

extension Interpreter {
    /// Splits for the call at `slot` (the method, then the str, then the
    /// arguments) when it is `s.split()` or `s.split(sep)` on an exact str
    /// with an exact str separator, writing the pieces from `slot` up as
    /// UNPACK_SEQUENCE `want` leaves them (the first on top). Returns nil
    /// when the call is not one of those (nothing is written), false when
    /// the count is not `want` (the slots are then `s.split(sep)`'s list,
    /// for UNPACK_SEQUENCE to report), true when the pieces are in place.
    @inline(__always)
    func splitOntoStack(_ slot: UnsafeMutablePointer<Value>, argc: Int, want: Int) throws -> Bool? {
        let receiver = (slot + 1).pointee
        guard argc <= 1, receiver.classAddress == builtinClassPointers.str, case .obj(let su) = receiver else { return nil }
        var sepRef: Unmanaged<PyObject>? = nil
        if argc == 1 {
            let arg = (slot + 2).pointee
            guard arg.classAddress == builtinClassPointers.str, case .obj(let pu) = arg else { return nil }
            sepRef = pu
        }
        // The pieces overwrite the receiver's and separator's slots: the
        // objects stay alive (no collection runs inside an instruction), so
        // they are read borrowed, and kept here for the rare fallback.
        return try su._withUnsafeGuaranteedRef { receiverObject in
            let s = unsafeDowncast(receiverObject, to: PyStr.self)
            guard let sepRef else { return try splitOntoStack(slot, s, sep: nil, want: want) }
            return try sepRef._withUnsafeGuaranteedRef { sepObject in
                try splitOntoStack(slot, s, sep: unsafeDowncast(sepObject, to: PyStr.self), want: want)
            }
        }
    }

    @inline(__always)
    private func splitOntoStack(_ slot: UnsafeMutablePointer<Value>, _ s: PyStr, sep: PyStr?, want: Int) throws -> Bool {
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
