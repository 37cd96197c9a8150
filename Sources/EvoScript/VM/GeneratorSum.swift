// sum(g) over a generator: the generator's frame is resumed once with the
// `sumInts` resume kind, and each YIELD_VALUE of an int adds it to the
// running total and carries on as if None had been sent, instead of
// suspending the frame and returning to Swift for every item. Adding two
// ints runs no script code, so no script can tell the difference. The
// first item that is not an int (or would overflow) suspends the
// generator as an ordinary yield does, and sum() goes on item by item from
// there with the total so far, so the order of every `__add__` and every
// step of the generator is CPython's.

extension Interpreter {
    /// How taking ints from a generator in the run loop ended.
    enum IntSumOutcome {
        /// The generator finished; the sum of all its items.
        case finished(Int)
        /// It yielded `item`, which is not an int to add; the sum before it.
        case stopped(total: Int, item: Value)
    }

    /// Sums the ints `it` yields, starting from `start`, when it is a
    /// generator that can be resumed this way; nil otherwise (the caller
    /// iterates it).
    func sumIntsInLoop(_ it: Value, start: Int) throws -> IntSumOutcome? {
        guard let gen = generatorTakenInLoop(it) else { return nil }
        intSums.append(start)
        defer { intSums.removeLast() }
        guard try resumeInLoop(gen, sent: .none, kind: .sumInts) else { return .finished(start) }
        let result = try run()
        let total = intSums.last ?? start
        return gen.state == .finished ? .finished(total) : .stopped(total: total, item: result)
    }

    /// YIELD_VALUE in a frame whose consumer takes yields in the run loop:
    /// true when the consumer took `value` (the frame goes on), false when
    /// the frame must suspend with it as for an ordinary yield.
    @inline(__always)
    func takeYieldInLoop(_ value: Value, _ kind: ResumeKind) throws -> Bool {
        if kind == .collect {
            try appendCollected(value)
            return true
        }
        guard case .int(let y) = value, let k = intSums.indices.last else { return false }
        let (sum, overflow) = intSums[k].addingReportingOverflow(y)
        if overflow { return false }
        intSums[k] = sum
        return true
    }
}
