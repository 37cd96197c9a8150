// `str % args` for formats with a PercentPlan and arguments of the kinds the
// usual directives take: the output is written into one byte buffer and
// becomes one str. Anything else — a mapping, an argument count that does
// not match, a %d whose argument is not an int... — goes to the general
// `percentFormat`, which owns every error message; the checks that decide
// this are made before any argument is converted, so no script code
// (`__str__`, `__repr__`) runs twice.

extension Interpreter {
    /// `fmt % args` for a str format, as a str object.
    func percentFormatStr(_ fmt: PyStr, _ args: Value) throws -> Value {
        if let plan = percentPieces.plan(fmt), let r = try percentFormatPlanned(plan, args) { return r }
        return makeStr(try percentFormat(fmt.value, args))
    }

    private func percentFormatPlanned(_ plan: PercentPlan, _ args: Value) throws -> Value? {
        let steps = plan.steps
        // CPython's cursor reads a tuple item by item; any other value is
        // the single argument.
        let tuple = args.asObject(PyTuple.self)
        let items = tuple?.items ?? []
        if tuple != nil {
            guard items.count == steps.count else { return nil }
        } else {
            guard steps.count == 1 else { return nil }
        }
        @inline(__always) func arg(_ k: Int) -> Value { tuple == nil ? args : items[k] }
        for k in 0..<steps.count {
            switch steps[k].code {
            case UInt8(ascii: "s"), UInt8(ascii: "r"), UInt8(ascii: "a"):
                continue
            case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "g"), UInt8(ascii: "G"):
                switch arg(k) {
                case .int, .float: continue
                default: return nil
                }
            default:
                guard case .int = arg(k) else { return nil }
            }
        }
        return try TextBuilder.build { out in
            try plan.literal.withUnsafeBufferPointer { literal in
                for k in 0..<steps.count {
                    let step = steps[k]
                    if step.literalEnd > step.literalStart {
                        out.append(UnsafeBufferPointer(rebasing: literal[step.literalStart..<step.literalEnd]),
                                   count: step.literalCount, isASCII: plan.literalASCII)
                    }
                    try appendDirective(&out, step, arg(k)) { plan.directives[k] }
                }
                if plan.tailStart < literal.count {
                    out.append(UnsafeBufferPointer(rebasing: literal[plan.tailStart...]), count: plan.tailCount,
                               isASCII: plan.literalASCII)
                }
            }
            return makeStr(out.string, count: out.count, isASCII: out.isASCII)
        }
    }

    /// Appends one directive's output; `directive` is needed only for the
    /// general formatting helpers.
    @inline(__always)
    private func appendDirective(_ out: inout TextBuilder, _ step: PercentPlan.Step, _ a: Value,
                                 _ directive: () -> PercentDirective) throws {
        switch step.code {
        case UInt8(ascii: "s"):
            if step.precision == nil {
                let leftAlign = step.flags.contains(.minus)
                if case .int(let v) = a {
                    out.appendDecimal(v, width: step.width ?? 0, leftAlign: leftAlign)
                    return
                }
                if isExactStr(a) {
                    // Borrowed: the argument tuple keeps it alive.
                    _ = a.withObject(PyStr.self) { s in
                        let pad = (step.width ?? 0) - s.count
                        if pad > 0 && !leftAlign { out.appendASCII(0x20, repeating: pad) }
                        out.append(s.value, count: s.count, isASCII: s.isASCII)
                        if pad > 0 && leftAlign { out.appendASCII(0x20, repeating: pad) }
                    }
                    return
                }
            }
            out.append(PercentFormat.formatText(try str(a), directive(), width: step.width, precision: step.precision))
        case UInt8(ascii: "r"):
            out.append(PercentFormat.formatText(try repr(a), directive(), width: step.width, precision: step.precision))
        case UInt8(ascii: "a"):
            out.append(PercentFormat.formatText(asciiEscape(try repr(a)), directive(), width: step.width, precision: step.precision))
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "g"), UInt8(ascii: "G"):
            let f: Double
            switch a {
            case .float(let x): f = x
            case .int(let i): f = Double(i)
            default: return
            }
            out.append(PercentFormat.formatFloat(f, directive(), width: step.width, precision: step.precision))
        default:
            guard case .int(let v) = a else { return }
            if step.precision == nil && (step.code == UInt8(ascii: "d") || step.code == UInt8(ascii: "i") || step.code == UInt8(ascii: "u"))
                && step.flags.isSubset(of: [.zero, .minus]) {
                out.appendDecimal(v, width: step.width ?? 0, zeroFill: step.flags.contains(.zero), leftAlign: step.flags.contains(.minus))
            } else {
                out.append(PercentFormat.formatInteger(v, directive(), width: step.width, precision: step.precision))
            }
        }
    }
}
