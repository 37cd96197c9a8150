// `a, b = line.split(sep)`, the commonest way text is taken apart: when
// CALL_METHOD of str.split on an exact str is followed by UNPACK_SEQUENCE,
// the pieces go straight onto the stack and the list, which no script could
// see, is never made (VM/Run.swift). Any other call of split, or a count the
// unpacking does not expect, takes the ordinary path.

extension Interpreter {
    /// The pieces of `s.split()` or `s.split(sep)` for the call at `slot`
    /// (the method, then the str, then the arguments), or nil when the call
    /// is not one of those on an exact str with an exact str separator.
    @inline(__always)
    func splitForUnpack(_ slot: UnsafeMutablePointer<Value>, argc: Int) throws -> [Value]? {
        let receiver = (slot + 1).pointee
        guard argc <= 1, receiver.classAddress == builtinClassPointers.str, case .obj(let su) = receiver else { return nil }
        var sep: PyStr? = nil
        if argc == 1 {
            let arg = (slot + 2).pointee
            guard arg.classAddress == builtinClassPointers.str, case .obj(let pu) = arg else { return nil }
            sep = unsafeDowncast(pu.takeUnretainedValue(), to: PyStr.self)
        }
        return try splitPieces(unsafeDowncast(su.takeUnretainedValue(), to: PyStr.self), sep: sep, maxsplit: -1, right: false)
    }
}
