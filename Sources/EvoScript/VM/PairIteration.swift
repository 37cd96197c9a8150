// Iterators of pairs (enumerate, a dict's items) stepped for a loop that
// unpacks each pair at once, `for i, x in enumerate(xs)` or `for k, v in
// d.items()`: FOR_ITER followed by UNPACK_SEQUENCE 2 takes the two values
// straight from the iterator and skips the unpacking, so no tuple is made
// for a pair no script can see. Anything else (`for pair in d.items()`,
// next(it), another unpacking) gets the tuple as before.

extension Interpreter {
    /// A builtin iterator of pairs named `name`; `nextPair` gives the next
    /// pair or nil at the end.
    func makePairIterator(_ name: String, refs: [Value],
                          _ nextPair: @escaping (Interpreter) throws -> (Value, Value)?) -> Value {
        Value(heap.track(PyNativeIterator(cls: iteratorType(name), name: name, refs: refs, nextPair: nextPair)))
    }

    /// One step of `u` taken as a pair: nil when `u` is not an iterator of
    /// pairs; .some(nil) at its end (it is then finished, as next() finishes it).
    @inline(__always)
    func stepPairIterator(_ u: Unmanaged<PyObject>) throws -> (Value, Value)?? {
        guard u._withUnsafeGuaranteedRef({ $0 is PyNativeIterator }) else { return nil }
        // Held strongly: the step may run script code (enumerate over a generator).
        let ni = unsafeDowncast(u.takeUnretainedValue(), to: PyNativeIterator.self)
        guard let pairFn = ni.pairFn else { return ni.exhausted ? .some(nil) : nil }
        if let pair = try pairFn(self) { return .some(pair) }
        ni.finish()
        return .some(nil)
    }
}
