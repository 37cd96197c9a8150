/// Parser for `str.format()` / `format_map()` templates (CPython's
/// unicode_format.h MarkupIterator + field-name parsing).
enum FieldKey: Equatable, Sendable {
    /// Positional argument. `auto` is true for "{}" (numbered automatically).
    case index(Int, auto: Bool)
    /// Keyword argument / mapping key.
    case name(String)
}

enum FieldAccessor: Equatable, Sendable {
    /// `.name`
    case attr(String)
    /// `[123]` (all decimal digits)
    case index(Int)
    /// `[key]` (anything else, as a string)
    case key(String)
}

struct ReplacementField: Equatable, Sendable {
    var key: FieldKey
    var accessors: [FieldAccessor]
    /// 'r', 's', 'a' or nil.
    var conversion: Character?
    /// The format spec as written (inside the braces, after ':').
    var rawSpec: String
    /// The spec parsed as a nested template: `[.literal(rawSpec)]` when it has
    /// no nested fields, `[]` when empty.
    var spec: [FormatField]

    /// True if the spec needs expanding (contains nested replacement fields).
    var specHasFields: Bool {
        spec.contains { if case .field = $0 { return true } else { return false } }
    }
}

enum FormatField: Equatable, Sendable {
    case literal(String)
    case field(ReplacementField)
}

enum StrFormat {
    static let positionalInFormatMap = FormatError.value("Format string contains positional fields")

    /// Parses a whole template. Auto-numbering is resolved here (shared with
    /// nested specs, in CPython's order). Errors carry CPython's messages.
    static func parse(_ template: String) throws(FormatError) -> [FormatField] {
        var state = AutoState()
        let s = Array(template.unicodeScalars)
        return try parseMarkup(s, 0, s.count, depth: 2, state: &state)
    }

    private struct AutoState {
        // 0 = init, 1 = auto, 2 = manual
        var mode = 0
        var next = 0
    }

    private static func str(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        if a >= b { return "" }
        return String(String.UnicodeScalarView(s[a..<b]))
    }

    private static func parseMarkup(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, depth: Int,
                                    state: inout AutoState) throws(FormatError) -> [FormatField] {
        if depth <= 0 { throw .value("Max string recursion exceeded") }
        var out: [FormatField] = []
        var lit = String.UnicodeScalarView()
        var pos = start
        while pos < end {
            // literal text
            let litStart = pos
            var c: Unicode.Scalar = "\0"
            var markupFollows = false
            while pos < end {
                c = s[pos]
                pos += 1
                if c == "{" || c == "}" {
                    markupFollows = true
                    break
                }
            }
            let atEnd = pos >= end
            var len = pos - litStart
            if markupFollows && c == "}" && (atEnd || s[pos] != "}") {
                throw .value("Single '}' encountered in format string")
            }
            if markupFollows && atEnd && c == "{" {
                throw .value("Single '{' encountered in format string")
            }
            if markupFollows && !atEnd {
                if s[pos] == c {
                    pos += 1
                    markupFollows = false
                } else {
                    len -= 1
                }
            }
            if len > 0 { lit.append(contentsOf: s[litStart..<(litStart + len)]) }
            if !markupFollows { continue }
            if !lit.isEmpty {
                out.append(.literal(String(lit)))
                lit = String.UnicodeScalarView()
            }
            let f = try parseField(s, &pos, end, depth: depth, state: &state)
            out.append(.field(f))
        }
        if !lit.isEmpty { out.append(.literal(String(lit))) }
        return out
    }

    private static func parseField(_ s: [Unicode.Scalar], _ pos: inout Int, _ end: Int, depth: Int,
                                   state: inout AutoState) throws(FormatError) -> ReplacementField {
        let nameStart = pos
        var c: Unicode.Scalar = "\0"
        scan: while pos < end {
            c = s[pos]
            pos += 1
            switch c {
            case "{":
                throw .value("unexpected '{' in field name")
            case "[":
                while pos < end && s[pos] != "]" { pos += 1 }
                continue scan
            case "}", ":", "!":
                break scan
            default:
                continue scan
            }
        }
        let nameEnd = pos - 1
        var conversion: Character? = nil
        var specStart = pos, specEnd = pos
        var needsExpanding = false
        if c == "!" || c == ":" {
            var specFollows = true
            if c == "!" {
                if pos >= end {
                    throw .value("end of string while looking for conversion specifier")
                }
                conversion = Character(s[pos])
                pos += 1
                if pos < end {
                    let c2 = s[pos]
                    pos += 1
                    if c2 == "}" {
                        specFollows = false
                        specStart = pos; specEnd = pos
                    } else if c2 != ":" {
                        throw .value("expected ':' after conversion specifier")
                    }
                }
            }
            if specFollows {
                specStart = pos
                var count = 1
                var closed = false
                while pos < end {
                    let ch = s[pos]
                    pos += 1
                    if ch == "{" {
                        needsExpanding = true
                        count += 1
                    } else if ch == "}" {
                        count -= 1
                        if count == 0 {
                            specEnd = pos - 1
                            closed = true
                            break
                        }
                    }
                }
                if !closed { throw .value("unmatched '{' in format spec") }
            }
        } else if c != "}" || nameStart == pos {
            throw .value("expected '}' before end of string")
        }

        // field name -> key + accessors (also does auto-numbering)
        let (key, accessors) = try parseFieldName(s, nameStart, max(nameStart, nameEnd), state: &state)
        if let conv = conversion, conv != "r" && conv != "s" && conv != "a" {
            let v = conv.unicodeScalars.first?.value ?? 0
            if v > 32 && v < 127 { throw .value("Unknown conversion specifier \(conv)") }
            throw .value("Unknown conversion specifier \\x\(String(v, radix: 16))")
        }
        let rawSpec = str(s, specStart, specEnd)
        var spec: [FormatField] = []
        if needsExpanding {
            spec = try parseMarkup(s, specStart, specEnd, depth: depth - 1, state: &state)
        } else if specEnd > specStart {
            spec = [.literal(rawSpec)]
        }
        return ReplacementField(key: key, accessors: accessors, conversion: conversion, rawSpec: rawSpec, spec: spec)
    }

    /// get_integer: all Unicode decimal digits -> value; nil if not an integer.
    private static func getInteger(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) throws(FormatError) -> Int? {
        if a >= b { return nil }
        var acc = 0
        for i in a..<b {
            guard let d = FormatSpec.decimalValue(s[i]) else { return nil }
            if acc > (Int.max - d) / 10 { throw .value("Too many decimal digits in format string") }
            acc = acc * 10 + d
        }
        return acc
    }

    private static func parseFieldName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int,
                                       state: inout AutoState) throws(FormatError) -> (FieldKey, [FieldAccessor]) {
        var i = start
        while i < end && s[i] != "." && s[i] != "[" { i += 1 }
        let firstIdx = try getInteger(s, start, i)
        let empty = i == start
        let key: FieldKey
        if empty || firstIdx != nil {
            if state.mode == 0 { state.mode = empty ? 1 : 2 }
            if state.mode == 2 && empty {
                throw .value("cannot switch from manual field specification to automatic field numbering")
            }
            if state.mode == 1 && !empty {
                throw .value("cannot switch from automatic field numbering to manual field specification")
            }
            if empty {
                key = .index(state.next, auto: true)
                state.next += 1
            } else {
                key = .index(firstIdx ?? 0, auto: false)
            }
        } else {
            key = .name(str(s, start, i))
        }
        var accessors: [FieldAccessor] = []
        while i < end {
            let c = s[i]
            i += 1
            if c == "." {
                let a = i
                while i < end && s[i] != "." && s[i] != "[" { i += 1 }
                if a == i { throw .value("Empty attribute in format string") }
                accessors.append(.attr(str(s, a, i)))
            } else if c == "[" {
                let a = i
                while i < end && s[i] != "]" { i += 1 }
                if i >= end { throw .value("Missing ']' in format string") }
                let b = i
                i += 1
                if a == b { throw .value("Empty attribute in format string") }
                if let n = try getInteger(s, a, b) {
                    accessors.append(.index(n))
                } else {
                    accessors.append(.key(str(s, a, b)))
                }
            } else {
                throw .value("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return (key, accessors)
    }
}
