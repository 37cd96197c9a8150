import BigInt

/// The bounds and length of a range that does not fit Ints (range(10**20)).
struct BigRange {
    let start: BigInt, stop: BigInt, step: BigInt
    let length: BigInt

    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start; self.stop = stop; self.step = step
        let d = step > 0 ? stop - start : start - stop
        length = d > 0 ? (d - 1) / step.magnitude.asSigned + 1 : 0
    }

    func item(_ k: BigInt) -> BigInt { start + k * step }

    /// The position of n in the range, or nil.
    func index(of n: BigInt) -> BigInt? {
        let off = n - start
        if step > 0 ? (n < start || n >= stop) : (n > start || n <= stop) { return nil }
        let (q, r) = off.quotientAndRemainder(dividingBy: step)
        return r == 0 ? q : nil
    }
}
