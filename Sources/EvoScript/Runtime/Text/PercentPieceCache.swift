/// Parsed `%` format strings, so `fmt % args` in a loop parses its format
/// once. Keys are the format text itself (code-point equality via the UTF-8
/// bytes); the table is emptied when it grows past `limit`, which bounds
/// the memory of programs that format with ever-new format strings.
final class PercentPieceCache {
    typealias Parsed = (pieces: [PercentPiece], error: FormatError?, partial: PercentDirective?)

    private var table: [CodePointKey: Parsed] = [:]
    private var plans: [CodePointKey: PercentPlan?] = [:]
    private let limit = 256
    /// Longer formats are rare in loops and cheap to parse relative to their use.
    private let longestCached = 512

    /// Plans of interned formats (the literals of a program), by address: an
    /// interned str lives as long as the interpreter, so its address names
    /// it. Direct-mapped, so a hit costs one compare and no hashing of the text.
    private var recentFormats = [UnsafeMutableRawPointer?](repeating: nil, count: 64)
    private var recentPlans = [PercentPlan?](repeating: nil, count: 64)

    func parsed(_ fmt: String) -> Parsed {
        guard fmt.utf8.count <= longestCached else { return PercentFormat.parsePieces(fmt) }
        let key = CodePointKey(fmt)
        if let hit = table[key] { return hit }
        let r = PercentFormat.parsePieces(fmt)
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[key] = r
        return r
    }

    /// The fast path's plan for `fmt`, or nil if it needs the general path.
    func plan(_ fmt: PyStr) -> PercentPlan? {
        guard fmt.isInterned else { return planByText(fmt.value) }
        let address = Unmanaged.passUnretained(fmt).toOpaque()
        let slot = Int((UInt(bitPattern: address) >> 4) & UInt(recentFormats.count - 1))
        if recentFormats[slot] == address { return recentPlans[slot] }
        let p = planByText(fmt.value)
        recentFormats[slot] = address
        recentPlans[slot] = p
        return p
    }

    private func planByText(_ fmt: String) -> PercentPlan? {
        guard fmt.utf8.count <= longestCached else { return nil }
        let key = CodePointKey(fmt)
        if let hit = plans[key] { return hit }
        let p = PercentPlan.make(parsed(fmt))
        if plans.count >= limit { plans.removeAll(keepingCapacity: true) }
        plans[key] = .some(p)
        return p
    }
}
