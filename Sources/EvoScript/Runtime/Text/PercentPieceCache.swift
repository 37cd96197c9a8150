/// Parsed `%` format strings, so `fmt % args` in a loop parses its format
/// once. Keys are the format text itself (code-point equality via the UTF-8
/// bytes); the table is emptied when it grows past `limit`, which bounds
/// the memory of programs that format with ever-new format strings.
final class PercentPieceCache {
    typealias Parsed = (pieces: [PercentPiece], error: FormatError?, partial: PercentDirective?)

    private var table: [CodePointKey: Parsed] = [:]
    private let limit = 256
    /// Longer formats are rare in loops and cheap to parse relative to their use.
    private let longestCached = 512

    func parsed(_ fmt: String) -> Parsed {
        guard fmt.utf8.count <= longestCached else { return PercentFormat.parsePieces(fmt) }
        let key = CodePointKey(fmt)
        if let hit = table[key] { return hit }
        let r = PercentFormat.parsePieces(fmt)
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[key] = r
        return r
    }
}
