/// A `%` format reduced to what the usual formats need, so `fmt % args` in
/// a loop is one pass over precomputed pieces: the literal text as UTF-8
/// bytes, and directives without mapping keys or `*` whose conversion is
/// one of s r a d i u o x X e E f F g G. Formats with anything else (or a
/// syntax error) have no plan and take the general path.
final class PercentPlan {
    /// One directive and the literal before it. Plain values only, so
    /// reading one costs no reference counting.
    struct Step {
        /// The literal bytes before the directive: `literal[literalStart..<literalEnd]`.
        let literalStart: Int
        let literalEnd: Int
        /// Code points in that literal.
        let literalCount: Int
        /// The conversion character (ASCII).
        let code: UInt8
        let flags: PercentFlags
        let width: Int?
        let precision: Int?
    }

    let literal: [UInt8]
    /// The parsed directives, one per step, for the general formatting helpers.
    let directives: [PercentDirective]
    let literalASCII: Bool
    let steps: [Step]
    /// The literal after the last directive.
    let tailStart: Int
    let tailCount: Int

    private init(literal: [UInt8], literalASCII: Bool, steps: [Step], directives: [PercentDirective],
                 tailStart: Int, tailCount: Int) {
        self.literal = literal
        self.directives = directives
        self.literalASCII = literalASCII
        self.steps = steps
        self.tailStart = tailStart
        self.tailCount = tailCount
    }

    /// The plan of a parsed format, or nil when the format needs the general path.
    static func make(_ parsed: PercentPieceCache.Parsed) -> PercentPlan? {
        if parsed.error != nil || parsed.partial != nil { return nil }
        var literal: [UInt8] = []
        var steps: [Step] = []
        var directives: [PercentDirective] = []
        var start = 0
        var count = 0
        for piece in parsed.pieces {
            switch piece {
            case .literal(let s):
                literal.append(contentsOf: s.utf8)
                count += s.unicodeScalars.count
            case .directive(let d):
                guard d.key == nil, d.width != .star, d.precision != .star,
                      let code = d.conversion.asciiValue, plannable.contains(code) else { return nil }
                var width: Int? = nil, precision: Int? = nil
                if case .value(let w)? = d.width { width = w }
                if case .value(let p)? = d.precision { precision = p }
                steps.append(Step(literalStart: start, literalEnd: literal.count, literalCount: count,
                                  code: code, flags: d.flags, width: width, precision: precision))
                directives.append(d)
                start = literal.count
                count = 0
            }
        }
        return PercentPlan(literal: literal, literalASCII: literal.allSatisfy { $0 < 0x80 }, steps: steps,
                           directives: directives, tailStart: start, tailCount: count)
    }

    private static let plannable = Set("sradiuoxXeEfFgG".utf8)
}
