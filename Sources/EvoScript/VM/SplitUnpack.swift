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
        guard argc <= 1, case .obj(let su) = (slot + 1).pointee,
              su._withUnsafeGuaranteedRef({ $0.classPointer == builtinClassPointers.str }) else { return nil }
        let s = unsafeDowncast(su.takeUnretainedValue(), to: PyStr.self)
        if argc == 0 { return try splitPieces(s, sep: nil, maxsplit: -1, right: false) }
        guard case .obj(let pu) = (slot + 2).pointee,
              pu._withUnsafeGuaranteedRef({ $0.classPointer == builtinClassPointers.str }) else { return nil }
        return try splitPieces(s, sep: unsafeDowncast(pu.takeUnretainedValue(), to: PyStr.self), maxsplit: -1, right: false)
    }
}
