// Expectation tables below were generated with CPython 3.8.18
// (script: gen.py in the text-primitives dev package; values pasted verbatim).
import XCTest
import BigInt
@testable import EvoScript

/// Decodes the table escapes: `\\` and `\u{HEX}`; `\N` alone means nil.
private func dec(_ f: Substring) -> String {
    var out = String.UnicodeScalarView()
    var it = Array(f.unicodeScalars)[...]
    while let c = it.popFirst() {
        if c == "\\", let n = it.first {
            if n == "\\" { it.removeFirst(); out.append("\\"); continue }
            if n == "u" {
                it.removeFirst()
                _ = it.popFirst() // {
                var hex = ""
                while let h = it.popFirst(), h != "}" { hex.unicodeScalars.append(h) }
                if let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) { out.append(u) }
                continue
            }
        }
        out.append(c)
    }
    return String(out)
}

private func decOpt(_ f: Substring) -> String? { f == "\\N" ? nil : dec(f) }

private func rows(_ table: String) -> [[Substring]] {
    table.split(separator: "\n", omittingEmptySubsequences: true).map {
        $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
}

private func hexBits(_ f: Substring) -> UInt64 {
    UInt64(f.dropFirst(2), radix: 16) ?? 0
}

/// Runs a throwing formatter and renders errors like the tables ("!Type: msg").
private func render(_ body: () throws(FormatError) -> String) -> String {
    do { return try body() } catch { return "!\(error.type): \(error.message)" }
}

private func listRepr(_ a: [String]) -> String { "[" + a.joined(separator: "|") + "]" }

private func pyRepr(_ s: String) -> String { "'" + s + "'" }

private func pyAscii(_ s: String) -> String {
    var out = "'"
    for u in s.unicodeScalars {
        let v = u.value
        if v < 0x80 { out.unicodeScalars.append(u) }
        else if v < 0x100 { out += "\\x" + String(format2(v, 2)) }
        else if v < 0x10000 { out += "\\u" + String(format2(v, 4)) }
        else { out += "\\U" + String(format2(v, 8)) }
    }
    return out + "'"
}

private func format2(_ v: UInt32, _ w: Int) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, w - h.count)) + h
}

private func widthValue(_ w: PercentWidth?) -> Int? {
    if case .value(let v)? = w { return v }
    return nil
}

private func describe(_ pieces: [PercentPiece]) -> String {
    pieces.map { p -> String in
        switch p {
        case .literal(let s): return "L" + s
        case .directive(let d):
            var flags = ""
            if d.flags.contains(.minus) { flags += "-" }
            if d.flags.contains(.plus) { flags += "+" }
            if d.flags.contains(.space) { flags += " " }
            if d.flags.contains(.alt) { flags += "#" }
            if d.flags.contains(.zero) { flags += "0" }
            var w = ""
            switch d.width {
            case .star?: w = "*"
            case .value(let v)?: w = String(v)
            case nil: w = ""
            }
            var pr = ""
            switch d.precision {
            case .star?: pr = ".*"
            case .value(let v)?: pr = "." + String(v)
            case nil: pr = ""
            }
            let key = d.key.map { "(" + $0 + ")" } ?? ""
            return "D\(key)|\(flags)|\(w)|\(pr)|\(d.conversion)|\(d.index)"
        }
    }.joined(separator: " ~ ")
}

private func singleDirective(_ fmt: String) -> PercentDirective? {
    guard let pieces = try? PercentFormat.parse(fmt) else { return nil }
    for p in pieces { if case .directive(let d) = p { return d } }
    return nil
}

final class TextPrimitivesTests: XCTestCase {

    func testFloatRepr() {
        for r in rows(floatReprCases) {
            let d = Double(bitPattern: hexBits(r[0]))
            assertSame(FloatRepr.repr(d), dec(r[1]), "repr of \(r[0])")
        }
    }

    func testHashDouble() {
        for r in rows(hashDoubleCases) {
            let d = Double(bitPattern: hexBits(r[0]))
            XCTAssertEqual(Hashing.hashDouble(d), Int(r[1]), "hash of \(d)")
        }
    }

    func testHashInt() {
        for r in rows(hashIntCases) {
            guard let v = BigInt(String(r[0])) else { XCTFail("bad int \(r[0])"); continue }
            XCTAssertEqual(Hashing.hashBigInt(v), Int(r[1]), "hash of \(v)")
            if let small = Int(exactly: v) {
                XCTAssertEqual(Hashing.hashInt(small), Int(r[1]), "hashInt of \(v)")
            }
        }
    }

    func testHashTuple() {
        for r in rows(hashTupleCases) {
            let items = r[0].isEmpty ? [] : r[0].split(separator: ",").compactMap { Int($0.trimmingPrefix(" ")) }
            XCTAssertEqual(Hashing.hashTuple(items), Int(r[1]), "tuple \(items)")
        }
    }

    func testHashString() {
        XCTAssertEqual(Hashing.hashString("abc"), Hashing.hashString(String("xabc".dropFirst())))
        XCTAssertNotEqual(Hashing.hashString("abc"), Hashing.hashString("abd"))
        XCTAssertNotEqual(Hashing.hashString(""), -1)
        // precomposed vs decomposed are different Python strings
        XCTAssertNotEqual(Hashing.hashString("\u{E9}"), Hashing.hashString("e\u{301}"))
        var seen = Set<Int>()
        for i in 0..<2000 { seen.insert(Hashing.hashString("key\(i)")) }
        XCTAssertEqual(seen.count, 2000)
    }

    func testFormatFloat() {
        for r in rows(formatFloatCases) {
            let d = Double(bitPattern: hexBits(r[0]))
            let spec = dec(r[1])
            let got = render { () throws(FormatError) -> String in
                try FormatSpec.formatFloat(d, FormatSpec.parse(spec))
            }
            assertSame(got, dec(r[2]), "format(\(d), '\(spec)')")
        }
    }

    func testFormatInt() {
        for r in rows(formatIntCases) {
            guard let v = BigInt(String(r[0])) else { XCTFail("bad int"); continue }
            let spec = dec(r[1])
            let got = render { () throws(FormatError) -> String in
                try FormatSpec.formatInt(v, FormatSpec.parse(spec))
            }
            assertSame(got, dec(r[2]), "format(\(v), '\(spec)')")
        }
    }

    func testFormatString() {
        for r in rows(formatStringCases) {
            let v = dec(r[0])
            let spec = dec(r[1])
            let got = render { () throws(FormatError) -> String in
                try FormatSpec.formatString(v, FormatSpec.parse(spec))
            }
            assertSame(got, dec(r[2]), "format('\(v)', '\(spec)')")
        }
    }

    func testPercentInt() {
        for r in rows(percentIntCases) {
            let fmt = dec(r[0])
            guard let d = singleDirective(fmt), let v = BigInt(String(r[1])) else { XCTFail("parse \(fmt)"); continue }
            let got = PercentFormat.formatInteger(v, d, width: widthValue(d.width), precision: widthValue(d.precision))
            assertSame(got, dec(r[2]), "'\(fmt)' % \(v)")
        }
    }

    func testPercentFloat() {
        for r in rows(percentFloatCases) {
            let fmt = dec(r[0])
            let v = Double(bitPattern: hexBits(r[1]))
            guard let d = singleDirective(fmt) else { XCTFail("parse \(fmt)"); continue }
            let got = PercentFormat.formatFloat(v, d, width: widthValue(d.width), precision: widthValue(d.precision))
            assertSame(got, dec(r[2]), "'\(fmt)' % \(v)")
        }
    }

    func testPercentText() {
        for r in rows(percentTextCases) {
            let fmt = dec(r[0])
            let v = dec(r[1])
            guard let d = singleDirective(fmt) else { XCTFail("parse \(fmt)"); continue }
            let got: String
            switch d.conversion {
            case "c":
                got = render { () throws(FormatError) -> String in
                    PercentFormat.formatChar(try PercentFormat.charFromString(v), d, width: widthValue(d.width))
                }
            case "r":
                got = PercentFormat.formatText(pyRepr(v), d, width: widthValue(d.width), precision: widthValue(d.precision))
            case "a":
                got = PercentFormat.formatText(pyAscii(v), d, width: widthValue(d.width), precision: widthValue(d.precision))
            default:
                got = PercentFormat.formatText(v, d, width: widthValue(d.width), precision: widthValue(d.precision))
            }
            assertSame(got, dec(r[2]), "'\(fmt)' % '\(v)'")
        }
    }

    func testPercentParse() {
        for r in rows(percentParseCases) {
            let fmt = dec(r[0])
            let got: String
            do {
                got = describe(try PercentFormat.parse(fmt))
            } catch {
                got = "!" + error.message
            }
            XCTAssertEqual(got, dec(r[1]), "parse '\(fmt)'")
        }
        for r in rows(percentUnsupportedCases) {
            let fmt = dec(r[0])
            guard let pieces = try? PercentFormat.parse(fmt) else { XCTFail("parse \(fmt)"); continue }
            var msg = ""
            for p in pieces {
                if case .directive(let d) = p, d.kind == .unsupported {
                    msg = PercentFormat.unsupported(d).message
                    break
                }
            }
            XCTAssertEqual(msg, dec(r[1]), "unsupported '\(fmt)'")
        }
    }

    func testPercentMisc() throws {
        XCTAssertEqual(PercentFormat.notEnoughArguments.message, "not enough arguments for format string")
        XCTAssertEqual(PercentFormat.wrongType(try XCTUnwrap(singleDirective("%d")), typeName: "str").message,
                       "%d format: a number is required, not str")
        XCTAssertEqual(PercentFormat.wrongType(try XCTUnwrap(singleDirective("%x")), typeName: "float").message,
                       "%x format: an integer is required, not float")
        // '%*d' % (-5, 3) -> '3    '
        var d = try XCTUnwrap(singleDirective("%*d"))
        let w = PercentFormat.resolveStarWidth(-5, &d)
        XCTAssertEqual(PercentFormat.formatInteger(3, d, width: w, precision: nil), "3    ")
        // '%.*f' % (-1, 1.5) -> '2'
        let f = try XCTUnwrap(singleDirective("%.*f"))
        XCTAssertEqual(PercentFormat.formatFloat(1.5, f, width: nil, precision: PercentFormat.resolveStarPrecision(-1)), "2")
        XCTAssertEqual(try PercentFormat.charFromInt(65), "A")
        XCTAssertThrowsError(try PercentFormat.charFromInt(0x110000))
        XCTAssertThrowsError(try PercentFormat.charFromString("ab"))
        let lenient = PercentFormat.parsePieces("%s %")
        XCTAssertEqual(lenient.pieces.count, 2)
        XCTAssertEqual(lenient.error?.message, "incomplete format")
    }

    func testStrFormatErrors() {
        for r in rows(strFormatErrorCases) {
            let t = dec(r[0])
            let got: String
            do {
                _ = try StrFormat.parse(t)
                got = "OK"
            } catch {
                got = error.message
            }
            let exp = dec(r[1])
            // KeyError etc. come from lookups, not parsing.
            XCTAssertEqual(got, exp.hasPrefix("'") ? "OK" : exp, "parse '\(t)'")
        }
    }

    func testStrFormatStructure() throws {
        let p = try StrFormat.parse("a{{b}}{}{:>{}}{!r:^{}.{}}")
        XCTAssertEqual(p.count, 4)
        guard p.count == 4 else { return }
        XCTAssertEqual(p[0], .literal("a{b}"))
        guard case .field(let f0) = p[1], case .field(let f1) = p[2], case .field(let f2) = p[3] else {
            return XCTFail("fields")
        }
        XCTAssertEqual(f0.key, .index(0, auto: true))
        XCTAssertEqual(f0.spec, [])
        XCTAssertEqual(f1.key, .index(1, auto: true))
        XCTAssertEqual(f1.rawSpec, ">{}")
        XCTAssertEqual(f1.spec.count, 2)
        XCTAssertEqual(f1.spec[0], .literal(">"))
        if case .field(let nested) = f1.spec[1] { XCTAssertEqual(nested.key, .index(2, auto: true)) } else { XCTFail("nested") }
        XCTAssertEqual(f2.key, .index(3, auto: true))
        XCTAssertEqual(f2.conversion, "r")
        XCTAssertTrue(f2.specHasFields)
        let q = try StrFormat.parse("{0.real[1][key].x!s:10}{name[0]}{1}")
        guard q.count == 3 else { return XCTFail("count") }
        guard case .field(let g0) = q[0], case .field(let g1) = q[1], case .field(let g2) = q[2] else {
            return XCTFail("fields")
        }
        XCTAssertEqual(g0.key, .index(0, auto: false))
        XCTAssertEqual(g0.accessors, [.attr("real"), .index(1), .key("key"), .attr("x")])
        XCTAssertEqual(g0.conversion, "s")
        XCTAssertEqual(g0.spec, [.literal("10")])
        XCTAssertEqual(g1.key, .name("name"))
        XCTAssertEqual(g1.accessors, [.index(0)])
        XCTAssertEqual(g2.key, .index(1, auto: false))
        XCTAssertEqual(try StrFormat.parse("{a[:]}"), [.field(ReplacementField(key: .name("a"), accessors: [.key(":")],
                                                                           conversion: nil, rawSpec: "", spec: []))])
        XCTAssertEqual(try StrFormat.parse(""), [])
        // '{0:{1}}' : nested spec field, manual numbering
        let n = try StrFormat.parse("{0:{1}x}")
        if case .field(let f)? = n.first {
            XCTAssertEqual(f.spec, [.field(ReplacementField(key: .index(1, auto: false), accessors: [], conversion: nil,
                                                             rawSpec: "", spec: [])), .literal("x")])
        } else { XCTFail("nested manual") }
    }

    func testMiscFormatting() throws {
        XCTAssertThrowsError(try FormatSpec.formatFloat(1.0, FormatSpec.parse(".9999999999999f"))) { e in
            XCTAssertEqual((e as? FormatError)?.message, "precision too big")
        }
        XCTAssertEqual(try FormatSpec.formatFloat(1.0, FormatSpec.parse(".100000f")).utf8.count, 100002)
        XCTAssertEqual(try FormatSpec.formatFloat(1.0, FormatSpec.parse(".100000e")).utf8.count, 100006)
        XCTAssertTrue(try FormatSpec.formatFloat(Double.leastNonzeroMagnitude, FormatSpec.parse(".1080f")).hasSuffix("506419718265533447265625000000"))
        XCTAssertTrue(try FormatSpec.formatFloat(Double.leastNonzeroMagnitude, FormatSpec.parse(".770e")).hasSuffix("53344726562500000000000000000000e-324"))
        XCTAssertTrue(try FormatSpec.formatFloat(1e300, FormatSpec.parse(".5f")).hasPrefix("1000000000000000052504760255204420248704"))
        XCTAssertEqual(try FormatSpec.formatFloat(0.1, FormatSpec.parse(".60f")),
                       "0.100000000000000005551115123125782702118158340454101562500000")
        XCTAssertEqual(try FormatSpec.formatString("ab", FormatSpec.parse("")), "ab")
    }

    func testStrMethods() throws {
        for r in rows(strMethodCases) {
            let m = String(r[0])
            let s = dec(r[1])
            let got: String = render { () throws(FormatError) -> String in
                switch m {
                case "upper": return StrMethods.upper(s)
                case "lower": return StrMethods.lower(s)
                case "title": return StrMethods.title(s)
                case "capitalize": return StrMethods.capitalize(s)
                case "swapcase": return StrMethods.swapcase(s)
                case "casefold": return StrMethods.casefold(s)
                case "strip": return StrMethods.strip(s)
                case "lstrip": return StrMethods.lstrip(s)
                case "rstrip": return StrMethods.rstrip(s)
                case "expandtabs": return StrMethods.expandtabs(s)
                case "isdigit": return StrMethods.isdigit(s) ? "True" : "False"
                case "isdecimal": return StrMethods.isdecimal(s) ? "True" : "False"
                case "isnumeric": return StrMethods.isnumeric(s) ? "True" : "False"
                case "isalpha": return StrMethods.isalpha(s) ? "True" : "False"
                case "isalnum": return StrMethods.isalnum(s) ? "True" : "False"
                case "isspace": return StrMethods.isspace(s) ? "True" : "False"
                case "islower": return StrMethods.islower(s) ? "True" : "False"
                case "isupper": return StrMethods.isupper(s) ? "True" : "False"
                case "istitle": return StrMethods.istitle(s) ? "True" : "False"
                case "isidentifier": return StrMethods.isidentifier(s) ? "True" : "False"
                case "isprintable": return StrMethods.isprintable(s) ? "True" : "False"
                case "isascii": return StrMethods.isascii(s) ? "True" : "False"
                case "split": return listRepr(try StrMethods.split(s))
                case "split1": return listRepr(try StrMethods.split(s, sep: nil, maxsplit: 1))
                case "rsplit": return listRepr(try StrMethods.rsplit(s))
                case "rsplit1": return listRepr(try StrMethods.rsplit(s, sep: nil, maxsplit: 1))
                case "rsplit2": return listRepr(try StrMethods.rsplit(s, sep: nil, maxsplit: 2))
                case "split,": return listRepr(try StrMethods.split(s, sep: ","))
                case "split,1": return listRepr(try StrMethods.split(s, sep: ",", maxsplit: 1))
                case "rsplit,1": return listRepr(try StrMethods.rsplit(s, sep: ",", maxsplit: 1))
                case "splitab": return listRepr(try StrMethods.split(s, sep: "ab"))
                case "splitlines": return listRepr(StrMethods.splitlines(s))
                case "splitlinesK": return listRepr(StrMethods.splitlines(s, keepends: true))
                case "center9": return StrMethods.center(s, 9)
                case "center10*": return StrMethods.center(s, 10, fill: "*")
                case "ljust7": return StrMethods.ljust(s, 7, fill: "\u{E9}")
                case "rjust7": return StrMethods.rjust(s, 7)
                case "zfill6": return StrMethods.zfill(s, 6)
                case "expandtabs4": return StrMethods.expandtabs(s, tabsize: 4)
                case "expandtabs0": return StrMethods.expandtabs(s, tabsize: 0)
                case "stripa": return StrMethods.strip(s, chars: "a\u{E9} ")
                case "find_a": return String(StrMethods.find(s, "a"))
                case "find_empty": return String(StrMethods.find(s, ""))
                case "rfind_a": return String(StrMethods.rfind(s, "a"))
                case "rfind_empty": return String(StrMethods.rfind(s, ""))
                case "count_a": return String(StrMethods.count(s, "a"))
                case "count_empty": return String(StrMethods.count(s, ""))
                case "count_aa": return String(StrMethods.count(s, "aa"))
                case "replace_a": return StrMethods.replace(s, "a", "XY")
                case "replace_a1": return StrMethods.replace(s, "a", "", count: 1)
                case "replace_empty": return StrMethods.replace(s, "", "-")
                case "replace_empty2": return StrMethods.replace(s, "", "-", count: 2)
                case "partition_,":
                    let t = try StrMethods.partition(s, ",")
                    return listRepr([t.0, t.1, t.2])
                case "rpartition_,":
                    let t = try StrMethods.rpartition(s, ",")
                    return listRepr([t.0, t.1, t.2])
                case "startswith_a": return StrMethods.startswith(s, "a") ? "True" : "False"
                case "endswith_c": return StrMethods.endswith(s, "c") ? "True" : "False"
                default: return "unknown method \(m)"
                }
            }
            let exp = dec(r[2])
            if !scalarsEqual(got, exp) {
                XCTFail("\(m)(\(debugScalars(s))): got \(debugScalars(got)) expected \(debugScalars(exp))")
            }
        }
        XCTAssertThrowsError(try StrMethods.split("abc", sep: ""))
        XCTAssertThrowsError(try StrMethods.partition("abc", ""))
        XCTAssertEqual(StrMethods.join(", ", ["a", "b", "c"]), "a, b, c")
        XCTAssertEqual(StrMethods.join("", []), "")
        XCTAssertEqual(StrMethods.length("e\u{301}\u{1F600}"), 3)
    }

    func testStrRanges() {
        for r in rows(strRangeCases) {
            let m = String(r[0])
            let s = dec(r[1]), sub = dec(r[2])
            let st = decOpt(r[3]).flatMap { Int($0) }
            let en = decOpt(r[4]).flatMap { Int($0) }
            let exp = Int(r[5]) ?? -999
            let got: Int
            switch m {
            case "find": got = StrMethods.find(s, sub, start: st, end: en)
            case "rfind": got = StrMethods.rfind(s, sub, start: st, end: en)
            case "count": got = StrMethods.count(s, sub, start: st, end: en)
            case "startswith": got = StrMethods.startswith(s, sub, start: st, end: en) ? 1 : 0
            default: got = StrMethods.endswith(s, sub, start: st, end: en) ? 1 : 0
            }
            XCTAssertEqual(got, exp, "'\(s)'.\(m)('\(sub)', \(String(describing: st)), \(String(describing: en)))")
        }
    }

    func testParseInt() {
        for r in rows(parseIntCases) {
            let s = dec(r[0])
            let base = Int(r[1]) ?? -1
            let exp = decOpt(r[2])
            let got = NumberParsing.parseInt(s, base: base).map { String($0) }
            XCTAssertEqual(got, exp, "int('\(s)', \(base))")
        }
        XCTAssertNil(NumberParsing.parseInt("10", base: 1))
        XCTAssertNil(NumberParsing.parseInt("10", base: 37))
    }

    func testParseFloat() {
        for r in rows(parseFloatCases) {
            let s = dec(r[0])
            let got = NumberParsing.parseFloat(s)
            if r[1] == "\\N" {
                XCTAssertNil(got, "float('\(s)')")
            } else if hexBits(r[1]) == 0x7FF8_0000_0000_0000 {
                XCTAssertTrue(got?.isNaN ?? false, "float('\(s)')")
            } else {
                XCTAssertEqual(got?.bitPattern, hexBits(r[1]), "float('\(s)')")
            }
        }
    }
}

/// Compares by code points (Swift's == on String uses canonical equivalence).
private func assertSame(_ got: String, _ exp: String, _ msg: String, file: StaticString = #filePath, line: UInt = #line) {
    if !scalarsEqual(got, exp) {
        XCTFail("\(msg): got \(debugScalars(got)) expected \(debugScalars(exp))", file: file, line: line)
    }
}

private func scalarsEqual(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
}

private func debugScalars(_ s: String) -> String {
    s.unicodeScalars.map { u in
        (u.value >= 0x20 && u.value < 0x7F) ? String(u) : "\\u{\(String(u.value, radix: 16))}"
    }.joined()
}

// MARK: - tables
let floatReprCases = #"""
0x0000000000000000	0.0
0x8000000000000000	-0.0
0x3FF0000000000000	1.0
0xBFF0000000000000	-1.0
0x3FB999999999999A	0.1
0x3FC999999999999A	0.2
0x3FD3333333333333	0.3
0x3FD5555555555555	0.3333333333333333
0x3FE5555555555555	0.6666666666666666
0x4341C37937E08000	1e+16
0x430C6BF526340000	1000000000000000.0
0x4341C37937E07FFF	9999999999999998.0
0x4376345785D8A000	1e+17
0x3F1A36E2EB1C432D	0.0001
0x3EE4F8B588E368F1	1e-05
0x3F202C9DEDBC309D	0.0001234
0x3EE9E0FCAF9380FC	1.234e-05
0x437B69B4BA630F35	1.2345678901234568e+17
0x7E41EB2D66005835	1.5e+300
0x81B01297D23AB683	-1.5e-300
0x0000000000000001	5e-324
0x0010000000000000	2.2250738585072014e-308
0x7FEFFFFFFFFFFFFF	1.7976931348623157e+308
0x4059000000000000	100.0
0x4480F0CF064DD592	1e+22
0x44B52D02C7E14AF6	1e+23
0x7FF0000000000000	inf
0xFFF0000000000000	-inf
0x7FF8000000000000	nan
0x400921FB54442D18	3.141592653589793
0x4005BF0A8B145769	2.718281828459045
0x3FE0000000000000	0.5
0x40934A456D5CFAAD	1234.5678
0xC0F81CD6E9E1B08A	-98765.4321
0x4340000000000000	9007199254740992.0
0x4340000000000001	9007199254740994.0
0x43E0000000000000	9.223372036854776e+18
0x54B249AD2594C37D	1e+100
0x43E56A95319D63E1	1.2345678901234567e+19
0x3FD3333333333334	0.30000000000000004
0x4011666666666666	4.35
0x4005666666666666	2.675
0x3FF0147AE147AE14	1.005
0x4023FD70A3D70A3D	9.995
0x3E7AD7F29ABCAF48	1e-07
0x3C36B082C2148B8E	1.23e-18
0x3E080D43DE9CC603	7e-10
0x3FF4000000000000	1.25
0x444B1AE4D6E2EF50	1e+21
0x00000000000007E8	1e-320
0xBF1334F7B7F197C9	-7.326852754516092e-05
0x44D380E8D02B3ED6	3.6841168948847566e+23
0x3D2FDD099101D2A3	5.660081687288613e-14
0xBE4AAFA4EB00C72D	-1.2426688428353016e-08
0x3CF95052E20D930C	5.6207848807584295e-15
0xC1C07CBDEEC8DFCD	-553221085.5693299
0x437545F7C0EC4573	9.580647850995486e+16
0xC08E951EB5FF63F8	-978.6399955704101
0x4153393E6B972607	5039353.681100375
0x3C6094086C98B7D0	7.189671403008851e-18
0x449CEE693EB68A5E	3.415604257735522e+22
0xBFA1622099C59FB5	-0.03395177723979207
0x3941532C24AC3FAB	6.673305781472406e-33
0xC3D42067B3527090	-5.801092399572861e+18
0x3AE93E72392B41DB	6.52540306855235e-25
0x454C2EBD648F1595	6.814129097617121e+25
0xC360A748907B4F01	-3.7500237846837256e+16
0x440174C289371254	4.025101089707095e+19
0x451084996A831182	4.992248879103394e+24
0x3CFA823201B7C937	5.8860861833151604e-15
0xBA1F0CE6C07D34DE	-9.79777739674883e-29
0x451B890CB0BD07CF	8.32204885850523e+24
0xBC8429107E6F7C30	-3.4972732915832304e-17
0x3BB23A9C853FA5B1	3.860130483192259e-21
0xBA134BFAC7683C18	-6.088994973657491e-29
0x3AA805B2708359D0	3.8810044523033684e-26
0xC3B03FEF33157C5B	-1.1709174308224602e+18
0x3C5F4CBF8A803383	6.787061729470148e-18
0x3FE3E630083F006C	0.6218490754181523
0xC1F252151659EE19	-4917907813.620629
0x45F33C77FE9A949C	9.525307830408943e+28
0x3E74A38A6C8B0EED	7.688563664469605e-08
0xC0CD3AF950C24A07	-14965.947777067324
0xBBC512DC82327367	-8.925049451536086e-21
0x3C776EF268D3AA3B	2.032522273327636e-17
0x3D452186EAF6863F	1.5014453632474333e-13
0x4085BDC324E354F2	695.7202852020548
0x39AAADC8CEC46CF3	6.576843149666972e-31
0x44A9BA8989D14528	6.075008357600053e+22
0xBCF6C02E572552A5	-5.051671769471715e-15
0xBA839217C7E76873	-7.904532831270686e-27
0x3EF313D98292FC1C	1.8193757715275716e-05
0x39D2E8B205C1BD35	3.7291360892702516e-30
0x3EBDD6B2D88F8D75	1.7785231156635185e-06
0xBF0AE820F076C3E1	-5.132055781176932e-05
0xBDAA6B9759C649DD	-1.2014551511187832e-11
0x43515340B96601EC	1.950644823025451e+16
0x4347FC42A06BFD13	1.350257510763575e+16
0x3E0382FC12A7F1F7	5.67864010425696e-10
0x40B3EF4956E0BA3C	5103.286481900661
0x3D01804F110FFC6F	7.772096948837934e-15
0x3E757443A3D2148B	7.99229633187406e-08
0x41FC44BDBF6DEED9	7588273142.870812
0x3E77A1A9EA261D71	8.803419374567561e-08
0xBD3501366C33AF69	-7.462381530112661e-14
0xBEC9C63CC3178C23	-3.072543699232583e-06
0xBDA0362F868CFA87	-7.372210658528493e-12
0x3A350177015E0F4B	2.651294875559076e-28
0x3C83E45B23AF76B9	3.450714657907936e-17
0x42A1A304E8E7EF96	9695929857015.793
0x39B6869BE01EC116	1.1106084736031596e-30
0x450A447F5F97713D	3.9694427319264397e+24
0xBD23A77D8CC7DB87	-3.4912978268081997e-14
0xC326675F0F91040F	-3153053734175239.5
0xBA7E8B864D6C7717	-6.1685172692569626e-27
0xC412C1976FEDA903	-8.64977836910272e+19
0x3C07B08228F94CA2	1.6052620173884026e-19
0xC464C523E0649CD5	-3.065122606772642e+21
0x3F2A5543336D5117	0.00020090527842831697
0x3B2702C783E47816	9.517067336588819e-24
0xC4159F595A40AD28	-9.971598337667197e+19
0x3DD7D155FDEF48F7	8.66483547097535e-11
0x3AE2BF9DE263160D	4.8463744035746815e-25
0xBCF9A9E8D8A7BE43	-5.6984881708291926e-15
0xBBC715FF644087A3	-9.777270908746281e-21
0x3A1B22F6FCBB0C4B	8.562795212227933e-29
0xBAE46924ECEA121B	-5.276047379324421e-25
0x402E6D801673FFB0	15.213867856655128
0x41544798947CEA72	5316194.3201242555
0x3FA53A10EF9D1054	0.04145863461465696
0xBE71C90CDE4C52FF	-6.625560151588359e-08
0x3E3CF463B3DEB8C7	6.741528944392935e-09
0x3DC9DA0A19131EF8	4.7023998526963064e-11
0xBDC1383567E4A093	-3.1322206101922625e-11
0x3B46F3D9092972E9	3.797177640003675e-23
0x40FAD018A4C93B15	109825.54023097114
0x3AE7C8881881C68B	6.147845847466147e-25
0x45E4AF7D4C979BFE	5.1214831388375795e+28
0xC0581D298623919F	-96.4556594226219
0x3FAE26FC5B1843B0	0.05889118778225766
0x4566F76D17DFA118	2.221184397453231e+26
0x3EA3BC10862318C9	5.881377201026384e-07
0x42A20504C96FCF3F	9906382223335.623
0x45658E1F60C50E8E	2.084687765962927e+26
0xBBBFC5320A3E3852	-6.727621609892591e-21
0x44E4176519080187	7.59031117070105e+23
0x3A836B17CBD70CDC	7.843001775421667e-27
0x40F3B8FFB9000DFE	80783.98266606775
0x3CF98750C786C155	5.66848264900709e-15
0xBD195E8B1D9EBEFF	-2.25324738753366e-14
0xC3387AB7A6A1E347	-6890328634286919.0
0xC0D85454FBFF5D4F	-24913.327880707857
0x451BB275B820DA58	8.370937475111746e+24
0xC03E20D80B1C1161	-30.128296560623657
0x3CBCCD1C5BD652C0	3.996971360833635e-16
0xBF08689BA69D9A10	-4.6555757605305195e-05
0xBCC00127D6E924BE	-4.442145027497395e-16
0x40FE6BEAF646960A	124606.68512590989
0xC335EA4D272A4176	-6168591601385846.0
0x3CF9AF4819E3638D	5.703147715390537e-15
0xC18AB2F519DE38BA	-55991971.233506635
0xB9E4717402D7DE34	-8.063411335631682e-30
0x45712DF24AC92316	3.322994388179308e+26
0x440B219A19669178	6.256042070851761e+19
0x432C421C67A7281C	3976994556711950.0
0xC5E6AB0F72B58351	-5.612375586183318e+28
0x3C65474CA742DF0C	9.228084176801875e-18
0x3D04AD8823E04C1E	9.18281387982594e-15
0x39BEB1C3D9C22274	1.5133504989342749e-30
0xBDED4CF2D7B26310	-2.131897816688121e-10
0x403C94E6A95CC8D5	28.581644616272417
0xBF39C6D840E4AF33	-0.0003933217966671676
0xC40C0901BA2C8099	-6.464472982318554e+19
0xC1212A4B8BBC7B31	-562469.7729223726
0x403C3F3962B6FCBE	28.246969384836795
0xC25BC83E2EDC6608	-477294541681.59424
0xC5B4F7CDB12C250C	-6.489276227255366e+27
0x3A4BDE7A27A5F510	7.035137645775675e-28
0xBD32ACE41C24100D	-6.634819158518043e-14
0x432BE11DD1D9C858	3923671281099820.0
0x3EA7192FDA0FE2A5	6.883855584441748e-07
0x436322C45CF094D5	4.3090010605659816e+16
0x439978A04732D70D	4.588482689523884e+17
0xBE1B825E6630C6ED	-1.6012492657873334e-09
0x4592AB3E8F1F74BB	1.4444379797028239e+27
0xBD8C5E27AAFE9B61	-3.225044654850916e-12
0x3F048EBECF8815F4	3.9210508422409587e-05
0xC2CB4F3A355D8907	-60054185884434.055
0xB9D19701889B0146	-3.468989630885624e-30
0xBFF5F063982418DF	-1.3711887305267323
0xC516D44F2BF0EA11	-6.899742546239982e+24
0xC407BE39A86A6C7C	-5.474778572640482e+19
0xBF7C575FF0B27333	-0.00691926457070906
0xC39467E1221C561C	-3.675978349950748e+17
0xBFCCDACFE9DE0890	-0.22542761725714344
0x4007A37B2C45F7BA	2.9548247774937098
0x45412E8377818090	4.154278585287935e+25
0x3B6C10734D43D516	1.8571369002633673e-22
0x43A3A22755139599	7.073682396510158e+17
0xC3CADA491185DF60	-3.8698786590366597e+18
0x334DF055106C43E5	1.4555437281652193e-61
0x370EFB18A8B96DB7	1.7365364218710378e-43
0x187C554E004B2398	9.936163146928305e-191
0x42C602B05649A54A	48401608381258.58
0x3FBE8D9C96710D51	0.11934832260981422
0x89CBCBC4A7059D52	-1.7654507307484378e-261
0x46E23F859D97CA0F	2.9609287930287464e+33
0x9D0BE60FF30B5C8D	-9.240513592861609e-169
0x92B388C7F980D39A	-1.383442267368274e-218
0x58C200994F7F6297	3.631760824086923e+119
0x644699BD50A35350	1.1179603720661067e+175
0x94BD5DA3057C0A95	-8.932322452239891e-209
0x96B589011EFDDFAB	-2.813398497955842e-199
0x70B49936702C3179	8.186758042305418e+234
0x50C64B4DA447845C	1.321721143246431e+81
0x414F26903C558F74	4082976.471361095
0x2BD443A519747CAA	1.4823531834060587e-97
0x4A39CBA3AF5877EF	3.770011635597148e+49
0x0F92BAA6AC168BCA	1.1780952757789728e-233
0x20F0B586801930D1	5.104518697734412e-150
0x871F7A4A2415529D	-2.2729342325992558e-274
0xB382533B3268C382	-1.4254689289864172e-60
0x3603822444A235F9	1.668520702354232e-48
0x41556875DA50CC93	5611991.411181587
0x5BC358BBED183287	1.0985836563798233e+134
0x1460DD5E0C12D0E2	1.6030684958961083e-210
0xB386D7BCEFCF8205	-1.776882965228254e-60
0x242F4052E9A5D980	2.149807385227474e-134
0xBDBADED4CAF93EDA	-2.4438517777026835e-11
0xB6328AE03BB823FD	-1.26872824187602e-47
0x0B6CF607F78CAC5A	1.2344346489856775e-253
0xD2E2B32FCF0493B7	-1.9046233672777465e+91
0x050908A023ADC778	2.1043551514235945e-284
0x24DA1B330929281B	3.677954481585468e-131
0x6CA3CCA160C4660F	2.132934771859622e+215
0x6BBC936B945DD4A8	9.394556787266007e+210
0x2C558DA1064F911E	4.036211442996903e-95
0x2787716EF4620A1F	2.905137815774813e-118
0x82912B83AC3C9F36	-2.62539111971036e-296
0x24EFFFA584453CA5	9.016191653768228e-131
0xD1E5F9587DEF675F	-3.415057513834172e+86
0x5B3FB0B61AD0D2E8	3.514667013762017e+131
0x132AAA59BF6E7138	2.4172510040935298e-216
0x27ECB44ABDD5166C	2.2765548823047953e-116
0x12654FD205BDD52A	4.716645958009407e-220
0xD9C63BB0CE962B35	-2.9394734985820296e+124
0x21D431505AB53E0C	1.010683197367158e-145
0x5C60D954EEE19F67	9.797176753748604e+136
0xF5C2B29F5791BB3E	-1.796782422299528e+259
0x4B66D6D6363C894F	1.7500490763008238e+55
0x8AA02A2E32217226	-1.6821440182183127e-257
0x67E0692054DFF401	2.3397691953692934e+192
0x54E12729121BA84A	7.503569405271993e+100
0x4054BA942999B2FE	82.91529312143027
0xEE4AB6F078F7191A	-1.9313260175249696e+223
0x2B69B9FF8D5CAED4	1.4702564374277153e-99
0xB735FC2D8EBA5D44	-9.858446413802922e-43
0x62786D2B21CAFAF1	2.250597276321493e+166
0x71C0641B064CCB9D	8.538724508211653e+239
0xE24B43FF258FA0BC	-3.1402403290519333e+165
0x410B0C8400000000	221584.5
0xC08650916872B021	-714.071
0x410A793C00000000	216871.5
0x4099C6851EB851EC	1649.63
0x40EF8C5800000000	64610.75
0x40C2D8251EB851EC	9648.29
0xC0FC4F6800000000	-115958.5
0x411CE41C00000000	473351.0
0x40C0ABE666666666	8535.8
0xC0A1BE6147AE147B	-2271.19
0xC0CF060CCCCCCCCD	-15884.1
0xC0F1910400000000	-71952.25
0xC128106E00000000	-788535.0
0x40E0BD9666666666	34284.7
0xC0F3A5AE00000000	-80474.875
0x40F0B49000000000	68425.0
0xC122B1F600000000	-612603.0
0x40784DD2F1A9FBE7	388.864
0x410C1C6000000000	230284.0
0x412479E200000000	670961.0
0xC0F0888000000000	-67720.0
0x40B70F0000000000	5903.0
0xC0FB9C0200000000	-113088.125
0x41146E0400000000	334721.0
0xC0E29A1800000000	-38096.75
0xC1087A3000000000	-200518.0
0x40C3502666666666	9888.3
0xC0807E5A1CAC0831	-527.794
0x40C2289AE147AE14	9297.21
0xC0B89E4F5C28F5C3	-6302.31
0xC0F8407600000000	-99335.375
0xC105174800000000	-172777.0
0xC07E8753F7CED917	-488.458
0xC0BD410F5C28F5C3	-7489.06
0xC0AAACC7AE147AE1	-3414.39
0xC0D088999999999A	-16930.4
0x40B9B530A3D70A3D	6581.19
0x406D5EE147AE147B	234.965
0xC10B540000000000	-223872.0
0xC0DA71B000000000	-27078.75
"""#
let hashDoubleCases = #"""
0x0000000000000000	0
0x8000000000000000	0
0x3FF0000000000000	1
0xBFF0000000000000	-2
0x3FB999999999999A	230584300921369408
0x3FC999999999999A	461168601842738816
0x3FD3333333333333	691752902764108160
0x3FD5555555555555	768614336404564608
0x3FE5555555555555	1537228672809129216
0x4341C37937E08000	10000000000000000
0x430C6BF526340000	1000000000000000
0x4341C37937E07FFF	9999999999999998
0x4376345785D8A000	100000000000000000
0x3F1A36E2EB1C432D	936979306793984537
0x3EE4F8B588E368F1	2170758078822671208
0x3F202C9DEDBC309D	1873781986013463305
0x3EE9E0FCAF9380FC	2269842666297463680
0x437B69B4BA630F35	123456789012345680
0x7E41EB2D66005835	1837492894133638746
0x81B01297D23AB683	-1876877353711978326
0x0000000000000001	16777216
0x0010000000000000	32768
0x7FEFFFFFFFFFFFFF	2234066890152476671
0x4059000000000000	100
0x4480F0CF064DD592	1864712049423028464
0x44B52D02C7E14AF6	200376420512344424
0x7FF0000000000000	314159
0xFFF0000000000000	-314159
0x7FF8000000000000	0
0x400921FB54442D18	326490430436040707
0x4005BF0A8B145769	1656245132797518850
0x3FE0000000000000	1152921504606846976
0x40934A456D5CFAAD	1309257660631614674
0xC0F81CD6E9E1B08A	-996354764293898701
0x4340000000000000	9007199254740992
0x4340000000000001	9007199254740994
0x43E0000000000000	4
0x54B249AD2594C37D	1822893315824342674
0x43E56A95319D63E1	816463855166097413
0x3FD3333333333334	691752902764108288
0x4011666666666666	807045053224792068
0x4005666666666666	1556444031219243010
0x3FF0147AE147AE14	11529215046068225
0x4023FD70A3D70A3D	2294313794167623689
0x3E7AD7F29ABCAF48	851743510110745977
0x3C36B082C2148B8E	1928115720834398210
0x3E080D43DE9CC603	1036673990106877818
0x3FF4000000000000	576460752303423489
0x444B1AE4D6E2EF50	1569977010470519217
0x00000000000007E8	33957085184
0xBF1334F7B7F197C9	-648687292063386814
0x44D380E8D02B3ED6	234377376136589341
0x3D2FDD099101D2A3	1378668444307815888
0xBE4AAFA4EB00C72D	-448504015763356352
0x3CF95052E20D930C	1493087745264857760
0xC1C07CBDEEC8DFCD	-1312785273158466525
0x437545F7C0EC4573	95806478509954864
0xC08E951EB5FF63F8	-1475729311957779410
0x4153393E6B972607	1570510538315457785
0x3C6094086C98B7D0	1333361890075213840
0x449CEE693EB68A5E	1895924881984338396
0xBFA1622099C59FB5	-78287468198755152
0x3941532C24AC3FAB	875013617068575385
0xC3D42067B3527090	-1189406381145473026
0x3AE93E72392B41DB	534805925249623400
0x454C2EBD648F1595	657010055060843478
0xC360A748907B4F01	-37500237846837256
0x440174C289371254	1051679740438151185
0x451084996A831182	1918749360005384498
0x3CFA823201B7C937	900840812928054532
0xBA1F0CE6C07D34DE	-1127760006159853248
0x451B890CB0BD07CF	877992967518229017
0xBC8429107E6F7C30	-1479501986236203088
0x3BB23A9C853FA5B1	20523974022567620
0xBA134BFAC7683C18	-938863083677022919
0x3AA805B2708359D0	1617918372482441478
0xC3B03FEF33157C5B	-1170917430822460160
0x3C5F4CBF8A803383	1498564701523030031
0x3FE3E630083F006C	1433886343338945536
0xC1F252151659EE19	-1431073762096271717
0x45F33C77FE9A949C	669277167183200077
0x3E74A38A6C8B0EED	268879148789061910
0xC0CD3AF950C24A07	-2185425124981750389
0xBBC512DC82327367	-47453702378986296
0x3C776EF268D3AA3B	1998641886709858350
0x3D452186EAF6863F	1682011112553662561
0x4085BDC324E354F2	1660864597798159031
0x39AAADC8CEC46CF3	1418945305335126929
0x44A9BA8989D14528	343655256552400618
0xBCF6C02E572552A5	-834794671401086336
0xBA839217C7E76873	-1623319009276191731
0x3EF313D98292FC1C	504445110214534648
0x39D2E8B205C1BD35	829641352071252768
0x3EBDD6B2D88F8D75	1572886270854238705
0xBF0AE820F076C3E1	-1189068638775270159
0xBDAA6B9759C649DD	-1408663210561026421
0x43515340B96601EC	19506448230254512
0x4347FC42A06BFD13	13502575107635750
0x3E0382FC12A7F1F7	1439176609428664394
0x40B3EF4956E0BA3C	660582287905133551
0x3D01804F110FFC6F	542833281020741121
0x3E757443A3D2148B	370069409920141220
0x41FC44BDBF6DEED9	2007956729535126518
0x3E77A1A9EA261D71	530369427860083788
0xBD3501366C33AF69	-1851206760745050150
0xBEC9C63CC3178C23	-78820078282393059
0xBDA0362F868CFA87	-944055037406175992
0x3A350177015E0F4B	1083016205989960709
0x3C83E45B23AF76B9	1309863422382080079
0x42A1A304E8E7EF96	1828471144642278391
0x39B6869BE01EC116	1157249779380132463
0x450A447F5F97713D	861012332738397311
0xBD23A77D8CC7DB87	-1952749929818569335
0xC326675F0F91040F	-1156074558341022215
0xBA7E8B864D6C7717	-268166520765518683
0xC412C1976FEDA903	-1181592350120525861
0x3C07B08228F94CA2	853503685633134848
0xC464C523E0649CD5	-657247527642858801
0x3F2A5543336D5117	1009269572562769169
0x3B2702C783E47816	396367368617969904
0xC4159F595A40AD28	-564733980483125291
0x3DD7D155FDEF48F7	2230565426854144766
0x3AE2BF9DE263160D	1744021532473838690
0xBCF9A9E8D8A7BE43	-1888743202630939475
0xBBC715FF644087A3	-51984888857115928
0x3A1B22F6FCBB0C4B	1684778781478418172
0xBAE46924ECEA121B	-606862855016127810
0x402E6D801673FFB0	493145702163742735
0x41544798947CEA72	738156276614241890
0x3FA53A10EF9D1054	95597102797751616
0xBE71C90CDE4C52FF	-1495124860317842584
0x3E3CF463B3DEB8C7	1937423066569930363
0x3DC9DA0A19131EF8	619517352877654662
0xBDC1383567E4A093	-2244205040267824473
0x3B46F3D9092972E9	648720238934313879
0x40FAD018A4C93B15	1245687808153201921
0x3AE7C8881881C68B	1885885612716920888
0x45E4AF7D4C979BFE	2080645457870017317
0xC0581D298623919F	-1050679094235070560
0x3FAE26FC5B1843B0	135793833652009728
0x4566F76D17DFA118	2232950611068705605
0x3EA3BC10862318C9	1266075801397781041
0x42A20504C96FCF3F	1436658187513411559
0x45658E1F60C50E8E	443732587771561944
0xBBBFC5320A3E3852	-35770171955667272
0x44E4176519080187	632826168869193177
0x3A836B17CBD70CDC	1210835022765614571
0x40F3B8FFB9000DFE	2265873682712837007
0x3CF98750C786C155	1455192302078145294
0xBD195E8B1D9EBEFF	-800970851901033204
0xC3387AB7A6A1E347	-6890328634286919
0xC0D85454FBFF5D4F	-756041438067712337
0x451BB275B820DA58	1011118134221300971
0xC03E20D80B1C1161	-295831727420219422
0x3CBCCD1C5BD652C0	1473080982427927449
0xBF08689BA69D9A10	-576568102571636328
0xBCC00127D6E924BE	-666171319694394368
0x40FE6BEAF646960A	1579792789753947838
0xC335EA4D272A4176	-6168591601385846
0x3CF9AF4819E3638D	1298858415463871326
0xC18AB2F519DE38BA	-538429641587056291
0xB9E4717402D7DE34	-819506491996122752
0x45712DF24AC92316	905840763585624357
0x440B219A19669178	302659459747872795
0x432C421C67A7281C	3976994556711950
0xC5E6AB0F72B58351	-872159035770789037
0x3C65474CA742DF0C	642208147571834901
0x3D04AD8823E04C1E	293279497006895798
0x39BEB1C3D9C22274	928041939028854543
0xBDED4CF2D7B26310	-1606766919695528663
0x403C94E6A95CC8D5	1341181172278534172
0xBF39C6D840E4AF33	-865598066770351590
0xC40C0901BA2C8099	-81125565202112540
0xC1212A4B8BBC7B31	-1782237649437234469
0x403C3F3962B6FCBE	569472629515730972
0xC25BC83E2EDC6608	-1370220663922015089
0xC5B4F7CDB12C250C	-875118899547237769
0x3A4BDE7A27A5F510	429266935410315581
0xBD32ACE41C24100D	-1184605307423315356
0x432BE11DD1D9C858	3923671281099820
0x3EA7192FDA0FE2A5	381118705775255806
0x436322C45CF094D5	43090010605659816
0x439978A04732D70D	458848268952388416
0xBE1B825E6630C6ED	-1208914137943569201
0x4592AB3E8F1F74BB	566660530913574174
0xBD8C5E27AAFE9B61	-1549042217303242910
0x3F048EBECF8815F4	1873587858262859863
0xC2CB4F3A355D8907	-126160843752258322
0xB9D19701889B0146	-1240181547724271640
0xBFF5F063982418DF	-855902939383971329
0xC516D44F2BF0EA11	-791571974197192862
0xC407BE39A86A6C7C	-1713396514489860119
0xBF7C575FF0B27333	-15954737839269478
0xC39467E1221C561C	-367597834995074816
0xBFCCDACFE9DE0890	-519800695336084480
0x4007A37B2C45F7BA	2201676038207891458
0x45412E8377818090	1081709572467648567
0x3B6C10734D43D516	1730369680254204578
0x43A3A22755139599	707368239651015808
0xC3CADA491185DF60	-1564035649822965761
0x334DF055106C43E5	1122526321879158152
0x370EFB18A8B96DB7	1976519415449684886
0x187C554E004B2398	258957952095879769
0x42C602B05649A54A	1333113891310048074
0x3FBE8D9C96710D51	275198495351220768
0x89CBCBC4A7059D52	-288719368017172949
0x46E23F859D97CA0F	1730666355082261123
0x9D0BE60FF30B5C8D	-1156847894880693830
0x92B388C7F980D39A	-1265497208740118840
0x58C200994F7F6297	2261535991565437563
0x644699BD50A35350	479246338288768266
0x94BD5DA3057C0A95	-1525033441818597312
0x96B589011EFDDFAB	-1157970315883580100
0x70B49936702C3179	1297399065096667927
0x50C64B4DA447845C	1233442520726858164
0x414F26903C558F74	1086884685922848032
0x2BD443A519747CAA	1531246154071241852
0x4A39CBA3AF5877EF	2267569502984853021
0x0F92BAA6AC168BCA	775015770232544595
0x20F0B586801930D1	9406377813500322
0x871F7A4A2415529D	-2202973823725682750
0xB382533B3268C382	-36069094388453767
0x3603822444A235F9	667777331904389700
0x41556875DA50CC93	948120187433230807
0x5BC358BBED183287	2263271655092835886
0x1460DD5E0C12D0E2	940724592755803657
0xB386D7BCEFCF8205	-90122224234635012
0x242F4052E9A5D980	1729399437474976492
0xBDBADED4CAF93EDA	-857086253258758809
0xB6328AE03BB823FD	-1982216948737732637
0x0B6CF607F78CAC5A	143520537346324972
0xD2E2B32FCF0493B7	-673736639847717760
0x050908A023ADC778	1665733741241435253
0x24DA1B330929281B	29393021621805164
0x6CA3CCA160C4660F	135129758422844518
0x6BBC936B945DD4A8	1690303415594702632
0x2C558DA1064F911E	6066697246052638
0x2787716EF4620A1F	91162808769508450
0x82912B83AC3C9F36	-38663353075562928
0x24EFFFA584453CA5	72054485054776616
0xD1E5F9587DEF675F	-1580775549544888243
0x5B3FB0B61AD0D2E8	205031719821116406
0x132AAA59BF6E7138	1855323004049872210
0x27ECB44ABDD5166C	1396123774653265221
0x12654FD205BDD52A	1512400628793647114
0xD9C63BB0CE962B35	-1513405039798169945
0x21D431505AB53E0C	1776719920235937872
0x5C60D954EEE19F67	2032228303973733614
0xF5C2B29F5791BB3E	-1341887497402974357
0x4B66D6D6363C894F	985633475351715329
0x8AA02A2E32217226	-47490967464876034
0x67E0692054DFF401	1728538107408695465
0x54E12729121BA84A	996462100637066312
0x4054BA942999B2FE	2110522245431361618
0xEE4AB6F078F7191A	-2000130245246059350
0x2B69B9FF8D5CAED4	843580726191266489
0xB735FC2D8EBA5D44	-1459178365688175918
0x62786D2B21CAFAF1	491651145613119500
0x71C0641B064CCB9D	901670769383415824
0xE24B43FF258FA0BC	-1623545789290739713
0x410B0C8400000000	1152921504607068560
0xC08650916872B021	-163714853654233802
0x410A793C00000000	1152921504607063847
0x4099C6851EB851EC	1452681095804880497
0x40EF8C5800000000	1729382256910335074
0x40C2D8251EB851EC	668694472673994160
0xC0FC4F6800000000	-1152921504606962934
0x411CE41C00000000	473351
0x40C0ABE666666666	1844674407369285975
0xC0A1BE6147AE147B	-438110171750729951
0xC0CF060CCCCCCCCD	-230584300922224140
0xC0F1910400000000	-576460752303495440
0xC128106E00000000	-788535
0x40E0BD9666666666	1614090106442909164
0xC0F3A5AE00000000	-2017612633062062682
0x40F0B49000000000	68425
0xC122B1F600000000	-612603
0x40784DD2F1A9FBE7	1992248359960576388
0x410C1C6000000000	230284
0x412479E200000000	670961
0xC0F0888000000000	-67720
0x40B70F0000000000	5903
0xC0FB9C0200000000	-288230376151824832
0x41146E0400000000	334721
0xC0E29A1800000000	-1729382256910308560
0xC1087A3000000000	-200518
0x40C3502666666666	691752902762440352
0xC0807E5A1CAC0831	-1830839349315633679
0x40C2289AE147AE14	484227031932871761
0xC0B89E4F5C28F5C3	-714811332857174174
0xC0F8407600000000	-864691128455234567
0xC105174800000000	-172777
0xC07E8753F7CED917	-1056076098219934184
0xC0BD410F5C28F5C3	-138350580553751873
0xC0AAACC7AE147AE1	-899278773593050454
0xC0D088999999999A	-922337203688849954
0x40B9B530A3D70A3D	438110171749685685
0x406D5EE147AE147B	2225138503891222762
0xC10B540000000000	-223872
0xC0DA71B000000000	-1729382256910297542
"""#
let hashIntCases = #"""
0	0
1	1
-1	-2
-2	-2
2	2
10	10
-10	-10
2305843009213693950	2305843009213693950
2305843009213693951	0
2305843009213693952	1
-2305843009213693951	0
-2305843009213693952	-2
4611686018427387904	2
9223372036854775807	3
-9223372036854775808	-4
12345678901234567	12345678901234567
-123456789012345678	-123456789012345678
18446744073709551616	8
18446744073709551621	13
-18446744073709551623	-15
1267650600228229401496703205376	549755813888
-1267650600228229401496703205373	-549755813885
1000000000000000000000000000000	465258685558744706
-10000000000000000000000000000000000000000	-1388497483929617590
265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001	424410663027747676
-5817092933824343165432524003391691164919859649719340532627567207607656859034356995566589707894210757866827613621721127496191249	-2137843758741391727
5316911983139663491615228241121378303	0
12259964326927110866866776217202473468949912977468817406	2305843009213693950
-119160816146545737504936883202481329140836390146	-537318387644942384
-527120565723287049415670274590877942814890403039294051141073704664495222656	-797938970845861540
-2452811361800668831666626937	-1993552333954529675
16777910314780350936	637009250284493279
-20725530232978362311864765098530868456847	-764018927649384582
2524851646365718664638042316684630429371201180714627376324790732	1207187867387240578
5962034486150164798778685891248814286891355375299655515952372188090907	2026122403990096283
-9354399187257256505808765023012256524695909241901060922	-1452635616105170013
-44775213515034757458317945512986142458674406774615497162367630977132742044	-435008725505343420
-48772008164911330405603848307060332913262123971441421314556539	-1584942144892646286
-141307184147995261330905489449920360	-1206488088803875982
122036082776506607662866785388594026216403628574329761411620907787067645852364	359028882671138735
362146360379082645281536687412100893886083479885702721832	1941001729571360366
-1780034166816287100476127563500278235922442673791665838251971179658226262118315504214	-1824734746808045721
33949224625621254260076246	547219849652983567
-2097244918655070208133704437274313843243850993603778638424490468893933949811781443761150	-536001099223848665
-2301330711742782644448645974837942185804201944906236602053779542459269540748	-853806707047095487
-14174264926938350842832652412329783347652459741839154	-1903729313589426272
-303908087175308652905468260154320312122176074112809852245043174758	-865128732115917392
-8675405210781216995793797579109108349904048668988920359701741660581	-520862112502873780
-231310334411507864054452933539027086349210433707360600338724045025405207454050	-880576674799116569
273109309614013757794454237833992356829160625768737446916322412454308389500095362186665062	642007079810020573
1760000105216450473	1760000105216450473
43956222085924696664957984087661158772901726739824732964733812104936526764974600168881862	1000518462749227730
-792952562031027187681641225211189561177205902542509218403981096492	-1600783183199387477
8069030383432299334096365266093674422430448	990516008753159564
-27892904746891731179654990800971971121	-1291924630128982216
7198981506399848219029634817943687003910806666333655969	1264058217379587897
-38025393654747271109258718564762796274438935418002828481017547815406663102062238	-1506637645207926045
13278358761082082103012484388223198257995155279151212531189219857143909833	1874567983918617355
2639972934575422788165585385656946534361140867727179901703	1160953821344380131
37272880137364351710631718309894616920847349174277086315959156534397487849599638341873	967388706053357842
29971902152474466352538667728861559228151759745238397519574	974458774810043175
23305350713266672604115017582398323413985307044116347202473434680498852	582696233449257645
-11954323455444995094266910870474568378309963786551157527429050543438444241220808	-1975370586785256926
-10467471942409309861840023832740533540418632774985401144057701	-501854026050489661
-208050730814252514274146062018027305869078514574133439895998350433392146098339981973960517	-347987869922832799
2329877278949108450121661991159633135430723115064045314592607292424734336192456860346	1752703590226530067
133472152318662490776120958748050120281117450135688583381540061441787721505	944831707437241428
129428528834625	129428528834625
"""#
let hashTupleCases = #"""
	5740354900026072187
1	-6644214454873602895
1, 2	-3550055125485641917
1, 2, 3	529344067295497451
-2	8078679518589016365
-2	8078679518589016365
0, 0	-8458139203682520985
1152921504606846977, 2	8274728468405361693
465258685558744706, -5, 576460752303423488	-4185599421154999474
-3550055125485641917, 3	-333907151259015829
"""#
let formatFloatCases = #"""
0x0000000000000000		0.0
0x0000000000000000	10	       0.0
0x0000000000000000	<10	0.0       
0x0000000000000000	^10	   0.0    
0x0000000000000000	>10	       0.0
0x0000000000000000	=10	       0.0
0x0000000000000000	*^12	****0.0*****
0x0000000000000000	+	+0.0
0x0000000000000000	 	 0.0
0x0000000000000000	-	0.0
0x0000000000000000	010	00000000.0
0x0000000000000000	+010	+0000000.0
0x0000000000000000	.0	0e+00
0x0000000000000000	.1	0e+00
0x0000000000000000	.2	0.0
0x0000000000000000	.3	0.0
0x0000000000000000	.10	0.0
0x0000000000000000	.17	0.0
0x0000000000000000	#	0.0
0x0000000000000000	#.3	0.00
0x0000000000000000	e	0.000000e+00
0x0000000000000000	.0e	0e+00
0x0000000000000000	.3e	0.000e+00
0x0000000000000000	E	0.000000E+00
0x0000000000000000	#.0e	0.e+00
0x0000000000000000	+.2e	+0.00e+00
0x0000000000000000	f	0.000000
0x0000000000000000	.0f	0
0x0000000000000000	.2f	0.00
0x0000000000000000	#.0f	0.
0x0000000000000000	10.3f	     0.000
0x0000000000000000	<10.3f	0.000     
0x0000000000000000	010.2f	0000000.00
0x0000000000000000	,.2f	0.00
0x0000000000000000	_.3f	0.000
0x0000000000000000	,	0.0
0x0000000000000000	_	0.0
0x0000000000000000	,f	0.000000
0x0000000000000000	F	0.000000
0x0000000000000000	.2F	0.00
0x0000000000000000	g	0
0x0000000000000000	.0g	0
0x0000000000000000	.1g	0
0x0000000000000000	.3g	0
0x0000000000000000	#g	0.00000
0x0000000000000000	#.3g	0.00
0x0000000000000000	G	0
0x0000000000000000	.3G	0
0x0000000000000000	n	0
0x0000000000000000	.3n	0
0x0000000000000000	%	0.000000%
0x0000000000000000	.1%	0.0%
0x0000000000000000	+.0%	+0%
0x0000000000000000	012,.1f	00,000,000.0
0x0000000000000000	0=15,.3f	000,000,000.000
0x0000000000000000	x<12.4g	0xxxxxxxxxxx
0x0000000000000000	+#.0e	+0.e+00
0x0000000000000000	15	            0.0
0x0000000000000000	.20g	0
0x0000000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x0000000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x0000000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x0000000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x0000000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x0000000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x0000000000000000	.	!ValueError: Format specifier missing precision
0x0000000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x0000000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x0000000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x0000000000000000	.2.2	!ValueError: Invalid format specifier
0x0000000000000000	 010,.2f	 00,000.00
0x0000000000000000	#010.1e	0000.0e+00
0x0000000000000000	^	0.0
0x0000000000000000	0	0.0
0x0000000000000000	00	0.0
0x0000000000000000	05	000.0
0x8000000000000000		-0.0
0x8000000000000000	10	      -0.0
0x8000000000000000	<10	-0.0      
0x8000000000000000	^10	   -0.0   
0x8000000000000000	>10	      -0.0
0x8000000000000000	=10	-      0.0
0x8000000000000000	*^12	****-0.0****
0x8000000000000000	+	-0.0
0x8000000000000000	 	-0.0
0x8000000000000000	-	-0.0
0x8000000000000000	010	-0000000.0
0x8000000000000000	+010	-0000000.0
0x8000000000000000	.0	-0e+00
0x8000000000000000	.1	-0e+00
0x8000000000000000	.2	-0.0
0x8000000000000000	.3	-0.0
0x8000000000000000	.10	-0.0
0x8000000000000000	.17	-0.0
0x8000000000000000	#	-0.0
0x8000000000000000	#.3	-0.00
0x8000000000000000	e	-0.000000e+00
0x8000000000000000	.0e	-0e+00
0x8000000000000000	.3e	-0.000e+00
0x8000000000000000	E	-0.000000E+00
0x8000000000000000	#.0e	-0.e+00
0x8000000000000000	+.2e	-0.00e+00
0x8000000000000000	f	-0.000000
0x8000000000000000	.0f	-0
0x8000000000000000	.2f	-0.00
0x8000000000000000	#.0f	-0.
0x8000000000000000	10.3f	    -0.000
0x8000000000000000	<10.3f	-0.000    
0x8000000000000000	010.2f	-000000.00
0x8000000000000000	,.2f	-0.00
0x8000000000000000	_.3f	-0.000
0x8000000000000000	,	-0.0
0x8000000000000000	_	-0.0
0x8000000000000000	,f	-0.000000
0x8000000000000000	F	-0.000000
0x8000000000000000	.2F	-0.00
0x8000000000000000	g	-0
0x8000000000000000	.0g	-0
0x8000000000000000	.1g	-0
0x8000000000000000	.3g	-0
0x8000000000000000	#g	-0.00000
0x8000000000000000	#.3g	-0.00
0x8000000000000000	G	-0
0x8000000000000000	.3G	-0
0x8000000000000000	n	-0
0x8000000000000000	.3n	-0
0x8000000000000000	%	-0.000000%
0x8000000000000000	.1%	-0.0%
0x8000000000000000	+.0%	-0%
0x8000000000000000	012,.1f	-0,000,000.0
0x8000000000000000	0=15,.3f	-00,000,000.000
0x8000000000000000	x<12.4g	-0xxxxxxxxxx
0x8000000000000000	+#.0e	-0.e+00
0x8000000000000000	15	           -0.0
0x8000000000000000	.20g	-0
0x8000000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x8000000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x8000000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x8000000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x8000000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x8000000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x8000000000000000	.	!ValueError: Format specifier missing precision
0x8000000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x8000000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x8000000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x8000000000000000	.2.2	!ValueError: Invalid format specifier
0x8000000000000000	 010,.2f	-00,000.00
0x8000000000000000	#010.1e	-000.0e+00
0x8000000000000000	^	-0.0
0x8000000000000000	0	-0.0
0x8000000000000000	00	-0.0
0x8000000000000000	05	-00.0
0x3FF0000000000000		1.0
0x3FF0000000000000	10	       1.0
0x3FF0000000000000	<10	1.0       
0x3FF0000000000000	^10	   1.0    
0x3FF0000000000000	>10	       1.0
0x3FF0000000000000	=10	       1.0
0x3FF0000000000000	*^12	****1.0*****
0x3FF0000000000000	+	+1.0
0x3FF0000000000000	 	 1.0
0x3FF0000000000000	-	1.0
0x3FF0000000000000	010	00000001.0
0x3FF0000000000000	+010	+0000001.0
0x3FF0000000000000	.0	1e+00
0x3FF0000000000000	.1	1e+00
0x3FF0000000000000	.2	1.0
0x3FF0000000000000	.3	1.0
0x3FF0000000000000	.10	1.0
0x3FF0000000000000	.17	1.0
0x3FF0000000000000	#	1.0
0x3FF0000000000000	#.3	1.00
0x3FF0000000000000	e	1.000000e+00
0x3FF0000000000000	.0e	1e+00
0x3FF0000000000000	.3e	1.000e+00
0x3FF0000000000000	E	1.000000E+00
0x3FF0000000000000	#.0e	1.e+00
0x3FF0000000000000	+.2e	+1.00e+00
0x3FF0000000000000	f	1.000000
0x3FF0000000000000	.0f	1
0x3FF0000000000000	.2f	1.00
0x3FF0000000000000	#.0f	1.
0x3FF0000000000000	10.3f	     1.000
0x3FF0000000000000	<10.3f	1.000     
0x3FF0000000000000	010.2f	0000001.00
0x3FF0000000000000	,.2f	1.00
0x3FF0000000000000	_.3f	1.000
0x3FF0000000000000	,	1.0
0x3FF0000000000000	_	1.0
0x3FF0000000000000	,f	1.000000
0x3FF0000000000000	F	1.000000
0x3FF0000000000000	.2F	1.00
0x3FF0000000000000	g	1
0x3FF0000000000000	.0g	1
0x3FF0000000000000	.1g	1
0x3FF0000000000000	.3g	1
0x3FF0000000000000	#g	1.00000
0x3FF0000000000000	#.3g	1.00
0x3FF0000000000000	G	1
0x3FF0000000000000	.3G	1
0x3FF0000000000000	n	1
0x3FF0000000000000	.3n	1
0x3FF0000000000000	%	100.000000%
0x3FF0000000000000	.1%	100.0%
0x3FF0000000000000	+.0%	+100%
0x3FF0000000000000	012,.1f	00,000,001.0
0x3FF0000000000000	0=15,.3f	000,000,001.000
0x3FF0000000000000	x<12.4g	1xxxxxxxxxxx
0x3FF0000000000000	+#.0e	+1.e+00
0x3FF0000000000000	15	            1.0
0x3FF0000000000000	.20g	1
0x3FF0000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3FF0000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3FF0000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3FF0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3FF0000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x3FF0000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x3FF0000000000000	.	!ValueError: Format specifier missing precision
0x3FF0000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3FF0000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3FF0000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3FF0000000000000	.2.2	!ValueError: Invalid format specifier
0x3FF0000000000000	 010,.2f	 00,001.00
0x3FF0000000000000	#010.1e	0001.0e+00
0x3FF0000000000000	^	1.0
0x3FF0000000000000	0	1.0
0x3FF0000000000000	00	1.0
0x3FF0000000000000	05	001.0
0xBFF0000000000000		-1.0
0xBFF0000000000000	10	      -1.0
0xBFF0000000000000	<10	-1.0      
0xBFF0000000000000	^10	   -1.0   
0xBFF0000000000000	>10	      -1.0
0xBFF0000000000000	=10	-      1.0
0xBFF0000000000000	*^12	****-1.0****
0xBFF0000000000000	+	-1.0
0xBFF0000000000000	 	-1.0
0xBFF0000000000000	-	-1.0
0xBFF0000000000000	010	-0000001.0
0xBFF0000000000000	+010	-0000001.0
0xBFF0000000000000	.0	-1e+00
0xBFF0000000000000	.1	-1e+00
0xBFF0000000000000	.2	-1.0
0xBFF0000000000000	.3	-1.0
0xBFF0000000000000	.10	-1.0
0xBFF0000000000000	.17	-1.0
0xBFF0000000000000	#	-1.0
0xBFF0000000000000	#.3	-1.00
0xBFF0000000000000	e	-1.000000e+00
0xBFF0000000000000	.0e	-1e+00
0xBFF0000000000000	.3e	-1.000e+00
0xBFF0000000000000	E	-1.000000E+00
0xBFF0000000000000	#.0e	-1.e+00
0xBFF0000000000000	+.2e	-1.00e+00
0xBFF0000000000000	f	-1.000000
0xBFF0000000000000	.0f	-1
0xBFF0000000000000	.2f	-1.00
0xBFF0000000000000	#.0f	-1.
0xBFF0000000000000	10.3f	    -1.000
0xBFF0000000000000	<10.3f	-1.000    
0xBFF0000000000000	010.2f	-000001.00
0xBFF0000000000000	,.2f	-1.00
0xBFF0000000000000	_.3f	-1.000
0xBFF0000000000000	,	-1.0
0xBFF0000000000000	_	-1.0
0xBFF0000000000000	,f	-1.000000
0xBFF0000000000000	F	-1.000000
0xBFF0000000000000	.2F	-1.00
0xBFF0000000000000	g	-1
0xBFF0000000000000	.0g	-1
0xBFF0000000000000	.1g	-1
0xBFF0000000000000	.3g	-1
0xBFF0000000000000	#g	-1.00000
0xBFF0000000000000	#.3g	-1.00
0xBFF0000000000000	G	-1
0xBFF0000000000000	.3G	-1
0xBFF0000000000000	n	-1
0xBFF0000000000000	.3n	-1
0xBFF0000000000000	%	-100.000000%
0xBFF0000000000000	.1%	-100.0%
0xBFF0000000000000	+.0%	-100%
0xBFF0000000000000	012,.1f	-0,000,001.0
0xBFF0000000000000	0=15,.3f	-00,000,001.000
0xBFF0000000000000	x<12.4g	-1xxxxxxxxxx
0xBFF0000000000000	+#.0e	-1.e+00
0xBFF0000000000000	15	           -1.0
0xBFF0000000000000	.20g	-1
0xBFF0000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0xBFF0000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0xBFF0000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0xBFF0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0xBFF0000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0xBFF0000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0xBFF0000000000000	.	!ValueError: Format specifier missing precision
0xBFF0000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0xBFF0000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0xBFF0000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0xBFF0000000000000	.2.2	!ValueError: Invalid format specifier
0xBFF0000000000000	 010,.2f	-00,001.00
0xBFF0000000000000	#010.1e	-001.0e+00
0xBFF0000000000000	^	-1.0
0xBFF0000000000000	0	-1.0
0xBFF0000000000000	00	-1.0
0xBFF0000000000000	05	-01.0
0x3FB999999999999A		0.1
0x3FB999999999999A	10	       0.1
0x3FB999999999999A	<10	0.1       
0x3FB999999999999A	^10	   0.1    
0x3FB999999999999A	>10	       0.1
0x3FB999999999999A	=10	       0.1
0x3FB999999999999A	*^12	****0.1*****
0x3FB999999999999A	+	+0.1
0x3FB999999999999A	 	 0.1
0x3FB999999999999A	-	0.1
0x3FB999999999999A	010	00000000.1
0x3FB999999999999A	+010	+0000000.1
0x3FB999999999999A	.0	0.1
0x3FB999999999999A	.1	0.1
0x3FB999999999999A	.2	0.1
0x3FB999999999999A	.3	0.1
0x3FB999999999999A	.10	0.1
0x3FB999999999999A	.17	0.10000000000000001
0x3FB999999999999A	#	0.1
0x3FB999999999999A	#.3	0.100
0x3FB999999999999A	e	1.000000e-01
0x3FB999999999999A	.0e	1e-01
0x3FB999999999999A	.3e	1.000e-01
0x3FB999999999999A	E	1.000000E-01
0x3FB999999999999A	#.0e	1.e-01
0x3FB999999999999A	+.2e	+1.00e-01
0x3FB999999999999A	f	0.100000
0x3FB999999999999A	.0f	0
0x3FB999999999999A	.2f	0.10
0x3FB999999999999A	#.0f	0.
0x3FB999999999999A	10.3f	     0.100
0x3FB999999999999A	<10.3f	0.100     
0x3FB999999999999A	010.2f	0000000.10
0x3FB999999999999A	,.2f	0.10
0x3FB999999999999A	_.3f	0.100
0x3FB999999999999A	,	0.1
0x3FB999999999999A	_	0.1
0x3FB999999999999A	,f	0.100000
0x3FB999999999999A	F	0.100000
0x3FB999999999999A	.2F	0.10
0x3FB999999999999A	g	0.1
0x3FB999999999999A	.0g	0.1
0x3FB999999999999A	.1g	0.1
0x3FB999999999999A	.3g	0.1
0x3FB999999999999A	#g	0.100000
0x3FB999999999999A	#.3g	0.100
0x3FB999999999999A	G	0.1
0x3FB999999999999A	.3G	0.1
0x3FB999999999999A	n	0.1
0x3FB999999999999A	.3n	0.1
0x3FB999999999999A	%	10.000000%
0x3FB999999999999A	.1%	10.0%
0x3FB999999999999A	+.0%	+10%
0x3FB999999999999A	012,.1f	00,000,000.1
0x3FB999999999999A	0=15,.3f	000,000,000.100
0x3FB999999999999A	x<12.4g	0.1xxxxxxxxx
0x3FB999999999999A	+#.0e	+1.e-01
0x3FB999999999999A	15	            0.1
0x3FB999999999999A	.20g	0.10000000000000000555
0x3FB999999999999A	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3FB999999999999A	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3FB999999999999A	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3FB999999999999A	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3FB999999999999A	,n	!ValueError: Cannot specify ',' with 'n'.
0x3FB999999999999A	_n	!ValueError: Cannot specify '_' with 'n'.
0x3FB999999999999A	.	!ValueError: Format specifier missing precision
0x3FB999999999999A	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3FB999999999999A	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3FB999999999999A	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3FB999999999999A	.2.2	!ValueError: Invalid format specifier
0x3FB999999999999A	 010,.2f	 00,000.10
0x3FB999999999999A	#010.1e	0001.0e-01
0x3FB999999999999A	^	0.1
0x3FB999999999999A	0	0.1
0x3FB999999999999A	00	0.1
0x3FB999999999999A	05	000.1
0x3FF8000000000000		1.5
0x3FF8000000000000	10	       1.5
0x3FF8000000000000	<10	1.5       
0x3FF8000000000000	^10	   1.5    
0x3FF8000000000000	>10	       1.5
0x3FF8000000000000	=10	       1.5
0x3FF8000000000000	*^12	****1.5*****
0x3FF8000000000000	+	+1.5
0x3FF8000000000000	 	 1.5
0x3FF8000000000000	-	1.5
0x3FF8000000000000	010	00000001.5
0x3FF8000000000000	+010	+0000001.5
0x3FF8000000000000	.0	2e+00
0x3FF8000000000000	.1	2e+00
0x3FF8000000000000	.2	1.5
0x3FF8000000000000	.3	1.5
0x3FF8000000000000	.10	1.5
0x3FF8000000000000	.17	1.5
0x3FF8000000000000	#	1.5
0x3FF8000000000000	#.3	1.50
0x3FF8000000000000	e	1.500000e+00
0x3FF8000000000000	.0e	2e+00
0x3FF8000000000000	.3e	1.500e+00
0x3FF8000000000000	E	1.500000E+00
0x3FF8000000000000	#.0e	2.e+00
0x3FF8000000000000	+.2e	+1.50e+00
0x3FF8000000000000	f	1.500000
0x3FF8000000000000	.0f	2
0x3FF8000000000000	.2f	1.50
0x3FF8000000000000	#.0f	2.
0x3FF8000000000000	10.3f	     1.500
0x3FF8000000000000	<10.3f	1.500     
0x3FF8000000000000	010.2f	0000001.50
0x3FF8000000000000	,.2f	1.50
0x3FF8000000000000	_.3f	1.500
0x3FF8000000000000	,	1.5
0x3FF8000000000000	_	1.5
0x3FF8000000000000	,f	1.500000
0x3FF8000000000000	F	1.500000
0x3FF8000000000000	.2F	1.50
0x3FF8000000000000	g	1.5
0x3FF8000000000000	.0g	2
0x3FF8000000000000	.1g	2
0x3FF8000000000000	.3g	1.5
0x3FF8000000000000	#g	1.50000
0x3FF8000000000000	#.3g	1.50
0x3FF8000000000000	G	1.5
0x3FF8000000000000	.3G	1.5
0x3FF8000000000000	n	1.5
0x3FF8000000000000	.3n	1.5
0x3FF8000000000000	%	150.000000%
0x3FF8000000000000	.1%	150.0%
0x3FF8000000000000	+.0%	+150%
0x3FF8000000000000	012,.1f	00,000,001.5
0x3FF8000000000000	0=15,.3f	000,000,001.500
0x3FF8000000000000	x<12.4g	1.5xxxxxxxxx
0x3FF8000000000000	+#.0e	+2.e+00
0x3FF8000000000000	15	            1.5
0x3FF8000000000000	.20g	1.5
0x3FF8000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3FF8000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3FF8000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3FF8000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3FF8000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x3FF8000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x3FF8000000000000	.	!ValueError: Format specifier missing precision
0x3FF8000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3FF8000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3FF8000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3FF8000000000000	.2.2	!ValueError: Invalid format specifier
0x3FF8000000000000	 010,.2f	 00,001.50
0x3FF8000000000000	#010.1e	0001.5e+00
0x3FF8000000000000	^	1.5
0x3FF8000000000000	0	1.5
0x3FF8000000000000	00	1.5
0x3FF8000000000000	05	001.5
0x4004000000000000		2.5
0x4004000000000000	10	       2.5
0x4004000000000000	<10	2.5       
0x4004000000000000	^10	   2.5    
0x4004000000000000	>10	       2.5
0x4004000000000000	=10	       2.5
0x4004000000000000	*^12	****2.5*****
0x4004000000000000	+	+2.5
0x4004000000000000	 	 2.5
0x4004000000000000	-	2.5
0x4004000000000000	010	00000002.5
0x4004000000000000	+010	+0000002.5
0x4004000000000000	.0	2e+00
0x4004000000000000	.1	2e+00
0x4004000000000000	.2	2.5
0x4004000000000000	.3	2.5
0x4004000000000000	.10	2.5
0x4004000000000000	.17	2.5
0x4004000000000000	#	2.5
0x4004000000000000	#.3	2.50
0x4004000000000000	e	2.500000e+00
0x4004000000000000	.0e	2e+00
0x4004000000000000	.3e	2.500e+00
0x4004000000000000	E	2.500000E+00
0x4004000000000000	#.0e	2.e+00
0x4004000000000000	+.2e	+2.50e+00
0x4004000000000000	f	2.500000
0x4004000000000000	.0f	2
0x4004000000000000	.2f	2.50
0x4004000000000000	#.0f	2.
0x4004000000000000	10.3f	     2.500
0x4004000000000000	<10.3f	2.500     
0x4004000000000000	010.2f	0000002.50
0x4004000000000000	,.2f	2.50
0x4004000000000000	_.3f	2.500
0x4004000000000000	,	2.5
0x4004000000000000	_	2.5
0x4004000000000000	,f	2.500000
0x4004000000000000	F	2.500000
0x4004000000000000	.2F	2.50
0x4004000000000000	g	2.5
0x4004000000000000	.0g	2
0x4004000000000000	.1g	2
0x4004000000000000	.3g	2.5
0x4004000000000000	#g	2.50000
0x4004000000000000	#.3g	2.50
0x4004000000000000	G	2.5
0x4004000000000000	.3G	2.5
0x4004000000000000	n	2.5
0x4004000000000000	.3n	2.5
0x4004000000000000	%	250.000000%
0x4004000000000000	.1%	250.0%
0x4004000000000000	+.0%	+250%
0x4004000000000000	012,.1f	00,000,002.5
0x4004000000000000	0=15,.3f	000,000,002.500
0x4004000000000000	x<12.4g	2.5xxxxxxxxx
0x4004000000000000	+#.0e	+2.e+00
0x4004000000000000	15	            2.5
0x4004000000000000	.20g	2.5
0x4004000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4004000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4004000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4004000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4004000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x4004000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x4004000000000000	.	!ValueError: Format specifier missing precision
0x4004000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4004000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4004000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4004000000000000	.2.2	!ValueError: Invalid format specifier
0x4004000000000000	 010,.2f	 00,002.50
0x4004000000000000	#010.1e	0002.5e+00
0x4004000000000000	^	2.5
0x4004000000000000	0	2.5
0x4004000000000000	00	2.5
0x4004000000000000	05	002.5
0xC004000000000000		-2.5
0xC004000000000000	10	      -2.5
0xC004000000000000	<10	-2.5      
0xC004000000000000	^10	   -2.5   
0xC004000000000000	>10	      -2.5
0xC004000000000000	=10	-      2.5
0xC004000000000000	*^12	****-2.5****
0xC004000000000000	+	-2.5
0xC004000000000000	 	-2.5
0xC004000000000000	-	-2.5
0xC004000000000000	010	-0000002.5
0xC004000000000000	+010	-0000002.5
0xC004000000000000	.0	-2e+00
0xC004000000000000	.1	-2e+00
0xC004000000000000	.2	-2.5
0xC004000000000000	.3	-2.5
0xC004000000000000	.10	-2.5
0xC004000000000000	.17	-2.5
0xC004000000000000	#	-2.5
0xC004000000000000	#.3	-2.50
0xC004000000000000	e	-2.500000e+00
0xC004000000000000	.0e	-2e+00
0xC004000000000000	.3e	-2.500e+00
0xC004000000000000	E	-2.500000E+00
0xC004000000000000	#.0e	-2.e+00
0xC004000000000000	+.2e	-2.50e+00
0xC004000000000000	f	-2.500000
0xC004000000000000	.0f	-2
0xC004000000000000	.2f	-2.50
0xC004000000000000	#.0f	-2.
0xC004000000000000	10.3f	    -2.500
0xC004000000000000	<10.3f	-2.500    
0xC004000000000000	010.2f	-000002.50
0xC004000000000000	,.2f	-2.50
0xC004000000000000	_.3f	-2.500
0xC004000000000000	,	-2.5
0xC004000000000000	_	-2.5
0xC004000000000000	,f	-2.500000
0xC004000000000000	F	-2.500000
0xC004000000000000	.2F	-2.50
0xC004000000000000	g	-2.5
0xC004000000000000	.0g	-2
0xC004000000000000	.1g	-2
0xC004000000000000	.3g	-2.5
0xC004000000000000	#g	-2.50000
0xC004000000000000	#.3g	-2.50
0xC004000000000000	G	-2.5
0xC004000000000000	.3G	-2.5
0xC004000000000000	n	-2.5
0xC004000000000000	.3n	-2.5
0xC004000000000000	%	-250.000000%
0xC004000000000000	.1%	-250.0%
0xC004000000000000	+.0%	-250%
0xC004000000000000	012,.1f	-0,000,002.5
0xC004000000000000	0=15,.3f	-00,000,002.500
0xC004000000000000	x<12.4g	-2.5xxxxxxxx
0xC004000000000000	+#.0e	-2.e+00
0xC004000000000000	15	           -2.5
0xC004000000000000	.20g	-2.5
0xC004000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0xC004000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0xC004000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0xC004000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0xC004000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0xC004000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0xC004000000000000	.	!ValueError: Format specifier missing precision
0xC004000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0xC004000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0xC004000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0xC004000000000000	.2.2	!ValueError: Invalid format specifier
0xC004000000000000	 010,.2f	-00,002.50
0xC004000000000000	#010.1e	-002.5e+00
0xC004000000000000	^	-2.5
0xC004000000000000	0	-2.5
0xC004000000000000	00	-2.5
0xC004000000000000	05	-02.5
0x4059000000000000		100.0
0x4059000000000000	10	     100.0
0x4059000000000000	<10	100.0     
0x4059000000000000	^10	  100.0   
0x4059000000000000	>10	     100.0
0x4059000000000000	=10	     100.0
0x4059000000000000	*^12	***100.0****
0x4059000000000000	+	+100.0
0x4059000000000000	 	 100.0
0x4059000000000000	-	100.0
0x4059000000000000	010	00000100.0
0x4059000000000000	+010	+0000100.0
0x4059000000000000	.0	1e+02
0x4059000000000000	.1	1e+02
0x4059000000000000	.2	1e+02
0x4059000000000000	.3	1e+02
0x4059000000000000	.10	100.0
0x4059000000000000	.17	100.0
0x4059000000000000	#	100.0
0x4059000000000000	#.3	1.00e+02
0x4059000000000000	e	1.000000e+02
0x4059000000000000	.0e	1e+02
0x4059000000000000	.3e	1.000e+02
0x4059000000000000	E	1.000000E+02
0x4059000000000000	#.0e	1.e+02
0x4059000000000000	+.2e	+1.00e+02
0x4059000000000000	f	100.000000
0x4059000000000000	.0f	100
0x4059000000000000	.2f	100.00
0x4059000000000000	#.0f	100.
0x4059000000000000	10.3f	   100.000
0x4059000000000000	<10.3f	100.000   
0x4059000000000000	010.2f	0000100.00
0x4059000000000000	,.2f	100.00
0x4059000000000000	_.3f	100.000
0x4059000000000000	,	100.0
0x4059000000000000	_	100.0
0x4059000000000000	,f	100.000000
0x4059000000000000	F	100.000000
0x4059000000000000	.2F	100.00
0x4059000000000000	g	100
0x4059000000000000	.0g	1e+02
0x4059000000000000	.1g	1e+02
0x4059000000000000	.3g	100
0x4059000000000000	#g	100.000
0x4059000000000000	#.3g	100.
0x4059000000000000	G	100
0x4059000000000000	.3G	100
0x4059000000000000	n	100
0x4059000000000000	.3n	100
0x4059000000000000	%	10000.000000%
0x4059000000000000	.1%	10000.0%
0x4059000000000000	+.0%	+10000%
0x4059000000000000	012,.1f	00,000,100.0
0x4059000000000000	0=15,.3f	000,000,100.000
0x4059000000000000	x<12.4g	100xxxxxxxxx
0x4059000000000000	+#.0e	+1.e+02
0x4059000000000000	15	          100.0
0x4059000000000000	.20g	100
0x4059000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4059000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4059000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4059000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4059000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x4059000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x4059000000000000	.	!ValueError: Format specifier missing precision
0x4059000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4059000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4059000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4059000000000000	.2.2	!ValueError: Invalid format specifier
0x4059000000000000	 010,.2f	 00,100.00
0x4059000000000000	#010.1e	0001.0e+02
0x4059000000000000	^	100.0
0x4059000000000000	0	100.0
0x4059000000000000	00	100.0
0x4059000000000000	05	100.0
0x4341C37937E08000		1e+16
0x4341C37937E08000	10	     1e+16
0x4341C37937E08000	<10	1e+16     
0x4341C37937E08000	^10	  1e+16   
0x4341C37937E08000	>10	     1e+16
0x4341C37937E08000	=10	     1e+16
0x4341C37937E08000	*^12	***1e+16****
0x4341C37937E08000	+	+1e+16
0x4341C37937E08000	 	 1e+16
0x4341C37937E08000	-	1e+16
0x4341C37937E08000	010	000001e+16
0x4341C37937E08000	+010	+00001e+16
0x4341C37937E08000	.0	1e+16
0x4341C37937E08000	.1	1e+16
0x4341C37937E08000	.2	1e+16
0x4341C37937E08000	.3	1e+16
0x4341C37937E08000	.10	1e+16
0x4341C37937E08000	.17	1e+16
0x4341C37937E08000	#	1.e+16
0x4341C37937E08000	#.3	1.00e+16
0x4341C37937E08000	e	1.000000e+16
0x4341C37937E08000	.0e	1e+16
0x4341C37937E08000	.3e	1.000e+16
0x4341C37937E08000	E	1.000000E+16
0x4341C37937E08000	#.0e	1.e+16
0x4341C37937E08000	+.2e	+1.00e+16
0x4341C37937E08000	f	10000000000000000.000000
0x4341C37937E08000	.0f	10000000000000000
0x4341C37937E08000	.2f	10000000000000000.00
0x4341C37937E08000	#.0f	10000000000000000.
0x4341C37937E08000	10.3f	10000000000000000.000
0x4341C37937E08000	<10.3f	10000000000000000.000
0x4341C37937E08000	010.2f	10000000000000000.00
0x4341C37937E08000	,.2f	10,000,000,000,000,000.00
0x4341C37937E08000	_.3f	10_000_000_000_000_000.000
0x4341C37937E08000	,	1e+16
0x4341C37937E08000	_	1e+16
0x4341C37937E08000	,f	10,000,000,000,000,000.000000
0x4341C37937E08000	F	10000000000000000.000000
0x4341C37937E08000	.2F	10000000000000000.00
0x4341C37937E08000	g	1e+16
0x4341C37937E08000	.0g	1e+16
0x4341C37937E08000	.1g	1e+16
0x4341C37937E08000	.3g	1e+16
0x4341C37937E08000	#g	1.00000e+16
0x4341C37937E08000	#.3g	1.00e+16
0x4341C37937E08000	G	1E+16
0x4341C37937E08000	.3G	1E+16
0x4341C37937E08000	n	1e+16
0x4341C37937E08000	.3n	1e+16
0x4341C37937E08000	%	1000000000000000000.000000%
0x4341C37937E08000	.1%	1000000000000000000.0%
0x4341C37937E08000	+.0%	+1000000000000000000%
0x4341C37937E08000	012,.1f	10,000,000,000,000,000.0
0x4341C37937E08000	0=15,.3f	10,000,000,000,000,000.000
0x4341C37937E08000	x<12.4g	1e+16xxxxxxx
0x4341C37937E08000	+#.0e	+1.e+16
0x4341C37937E08000	15	          1e+16
0x4341C37937E08000	.20g	10000000000000000
0x4341C37937E08000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4341C37937E08000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4341C37937E08000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4341C37937E08000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4341C37937E08000	,n	!ValueError: Cannot specify ',' with 'n'.
0x4341C37937E08000	_n	!ValueError: Cannot specify '_' with 'n'.
0x4341C37937E08000	.	!ValueError: Format specifier missing precision
0x4341C37937E08000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4341C37937E08000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4341C37937E08000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4341C37937E08000	.2.2	!ValueError: Invalid format specifier
0x4341C37937E08000	 010,.2f	 10,000,000,000,000,000.00
0x4341C37937E08000	#010.1e	0001.0e+16
0x4341C37937E08000	^	1e+16
0x4341C37937E08000	0	1e+16
0x4341C37937E08000	00	1e+16
0x4341C37937E08000	05	1e+16
0x4415AF1D78B58C40		1e+20
0x4415AF1D78B58C40	10	     1e+20
0x4415AF1D78B58C40	<10	1e+20     
0x4415AF1D78B58C40	^10	  1e+20   
0x4415AF1D78B58C40	>10	     1e+20
0x4415AF1D78B58C40	=10	     1e+20
0x4415AF1D78B58C40	*^12	***1e+20****
0x4415AF1D78B58C40	+	+1e+20
0x4415AF1D78B58C40	 	 1e+20
0x4415AF1D78B58C40	-	1e+20
0x4415AF1D78B58C40	010	000001e+20
0x4415AF1D78B58C40	+010	+00001e+20
0x4415AF1D78B58C40	.0	1e+20
0x4415AF1D78B58C40	.1	1e+20
0x4415AF1D78B58C40	.2	1e+20
0x4415AF1D78B58C40	.3	1e+20
0x4415AF1D78B58C40	.10	1e+20
0x4415AF1D78B58C40	.17	1e+20
0x4415AF1D78B58C40	#	1.e+20
0x4415AF1D78B58C40	#.3	1.00e+20
0x4415AF1D78B58C40	e	1.000000e+20
0x4415AF1D78B58C40	.0e	1e+20
0x4415AF1D78B58C40	.3e	1.000e+20
0x4415AF1D78B58C40	E	1.000000E+20
0x4415AF1D78B58C40	#.0e	1.e+20
0x4415AF1D78B58C40	+.2e	+1.00e+20
0x4415AF1D78B58C40	f	100000000000000000000.000000
0x4415AF1D78B58C40	.0f	100000000000000000000
0x4415AF1D78B58C40	.2f	100000000000000000000.00
0x4415AF1D78B58C40	#.0f	100000000000000000000.
0x4415AF1D78B58C40	10.3f	100000000000000000000.000
0x4415AF1D78B58C40	<10.3f	100000000000000000000.000
0x4415AF1D78B58C40	010.2f	100000000000000000000.00
0x4415AF1D78B58C40	,.2f	100,000,000,000,000,000,000.00
0x4415AF1D78B58C40	_.3f	100_000_000_000_000_000_000.000
0x4415AF1D78B58C40	,	1e+20
0x4415AF1D78B58C40	_	1e+20
0x4415AF1D78B58C40	,f	100,000,000,000,000,000,000.000000
0x4415AF1D78B58C40	F	100000000000000000000.000000
0x4415AF1D78B58C40	.2F	100000000000000000000.00
0x4415AF1D78B58C40	g	1e+20
0x4415AF1D78B58C40	.0g	1e+20
0x4415AF1D78B58C40	.1g	1e+20
0x4415AF1D78B58C40	.3g	1e+20
0x4415AF1D78B58C40	#g	1.00000e+20
0x4415AF1D78B58C40	#.3g	1.00e+20
0x4415AF1D78B58C40	G	1E+20
0x4415AF1D78B58C40	.3G	1E+20
0x4415AF1D78B58C40	n	1e+20
0x4415AF1D78B58C40	.3n	1e+20
0x4415AF1D78B58C40	%	10000000000000000000000.000000%
0x4415AF1D78B58C40	.1%	10000000000000000000000.0%
0x4415AF1D78B58C40	+.0%	+10000000000000000000000%
0x4415AF1D78B58C40	012,.1f	100,000,000,000,000,000,000.0
0x4415AF1D78B58C40	0=15,.3f	100,000,000,000,000,000,000.000
0x4415AF1D78B58C40	x<12.4g	1e+20xxxxxxx
0x4415AF1D78B58C40	+#.0e	+1.e+20
0x4415AF1D78B58C40	15	          1e+20
0x4415AF1D78B58C40	.20g	1e+20
0x4415AF1D78B58C40	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4415AF1D78B58C40	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4415AF1D78B58C40	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4415AF1D78B58C40	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4415AF1D78B58C40	,n	!ValueError: Cannot specify ',' with 'n'.
0x4415AF1D78B58C40	_n	!ValueError: Cannot specify '_' with 'n'.
0x4415AF1D78B58C40	.	!ValueError: Format specifier missing precision
0x4415AF1D78B58C40	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4415AF1D78B58C40	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4415AF1D78B58C40	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4415AF1D78B58C40	.2.2	!ValueError: Invalid format specifier
0x4415AF1D78B58C40	 010,.2f	 100,000,000,000,000,000,000.00
0x4415AF1D78B58C40	#010.1e	0001.0e+20
0x4415AF1D78B58C40	^	1e+20
0x4415AF1D78B58C40	0	1e+20
0x4415AF1D78B58C40	00	1e+20
0x4415AF1D78B58C40	05	1e+20
0x3EE4F8B588E368F1		1e-05
0x3EE4F8B588E368F1	10	     1e-05
0x3EE4F8B588E368F1	<10	1e-05     
0x3EE4F8B588E368F1	^10	  1e-05   
0x3EE4F8B588E368F1	>10	     1e-05
0x3EE4F8B588E368F1	=10	     1e-05
0x3EE4F8B588E368F1	*^12	***1e-05****
0x3EE4F8B588E368F1	+	+1e-05
0x3EE4F8B588E368F1	 	 1e-05
0x3EE4F8B588E368F1	-	1e-05
0x3EE4F8B588E368F1	010	000001e-05
0x3EE4F8B588E368F1	+010	+00001e-05
0x3EE4F8B588E368F1	.0	1e-05
0x3EE4F8B588E368F1	.1	1e-05
0x3EE4F8B588E368F1	.2	1e-05
0x3EE4F8B588E368F1	.3	1e-05
0x3EE4F8B588E368F1	.10	1e-05
0x3EE4F8B588E368F1	.17	1.0000000000000001e-05
0x3EE4F8B588E368F1	#	1.e-05
0x3EE4F8B588E368F1	#.3	1.00e-05
0x3EE4F8B588E368F1	e	1.000000e-05
0x3EE4F8B588E368F1	.0e	1e-05
0x3EE4F8B588E368F1	.3e	1.000e-05
0x3EE4F8B588E368F1	E	1.000000E-05
0x3EE4F8B588E368F1	#.0e	1.e-05
0x3EE4F8B588E368F1	+.2e	+1.00e-05
0x3EE4F8B588E368F1	f	0.000010
0x3EE4F8B588E368F1	.0f	0
0x3EE4F8B588E368F1	.2f	0.00
0x3EE4F8B588E368F1	#.0f	0.
0x3EE4F8B588E368F1	10.3f	     0.000
0x3EE4F8B588E368F1	<10.3f	0.000     
0x3EE4F8B588E368F1	010.2f	0000000.00
0x3EE4F8B588E368F1	,.2f	0.00
0x3EE4F8B588E368F1	_.3f	0.000
0x3EE4F8B588E368F1	,	1e-05
0x3EE4F8B588E368F1	_	1e-05
0x3EE4F8B588E368F1	,f	0.000010
0x3EE4F8B588E368F1	F	0.000010
0x3EE4F8B588E368F1	.2F	0.00
0x3EE4F8B588E368F1	g	1e-05
0x3EE4F8B588E368F1	.0g	1e-05
0x3EE4F8B588E368F1	.1g	1e-05
0x3EE4F8B588E368F1	.3g	1e-05
0x3EE4F8B588E368F1	#g	1.00000e-05
0x3EE4F8B588E368F1	#.3g	1.00e-05
0x3EE4F8B588E368F1	G	1E-05
0x3EE4F8B588E368F1	.3G	1E-05
0x3EE4F8B588E368F1	n	1e-05
0x3EE4F8B588E368F1	.3n	1e-05
0x3EE4F8B588E368F1	%	0.001000%
0x3EE4F8B588E368F1	.1%	0.0%
0x3EE4F8B588E368F1	+.0%	+0%
0x3EE4F8B588E368F1	012,.1f	00,000,000.0
0x3EE4F8B588E368F1	0=15,.3f	000,000,000.000
0x3EE4F8B588E368F1	x<12.4g	1e-05xxxxxxx
0x3EE4F8B588E368F1	+#.0e	+1.e-05
0x3EE4F8B588E368F1	15	          1e-05
0x3EE4F8B588E368F1	.20g	1.0000000000000000818e-05
0x3EE4F8B588E368F1	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3EE4F8B588E368F1	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3EE4F8B588E368F1	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3EE4F8B588E368F1	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3EE4F8B588E368F1	,n	!ValueError: Cannot specify ',' with 'n'.
0x3EE4F8B588E368F1	_n	!ValueError: Cannot specify '_' with 'n'.
0x3EE4F8B588E368F1	.	!ValueError: Format specifier missing precision
0x3EE4F8B588E368F1	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3EE4F8B588E368F1	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3EE4F8B588E368F1	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3EE4F8B588E368F1	.2.2	!ValueError: Invalid format specifier
0x3EE4F8B588E368F1	 010,.2f	 00,000.00
0x3EE4F8B588E368F1	#010.1e	0001.0e-05
0x3EE4F8B588E368F1	^	1e-05
0x3EE4F8B588E368F1	0	1e-05
0x3EE4F8B588E368F1	00	1e-05
0x3EE4F8B588E368F1	05	1e-05
0x3F1A36E2EB1C432D		0.0001
0x3F1A36E2EB1C432D	10	    0.0001
0x3F1A36E2EB1C432D	<10	0.0001    
0x3F1A36E2EB1C432D	^10	  0.0001  
0x3F1A36E2EB1C432D	>10	    0.0001
0x3F1A36E2EB1C432D	=10	    0.0001
0x3F1A36E2EB1C432D	*^12	***0.0001***
0x3F1A36E2EB1C432D	+	+0.0001
0x3F1A36E2EB1C432D	 	 0.0001
0x3F1A36E2EB1C432D	-	0.0001
0x3F1A36E2EB1C432D	010	00000.0001
0x3F1A36E2EB1C432D	+010	+0000.0001
0x3F1A36E2EB1C432D	.0	0.0001
0x3F1A36E2EB1C432D	.1	0.0001
0x3F1A36E2EB1C432D	.2	0.0001
0x3F1A36E2EB1C432D	.3	0.0001
0x3F1A36E2EB1C432D	.10	0.0001
0x3F1A36E2EB1C432D	.17	0.0001
0x3F1A36E2EB1C432D	#	0.0001
0x3F1A36E2EB1C432D	#.3	0.000100
0x3F1A36E2EB1C432D	e	1.000000e-04
0x3F1A36E2EB1C432D	.0e	1e-04
0x3F1A36E2EB1C432D	.3e	1.000e-04
0x3F1A36E2EB1C432D	E	1.000000E-04
0x3F1A36E2EB1C432D	#.0e	1.e-04
0x3F1A36E2EB1C432D	+.2e	+1.00e-04
0x3F1A36E2EB1C432D	f	0.000100
0x3F1A36E2EB1C432D	.0f	0
0x3F1A36E2EB1C432D	.2f	0.00
0x3F1A36E2EB1C432D	#.0f	0.
0x3F1A36E2EB1C432D	10.3f	     0.000
0x3F1A36E2EB1C432D	<10.3f	0.000     
0x3F1A36E2EB1C432D	010.2f	0000000.00
0x3F1A36E2EB1C432D	,.2f	0.00
0x3F1A36E2EB1C432D	_.3f	0.000
0x3F1A36E2EB1C432D	,	0.0001
0x3F1A36E2EB1C432D	_	0.0001
0x3F1A36E2EB1C432D	,f	0.000100
0x3F1A36E2EB1C432D	F	0.000100
0x3F1A36E2EB1C432D	.2F	0.00
0x3F1A36E2EB1C432D	g	0.0001
0x3F1A36E2EB1C432D	.0g	0.0001
0x3F1A36E2EB1C432D	.1g	0.0001
0x3F1A36E2EB1C432D	.3g	0.0001
0x3F1A36E2EB1C432D	#g	0.000100000
0x3F1A36E2EB1C432D	#.3g	0.000100
0x3F1A36E2EB1C432D	G	0.0001
0x3F1A36E2EB1C432D	.3G	0.0001
0x3F1A36E2EB1C432D	n	0.0001
0x3F1A36E2EB1C432D	.3n	0.0001
0x3F1A36E2EB1C432D	%	0.010000%
0x3F1A36E2EB1C432D	.1%	0.0%
0x3F1A36E2EB1C432D	+.0%	+0%
0x3F1A36E2EB1C432D	012,.1f	00,000,000.0
0x3F1A36E2EB1C432D	0=15,.3f	000,000,000.000
0x3F1A36E2EB1C432D	x<12.4g	0.0001xxxxxx
0x3F1A36E2EB1C432D	+#.0e	+1.e-04
0x3F1A36E2EB1C432D	15	         0.0001
0x3F1A36E2EB1C432D	.20g	0.00010000000000000000479
0x3F1A36E2EB1C432D	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3F1A36E2EB1C432D	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3F1A36E2EB1C432D	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3F1A36E2EB1C432D	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3F1A36E2EB1C432D	,n	!ValueError: Cannot specify ',' with 'n'.
0x3F1A36E2EB1C432D	_n	!ValueError: Cannot specify '_' with 'n'.
0x3F1A36E2EB1C432D	.	!ValueError: Format specifier missing precision
0x3F1A36E2EB1C432D	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3F1A36E2EB1C432D	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3F1A36E2EB1C432D	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3F1A36E2EB1C432D	.2.2	!ValueError: Invalid format specifier
0x3F1A36E2EB1C432D	 010,.2f	 00,000.00
0x3F1A36E2EB1C432D	#010.1e	0001.0e-04
0x3F1A36E2EB1C432D	^	0.0001
0x3F1A36E2EB1C432D	0	0.0001
0x3F1A36E2EB1C432D	00	0.0001
0x3F1A36E2EB1C432D	05	0.0001
0x4132D687E4189375		1234567.891
0x4132D687E4189375	10	1234567.891
0x4132D687E4189375	<10	1234567.891
0x4132D687E4189375	^10	1234567.891
0x4132D687E4189375	>10	1234567.891
0x4132D687E4189375	=10	1234567.891
0x4132D687E4189375	*^12	1234567.891*
0x4132D687E4189375	+	+1234567.891
0x4132D687E4189375	 	 1234567.891
0x4132D687E4189375	-	1234567.891
0x4132D687E4189375	010	1234567.891
0x4132D687E4189375	+010	+1234567.891
0x4132D687E4189375	.0	1e+06
0x4132D687E4189375	.1	1e+06
0x4132D687E4189375	.2	1.2e+06
0x4132D687E4189375	.3	1.23e+06
0x4132D687E4189375	.10	1234567.891
0x4132D687E4189375	.17	1234567.8910000001
0x4132D687E4189375	#	1234567.891
0x4132D687E4189375	#.3	1.23e+06
0x4132D687E4189375	e	1.234568e+06
0x4132D687E4189375	.0e	1e+06
0x4132D687E4189375	.3e	1.235e+06
0x4132D687E4189375	E	1.234568E+06
0x4132D687E4189375	#.0e	1.e+06
0x4132D687E4189375	+.2e	+1.23e+06
0x4132D687E4189375	f	1234567.891000
0x4132D687E4189375	.0f	1234568
0x4132D687E4189375	.2f	1234567.89
0x4132D687E4189375	#.0f	1234568.
0x4132D687E4189375	10.3f	1234567.891
0x4132D687E4189375	<10.3f	1234567.891
0x4132D687E4189375	010.2f	1234567.89
0x4132D687E4189375	,.2f	1,234,567.89
0x4132D687E4189375	_.3f	1_234_567.891
0x4132D687E4189375	,	1,234,567.891
0x4132D687E4189375	_	1_234_567.891
0x4132D687E4189375	,f	1,234,567.891000
0x4132D687E4189375	F	1234567.891000
0x4132D687E4189375	.2F	1234567.89
0x4132D687E4189375	g	1.23457e+06
0x4132D687E4189375	.0g	1e+06
0x4132D687E4189375	.1g	1e+06
0x4132D687E4189375	.3g	1.23e+06
0x4132D687E4189375	#g	1.23457e+06
0x4132D687E4189375	#.3g	1.23e+06
0x4132D687E4189375	G	1.23457E+06
0x4132D687E4189375	.3G	1.23E+06
0x4132D687E4189375	n	1.23457e+06
0x4132D687E4189375	.3n	1.23e+06
0x4132D687E4189375	%	123456789.100000%
0x4132D687E4189375	.1%	123456789.1%
0x4132D687E4189375	+.0%	+123456789%
0x4132D687E4189375	012,.1f	01,234,567.9
0x4132D687E4189375	0=15,.3f	001,234,567.891
0x4132D687E4189375	x<12.4g	1.235e+06xxx
0x4132D687E4189375	+#.0e	+1.e+06
0x4132D687E4189375	15	    1234567.891
0x4132D687E4189375	.20g	1234567.8910000000615
0x4132D687E4189375	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4132D687E4189375	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4132D687E4189375	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4132D687E4189375	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4132D687E4189375	,n	!ValueError: Cannot specify ',' with 'n'.
0x4132D687E4189375	_n	!ValueError: Cannot specify '_' with 'n'.
0x4132D687E4189375	.	!ValueError: Format specifier missing precision
0x4132D687E4189375	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4132D687E4189375	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4132D687E4189375	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4132D687E4189375	.2.2	!ValueError: Invalid format specifier
0x4132D687E4189375	 010,.2f	 1,234,567.89
0x4132D687E4189375	#010.1e	0001.2e+06
0x4132D687E4189375	^	1234567.891
0x4132D687E4189375	0	1234567.891
0x4132D687E4189375	00	1234567.891
0x4132D687E4189375	05	1234567.891
0xBF202E7EF70994DD		-0.000123456
0xBF202E7EF70994DD	10	-0.000123456
0xBF202E7EF70994DD	<10	-0.000123456
0xBF202E7EF70994DD	^10	-0.000123456
0xBF202E7EF70994DD	>10	-0.000123456
0xBF202E7EF70994DD	=10	-0.000123456
0xBF202E7EF70994DD	*^12	-0.000123456
0xBF202E7EF70994DD	+	-0.000123456
0xBF202E7EF70994DD	 	-0.000123456
0xBF202E7EF70994DD	-	-0.000123456
0xBF202E7EF70994DD	010	-0.000123456
0xBF202E7EF70994DD	+010	-0.000123456
0xBF202E7EF70994DD	.0	-0.0001
0xBF202E7EF70994DD	.1	-0.0001
0xBF202E7EF70994DD	.2	-0.00012
0xBF202E7EF70994DD	.3	-0.000123
0xBF202E7EF70994DD	.10	-0.000123456
0xBF202E7EF70994DD	.17	-0.00012345600000000001
0xBF202E7EF70994DD	#	-0.000123456
0xBF202E7EF70994DD	#.3	-0.000123
0xBF202E7EF70994DD	e	-1.234560e-04
0xBF202E7EF70994DD	.0e	-1e-04
0xBF202E7EF70994DD	.3e	-1.235e-04
0xBF202E7EF70994DD	E	-1.234560E-04
0xBF202E7EF70994DD	#.0e	-1.e-04
0xBF202E7EF70994DD	+.2e	-1.23e-04
0xBF202E7EF70994DD	f	-0.000123
0xBF202E7EF70994DD	.0f	-0
0xBF202E7EF70994DD	.2f	-0.00
0xBF202E7EF70994DD	#.0f	-0.
0xBF202E7EF70994DD	10.3f	    -0.000
0xBF202E7EF70994DD	<10.3f	-0.000    
0xBF202E7EF70994DD	010.2f	-000000.00
0xBF202E7EF70994DD	,.2f	-0.00
0xBF202E7EF70994DD	_.3f	-0.000
0xBF202E7EF70994DD	,	-0.000123456
0xBF202E7EF70994DD	_	-0.000123456
0xBF202E7EF70994DD	,f	-0.000123
0xBF202E7EF70994DD	F	-0.000123
0xBF202E7EF70994DD	.2F	-0.00
0xBF202E7EF70994DD	g	-0.000123456
0xBF202E7EF70994DD	.0g	-0.0001
0xBF202E7EF70994DD	.1g	-0.0001
0xBF202E7EF70994DD	.3g	-0.000123
0xBF202E7EF70994DD	#g	-0.000123456
0xBF202E7EF70994DD	#.3g	-0.000123
0xBF202E7EF70994DD	G	-0.000123456
0xBF202E7EF70994DD	.3G	-0.000123
0xBF202E7EF70994DD	n	-0.000123456
0xBF202E7EF70994DD	.3n	-0.000123
0xBF202E7EF70994DD	%	-0.012346%
0xBF202E7EF70994DD	.1%	-0.0%
0xBF202E7EF70994DD	+.0%	-0%
0xBF202E7EF70994DD	012,.1f	-0,000,000.0
0xBF202E7EF70994DD	0=15,.3f	-00,000,000.000
0xBF202E7EF70994DD	x<12.4g	-0.0001235xx
0xBF202E7EF70994DD	+#.0e	-1.e-04
0xBF202E7EF70994DD	15	   -0.000123456
0xBF202E7EF70994DD	.20g	-0.00012345600000000000519
0xBF202E7EF70994DD	d	!ValueError: Unknown format code 'd' for object of type 'float'
0xBF202E7EF70994DD	x	!ValueError: Unknown format code 'x' for object of type 'float'
0xBF202E7EF70994DD	s	!ValueError: Unknown format code 's' for object of type 'float'
0xBF202E7EF70994DD	c	!ValueError: Unknown format code 'c' for object of type 'float'
0xBF202E7EF70994DD	,n	!ValueError: Cannot specify ',' with 'n'.
0xBF202E7EF70994DD	_n	!ValueError: Cannot specify '_' with 'n'.
0xBF202E7EF70994DD	.	!ValueError: Format specifier missing precision
0xBF202E7EF70994DD	z	!ValueError: Unknown format code 'z' for object of type 'float'
0xBF202E7EF70994DD	1,_	!ValueError: Cannot specify both ',' and '_'.
0xBF202E7EF70994DD	++	!ValueError: Unknown format code '+' for object of type 'float'
0xBF202E7EF70994DD	.2.2	!ValueError: Invalid format specifier
0xBF202E7EF70994DD	 010,.2f	-00,000.00
0xBF202E7EF70994DD	#010.1e	-001.2e-04
0xBF202E7EF70994DD	^	-0.000123456
0xBF202E7EF70994DD	0	-0.000123456
0xBF202E7EF70994DD	00	-0.000123456
0xBF202E7EF70994DD	05	-0.000123456
0x419D6F3454000000		123456789.0
0x419D6F3454000000	10	123456789.0
0x419D6F3454000000	<10	123456789.0
0x419D6F3454000000	^10	123456789.0
0x419D6F3454000000	>10	123456789.0
0x419D6F3454000000	=10	123456789.0
0x419D6F3454000000	*^12	123456789.0*
0x419D6F3454000000	+	+123456789.0
0x419D6F3454000000	 	 123456789.0
0x419D6F3454000000	-	123456789.0
0x419D6F3454000000	010	123456789.0
0x419D6F3454000000	+010	+123456789.0
0x419D6F3454000000	.0	1e+08
0x419D6F3454000000	.1	1e+08
0x419D6F3454000000	.2	1.2e+08
0x419D6F3454000000	.3	1.23e+08
0x419D6F3454000000	.10	123456789.0
0x419D6F3454000000	.17	123456789.0
0x419D6F3454000000	#	123456789.0
0x419D6F3454000000	#.3	1.23e+08
0x419D6F3454000000	e	1.234568e+08
0x419D6F3454000000	.0e	1e+08
0x419D6F3454000000	.3e	1.235e+08
0x419D6F3454000000	E	1.234568E+08
0x419D6F3454000000	#.0e	1.e+08
0x419D6F3454000000	+.2e	+1.23e+08
0x419D6F3454000000	f	123456789.000000
0x419D6F3454000000	.0f	123456789
0x419D6F3454000000	.2f	123456789.00
0x419D6F3454000000	#.0f	123456789.
0x419D6F3454000000	10.3f	123456789.000
0x419D6F3454000000	<10.3f	123456789.000
0x419D6F3454000000	010.2f	123456789.00
0x419D6F3454000000	,.2f	123,456,789.00
0x419D6F3454000000	_.3f	123_456_789.000
0x419D6F3454000000	,	123,456,789.0
0x419D6F3454000000	_	123_456_789.0
0x419D6F3454000000	,f	123,456,789.000000
0x419D6F3454000000	F	123456789.000000
0x419D6F3454000000	.2F	123456789.00
0x419D6F3454000000	g	1.23457e+08
0x419D6F3454000000	.0g	1e+08
0x419D6F3454000000	.1g	1e+08
0x419D6F3454000000	.3g	1.23e+08
0x419D6F3454000000	#g	1.23457e+08
0x419D6F3454000000	#.3g	1.23e+08
0x419D6F3454000000	G	1.23457E+08
0x419D6F3454000000	.3G	1.23E+08
0x419D6F3454000000	n	1.23457e+08
0x419D6F3454000000	.3n	1.23e+08
0x419D6F3454000000	%	12345678900.000000%
0x419D6F3454000000	.1%	12345678900.0%
0x419D6F3454000000	+.0%	+12345678900%
0x419D6F3454000000	012,.1f	123,456,789.0
0x419D6F3454000000	0=15,.3f	123,456,789.000
0x419D6F3454000000	x<12.4g	1.235e+08xxx
0x419D6F3454000000	+#.0e	+1.e+08
0x419D6F3454000000	15	    123456789.0
0x419D6F3454000000	.20g	123456789
0x419D6F3454000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x419D6F3454000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x419D6F3454000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x419D6F3454000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x419D6F3454000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x419D6F3454000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x419D6F3454000000	.	!ValueError: Format specifier missing precision
0x419D6F3454000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x419D6F3454000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x419D6F3454000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x419D6F3454000000	.2.2	!ValueError: Invalid format specifier
0x419D6F3454000000	 010,.2f	 123,456,789.00
0x419D6F3454000000	#010.1e	0001.2e+08
0x419D6F3454000000	^	123456789.0
0x419D6F3454000000	0	123456789.0
0x419D6F3454000000	00	123456789.0
0x419D6F3454000000	05	123456789.0
0x7E37E43C8800759C		1e+300
0x7E37E43C8800759C	10	    1e+300
0x7E37E43C8800759C	<10	1e+300    
0x7E37E43C8800759C	^10	  1e+300  
0x7E37E43C8800759C	>10	    1e+300
0x7E37E43C8800759C	=10	    1e+300
0x7E37E43C8800759C	*^12	***1e+300***
0x7E37E43C8800759C	+	+1e+300
0x7E37E43C8800759C	 	 1e+300
0x7E37E43C8800759C	-	1e+300
0x7E37E43C8800759C	010	00001e+300
0x7E37E43C8800759C	+010	+0001e+300
0x7E37E43C8800759C	.0	1e+300
0x7E37E43C8800759C	.1	1e+300
0x7E37E43C8800759C	.2	1e+300
0x7E37E43C8800759C	.3	1e+300
0x7E37E43C8800759C	.10	1e+300
0x7E37E43C8800759C	.17	1.0000000000000001e+300
0x7E37E43C8800759C	#	1.e+300
0x7E37E43C8800759C	#.3	1.00e+300
0x7E37E43C8800759C	e	1.000000e+300
0x7E37E43C8800759C	.0e	1e+300
0x7E37E43C8800759C	.3e	1.000e+300
0x7E37E43C8800759C	E	1.000000E+300
0x7E37E43C8800759C	#.0e	1.e+300
0x7E37E43C8800759C	+.2e	+1.00e+300
0x7E37E43C8800759C	f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000
0x7E37E43C8800759C	.0f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
0x7E37E43C8800759C	.2f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
0x7E37E43C8800759C	#.0f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.
0x7E37E43C8800759C	10.3f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000
0x7E37E43C8800759C	<10.3f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000
0x7E37E43C8800759C	010.2f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
0x7E37E43C8800759C	,.2f	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00
0x7E37E43C8800759C	_.3f	1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.000
0x7E37E43C8800759C	,	1e+300
0x7E37E43C8800759C	_	1e+300
0x7E37E43C8800759C	,f	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000000
0x7E37E43C8800759C	F	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000
0x7E37E43C8800759C	.2F	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
0x7E37E43C8800759C	g	1e+300
0x7E37E43C8800759C	.0g	1e+300
0x7E37E43C8800759C	.1g	1e+300
0x7E37E43C8800759C	.3g	1e+300
0x7E37E43C8800759C	#g	1.00000e+300
0x7E37E43C8800759C	#.3g	1.00e+300
0x7E37E43C8800759C	G	1E+300
0x7E37E43C8800759C	.3G	1E+300
0x7E37E43C8800759C	n	1e+300
0x7E37E43C8800759C	.3n	1e+300
0x7E37E43C8800759C	%	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%
0x7E37E43C8800759C	.1%	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.0%
0x7E37E43C8800759C	+.0%	+100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656%
0x7E37E43C8800759C	012,.1f	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.0
0x7E37E43C8800759C	0=15,.3f	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000
0x7E37E43C8800759C	x<12.4g	1e+300xxxxxx
0x7E37E43C8800759C	+#.0e	+1.e+300
0x7E37E43C8800759C	15	         1e+300
0x7E37E43C8800759C	.20g	1.0000000000000000525e+300
0x7E37E43C8800759C	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x7E37E43C8800759C	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x7E37E43C8800759C	s	!ValueError: Unknown format code 's' for object of type 'float'
0x7E37E43C8800759C	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x7E37E43C8800759C	,n	!ValueError: Cannot specify ',' with 'n'.
0x7E37E43C8800759C	_n	!ValueError: Cannot specify '_' with 'n'.
0x7E37E43C8800759C	.	!ValueError: Format specifier missing precision
0x7E37E43C8800759C	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x7E37E43C8800759C	1,_	!ValueError: Cannot specify both ',' and '_'.
0x7E37E43C8800759C	++	!ValueError: Unknown format code '+' for object of type 'float'
0x7E37E43C8800759C	.2.2	!ValueError: Invalid format specifier
0x7E37E43C8800759C	 010,.2f	 1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00
0x7E37E43C8800759C	#010.1e	001.0e+300
0x7E37E43C8800759C	^	1e+300
0x7E37E43C8800759C	0	1e+300
0x7E37E43C8800759C	00	1e+300
0x7E37E43C8800759C	05	1e+300
0x0000000000000001		5e-324
0x0000000000000001	10	    5e-324
0x0000000000000001	<10	5e-324    
0x0000000000000001	^10	  5e-324  
0x0000000000000001	>10	    5e-324
0x0000000000000001	=10	    5e-324
0x0000000000000001	*^12	***5e-324***
0x0000000000000001	+	+5e-324
0x0000000000000001	 	 5e-324
0x0000000000000001	-	5e-324
0x0000000000000001	010	00005e-324
0x0000000000000001	+010	+0005e-324
0x0000000000000001	.0	5e-324
0x0000000000000001	.1	5e-324
0x0000000000000001	.2	4.9e-324
0x0000000000000001	.3	4.94e-324
0x0000000000000001	.10	4.940656458e-324
0x0000000000000001	.17	4.9406564584124654e-324
0x0000000000000001	#	5.e-324
0x0000000000000001	#.3	4.94e-324
0x0000000000000001	e	4.940656e-324
0x0000000000000001	.0e	5e-324
0x0000000000000001	.3e	4.941e-324
0x0000000000000001	E	4.940656E-324
0x0000000000000001	#.0e	5.e-324
0x0000000000000001	+.2e	+4.94e-324
0x0000000000000001	f	0.000000
0x0000000000000001	.0f	0
0x0000000000000001	.2f	0.00
0x0000000000000001	#.0f	0.
0x0000000000000001	10.3f	     0.000
0x0000000000000001	<10.3f	0.000     
0x0000000000000001	010.2f	0000000.00
0x0000000000000001	,.2f	0.00
0x0000000000000001	_.3f	0.000
0x0000000000000001	,	5e-324
0x0000000000000001	_	5e-324
0x0000000000000001	,f	0.000000
0x0000000000000001	F	0.000000
0x0000000000000001	.2F	0.00
0x0000000000000001	g	4.94066e-324
0x0000000000000001	.0g	5e-324
0x0000000000000001	.1g	5e-324
0x0000000000000001	.3g	4.94e-324
0x0000000000000001	#g	4.94066e-324
0x0000000000000001	#.3g	4.94e-324
0x0000000000000001	G	4.94066E-324
0x0000000000000001	.3G	4.94E-324
0x0000000000000001	n	4.94066e-324
0x0000000000000001	.3n	4.94e-324
0x0000000000000001	%	0.000000%
0x0000000000000001	.1%	0.0%
0x0000000000000001	+.0%	+0%
0x0000000000000001	012,.1f	00,000,000.0
0x0000000000000001	0=15,.3f	000,000,000.000
0x0000000000000001	x<12.4g	4.941e-324xx
0x0000000000000001	+#.0e	+5.e-324
0x0000000000000001	15	         5e-324
0x0000000000000001	.20g	4.9406564584124654418e-324
0x0000000000000001	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x0000000000000001	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x0000000000000001	s	!ValueError: Unknown format code 's' for object of type 'float'
0x0000000000000001	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x0000000000000001	,n	!ValueError: Cannot specify ',' with 'n'.
0x0000000000000001	_n	!ValueError: Cannot specify '_' with 'n'.
0x0000000000000001	.	!ValueError: Format specifier missing precision
0x0000000000000001	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x0000000000000001	1,_	!ValueError: Cannot specify both ',' and '_'.
0x0000000000000001	++	!ValueError: Unknown format code '+' for object of type 'float'
0x0000000000000001	.2.2	!ValueError: Invalid format specifier
0x0000000000000001	 010,.2f	 00,000.00
0x0000000000000001	#010.1e	004.9e-324
0x0000000000000001	^	5e-324
0x0000000000000001	0	5e-324
0x0000000000000001	00	5e-324
0x0000000000000001	05	5e-324
0x7FF0000000000000		inf
0x7FF0000000000000	10	       inf
0x7FF0000000000000	<10	inf       
0x7FF0000000000000	^10	   inf    
0x7FF0000000000000	>10	       inf
0x7FF0000000000000	=10	       inf
0x7FF0000000000000	*^12	****inf*****
0x7FF0000000000000	+	+inf
0x7FF0000000000000	 	 inf
0x7FF0000000000000	-	inf
0x7FF0000000000000	010	0000000inf
0x7FF0000000000000	+010	+000000inf
0x7FF0000000000000	.0	inf
0x7FF0000000000000	.1	inf
0x7FF0000000000000	.2	inf
0x7FF0000000000000	.3	inf
0x7FF0000000000000	.10	inf
0x7FF0000000000000	.17	inf
0x7FF0000000000000	#	inf
0x7FF0000000000000	#.3	inf
0x7FF0000000000000	e	inf
0x7FF0000000000000	.0e	inf
0x7FF0000000000000	.3e	inf
0x7FF0000000000000	E	INF
0x7FF0000000000000	#.0e	inf
0x7FF0000000000000	+.2e	+inf
0x7FF0000000000000	f	inf
0x7FF0000000000000	.0f	inf
0x7FF0000000000000	.2f	inf
0x7FF0000000000000	#.0f	inf
0x7FF0000000000000	10.3f	       inf
0x7FF0000000000000	<10.3f	inf       
0x7FF0000000000000	010.2f	0000000inf
0x7FF0000000000000	,.2f	inf
0x7FF0000000000000	_.3f	inf
0x7FF0000000000000	,	inf
0x7FF0000000000000	_	inf
0x7FF0000000000000	,f	inf
0x7FF0000000000000	F	INF
0x7FF0000000000000	.2F	INF
0x7FF0000000000000	g	inf
0x7FF0000000000000	.0g	inf
0x7FF0000000000000	.1g	inf
0x7FF0000000000000	.3g	inf
0x7FF0000000000000	#g	inf
0x7FF0000000000000	#.3g	inf
0x7FF0000000000000	G	INF
0x7FF0000000000000	.3G	INF
0x7FF0000000000000	n	inf
0x7FF0000000000000	.3n	inf
0x7FF0000000000000	%	inf%
0x7FF0000000000000	.1%	inf%
0x7FF0000000000000	+.0%	+inf%
0x7FF0000000000000	012,.1f	000000000inf
0x7FF0000000000000	0=15,.3f	000000000000inf
0x7FF0000000000000	x<12.4g	infxxxxxxxxx
0x7FF0000000000000	+#.0e	+inf
0x7FF0000000000000	15	            inf
0x7FF0000000000000	.20g	inf
0x7FF0000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x7FF0000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x7FF0000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x7FF0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x7FF0000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x7FF0000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x7FF0000000000000	.	!ValueError: Format specifier missing precision
0x7FF0000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x7FF0000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x7FF0000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x7FF0000000000000	.2.2	!ValueError: Invalid format specifier
0x7FF0000000000000	 010,.2f	 000000inf
0x7FF0000000000000	#010.1e	0000000inf
0x7FF0000000000000	^	inf
0x7FF0000000000000	0	inf
0x7FF0000000000000	00	inf
0x7FF0000000000000	05	00inf
0xFFF0000000000000		-inf
0xFFF0000000000000	10	      -inf
0xFFF0000000000000	<10	-inf      
0xFFF0000000000000	^10	   -inf   
0xFFF0000000000000	>10	      -inf
0xFFF0000000000000	=10	-      inf
0xFFF0000000000000	*^12	****-inf****
0xFFF0000000000000	+	-inf
0xFFF0000000000000	 	-inf
0xFFF0000000000000	-	-inf
0xFFF0000000000000	010	-000000inf
0xFFF0000000000000	+010	-000000inf
0xFFF0000000000000	.0	-inf
0xFFF0000000000000	.1	-inf
0xFFF0000000000000	.2	-inf
0xFFF0000000000000	.3	-inf
0xFFF0000000000000	.10	-inf
0xFFF0000000000000	.17	-inf
0xFFF0000000000000	#	-inf
0xFFF0000000000000	#.3	-inf
0xFFF0000000000000	e	-inf
0xFFF0000000000000	.0e	-inf
0xFFF0000000000000	.3e	-inf
0xFFF0000000000000	E	-INF
0xFFF0000000000000	#.0e	-inf
0xFFF0000000000000	+.2e	-inf
0xFFF0000000000000	f	-inf
0xFFF0000000000000	.0f	-inf
0xFFF0000000000000	.2f	-inf
0xFFF0000000000000	#.0f	-inf
0xFFF0000000000000	10.3f	      -inf
0xFFF0000000000000	<10.3f	-inf      
0xFFF0000000000000	010.2f	-000000inf
0xFFF0000000000000	,.2f	-inf
0xFFF0000000000000	_.3f	-inf
0xFFF0000000000000	,	-inf
0xFFF0000000000000	_	-inf
0xFFF0000000000000	,f	-inf
0xFFF0000000000000	F	-INF
0xFFF0000000000000	.2F	-INF
0xFFF0000000000000	g	-inf
0xFFF0000000000000	.0g	-inf
0xFFF0000000000000	.1g	-inf
0xFFF0000000000000	.3g	-inf
0xFFF0000000000000	#g	-inf
0xFFF0000000000000	#.3g	-inf
0xFFF0000000000000	G	-INF
0xFFF0000000000000	.3G	-INF
0xFFF0000000000000	n	-inf
0xFFF0000000000000	.3n	-inf
0xFFF0000000000000	%	-inf%
0xFFF0000000000000	.1%	-inf%
0xFFF0000000000000	+.0%	-inf%
0xFFF0000000000000	012,.1f	-00000000inf
0xFFF0000000000000	0=15,.3f	-00000000000inf
0xFFF0000000000000	x<12.4g	-infxxxxxxxx
0xFFF0000000000000	+#.0e	-inf
0xFFF0000000000000	15	           -inf
0xFFF0000000000000	.20g	-inf
0xFFF0000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0xFFF0000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0xFFF0000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0xFFF0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0xFFF0000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0xFFF0000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0xFFF0000000000000	.	!ValueError: Format specifier missing precision
0xFFF0000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0xFFF0000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0xFFF0000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0xFFF0000000000000	.2.2	!ValueError: Invalid format specifier
0xFFF0000000000000	 010,.2f	-000000inf
0xFFF0000000000000	#010.1e	-000000inf
0xFFF0000000000000	^	-inf
0xFFF0000000000000	0	-inf
0xFFF0000000000000	00	-inf
0xFFF0000000000000	05	-0inf
0x7FF8000000000000		nan
0x7FF8000000000000	10	       nan
0x7FF8000000000000	<10	nan       
0x7FF8000000000000	^10	   nan    
0x7FF8000000000000	>10	       nan
0x7FF8000000000000	=10	       nan
0x7FF8000000000000	*^12	****nan*****
0x7FF8000000000000	+	+nan
0x7FF8000000000000	 	 nan
0x7FF8000000000000	-	nan
0x7FF8000000000000	010	0000000nan
0x7FF8000000000000	+010	+000000nan
0x7FF8000000000000	.0	nan
0x7FF8000000000000	.1	nan
0x7FF8000000000000	.2	nan
0x7FF8000000000000	.3	nan
0x7FF8000000000000	.10	nan
0x7FF8000000000000	.17	nan
0x7FF8000000000000	#	nan
0x7FF8000000000000	#.3	nan
0x7FF8000000000000	e	nan
0x7FF8000000000000	.0e	nan
0x7FF8000000000000	.3e	nan
0x7FF8000000000000	E	NAN
0x7FF8000000000000	#.0e	nan
0x7FF8000000000000	+.2e	+nan
0x7FF8000000000000	f	nan
0x7FF8000000000000	.0f	nan
0x7FF8000000000000	.2f	nan
0x7FF8000000000000	#.0f	nan
0x7FF8000000000000	10.3f	       nan
0x7FF8000000000000	<10.3f	nan       
0x7FF8000000000000	010.2f	0000000nan
0x7FF8000000000000	,.2f	nan
0x7FF8000000000000	_.3f	nan
0x7FF8000000000000	,	nan
0x7FF8000000000000	_	nan
0x7FF8000000000000	,f	nan
0x7FF8000000000000	F	NAN
0x7FF8000000000000	.2F	NAN
0x7FF8000000000000	g	nan
0x7FF8000000000000	.0g	nan
0x7FF8000000000000	.1g	nan
0x7FF8000000000000	.3g	nan
0x7FF8000000000000	#g	nan
0x7FF8000000000000	#.3g	nan
0x7FF8000000000000	G	NAN
0x7FF8000000000000	.3G	NAN
0x7FF8000000000000	n	nan
0x7FF8000000000000	.3n	nan
0x7FF8000000000000	%	nan%
0x7FF8000000000000	.1%	nan%
0x7FF8000000000000	+.0%	+nan%
0x7FF8000000000000	012,.1f	000000000nan
0x7FF8000000000000	0=15,.3f	000000000000nan
0x7FF8000000000000	x<12.4g	nanxxxxxxxxx
0x7FF8000000000000	+#.0e	+nan
0x7FF8000000000000	15	            nan
0x7FF8000000000000	.20g	nan
0x7FF8000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x7FF8000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x7FF8000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x7FF8000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x7FF8000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x7FF8000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x7FF8000000000000	.	!ValueError: Format specifier missing precision
0x7FF8000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x7FF8000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x7FF8000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x7FF8000000000000	.2.2	!ValueError: Invalid format specifier
0x7FF8000000000000	 010,.2f	 000000nan
0x7FF8000000000000	#010.1e	0000000nan
0x7FF8000000000000	^	nan
0x7FF8000000000000	0	nan
0x7FF8000000000000	00	nan
0x7FF8000000000000	05	00nan
0x400921FB54442D11		3.14159265358979
0x400921FB54442D11	10	3.14159265358979
0x400921FB54442D11	<10	3.14159265358979
0x400921FB54442D11	^10	3.14159265358979
0x400921FB54442D11	>10	3.14159265358979
0x400921FB54442D11	=10	3.14159265358979
0x400921FB54442D11	*^12	3.14159265358979
0x400921FB54442D11	+	+3.14159265358979
0x400921FB54442D11	 	 3.14159265358979
0x400921FB54442D11	-	3.14159265358979
0x400921FB54442D11	010	3.14159265358979
0x400921FB54442D11	+010	+3.14159265358979
0x400921FB54442D11	.0	3e+00
0x400921FB54442D11	.1	3e+00
0x400921FB54442D11	.2	3.1
0x400921FB54442D11	.3	3.14
0x400921FB54442D11	.10	3.141592654
0x400921FB54442D11	.17	3.14159265358979
0x400921FB54442D11	#	3.14159265358979
0x400921FB54442D11	#.3	3.14
0x400921FB54442D11	e	3.141593e+00
0x400921FB54442D11	.0e	3e+00
0x400921FB54442D11	.3e	3.142e+00
0x400921FB54442D11	E	3.141593E+00
0x400921FB54442D11	#.0e	3.e+00
0x400921FB54442D11	+.2e	+3.14e+00
0x400921FB54442D11	f	3.141593
0x400921FB54442D11	.0f	3
0x400921FB54442D11	.2f	3.14
0x400921FB54442D11	#.0f	3.
0x400921FB54442D11	10.3f	     3.142
0x400921FB54442D11	<10.3f	3.142     
0x400921FB54442D11	010.2f	0000003.14
0x400921FB54442D11	,.2f	3.14
0x400921FB54442D11	_.3f	3.142
0x400921FB54442D11	,	3.14159265358979
0x400921FB54442D11	_	3.14159265358979
0x400921FB54442D11	,f	3.141593
0x400921FB54442D11	F	3.141593
0x400921FB54442D11	.2F	3.14
0x400921FB54442D11	g	3.14159
0x400921FB54442D11	.0g	3
0x400921FB54442D11	.1g	3
0x400921FB54442D11	.3g	3.14
0x400921FB54442D11	#g	3.14159
0x400921FB54442D11	#.3g	3.14
0x400921FB54442D11	G	3.14159
0x400921FB54442D11	.3G	3.14
0x400921FB54442D11	n	3.14159
0x400921FB54442D11	.3n	3.14
0x400921FB54442D11	%	314.159265%
0x400921FB54442D11	.1%	314.2%
0x400921FB54442D11	+.0%	+314%
0x400921FB54442D11	012,.1f	00,000,003.1
0x400921FB54442D11	0=15,.3f	000,000,003.142
0x400921FB54442D11	x<12.4g	3.142xxxxxxx
0x400921FB54442D11	+#.0e	+3.e+00
0x400921FB54442D11	15	3.14159265358979
0x400921FB54442D11	.20g	3.1415926535897900074
0x400921FB54442D11	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x400921FB54442D11	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x400921FB54442D11	s	!ValueError: Unknown format code 's' for object of type 'float'
0x400921FB54442D11	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x400921FB54442D11	,n	!ValueError: Cannot specify ',' with 'n'.
0x400921FB54442D11	_n	!ValueError: Cannot specify '_' with 'n'.
0x400921FB54442D11	.	!ValueError: Format specifier missing precision
0x400921FB54442D11	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x400921FB54442D11	1,_	!ValueError: Cannot specify both ',' and '_'.
0x400921FB54442D11	++	!ValueError: Unknown format code '+' for object of type 'float'
0x400921FB54442D11	.2.2	!ValueError: Invalid format specifier
0x400921FB54442D11	 010,.2f	 00,003.14
0x400921FB54442D11	#010.1e	0003.1e+00
0x400921FB54442D11	^	3.14159265358979
0x400921FB54442D11	0	3.14159265358979
0x400921FB54442D11	00	3.14159265358979
0x400921FB54442D11	05	3.14159265358979
0x3FC0000000000000		0.125
0x3FC0000000000000	10	     0.125
0x3FC0000000000000	<10	0.125     
0x3FC0000000000000	^10	  0.125   
0x3FC0000000000000	>10	     0.125
0x3FC0000000000000	=10	     0.125
0x3FC0000000000000	*^12	***0.125****
0x3FC0000000000000	+	+0.125
0x3FC0000000000000	 	 0.125
0x3FC0000000000000	-	0.125
0x3FC0000000000000	010	000000.125
0x3FC0000000000000	+010	+00000.125
0x3FC0000000000000	.0	0.1
0x3FC0000000000000	.1	0.1
0x3FC0000000000000	.2	0.12
0x3FC0000000000000	.3	0.125
0x3FC0000000000000	.10	0.125
0x3FC0000000000000	.17	0.125
0x3FC0000000000000	#	0.125
0x3FC0000000000000	#.3	0.125
0x3FC0000000000000	e	1.250000e-01
0x3FC0000000000000	.0e	1e-01
0x3FC0000000000000	.3e	1.250e-01
0x3FC0000000000000	E	1.250000E-01
0x3FC0000000000000	#.0e	1.e-01
0x3FC0000000000000	+.2e	+1.25e-01
0x3FC0000000000000	f	0.125000
0x3FC0000000000000	.0f	0
0x3FC0000000000000	.2f	0.12
0x3FC0000000000000	#.0f	0.
0x3FC0000000000000	10.3f	     0.125
0x3FC0000000000000	<10.3f	0.125     
0x3FC0000000000000	010.2f	0000000.12
0x3FC0000000000000	,.2f	0.12
0x3FC0000000000000	_.3f	0.125
0x3FC0000000000000	,	0.125
0x3FC0000000000000	_	0.125
0x3FC0000000000000	,f	0.125000
0x3FC0000000000000	F	0.125000
0x3FC0000000000000	.2F	0.12
0x3FC0000000000000	g	0.125
0x3FC0000000000000	.0g	0.1
0x3FC0000000000000	.1g	0.1
0x3FC0000000000000	.3g	0.125
0x3FC0000000000000	#g	0.125000
0x3FC0000000000000	#.3g	0.125
0x3FC0000000000000	G	0.125
0x3FC0000000000000	.3G	0.125
0x3FC0000000000000	n	0.125
0x3FC0000000000000	.3n	0.125
0x3FC0000000000000	%	12.500000%
0x3FC0000000000000	.1%	12.5%
0x3FC0000000000000	+.0%	+12%
0x3FC0000000000000	012,.1f	00,000,000.1
0x3FC0000000000000	0=15,.3f	000,000,000.125
0x3FC0000000000000	x<12.4g	0.125xxxxxxx
0x3FC0000000000000	+#.0e	+1.e-01
0x3FC0000000000000	15	          0.125
0x3FC0000000000000	.20g	0.125
0x3FC0000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3FC0000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3FC0000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3FC0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3FC0000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x3FC0000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x3FC0000000000000	.	!ValueError: Format specifier missing precision
0x3FC0000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3FC0000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3FC0000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3FC0000000000000	.2.2	!ValueError: Invalid format specifier
0x3FC0000000000000	 010,.2f	 00,000.12
0x3FC0000000000000	#010.1e	0001.2e-01
0x3FC0000000000000	^	0.125
0x3FC0000000000000	0	0.125
0x3FC0000000000000	00	0.125
0x3FC0000000000000	05	0.125
0x3FD8000000000000		0.375
0x3FD8000000000000	10	     0.375
0x3FD8000000000000	<10	0.375     
0x3FD8000000000000	^10	  0.375   
0x3FD8000000000000	>10	     0.375
0x3FD8000000000000	=10	     0.375
0x3FD8000000000000	*^12	***0.375****
0x3FD8000000000000	+	+0.375
0x3FD8000000000000	 	 0.375
0x3FD8000000000000	-	0.375
0x3FD8000000000000	010	000000.375
0x3FD8000000000000	+010	+00000.375
0x3FD8000000000000	.0	0.4
0x3FD8000000000000	.1	0.4
0x3FD8000000000000	.2	0.38
0x3FD8000000000000	.3	0.375
0x3FD8000000000000	.10	0.375
0x3FD8000000000000	.17	0.375
0x3FD8000000000000	#	0.375
0x3FD8000000000000	#.3	0.375
0x3FD8000000000000	e	3.750000e-01
0x3FD8000000000000	.0e	4e-01
0x3FD8000000000000	.3e	3.750e-01
0x3FD8000000000000	E	3.750000E-01
0x3FD8000000000000	#.0e	4.e-01
0x3FD8000000000000	+.2e	+3.75e-01
0x3FD8000000000000	f	0.375000
0x3FD8000000000000	.0f	0
0x3FD8000000000000	.2f	0.38
0x3FD8000000000000	#.0f	0.
0x3FD8000000000000	10.3f	     0.375
0x3FD8000000000000	<10.3f	0.375     
0x3FD8000000000000	010.2f	0000000.38
0x3FD8000000000000	,.2f	0.38
0x3FD8000000000000	_.3f	0.375
0x3FD8000000000000	,	0.375
0x3FD8000000000000	_	0.375
0x3FD8000000000000	,f	0.375000
0x3FD8000000000000	F	0.375000
0x3FD8000000000000	.2F	0.38
0x3FD8000000000000	g	0.375
0x3FD8000000000000	.0g	0.4
0x3FD8000000000000	.1g	0.4
0x3FD8000000000000	.3g	0.375
0x3FD8000000000000	#g	0.375000
0x3FD8000000000000	#.3g	0.375
0x3FD8000000000000	G	0.375
0x3FD8000000000000	.3G	0.375
0x3FD8000000000000	n	0.375
0x3FD8000000000000	.3n	0.375
0x3FD8000000000000	%	37.500000%
0x3FD8000000000000	.1%	37.5%
0x3FD8000000000000	+.0%	+38%
0x3FD8000000000000	012,.1f	00,000,000.4
0x3FD8000000000000	0=15,.3f	000,000,000.375
0x3FD8000000000000	x<12.4g	0.375xxxxxxx
0x3FD8000000000000	+#.0e	+4.e-01
0x3FD8000000000000	15	          0.375
0x3FD8000000000000	.20g	0.375
0x3FD8000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3FD8000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3FD8000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3FD8000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3FD8000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x3FD8000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x3FD8000000000000	.	!ValueError: Format specifier missing precision
0x3FD8000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3FD8000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3FD8000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3FD8000000000000	.2.2	!ValueError: Invalid format specifier
0x3FD8000000000000	 010,.2f	 00,000.38
0x3FD8000000000000	#010.1e	0003.8e-01
0x3FD8000000000000	^	0.375
0x3FD8000000000000	0	0.375
0x3FD8000000000000	00	0.375
0x3FD8000000000000	05	0.375
0x4023000000000000		9.5
0x4023000000000000	10	       9.5
0x4023000000000000	<10	9.5       
0x4023000000000000	^10	   9.5    
0x4023000000000000	>10	       9.5
0x4023000000000000	=10	       9.5
0x4023000000000000	*^12	****9.5*****
0x4023000000000000	+	+9.5
0x4023000000000000	 	 9.5
0x4023000000000000	-	9.5
0x4023000000000000	010	00000009.5
0x4023000000000000	+010	+0000009.5
0x4023000000000000	.0	1e+01
0x4023000000000000	.1	1e+01
0x4023000000000000	.2	9.5
0x4023000000000000	.3	9.5
0x4023000000000000	.10	9.5
0x4023000000000000	.17	9.5
0x4023000000000000	#	9.5
0x4023000000000000	#.3	9.50
0x4023000000000000	e	9.500000e+00
0x4023000000000000	.0e	1e+01
0x4023000000000000	.3e	9.500e+00
0x4023000000000000	E	9.500000E+00
0x4023000000000000	#.0e	1.e+01
0x4023000000000000	+.2e	+9.50e+00
0x4023000000000000	f	9.500000
0x4023000000000000	.0f	10
0x4023000000000000	.2f	9.50
0x4023000000000000	#.0f	10.
0x4023000000000000	10.3f	     9.500
0x4023000000000000	<10.3f	9.500     
0x4023000000000000	010.2f	0000009.50
0x4023000000000000	,.2f	9.50
0x4023000000000000	_.3f	9.500
0x4023000000000000	,	9.5
0x4023000000000000	_	9.5
0x4023000000000000	,f	9.500000
0x4023000000000000	F	9.500000
0x4023000000000000	.2F	9.50
0x4023000000000000	g	9.5
0x4023000000000000	.0g	1e+01
0x4023000000000000	.1g	1e+01
0x4023000000000000	.3g	9.5
0x4023000000000000	#g	9.50000
0x4023000000000000	#.3g	9.50
0x4023000000000000	G	9.5
0x4023000000000000	.3G	9.5
0x4023000000000000	n	9.5
0x4023000000000000	.3n	9.5
0x4023000000000000	%	950.000000%
0x4023000000000000	.1%	950.0%
0x4023000000000000	+.0%	+950%
0x4023000000000000	012,.1f	00,000,009.5
0x4023000000000000	0=15,.3f	000,000,009.500
0x4023000000000000	x<12.4g	9.5xxxxxxxxx
0x4023000000000000	+#.0e	+1.e+01
0x4023000000000000	15	            9.5
0x4023000000000000	.20g	9.5
0x4023000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4023000000000000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4023000000000000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4023000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4023000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
0x4023000000000000	_n	!ValueError: Cannot specify '_' with 'n'.
0x4023000000000000	.	!ValueError: Format specifier missing precision
0x4023000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4023000000000000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4023000000000000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4023000000000000	.2.2	!ValueError: Invalid format specifier
0x4023000000000000	 010,.2f	 00,009.50
0x4023000000000000	#010.1e	0009.5e+00
0x4023000000000000	^	9.5
0x4023000000000000	0	9.5
0x4023000000000000	00	9.5
0x4023000000000000	05	009.5
0x4058FF5C28F5C28F		99.99
0x4058FF5C28F5C28F	10	     99.99
0x4058FF5C28F5C28F	<10	99.99     
0x4058FF5C28F5C28F	^10	  99.99   
0x4058FF5C28F5C28F	>10	     99.99
0x4058FF5C28F5C28F	=10	     99.99
0x4058FF5C28F5C28F	*^12	***99.99****
0x4058FF5C28F5C28F	+	+99.99
0x4058FF5C28F5C28F	 	 99.99
0x4058FF5C28F5C28F	-	99.99
0x4058FF5C28F5C28F	010	0000099.99
0x4058FF5C28F5C28F	+010	+000099.99
0x4058FF5C28F5C28F	.0	1e+02
0x4058FF5C28F5C28F	.1	1e+02
0x4058FF5C28F5C28F	.2	1e+02
0x4058FF5C28F5C28F	.3	1e+02
0x4058FF5C28F5C28F	.10	99.99
0x4058FF5C28F5C28F	.17	99.989999999999995
0x4058FF5C28F5C28F	#	99.99
0x4058FF5C28F5C28F	#.3	1.00e+02
0x4058FF5C28F5C28F	e	9.999000e+01
0x4058FF5C28F5C28F	.0e	1e+02
0x4058FF5C28F5C28F	.3e	9.999e+01
0x4058FF5C28F5C28F	E	9.999000E+01
0x4058FF5C28F5C28F	#.0e	1.e+02
0x4058FF5C28F5C28F	+.2e	+1.00e+02
0x4058FF5C28F5C28F	f	99.990000
0x4058FF5C28F5C28F	.0f	100
0x4058FF5C28F5C28F	.2f	99.99
0x4058FF5C28F5C28F	#.0f	100.
0x4058FF5C28F5C28F	10.3f	    99.990
0x4058FF5C28F5C28F	<10.3f	99.990    
0x4058FF5C28F5C28F	010.2f	0000099.99
0x4058FF5C28F5C28F	,.2f	99.99
0x4058FF5C28F5C28F	_.3f	99.990
0x4058FF5C28F5C28F	,	99.99
0x4058FF5C28F5C28F	_	99.99
0x4058FF5C28F5C28F	,f	99.990000
0x4058FF5C28F5C28F	F	99.990000
0x4058FF5C28F5C28F	.2F	99.99
0x4058FF5C28F5C28F	g	99.99
0x4058FF5C28F5C28F	.0g	1e+02
0x4058FF5C28F5C28F	.1g	1e+02
0x4058FF5C28F5C28F	.3g	100
0x4058FF5C28F5C28F	#g	99.9900
0x4058FF5C28F5C28F	#.3g	100.
0x4058FF5C28F5C28F	G	99.99
0x4058FF5C28F5C28F	.3G	100
0x4058FF5C28F5C28F	n	99.99
0x4058FF5C28F5C28F	.3n	100
0x4058FF5C28F5C28F	%	9999.000000%
0x4058FF5C28F5C28F	.1%	9999.0%
0x4058FF5C28F5C28F	+.0%	+9999%
0x4058FF5C28F5C28F	012,.1f	00,000,100.0
0x4058FF5C28F5C28F	0=15,.3f	000,000,099.990
0x4058FF5C28F5C28F	x<12.4g	99.99xxxxxxx
0x4058FF5C28F5C28F	+#.0e	+1.e+02
0x4058FF5C28F5C28F	15	          99.99
0x4058FF5C28F5C28F	.20g	99.989999999999994884
0x4058FF5C28F5C28F	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4058FF5C28F5C28F	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4058FF5C28F5C28F	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4058FF5C28F5C28F	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4058FF5C28F5C28F	,n	!ValueError: Cannot specify ',' with 'n'.
0x4058FF5C28F5C28F	_n	!ValueError: Cannot specify '_' with 'n'.
0x4058FF5C28F5C28F	.	!ValueError: Format specifier missing precision
0x4058FF5C28F5C28F	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4058FF5C28F5C28F	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4058FF5C28F5C28F	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4058FF5C28F5C28F	.2.2	!ValueError: Invalid format specifier
0x4058FF5C28F5C28F	 010,.2f	 00,099.99
0x4058FF5C28F5C28F	#010.1e	0001.0e+02
0x4058FF5C28F5C28F	^	99.99
0x4058FF5C28F5C28F	0	99.99
0x4058FF5C28F5C28F	00	99.99
0x4058FF5C28F5C28F	05	99.99
0x430C6BF526340000		1000000000000000.0
0x430C6BF526340000	10	1000000000000000.0
0x430C6BF526340000	<10	1000000000000000.0
0x430C6BF526340000	^10	1000000000000000.0
0x430C6BF526340000	>10	1000000000000000.0
0x430C6BF526340000	=10	1000000000000000.0
0x430C6BF526340000	*^12	1000000000000000.0
0x430C6BF526340000	+	+1000000000000000.0
0x430C6BF526340000	 	 1000000000000000.0
0x430C6BF526340000	-	1000000000000000.0
0x430C6BF526340000	010	1000000000000000.0
0x430C6BF526340000	+010	+1000000000000000.0
0x430C6BF526340000	.0	1e+15
0x430C6BF526340000	.1	1e+15
0x430C6BF526340000	.2	1e+15
0x430C6BF526340000	.3	1e+15
0x430C6BF526340000	.10	1e+15
0x430C6BF526340000	.17	1000000000000000.0
0x430C6BF526340000	#	1000000000000000.0
0x430C6BF526340000	#.3	1.00e+15
0x430C6BF526340000	e	1.000000e+15
0x430C6BF526340000	.0e	1e+15
0x430C6BF526340000	.3e	1.000e+15
0x430C6BF526340000	E	1.000000E+15
0x430C6BF526340000	#.0e	1.e+15
0x430C6BF526340000	+.2e	+1.00e+15
0x430C6BF526340000	f	1000000000000000.000000
0x430C6BF526340000	.0f	1000000000000000
0x430C6BF526340000	.2f	1000000000000000.00
0x430C6BF526340000	#.0f	1000000000000000.
0x430C6BF526340000	10.3f	1000000000000000.000
0x430C6BF526340000	<10.3f	1000000000000000.000
0x430C6BF526340000	010.2f	1000000000000000.00
0x430C6BF526340000	,.2f	1,000,000,000,000,000.00
0x430C6BF526340000	_.3f	1_000_000_000_000_000.000
0x430C6BF526340000	,	1,000,000,000,000,000.0
0x430C6BF526340000	_	1_000_000_000_000_000.0
0x430C6BF526340000	,f	1,000,000,000,000,000.000000
0x430C6BF526340000	F	1000000000000000.000000
0x430C6BF526340000	.2F	1000000000000000.00
0x430C6BF526340000	g	1e+15
0x430C6BF526340000	.0g	1e+15
0x430C6BF526340000	.1g	1e+15
0x430C6BF526340000	.3g	1e+15
0x430C6BF526340000	#g	1.00000e+15
0x430C6BF526340000	#.3g	1.00e+15
0x430C6BF526340000	G	1E+15
0x430C6BF526340000	.3G	1E+15
0x430C6BF526340000	n	1e+15
0x430C6BF526340000	.3n	1e+15
0x430C6BF526340000	%	100000000000000000.000000%
0x430C6BF526340000	.1%	100000000000000000.0%
0x430C6BF526340000	+.0%	+100000000000000000%
0x430C6BF526340000	012,.1f	1,000,000,000,000,000.0
0x430C6BF526340000	0=15,.3f	1,000,000,000,000,000.000
0x430C6BF526340000	x<12.4g	1e+15xxxxxxx
0x430C6BF526340000	+#.0e	+1.e+15
0x430C6BF526340000	15	1000000000000000.0
0x430C6BF526340000	.20g	1000000000000000
0x430C6BF526340000	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x430C6BF526340000	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x430C6BF526340000	s	!ValueError: Unknown format code 's' for object of type 'float'
0x430C6BF526340000	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x430C6BF526340000	,n	!ValueError: Cannot specify ',' with 'n'.
0x430C6BF526340000	_n	!ValueError: Cannot specify '_' with 'n'.
0x430C6BF526340000	.	!ValueError: Format specifier missing precision
0x430C6BF526340000	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x430C6BF526340000	1,_	!ValueError: Cannot specify both ',' and '_'.
0x430C6BF526340000	++	!ValueError: Unknown format code '+' for object of type 'float'
0x430C6BF526340000	.2.2	!ValueError: Invalid format specifier
0x430C6BF526340000	 010,.2f	 1,000,000,000,000,000.00
0x430C6BF526340000	#010.1e	0001.0e+15
0x430C6BF526340000	^	1000000000000000.0
0x430C6BF526340000	0	1000000000000000.0
0x430C6BF526340000	00	1000000000000000.0
0x430C6BF526340000	05	1000000000000000.0
0x40C81CD6E631F8A1		12345.6789
0x40C81CD6E631F8A1	10	12345.6789
0x40C81CD6E631F8A1	<10	12345.6789
0x40C81CD6E631F8A1	^10	12345.6789
0x40C81CD6E631F8A1	>10	12345.6789
0x40C81CD6E631F8A1	=10	12345.6789
0x40C81CD6E631F8A1	*^12	*12345.6789*
0x40C81CD6E631F8A1	+	+12345.6789
0x40C81CD6E631F8A1	 	 12345.6789
0x40C81CD6E631F8A1	-	12345.6789
0x40C81CD6E631F8A1	010	12345.6789
0x40C81CD6E631F8A1	+010	+12345.6789
0x40C81CD6E631F8A1	.0	1e+04
0x40C81CD6E631F8A1	.1	1e+04
0x40C81CD6E631F8A1	.2	1.2e+04
0x40C81CD6E631F8A1	.3	1.23e+04
0x40C81CD6E631F8A1	.10	12345.6789
0x40C81CD6E631F8A1	.17	12345.678900000001
0x40C81CD6E631F8A1	#	12345.6789
0x40C81CD6E631F8A1	#.3	1.23e+04
0x40C81CD6E631F8A1	e	1.234568e+04
0x40C81CD6E631F8A1	.0e	1e+04
0x40C81CD6E631F8A1	.3e	1.235e+04
0x40C81CD6E631F8A1	E	1.234568E+04
0x40C81CD6E631F8A1	#.0e	1.e+04
0x40C81CD6E631F8A1	+.2e	+1.23e+04
0x40C81CD6E631F8A1	f	12345.678900
0x40C81CD6E631F8A1	.0f	12346
0x40C81CD6E631F8A1	.2f	12345.68
0x40C81CD6E631F8A1	#.0f	12346.
0x40C81CD6E631F8A1	10.3f	 12345.679
0x40C81CD6E631F8A1	<10.3f	12345.679 
0x40C81CD6E631F8A1	010.2f	0012345.68
0x40C81CD6E631F8A1	,.2f	12,345.68
0x40C81CD6E631F8A1	_.3f	12_345.679
0x40C81CD6E631F8A1	,	12,345.6789
0x40C81CD6E631F8A1	_	12_345.6789
0x40C81CD6E631F8A1	,f	12,345.678900
0x40C81CD6E631F8A1	F	12345.678900
0x40C81CD6E631F8A1	.2F	12345.68
0x40C81CD6E631F8A1	g	12345.7
0x40C81CD6E631F8A1	.0g	1e+04
0x40C81CD6E631F8A1	.1g	1e+04
0x40C81CD6E631F8A1	.3g	1.23e+04
0x40C81CD6E631F8A1	#g	12345.7
0x40C81CD6E631F8A1	#.3g	1.23e+04
0x40C81CD6E631F8A1	G	12345.7
0x40C81CD6E631F8A1	.3G	1.23E+04
0x40C81CD6E631F8A1	n	12345.7
0x40C81CD6E631F8A1	.3n	1.23e+04
0x40C81CD6E631F8A1	%	1234567.890000%
0x40C81CD6E631F8A1	.1%	1234567.9%
0x40C81CD6E631F8A1	+.0%	+1234568%
0x40C81CD6E631F8A1	012,.1f	00,012,345.7
0x40C81CD6E631F8A1	0=15,.3f	000,012,345.679
0x40C81CD6E631F8A1	x<12.4g	1.235e+04xxx
0x40C81CD6E631F8A1	+#.0e	+1.e+04
0x40C81CD6E631F8A1	15	     12345.6789
0x40C81CD6E631F8A1	.20g	12345.678900000000795
0x40C81CD6E631F8A1	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x40C81CD6E631F8A1	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x40C81CD6E631F8A1	s	!ValueError: Unknown format code 's' for object of type 'float'
0x40C81CD6E631F8A1	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x40C81CD6E631F8A1	,n	!ValueError: Cannot specify ',' with 'n'.
0x40C81CD6E631F8A1	_n	!ValueError: Cannot specify '_' with 'n'.
0x40C81CD6E631F8A1	.	!ValueError: Format specifier missing precision
0x40C81CD6E631F8A1	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x40C81CD6E631F8A1	1,_	!ValueError: Cannot specify both ',' and '_'.
0x40C81CD6E631F8A1	++	!ValueError: Unknown format code '+' for object of type 'float'
0x40C81CD6E631F8A1	.2.2	!ValueError: Invalid format specifier
0x40C81CD6E631F8A1	 010,.2f	 12,345.68
0x40C81CD6E631F8A1	#010.1e	0001.2e+04
0x40C81CD6E631F8A1	^	12345.6789
0x40C81CD6E631F8A1	0	12345.6789
0x40C81CD6E631F8A1	00	12345.6789
0x40C81CD6E631F8A1	05	12345.6789
0x3DDB7CDFD9D7BDBB		1e-10
0x3DDB7CDFD9D7BDBB	10	     1e-10
0x3DDB7CDFD9D7BDBB	<10	1e-10     
0x3DDB7CDFD9D7BDBB	^10	  1e-10   
0x3DDB7CDFD9D7BDBB	>10	     1e-10
0x3DDB7CDFD9D7BDBB	=10	     1e-10
0x3DDB7CDFD9D7BDBB	*^12	***1e-10****
0x3DDB7CDFD9D7BDBB	+	+1e-10
0x3DDB7CDFD9D7BDBB	 	 1e-10
0x3DDB7CDFD9D7BDBB	-	1e-10
0x3DDB7CDFD9D7BDBB	010	000001e-10
0x3DDB7CDFD9D7BDBB	+010	+00001e-10
0x3DDB7CDFD9D7BDBB	.0	1e-10
0x3DDB7CDFD9D7BDBB	.1	1e-10
0x3DDB7CDFD9D7BDBB	.2	1e-10
0x3DDB7CDFD9D7BDBB	.3	1e-10
0x3DDB7CDFD9D7BDBB	.10	1e-10
0x3DDB7CDFD9D7BDBB	.17	1e-10
0x3DDB7CDFD9D7BDBB	#	1.e-10
0x3DDB7CDFD9D7BDBB	#.3	1.00e-10
0x3DDB7CDFD9D7BDBB	e	1.000000e-10
0x3DDB7CDFD9D7BDBB	.0e	1e-10
0x3DDB7CDFD9D7BDBB	.3e	1.000e-10
0x3DDB7CDFD9D7BDBB	E	1.000000E-10
0x3DDB7CDFD9D7BDBB	#.0e	1.e-10
0x3DDB7CDFD9D7BDBB	+.2e	+1.00e-10
0x3DDB7CDFD9D7BDBB	f	0.000000
0x3DDB7CDFD9D7BDBB	.0f	0
0x3DDB7CDFD9D7BDBB	.2f	0.00
0x3DDB7CDFD9D7BDBB	#.0f	0.
0x3DDB7CDFD9D7BDBB	10.3f	     0.000
0x3DDB7CDFD9D7BDBB	<10.3f	0.000     
0x3DDB7CDFD9D7BDBB	010.2f	0000000.00
0x3DDB7CDFD9D7BDBB	,.2f	0.00
0x3DDB7CDFD9D7BDBB	_.3f	0.000
0x3DDB7CDFD9D7BDBB	,	1e-10
0x3DDB7CDFD9D7BDBB	_	1e-10
0x3DDB7CDFD9D7BDBB	,f	0.000000
0x3DDB7CDFD9D7BDBB	F	0.000000
0x3DDB7CDFD9D7BDBB	.2F	0.00
0x3DDB7CDFD9D7BDBB	g	1e-10
0x3DDB7CDFD9D7BDBB	.0g	1e-10
0x3DDB7CDFD9D7BDBB	.1g	1e-10
0x3DDB7CDFD9D7BDBB	.3g	1e-10
0x3DDB7CDFD9D7BDBB	#g	1.00000e-10
0x3DDB7CDFD9D7BDBB	#.3g	1.00e-10
0x3DDB7CDFD9D7BDBB	G	1E-10
0x3DDB7CDFD9D7BDBB	.3G	1E-10
0x3DDB7CDFD9D7BDBB	n	1e-10
0x3DDB7CDFD9D7BDBB	.3n	1e-10
0x3DDB7CDFD9D7BDBB	%	0.000000%
0x3DDB7CDFD9D7BDBB	.1%	0.0%
0x3DDB7CDFD9D7BDBB	+.0%	+0%
0x3DDB7CDFD9D7BDBB	012,.1f	00,000,000.0
0x3DDB7CDFD9D7BDBB	0=15,.3f	000,000,000.000
0x3DDB7CDFD9D7BDBB	x<12.4g	1e-10xxxxxxx
0x3DDB7CDFD9D7BDBB	+#.0e	+1.e-10
0x3DDB7CDFD9D7BDBB	15	          1e-10
0x3DDB7CDFD9D7BDBB	.20g	1.0000000000000000364e-10
0x3DDB7CDFD9D7BDBB	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x3DDB7CDFD9D7BDBB	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x3DDB7CDFD9D7BDBB	s	!ValueError: Unknown format code 's' for object of type 'float'
0x3DDB7CDFD9D7BDBB	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x3DDB7CDFD9D7BDBB	,n	!ValueError: Cannot specify ',' with 'n'.
0x3DDB7CDFD9D7BDBB	_n	!ValueError: Cannot specify '_' with 'n'.
0x3DDB7CDFD9D7BDBB	.	!ValueError: Format specifier missing precision
0x3DDB7CDFD9D7BDBB	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x3DDB7CDFD9D7BDBB	1,_	!ValueError: Cannot specify both ',' and '_'.
0x3DDB7CDFD9D7BDBB	++	!ValueError: Unknown format code '+' for object of type 'float'
0x3DDB7CDFD9D7BDBB	.2.2	!ValueError: Invalid format specifier
0x3DDB7CDFD9D7BDBB	 010,.2f	 00,000.00
0x3DDB7CDFD9D7BDBB	#010.1e	0001.0e-10
0x3DDB7CDFD9D7BDBB	^	1e-10
0x3DDB7CDFD9D7BDBB	0	1e-10
0x3DDB7CDFD9D7BDBB	00	1e-10
0x3DDB7CDFD9D7BDBB	05	1e-10
0x4005666666666666		2.675
0x4005666666666666	10	     2.675
0x4005666666666666	<10	2.675     
0x4005666666666666	^10	  2.675   
0x4005666666666666	>10	     2.675
0x4005666666666666	=10	     2.675
0x4005666666666666	*^12	***2.675****
0x4005666666666666	+	+2.675
0x4005666666666666	 	 2.675
0x4005666666666666	-	2.675
0x4005666666666666	010	000002.675
0x4005666666666666	+010	+00002.675
0x4005666666666666	.0	3e+00
0x4005666666666666	.1	3e+00
0x4005666666666666	.2	2.7
0x4005666666666666	.3	2.67
0x4005666666666666	.10	2.675
0x4005666666666666	.17	2.6749999999999998
0x4005666666666666	#	2.675
0x4005666666666666	#.3	2.67
0x4005666666666666	e	2.675000e+00
0x4005666666666666	.0e	3e+00
0x4005666666666666	.3e	2.675e+00
0x4005666666666666	E	2.675000E+00
0x4005666666666666	#.0e	3.e+00
0x4005666666666666	+.2e	+2.67e+00
0x4005666666666666	f	2.675000
0x4005666666666666	.0f	3
0x4005666666666666	.2f	2.67
0x4005666666666666	#.0f	3.
0x4005666666666666	10.3f	     2.675
0x4005666666666666	<10.3f	2.675     
0x4005666666666666	010.2f	0000002.67
0x4005666666666666	,.2f	2.67
0x4005666666666666	_.3f	2.675
0x4005666666666666	,	2.675
0x4005666666666666	_	2.675
0x4005666666666666	,f	2.675000
0x4005666666666666	F	2.675000
0x4005666666666666	.2F	2.67
0x4005666666666666	g	2.675
0x4005666666666666	.0g	3
0x4005666666666666	.1g	3
0x4005666666666666	.3g	2.67
0x4005666666666666	#g	2.67500
0x4005666666666666	#.3g	2.67
0x4005666666666666	G	2.675
0x4005666666666666	.3G	2.67
0x4005666666666666	n	2.675
0x4005666666666666	.3n	2.67
0x4005666666666666	%	267.500000%
0x4005666666666666	.1%	267.5%
0x4005666666666666	+.0%	+268%
0x4005666666666666	012,.1f	00,000,002.7
0x4005666666666666	0=15,.3f	000,000,002.675
0x4005666666666666	x<12.4g	2.675xxxxxxx
0x4005666666666666	+#.0e	+3.e+00
0x4005666666666666	15	          2.675
0x4005666666666666	.20g	2.6749999999999998224
0x4005666666666666	d	!ValueError: Unknown format code 'd' for object of type 'float'
0x4005666666666666	x	!ValueError: Unknown format code 'x' for object of type 'float'
0x4005666666666666	s	!ValueError: Unknown format code 's' for object of type 'float'
0x4005666666666666	c	!ValueError: Unknown format code 'c' for object of type 'float'
0x4005666666666666	,n	!ValueError: Cannot specify ',' with 'n'.
0x4005666666666666	_n	!ValueError: Cannot specify '_' with 'n'.
0x4005666666666666	.	!ValueError: Format specifier missing precision
0x4005666666666666	z	!ValueError: Unknown format code 'z' for object of type 'float'
0x4005666666666666	1,_	!ValueError: Cannot specify both ',' and '_'.
0x4005666666666666	++	!ValueError: Unknown format code '+' for object of type 'float'
0x4005666666666666	.2.2	!ValueError: Invalid format specifier
0x4005666666666666	 010,.2f	 00,002.67
0x4005666666666666	#010.1e	0002.7e+00
0x4005666666666666	^	2.675
0x4005666666666666	0	2.675
0x4005666666666666	00	2.675
0x4005666666666666	05	2.675
"""#
let formatIntCases = #"""
0		0
0	d	0
0	5	    0
0	<5	0    
0	^7	   0   
0	=+8	+      0
0	+	+0
0	 	 0
0	-	0
0	05	00000
0	+05	+0000
0	,	0
0	_	0
0	,d	0
0	_d	0
0	b	0
0	#b	0b0
0	_b	0
0	#_b	0b0
0	o	0
0	#o	0o0
0	x	0
0	#x	0x0
0	X	0
0	#X	0X0
0	#_x	0x0
0	_x	0
0	#010x	0x00000000
0	010,	00,000,000
0	08,	0,000,000
0	09,	0,000,000
0	0=12_	0_000_000_000
0	n	0
0	,n	!ValueError: Cannot specify ',' with 'n'.
0	c	\u{0}
0	5c	    \u{0}
0	<5c	\u{0}    
0	05c	0000\u{0}
0	+c	!ValueError: Sign not allowed with integer format specifier 'c'
0	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
0	.2	!ValueError: Precision not allowed in integer format specifier
0	.2d	!ValueError: Precision not allowed in integer format specifier
0	e	0.000000e+00
0	.2e	0.00e+00
0	f	0.000000
0	.1f	0.0
0	g	0
0	%	0.000000%
0	.0%	0%
0	E	0.000000E+00
0	G	0
0	F	0.000000
0	s	!ValueError: Unknown format code 's' for object of type 'int'
0	z	!ValueError: Unknown format code 'z' for object of type 'int'
0	*>+10,	********+0
0	#^+15_o	######+0#######
0	x<10	0xxxxxxxxx
0	0<8	00000000
0	_X	0
0	,x	!ValueError: Cannot specify ',' with 'x'.
0	,b	!ValueError: Cannot specify ',' with 'b'.
0	#,	0
0	1_000	!ValueError: Invalid format specifier
0	0_>10	!ValueError: Invalid format specifier
0	\u{E9}^9	\u{E9}\u{E9}\u{E9}\u{E9}0\u{E9}\u{E9}\u{E9}\u{E9}
0	\u{20AC}<6d	0\u{20AC}\u{20AC}\u{20AC}\u{20AC}\u{20AC}
1		1
1	d	1
1	5	    1
1	<5	1    
1	^7	   1   
1	=+8	+      1
1	+	+1
1	 	 1
1	-	1
1	05	00001
1	+05	+0001
1	,	1
1	_	1
1	,d	1
1	_d	1
1	b	1
1	#b	0b1
1	_b	1
1	#_b	0b1
1	o	1
1	#o	0o1
1	x	1
1	#x	0x1
1	X	1
1	#X	0X1
1	#_x	0x1
1	_x	1
1	#010x	0x00000001
1	010,	00,000,001
1	08,	0,000,001
1	09,	0,000,001
1	0=12_	0_000_000_001
1	n	1
1	,n	!ValueError: Cannot specify ',' with 'n'.
1	c	\u{1}
1	5c	    \u{1}
1	<5c	\u{1}    
1	05c	0000\u{1}
1	+c	!ValueError: Sign not allowed with integer format specifier 'c'
1	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
1	.2	!ValueError: Precision not allowed in integer format specifier
1	.2d	!ValueError: Precision not allowed in integer format specifier
1	e	1.000000e+00
1	.2e	1.00e+00
1	f	1.000000
1	.1f	1.0
1	g	1
1	%	100.000000%
1	.0%	100%
1	E	1.000000E+00
1	G	1
1	F	1.000000
1	s	!ValueError: Unknown format code 's' for object of type 'int'
1	z	!ValueError: Unknown format code 'z' for object of type 'int'
1	*>+10,	********+1
1	#^+15_o	######+1#######
1	x<10	1xxxxxxxxx
1	0<8	10000000
1	_X	1
1	,x	!ValueError: Cannot specify ',' with 'x'.
1	,b	!ValueError: Cannot specify ',' with 'b'.
1	#,	1
1	1_000	!ValueError: Invalid format specifier
1	0_>10	!ValueError: Invalid format specifier
1	\u{E9}^9	\u{E9}\u{E9}\u{E9}\u{E9}1\u{E9}\u{E9}\u{E9}\u{E9}
1	\u{20AC}<6d	1\u{20AC}\u{20AC}\u{20AC}\u{20AC}\u{20AC}
-1		-1
-1	d	-1
-1	5	   -1
-1	<5	-1   
-1	^7	  -1   
-1	=+8	-      1
-1	+	-1
-1	 	-1
-1	-	-1
-1	05	-0001
-1	+05	-0001
-1	,	-1
-1	_	-1
-1	,d	-1
-1	_d	-1
-1	b	-1
-1	#b	-0b1
-1	_b	-1
-1	#_b	-0b1
-1	o	-1
-1	#o	-0o1
-1	x	-1
-1	#x	-0x1
-1	X	-1
-1	#X	-0X1
-1	#_x	-0x1
-1	_x	-1
-1	#010x	-0x0000001
-1	010,	-0,000,001
-1	08,	-000,001
-1	09,	-0,000,001
-1	0=12_	-000_000_001
-1	n	-1
-1	,n	!ValueError: Cannot specify ',' with 'n'.
-1	c	!OverflowError: %c arg not in range(0x110000)
-1	5c	!OverflowError: %c arg not in range(0x110000)
-1	<5c	!OverflowError: %c arg not in range(0x110000)
-1	05c	!OverflowError: %c arg not in range(0x110000)
-1	+c	!ValueError: Sign not allowed with integer format specifier 'c'
-1	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
-1	.2	!ValueError: Precision not allowed in integer format specifier
-1	.2d	!ValueError: Precision not allowed in integer format specifier
-1	e	-1.000000e+00
-1	.2e	-1.00e+00
-1	f	-1.000000
-1	.1f	-1.0
-1	g	-1
-1	%	-100.000000%
-1	.0%	-100%
-1	E	-1.000000E+00
-1	G	-1
-1	F	-1.000000
-1	s	!ValueError: Unknown format code 's' for object of type 'int'
-1	z	!ValueError: Unknown format code 'z' for object of type 'int'
-1	*>+10,	********-1
-1	#^+15_o	######-1#######
-1	x<10	-1xxxxxxxx
-1	0<8	-1000000
-1	_X	-1
-1	,x	!ValueError: Cannot specify ',' with 'x'.
-1	,b	!ValueError: Cannot specify ',' with 'b'.
-1	#,	-1
-1	1_000	!ValueError: Invalid format specifier
-1	0_>10	!ValueError: Invalid format specifier
-1	\u{E9}^9	\u{E9}\u{E9}\u{E9}-1\u{E9}\u{E9}\u{E9}\u{E9}
-1	\u{20AC}<6d	-1\u{20AC}\u{20AC}\u{20AC}\u{20AC}
7		7
7	d	7
7	5	    7
7	<5	7    
7	^7	   7   
7	=+8	+      7
7	+	+7
7	 	 7
7	-	7
7	05	00007
7	+05	+0007
7	,	7
7	_	7
7	,d	7
7	_d	7
7	b	111
7	#b	0b111
7	_b	111
7	#_b	0b111
7	o	7
7	#o	0o7
7	x	7
7	#x	0x7
7	X	7
7	#X	0X7
7	#_x	0x7
7	_x	7
7	#010x	0x00000007
7	010,	00,000,007
7	08,	0,000,007
7	09,	0,000,007
7	0=12_	0_000_000_007
7	n	7
7	,n	!ValueError: Cannot specify ',' with 'n'.
7	c	\u{7}
7	5c	    \u{7}
7	<5c	\u{7}    
7	05c	0000\u{7}
7	+c	!ValueError: Sign not allowed with integer format specifier 'c'
7	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
7	.2	!ValueError: Precision not allowed in integer format specifier
7	.2d	!ValueError: Precision not allowed in integer format specifier
7	e	7.000000e+00
7	.2e	7.00e+00
7	f	7.000000
7	.1f	7.0
7	g	7
7	%	700.000000%
7	.0%	700%
7	E	7.000000E+00
7	G	7
7	F	7.000000
7	s	!ValueError: Unknown format code 's' for object of type 'int'
7	z	!ValueError: Unknown format code 'z' for object of type 'int'
7	*>+10,	********+7
7	#^+15_o	######+7#######
7	x<10	7xxxxxxxxx
7	0<8	70000000
7	_X	7
7	,x	!ValueError: Cannot specify ',' with 'x'.
7	,b	!ValueError: Cannot specify ',' with 'b'.
7	#,	7
7	1_000	!ValueError: Invalid format specifier
7	0_>10	!ValueError: Invalid format specifier
7	\u{E9}^9	\u{E9}\u{E9}\u{E9}\u{E9}7\u{E9}\u{E9}\u{E9}\u{E9}
7	\u{20AC}<6d	7\u{20AC}\u{20AC}\u{20AC}\u{20AC}\u{20AC}
42		42
42	d	42
42	5	   42
42	<5	42   
42	^7	  42   
42	=+8	+     42
42	+	+42
42	 	 42
42	-	42
42	05	00042
42	+05	+0042
42	,	42
42	_	42
42	,d	42
42	_d	42
42	b	101010
42	#b	0b101010
42	_b	10_1010
42	#_b	0b10_1010
42	o	52
42	#o	0o52
42	x	2a
42	#x	0x2a
42	X	2A
42	#X	0X2A
42	#_x	0x2a
42	_x	2a
42	#010x	0x0000002a
42	010,	00,000,042
42	08,	0,000,042
42	09,	0,000,042
42	0=12_	0_000_000_042
42	n	42
42	,n	!ValueError: Cannot specify ',' with 'n'.
42	c	*
42	5c	    *
42	<5c	*    
42	05c	0000*
42	+c	!ValueError: Sign not allowed with integer format specifier 'c'
42	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
42	.2	!ValueError: Precision not allowed in integer format specifier
42	.2d	!ValueError: Precision not allowed in integer format specifier
42	e	4.200000e+01
42	.2e	4.20e+01
42	f	42.000000
42	.1f	42.0
42	g	42
42	%	4200.000000%
42	.0%	4200%
42	E	4.200000E+01
42	G	42
42	F	42.000000
42	s	!ValueError: Unknown format code 's' for object of type 'int'
42	z	!ValueError: Unknown format code 'z' for object of type 'int'
42	*>+10,	*******+42
42	#^+15_o	######+52######
42	x<10	42xxxxxxxx
42	0<8	42000000
42	_X	2A
42	,x	!ValueError: Cannot specify ',' with 'x'.
42	,b	!ValueError: Cannot specify ',' with 'b'.
42	#,	42
42	1_000	!ValueError: Invalid format specifier
42	0_>10	!ValueError: Invalid format specifier
42	\u{E9}^9	\u{E9}\u{E9}\u{E9}42\u{E9}\u{E9}\u{E9}\u{E9}
42	\u{20AC}<6d	42\u{20AC}\u{20AC}\u{20AC}\u{20AC}
-42		-42
-42	d	-42
-42	5	  -42
-42	<5	-42  
-42	^7	  -42  
-42	=+8	-     42
-42	+	-42
-42	 	-42
-42	-	-42
-42	05	-0042
-42	+05	-0042
-42	,	-42
-42	_	-42
-42	,d	-42
-42	_d	-42
-42	b	-101010
-42	#b	-0b101010
-42	_b	-10_1010
-42	#_b	-0b10_1010
-42	o	-52
-42	#o	-0o52
-42	x	-2a
-42	#x	-0x2a
-42	X	-2A
-42	#X	-0X2A
-42	#_x	-0x2a
-42	_x	-2a
-42	#010x	-0x000002a
-42	010,	-0,000,042
-42	08,	-000,042
-42	09,	-0,000,042
-42	0=12_	-000_000_042
-42	n	-42
-42	,n	!ValueError: Cannot specify ',' with 'n'.
-42	c	!OverflowError: %c arg not in range(0x110000)
-42	5c	!OverflowError: %c arg not in range(0x110000)
-42	<5c	!OverflowError: %c arg not in range(0x110000)
-42	05c	!OverflowError: %c arg not in range(0x110000)
-42	+c	!ValueError: Sign not allowed with integer format specifier 'c'
-42	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
-42	.2	!ValueError: Precision not allowed in integer format specifier
-42	.2d	!ValueError: Precision not allowed in integer format specifier
-42	e	-4.200000e+01
-42	.2e	-4.20e+01
-42	f	-42.000000
-42	.1f	-42.0
-42	g	-42
-42	%	-4200.000000%
-42	.0%	-4200%
-42	E	-4.200000E+01
-42	G	-42
-42	F	-42.000000
-42	s	!ValueError: Unknown format code 's' for object of type 'int'
-42	z	!ValueError: Unknown format code 'z' for object of type 'int'
-42	*>+10,	*******-42
-42	#^+15_o	######-52######
-42	x<10	-42xxxxxxx
-42	0<8	-4200000
-42	_X	-2A
-42	,x	!ValueError: Cannot specify ',' with 'x'.
-42	,b	!ValueError: Cannot specify ',' with 'b'.
-42	#,	-42
-42	1_000	!ValueError: Invalid format specifier
-42	0_>10	!ValueError: Invalid format specifier
-42	\u{E9}^9	\u{E9}\u{E9}\u{E9}-42\u{E9}\u{E9}\u{E9}
-42	\u{20AC}<6d	-42\u{20AC}\u{20AC}\u{20AC}
65		65
65	d	65
65	5	   65
65	<5	65   
65	^7	  65   
65	=+8	+     65
65	+	+65
65	 	 65
65	-	65
65	05	00065
65	+05	+0065
65	,	65
65	_	65
65	,d	65
65	_d	65
65	b	1000001
65	#b	0b1000001
65	_b	100_0001
65	#_b	0b100_0001
65	o	101
65	#o	0o101
65	x	41
65	#x	0x41
65	X	41
65	#X	0X41
65	#_x	0x41
65	_x	41
65	#010x	0x00000041
65	010,	00,000,065
65	08,	0,000,065
65	09,	0,000,065
65	0=12_	0_000_000_065
65	n	65
65	,n	!ValueError: Cannot specify ',' with 'n'.
65	c	A
65	5c	    A
65	<5c	A    
65	05c	0000A
65	+c	!ValueError: Sign not allowed with integer format specifier 'c'
65	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
65	.2	!ValueError: Precision not allowed in integer format specifier
65	.2d	!ValueError: Precision not allowed in integer format specifier
65	e	6.500000e+01
65	.2e	6.50e+01
65	f	65.000000
65	.1f	65.0
65	g	65
65	%	6500.000000%
65	.0%	6500%
65	E	6.500000E+01
65	G	65
65	F	65.000000
65	s	!ValueError: Unknown format code 's' for object of type 'int'
65	z	!ValueError: Unknown format code 'z' for object of type 'int'
65	*>+10,	*******+65
65	#^+15_o	#####+101######
65	x<10	65xxxxxxxx
65	0<8	65000000
65	_X	41
65	,x	!ValueError: Cannot specify ',' with 'x'.
65	,b	!ValueError: Cannot specify ',' with 'b'.
65	#,	65
65	1_000	!ValueError: Invalid format specifier
65	0_>10	!ValueError: Invalid format specifier
65	\u{E9}^9	\u{E9}\u{E9}\u{E9}65\u{E9}\u{E9}\u{E9}\u{E9}
65	\u{20AC}<6d	65\u{20AC}\u{20AC}\u{20AC}\u{20AC}
255		255
255	d	255
255	5	  255
255	<5	255  
255	^7	  255  
255	=+8	+    255
255	+	+255
255	 	 255
255	-	255
255	05	00255
255	+05	+0255
255	,	255
255	_	255
255	,d	255
255	_d	255
255	b	11111111
255	#b	0b11111111
255	_b	1111_1111
255	#_b	0b1111_1111
255	o	377
255	#o	0o377
255	x	ff
255	#x	0xff
255	X	FF
255	#X	0XFF
255	#_x	0xff
255	_x	ff
255	#010x	0x000000ff
255	010,	00,000,255
255	08,	0,000,255
255	09,	0,000,255
255	0=12_	0_000_000_255
255	n	255
255	,n	!ValueError: Cannot specify ',' with 'n'.
255	c	\u{FF}
255	5c	    \u{FF}
255	<5c	\u{FF}    
255	05c	0000\u{FF}
255	+c	!ValueError: Sign not allowed with integer format specifier 'c'
255	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
255	.2	!ValueError: Precision not allowed in integer format specifier
255	.2d	!ValueError: Precision not allowed in integer format specifier
255	e	2.550000e+02
255	.2e	2.55e+02
255	f	255.000000
255	.1f	255.0
255	g	255
255	%	25500.000000%
255	.0%	25500%
255	E	2.550000E+02
255	G	255
255	F	255.000000
255	s	!ValueError: Unknown format code 's' for object of type 'int'
255	z	!ValueError: Unknown format code 'z' for object of type 'int'
255	*>+10,	******+255
255	#^+15_o	#####+377######
255	x<10	255xxxxxxx
255	0<8	25500000
255	_X	FF
255	,x	!ValueError: Cannot specify ',' with 'x'.
255	,b	!ValueError: Cannot specify ',' with 'b'.
255	#,	255
255	1_000	!ValueError: Invalid format specifier
255	0_>10	!ValueError: Invalid format specifier
255	\u{E9}^9	\u{E9}\u{E9}\u{E9}255\u{E9}\u{E9}\u{E9}
255	\u{20AC}<6d	255\u{20AC}\u{20AC}\u{20AC}
-255		-255
-255	d	-255
-255	5	 -255
-255	<5	-255 
-255	^7	 -255  
-255	=+8	-    255
-255	+	-255
-255	 	-255
-255	-	-255
-255	05	-0255
-255	+05	-0255
-255	,	-255
-255	_	-255
-255	,d	-255
-255	_d	-255
-255	b	-11111111
-255	#b	-0b11111111
-255	_b	-1111_1111
-255	#_b	-0b1111_1111
-255	o	-377
-255	#o	-0o377
-255	x	-ff
-255	#x	-0xff
-255	X	-FF
-255	#X	-0XFF
-255	#_x	-0xff
-255	_x	-ff
-255	#010x	-0x00000ff
-255	010,	-0,000,255
-255	08,	-000,255
-255	09,	-0,000,255
-255	0=12_	-000_000_255
-255	n	-255
-255	,n	!ValueError: Cannot specify ',' with 'n'.
-255	c	!OverflowError: %c arg not in range(0x110000)
-255	5c	!OverflowError: %c arg not in range(0x110000)
-255	<5c	!OverflowError: %c arg not in range(0x110000)
-255	05c	!OverflowError: %c arg not in range(0x110000)
-255	+c	!ValueError: Sign not allowed with integer format specifier 'c'
-255	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
-255	.2	!ValueError: Precision not allowed in integer format specifier
-255	.2d	!ValueError: Precision not allowed in integer format specifier
-255	e	-2.550000e+02
-255	.2e	-2.55e+02
-255	f	-255.000000
-255	.1f	-255.0
-255	g	-255
-255	%	-25500.000000%
-255	.0%	-25500%
-255	E	-2.550000E+02
-255	G	-255
-255	F	-255.000000
-255	s	!ValueError: Unknown format code 's' for object of type 'int'
-255	z	!ValueError: Unknown format code 'z' for object of type 'int'
-255	*>+10,	******-255
-255	#^+15_o	#####-377######
-255	x<10	-255xxxxxx
-255	0<8	-2550000
-255	_X	-FF
-255	,x	!ValueError: Cannot specify ',' with 'x'.
-255	,b	!ValueError: Cannot specify ',' with 'b'.
-255	#,	-255
-255	1_000	!ValueError: Invalid format specifier
-255	0_>10	!ValueError: Invalid format specifier
-255	\u{E9}^9	\u{E9}\u{E9}-255\u{E9}\u{E9}\u{E9}
-255	\u{20AC}<6d	-255\u{20AC}\u{20AC}
1000		1000
1000	d	1000
1000	5	 1000
1000	<5	1000 
1000	^7	 1000  
1000	=+8	+   1000
1000	+	+1000
1000	 	 1000
1000	-	1000
1000	05	01000
1000	+05	+1000
1000	,	1,000
1000	_	1_000
1000	,d	1,000
1000	_d	1_000
1000	b	1111101000
1000	#b	0b1111101000
1000	_b	11_1110_1000
1000	#_b	0b11_1110_1000
1000	o	1750
1000	#o	0o1750
1000	x	3e8
1000	#x	0x3e8
1000	X	3E8
1000	#X	0X3E8
1000	#_x	0x3e8
1000	_x	3e8
1000	#010x	0x000003e8
1000	010,	00,001,000
1000	08,	0,001,000
1000	09,	0,001,000
1000	0=12_	0_000_001_000
1000	n	1000
1000	,n	!ValueError: Cannot specify ',' with 'n'.
1000	c	\u{3E8}
1000	5c	    \u{3E8}
1000	<5c	\u{3E8}    
1000	05c	0000\u{3E8}
1000	+c	!ValueError: Sign not allowed with integer format specifier 'c'
1000	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
1000	.2	!ValueError: Precision not allowed in integer format specifier
1000	.2d	!ValueError: Precision not allowed in integer format specifier
1000	e	1.000000e+03
1000	.2e	1.00e+03
1000	f	1000.000000
1000	.1f	1000.0
1000	g	1000
1000	%	100000.000000%
1000	.0%	100000%
1000	E	1.000000E+03
1000	G	1000
1000	F	1000.000000
1000	s	!ValueError: Unknown format code 's' for object of type 'int'
1000	z	!ValueError: Unknown format code 'z' for object of type 'int'
1000	*>+10,	****+1,000
1000	#^+15_o	#####+1750#####
1000	x<10	1000xxxxxx
1000	0<8	10000000
1000	_X	3E8
1000	,x	!ValueError: Cannot specify ',' with 'x'.
1000	,b	!ValueError: Cannot specify ',' with 'b'.
1000	#,	1,000
1000	1_000	!ValueError: Invalid format specifier
1000	0_>10	!ValueError: Invalid format specifier
1000	\u{E9}^9	\u{E9}\u{E9}1000\u{E9}\u{E9}\u{E9}
1000	\u{20AC}<6d	1000\u{20AC}\u{20AC}
1234		1234
1234	d	1234
1234	5	 1234
1234	<5	1234 
1234	^7	 1234  
1234	=+8	+   1234
1234	+	+1234
1234	 	 1234
1234	-	1234
1234	05	01234
1234	+05	+1234
1234	,	1,234
1234	_	1_234
1234	,d	1,234
1234	_d	1_234
1234	b	10011010010
1234	#b	0b10011010010
1234	_b	100_1101_0010
1234	#_b	0b100_1101_0010
1234	o	2322
1234	#o	0o2322
1234	x	4d2
1234	#x	0x4d2
1234	X	4D2
1234	#X	0X4D2
1234	#_x	0x4d2
1234	_x	4d2
1234	#010x	0x000004d2
1234	010,	00,001,234
1234	08,	0,001,234
1234	09,	0,001,234
1234	0=12_	0_000_001_234
1234	n	1234
1234	,n	!ValueError: Cannot specify ',' with 'n'.
1234	c	\u{4D2}
1234	5c	    \u{4D2}
1234	<5c	\u{4D2}    
1234	05c	0000\u{4D2}
1234	+c	!ValueError: Sign not allowed with integer format specifier 'c'
1234	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
1234	.2	!ValueError: Precision not allowed in integer format specifier
1234	.2d	!ValueError: Precision not allowed in integer format specifier
1234	e	1.234000e+03
1234	.2e	1.23e+03
1234	f	1234.000000
1234	.1f	1234.0
1234	g	1234
1234	%	123400.000000%
1234	.0%	123400%
1234	E	1.234000E+03
1234	G	1234
1234	F	1234.000000
1234	s	!ValueError: Unknown format code 's' for object of type 'int'
1234	z	!ValueError: Unknown format code 'z' for object of type 'int'
1234	*>+10,	****+1,234
1234	#^+15_o	#####+2322#####
1234	x<10	1234xxxxxx
1234	0<8	12340000
1234	_X	4D2
1234	,x	!ValueError: Cannot specify ',' with 'x'.
1234	,b	!ValueError: Cannot specify ',' with 'b'.
1234	#,	1,234
1234	1_000	!ValueError: Invalid format specifier
1234	0_>10	!ValueError: Invalid format specifier
1234	\u{E9}^9	\u{E9}\u{E9}1234\u{E9}\u{E9}\u{E9}
1234	\u{20AC}<6d	1234\u{20AC}\u{20AC}
-1234		-1234
-1234	d	-1234
-1234	5	-1234
-1234	<5	-1234
-1234	^7	 -1234 
-1234	=+8	-   1234
-1234	+	-1234
-1234	 	-1234
-1234	-	-1234
-1234	05	-1234
-1234	+05	-1234
-1234	,	-1,234
-1234	_	-1_234
-1234	,d	-1,234
-1234	_d	-1_234
-1234	b	-10011010010
-1234	#b	-0b10011010010
-1234	_b	-100_1101_0010
-1234	#_b	-0b100_1101_0010
-1234	o	-2322
-1234	#o	-0o2322
-1234	x	-4d2
-1234	#x	-0x4d2
-1234	X	-4D2
-1234	#X	-0X4D2
-1234	#_x	-0x4d2
-1234	_x	-4d2
-1234	#010x	-0x00004d2
-1234	010,	-0,001,234
-1234	08,	-001,234
-1234	09,	-0,001,234
-1234	0=12_	-000_001_234
-1234	n	-1234
-1234	,n	!ValueError: Cannot specify ',' with 'n'.
-1234	c	!OverflowError: %c arg not in range(0x110000)
-1234	5c	!OverflowError: %c arg not in range(0x110000)
-1234	<5c	!OverflowError: %c arg not in range(0x110000)
-1234	05c	!OverflowError: %c arg not in range(0x110000)
-1234	+c	!ValueError: Sign not allowed with integer format specifier 'c'
-1234	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
-1234	.2	!ValueError: Precision not allowed in integer format specifier
-1234	.2d	!ValueError: Precision not allowed in integer format specifier
-1234	e	-1.234000e+03
-1234	.2e	-1.23e+03
-1234	f	-1234.000000
-1234	.1f	-1234.0
-1234	g	-1234
-1234	%	-123400.000000%
-1234	.0%	-123400%
-1234	E	-1.234000E+03
-1234	G	-1234
-1234	F	-1234.000000
-1234	s	!ValueError: Unknown format code 's' for object of type 'int'
-1234	z	!ValueError: Unknown format code 'z' for object of type 'int'
-1234	*>+10,	****-1,234
-1234	#^+15_o	#####-2322#####
-1234	x<10	-1234xxxxx
-1234	0<8	-1234000
-1234	_X	-4D2
-1234	,x	!ValueError: Cannot specify ',' with 'x'.
-1234	,b	!ValueError: Cannot specify ',' with 'b'.
-1234	#,	-1,234
-1234	1_000	!ValueError: Invalid format specifier
-1234	0_>10	!ValueError: Invalid format specifier
-1234	\u{E9}^9	\u{E9}\u{E9}-1234\u{E9}\u{E9}
-1234	\u{20AC}<6d	-1234\u{20AC}
123456789		123456789
123456789	d	123456789
123456789	5	123456789
123456789	<5	123456789
123456789	^7	123456789
123456789	=+8	+123456789
123456789	+	+123456789
123456789	 	 123456789
123456789	-	123456789
123456789	05	123456789
123456789	+05	+123456789
123456789	,	123,456,789
123456789	_	123_456_789
123456789	,d	123,456,789
123456789	_d	123_456_789
123456789	b	111010110111100110100010101
123456789	#b	0b111010110111100110100010101
123456789	_b	111_0101_1011_1100_1101_0001_0101
123456789	#_b	0b111_0101_1011_1100_1101_0001_0101
123456789	o	726746425
123456789	#o	0o726746425
123456789	x	75bcd15
123456789	#x	0x75bcd15
123456789	X	75BCD15
123456789	#X	0X75BCD15
123456789	#_x	0x75b_cd15
123456789	_x	75b_cd15
123456789	#010x	0x075bcd15
123456789	010,	123,456,789
123456789	08,	123,456,789
123456789	09,	123,456,789
123456789	0=12_	0_123_456_789
123456789	n	123456789
123456789	,n	!ValueError: Cannot specify ',' with 'n'.
123456789	c	!OverflowError: %c arg not in range(0x110000)
123456789	5c	!OverflowError: %c arg not in range(0x110000)
123456789	<5c	!OverflowError: %c arg not in range(0x110000)
123456789	05c	!OverflowError: %c arg not in range(0x110000)
123456789	+c	!ValueError: Sign not allowed with integer format specifier 'c'
123456789	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
123456789	.2	!ValueError: Precision not allowed in integer format specifier
123456789	.2d	!ValueError: Precision not allowed in integer format specifier
123456789	e	1.234568e+08
123456789	.2e	1.23e+08
123456789	f	123456789.000000
123456789	.1f	123456789.0
123456789	g	1.23457e+08
123456789	%	12345678900.000000%
123456789	.0%	12345678900%
123456789	E	1.234568E+08
123456789	G	1.23457E+08
123456789	F	123456789.000000
123456789	s	!ValueError: Unknown format code 's' for object of type 'int'
123456789	z	!ValueError: Unknown format code 'z' for object of type 'int'
123456789	*>+10,	+123,456,789
123456789	#^+15_o	#+7_2674_6425##
123456789	x<10	123456789x
123456789	0<8	123456789
123456789	_X	75B_CD15
123456789	,x	!ValueError: Cannot specify ',' with 'x'.
123456789	,b	!ValueError: Cannot specify ',' with 'b'.
123456789	#,	123,456,789
123456789	1_000	!ValueError: Invalid format specifier
123456789	0_>10	!ValueError: Invalid format specifier
123456789	\u{E9}^9	123456789
123456789	\u{20AC}<6d	123456789
-987654321		-987654321
-987654321	d	-987654321
-987654321	5	-987654321
-987654321	<5	-987654321
-987654321	^7	-987654321
-987654321	=+8	-987654321
-987654321	+	-987654321
-987654321	 	-987654321
-987654321	-	-987654321
-987654321	05	-987654321
-987654321	+05	-987654321
-987654321	,	-987,654,321
-987654321	_	-987_654_321
-987654321	,d	-987,654,321
-987654321	_d	-987_654_321
-987654321	b	-111010110111100110100010110001
-987654321	#b	-0b111010110111100110100010110001
-987654321	_b	-11_1010_1101_1110_0110_1000_1011_0001
-987654321	#_b	-0b11_1010_1101_1110_0110_1000_1011_0001
-987654321	o	-7267464261
-987654321	#o	-0o7267464261
-987654321	x	-3ade68b1
-987654321	#x	-0x3ade68b1
-987654321	X	-3ADE68B1
-987654321	#X	-0X3ADE68B1
-987654321	#_x	-0x3ade_68b1
-987654321	_x	-3ade_68b1
-987654321	#010x	-0x3ade68b1
-987654321	010,	-987,654,321
-987654321	08,	-987,654,321
-987654321	09,	-987,654,321
-987654321	0=12_	-987_654_321
-987654321	n	-987654321
-987654321	,n	!ValueError: Cannot specify ',' with 'n'.
-987654321	c	!OverflowError: %c arg not in range(0x110000)
-987654321	5c	!OverflowError: %c arg not in range(0x110000)
-987654321	<5c	!OverflowError: %c arg not in range(0x110000)
-987654321	05c	!OverflowError: %c arg not in range(0x110000)
-987654321	+c	!ValueError: Sign not allowed with integer format specifier 'c'
-987654321	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
-987654321	.2	!ValueError: Precision not allowed in integer format specifier
-987654321	.2d	!ValueError: Precision not allowed in integer format specifier
-987654321	e	-9.876543e+08
-987654321	.2e	-9.88e+08
-987654321	f	-987654321.000000
-987654321	.1f	-987654321.0
-987654321	g	-9.87654e+08
-987654321	%	-98765432100.000000%
-987654321	.0%	-98765432100%
-987654321	E	-9.876543E+08
-987654321	G	-9.87654E+08
-987654321	F	-987654321.000000
-987654321	s	!ValueError: Unknown format code 's' for object of type 'int'
-987654321	z	!ValueError: Unknown format code 'z' for object of type 'int'
-987654321	*>+10,	-987,654,321
-987654321	#^+15_o	#-72_6746_4261#
-987654321	x<10	-987654321
-987654321	0<8	-987654321
-987654321	_X	-3ADE_68B1
-987654321	,x	!ValueError: Cannot specify ',' with 'x'.
-987654321	,b	!ValueError: Cannot specify ',' with 'b'.
-987654321	#,	-987,654,321
-987654321	1_000	!ValueError: Invalid format specifier
-987654321	0_>10	!ValueError: Invalid format specifier
-987654321	\u{E9}^9	-987654321
-987654321	\u{20AC}<6d	-987654321
2147483648		2147483648
2147483648	d	2147483648
2147483648	5	2147483648
2147483648	<5	2147483648
2147483648	^7	2147483648
2147483648	=+8	+2147483648
2147483648	+	+2147483648
2147483648	 	 2147483648
2147483648	-	2147483648
2147483648	05	2147483648
2147483648	+05	+2147483648
2147483648	,	2,147,483,648
2147483648	_	2_147_483_648
2147483648	,d	2,147,483,648
2147483648	_d	2_147_483_648
2147483648	b	10000000000000000000000000000000
2147483648	#b	0b10000000000000000000000000000000
2147483648	_b	1000_0000_0000_0000_0000_0000_0000_0000
2147483648	#_b	0b1000_0000_0000_0000_0000_0000_0000_0000
2147483648	o	20000000000
2147483648	#o	0o20000000000
2147483648	x	80000000
2147483648	#x	0x80000000
2147483648	X	80000000
2147483648	#X	0X80000000
2147483648	#_x	0x8000_0000
2147483648	_x	8000_0000
2147483648	#010x	0x80000000
2147483648	010,	2,147,483,648
2147483648	08,	2,147,483,648
2147483648	09,	2,147,483,648
2147483648	0=12_	2_147_483_648
2147483648	n	2147483648
2147483648	,n	!ValueError: Cannot specify ',' with 'n'.
2147483648	c	!OverflowError: %c arg not in range(0x110000)
2147483648	5c	!OverflowError: %c arg not in range(0x110000)
2147483648	<5c	!OverflowError: %c arg not in range(0x110000)
2147483648	05c	!OverflowError: %c arg not in range(0x110000)
2147483648	+c	!ValueError: Sign not allowed with integer format specifier 'c'
2147483648	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
2147483648	.2	!ValueError: Precision not allowed in integer format specifier
2147483648	.2d	!ValueError: Precision not allowed in integer format specifier
2147483648	e	2.147484e+09
2147483648	.2e	2.15e+09
2147483648	f	2147483648.000000
2147483648	.1f	2147483648.0
2147483648	g	2.14748e+09
2147483648	%	214748364800.000000%
2147483648	.0%	214748364800%
2147483648	E	2.147484E+09
2147483648	G	2.14748E+09
2147483648	F	2147483648.000000
2147483648	s	!ValueError: Unknown format code 's' for object of type 'int'
2147483648	z	!ValueError: Unknown format code 'z' for object of type 'int'
2147483648	*>+10,	+2,147,483,648
2147483648	#^+15_o	+200_0000_0000#
2147483648	x<10	2147483648
2147483648	0<8	2147483648
2147483648	_X	8000_0000
2147483648	,x	!ValueError: Cannot specify ',' with 'x'.
2147483648	,b	!ValueError: Cannot specify ',' with 'b'.
2147483648	#,	2,147,483,648
2147483648	1_000	!ValueError: Invalid format specifier
2147483648	0_>10	!ValueError: Invalid format specifier
2147483648	\u{E9}^9	2147483648
2147483648	\u{20AC}<6d	2147483648
18446744073709551616		18446744073709551616
18446744073709551616	d	18446744073709551616
18446744073709551616	5	18446744073709551616
18446744073709551616	<5	18446744073709551616
18446744073709551616	^7	18446744073709551616
18446744073709551616	=+8	+18446744073709551616
18446744073709551616	+	+18446744073709551616
18446744073709551616	 	 18446744073709551616
18446744073709551616	-	18446744073709551616
18446744073709551616	05	18446744073709551616
18446744073709551616	+05	+18446744073709551616
18446744073709551616	,	18,446,744,073,709,551,616
18446744073709551616	_	18_446_744_073_709_551_616
18446744073709551616	,d	18,446,744,073,709,551,616
18446744073709551616	_d	18_446_744_073_709_551_616
18446744073709551616	b	10000000000000000000000000000000000000000000000000000000000000000
18446744073709551616	#b	0b10000000000000000000000000000000000000000000000000000000000000000
18446744073709551616	_b	1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
18446744073709551616	#_b	0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
18446744073709551616	o	2000000000000000000000
18446744073709551616	#o	0o2000000000000000000000
18446744073709551616	x	10000000000000000
18446744073709551616	#x	0x10000000000000000
18446744073709551616	X	10000000000000000
18446744073709551616	#X	0X10000000000000000
18446744073709551616	#_x	0x1_0000_0000_0000_0000
18446744073709551616	_x	1_0000_0000_0000_0000
18446744073709551616	#010x	0x10000000000000000
18446744073709551616	010,	18,446,744,073,709,551,616
18446744073709551616	08,	18,446,744,073,709,551,616
18446744073709551616	09,	18,446,744,073,709,551,616
18446744073709551616	0=12_	18_446_744_073_709_551_616
18446744073709551616	n	18446744073709551616
18446744073709551616	,n	!ValueError: Cannot specify ',' with 'n'.
18446744073709551616	c	!OverflowError: Python int too large to convert to C long
18446744073709551616	5c	!OverflowError: Python int too large to convert to C long
18446744073709551616	<5c	!OverflowError: Python int too large to convert to C long
18446744073709551616	05c	!OverflowError: Python int too large to convert to C long
18446744073709551616	+c	!ValueError: Sign not allowed with integer format specifier 'c'
18446744073709551616	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
18446744073709551616	.2	!ValueError: Precision not allowed in integer format specifier
18446744073709551616	.2d	!ValueError: Precision not allowed in integer format specifier
18446744073709551616	e	1.844674e+19
18446744073709551616	.2e	1.84e+19
18446744073709551616	f	18446744073709551616.000000
18446744073709551616	.1f	18446744073709551616.0
18446744073709551616	g	1.84467e+19
18446744073709551616	%	1844674407370955161600.000000%
18446744073709551616	.0%	1844674407370955161600%
18446744073709551616	E	1.844674E+19
18446744073709551616	G	1.84467E+19
18446744073709551616	F	18446744073709551616.000000
18446744073709551616	s	!ValueError: Unknown format code 's' for object of type 'int'
18446744073709551616	z	!ValueError: Unknown format code 'z' for object of type 'int'
18446744073709551616	*>+10,	+18,446,744,073,709,551,616
18446744073709551616	#^+15_o	+20_0000_0000_0000_0000_0000
18446744073709551616	x<10	18446744073709551616
18446744073709551616	0<8	18446744073709551616
18446744073709551616	_X	1_0000_0000_0000_0000
18446744073709551616	,x	!ValueError: Cannot specify ',' with 'x'.
18446744073709551616	,b	!ValueError: Cannot specify ',' with 'b'.
18446744073709551616	#,	18,446,744,073,709,551,616
18446744073709551616	1_000	!ValueError: Invalid format specifier
18446744073709551616	0_>10	!ValueError: Invalid format specifier
18446744073709551616	\u{E9}^9	18446744073709551616
18446744073709551616	\u{20AC}<6d	18446744073709551616
-1180591620717411303424		-1180591620717411303424
-1180591620717411303424	d	-1180591620717411303424
-1180591620717411303424	5	-1180591620717411303424
-1180591620717411303424	<5	-1180591620717411303424
-1180591620717411303424	^7	-1180591620717411303424
-1180591620717411303424	=+8	-1180591620717411303424
-1180591620717411303424	+	-1180591620717411303424
-1180591620717411303424	 	-1180591620717411303424
-1180591620717411303424	-	-1180591620717411303424
-1180591620717411303424	05	-1180591620717411303424
-1180591620717411303424	+05	-1180591620717411303424
-1180591620717411303424	,	-1,180,591,620,717,411,303,424
-1180591620717411303424	_	-1_180_591_620_717_411_303_424
-1180591620717411303424	,d	-1,180,591,620,717,411,303,424
-1180591620717411303424	_d	-1_180_591_620_717_411_303_424
-1180591620717411303424	b	-10000000000000000000000000000000000000000000000000000000000000000000000
-1180591620717411303424	#b	-0b10000000000000000000000000000000000000000000000000000000000000000000000
-1180591620717411303424	_b	-100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
-1180591620717411303424	#_b	-0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
-1180591620717411303424	o	-200000000000000000000000
-1180591620717411303424	#o	-0o200000000000000000000000
-1180591620717411303424	x	-400000000000000000
-1180591620717411303424	#x	-0x400000000000000000
-1180591620717411303424	X	-400000000000000000
-1180591620717411303424	#X	-0X400000000000000000
-1180591620717411303424	#_x	-0x40_0000_0000_0000_0000
-1180591620717411303424	_x	-40_0000_0000_0000_0000
-1180591620717411303424	#010x	-0x400000000000000000
-1180591620717411303424	010,	-1,180,591,620,717,411,303,424
-1180591620717411303424	08,	-1,180,591,620,717,411,303,424
-1180591620717411303424	09,	-1,180,591,620,717,411,303,424
-1180591620717411303424	0=12_	-1_180_591_620_717_411_303_424
-1180591620717411303424	n	-1180591620717411303424
-1180591620717411303424	,n	!ValueError: Cannot specify ',' with 'n'.
-1180591620717411303424	c	!OverflowError: Python int too large to convert to C long
-1180591620717411303424	5c	!OverflowError: Python int too large to convert to C long
-1180591620717411303424	<5c	!OverflowError: Python int too large to convert to C long
-1180591620717411303424	05c	!OverflowError: Python int too large to convert to C long
-1180591620717411303424	+c	!ValueError: Sign not allowed with integer format specifier 'c'
-1180591620717411303424	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
-1180591620717411303424	.2	!ValueError: Precision not allowed in integer format specifier
-1180591620717411303424	.2d	!ValueError: Precision not allowed in integer format specifier
-1180591620717411303424	e	-1.180592e+21
-1180591620717411303424	.2e	-1.18e+21
-1180591620717411303424	f	-1180591620717411303424.000000
-1180591620717411303424	.1f	-1180591620717411303424.0
-1180591620717411303424	g	-1.18059e+21
-1180591620717411303424	%	-118059162071741130342400.000000%
-1180591620717411303424	.0%	-118059162071741130342400%
-1180591620717411303424	E	-1.180592E+21
-1180591620717411303424	G	-1.18059E+21
-1180591620717411303424	F	-1180591620717411303424.000000
-1180591620717411303424	s	!ValueError: Unknown format code 's' for object of type 'int'
-1180591620717411303424	z	!ValueError: Unknown format code 'z' for object of type 'int'
-1180591620717411303424	*>+10,	-1,180,591,620,717,411,303,424
-1180591620717411303424	#^+15_o	-2000_0000_0000_0000_0000_0000
-1180591620717411303424	x<10	-1180591620717411303424
-1180591620717411303424	0<8	-1180591620717411303424
-1180591620717411303424	_X	-40_0000_0000_0000_0000
-1180591620717411303424	,x	!ValueError: Cannot specify ',' with 'x'.
-1180591620717411303424	,b	!ValueError: Cannot specify ',' with 'b'.
-1180591620717411303424	#,	-1,180,591,620,717,411,303,424
-1180591620717411303424	1_000	!ValueError: Invalid format specifier
-1180591620717411303424	0_>10	!ValueError: Invalid format specifier
-1180591620717411303424	\u{E9}^9	-1180591620717411303424
-1180591620717411303424	\u{20AC}<6d	-1180591620717411303424
10000000000000000000000000		10000000000000000000000000
10000000000000000000000000	d	10000000000000000000000000
10000000000000000000000000	5	10000000000000000000000000
10000000000000000000000000	<5	10000000000000000000000000
10000000000000000000000000	^7	10000000000000000000000000
10000000000000000000000000	=+8	+10000000000000000000000000
10000000000000000000000000	+	+10000000000000000000000000
10000000000000000000000000	 	 10000000000000000000000000
10000000000000000000000000	-	10000000000000000000000000
10000000000000000000000000	05	10000000000000000000000000
10000000000000000000000000	+05	+10000000000000000000000000
10000000000000000000000000	,	10,000,000,000,000,000,000,000,000
10000000000000000000000000	_	10_000_000_000_000_000_000_000_000
10000000000000000000000000	,d	10,000,000,000,000,000,000,000,000
10000000000000000000000000	_d	10_000_000_000_000_000_000_000_000
10000000000000000000000000	b	100001000101100101010001011000010100000000010100100001001010000000000000000000000000
10000000000000000000000000	#b	0b100001000101100101010001011000010100000000010100100001001010000000000000000000000000
10000000000000000000000000	_b	1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1010_0000_0000_0000_0000_0000_0000
10000000000000000000000000	#_b	0b1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1010_0000_0000_0000_0000_0000_0000
10000000000000000000000000	o	4105452130240024411200000000
10000000000000000000000000	#o	0o4105452130240024411200000000
10000000000000000000000000	x	84595161401484a000000
10000000000000000000000000	#x	0x84595161401484a000000
10000000000000000000000000	X	84595161401484A000000
10000000000000000000000000	#X	0X84595161401484A000000
10000000000000000000000000	#_x	0x8_4595_1614_0148_4a00_0000
10000000000000000000000000	_x	8_4595_1614_0148_4a00_0000
10000000000000000000000000	#010x	0x84595161401484a000000
10000000000000000000000000	010,	10,000,000,000,000,000,000,000,000
10000000000000000000000000	08,	10,000,000,000,000,000,000,000,000
10000000000000000000000000	09,	10,000,000,000,000,000,000,000,000
10000000000000000000000000	0=12_	10_000_000_000_000_000_000_000_000
10000000000000000000000000	n	10000000000000000000000000
10000000000000000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
10000000000000000000000000	c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000	5c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000	<5c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000	05c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000	+c	!ValueError: Sign not allowed with integer format specifier 'c'
10000000000000000000000000	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
10000000000000000000000000	.2	!ValueError: Precision not allowed in integer format specifier
10000000000000000000000000	.2d	!ValueError: Precision not allowed in integer format specifier
10000000000000000000000000	e	1.000000e+25
10000000000000000000000000	.2e	1.00e+25
10000000000000000000000000	f	10000000000000000905969664.000000
10000000000000000000000000	.1f	10000000000000000905969664.0
10000000000000000000000000	g	1e+25
10000000000000000000000000	%	1000000000000000150726508544.000000%
10000000000000000000000000	.0%	1000000000000000150726508544%
10000000000000000000000000	E	1.000000E+25
10000000000000000000000000	G	1E+25
10000000000000000000000000	F	10000000000000000905969664.000000
10000000000000000000000000	s	!ValueError: Unknown format code 's' for object of type 'int'
10000000000000000000000000	z	!ValueError: Unknown format code 'z' for object of type 'int'
10000000000000000000000000	*>+10,	+10,000,000,000,000,000,000,000,000
10000000000000000000000000	#^+15_o	+4105_4521_3024_0024_4112_0000_0000
10000000000000000000000000	x<10	10000000000000000000000000
10000000000000000000000000	0<8	10000000000000000000000000
10000000000000000000000000	_X	8_4595_1614_0148_4A00_0000
10000000000000000000000000	,x	!ValueError: Cannot specify ',' with 'x'.
10000000000000000000000000	,b	!ValueError: Cannot specify ',' with 'b'.
10000000000000000000000000	#,	10,000,000,000,000,000,000,000,000
10000000000000000000000000	1_000	!ValueError: Invalid format specifier
10000000000000000000000000	0_>10	!ValueError: Invalid format specifier
10000000000000000000000000	\u{E9}^9	10000000000000000000000000
10000000000000000000000000	\u{20AC}<6d	10000000000000000000000000
1114111		1114111
1114111	d	1114111
1114111	5	1114111
1114111	<5	1114111
1114111	^7	1114111
1114111	=+8	+1114111
1114111	+	+1114111
1114111	 	 1114111
1114111	-	1114111
1114111	05	1114111
1114111	+05	+1114111
1114111	,	1,114,111
1114111	_	1_114_111
1114111	,d	1,114,111
1114111	_d	1_114_111
1114111	b	100001111111111111111
1114111	#b	0b100001111111111111111
1114111	_b	1_0000_1111_1111_1111_1111
1114111	#_b	0b1_0000_1111_1111_1111_1111
1114111	o	4177777
1114111	#o	0o4177777
1114111	x	10ffff
1114111	#x	0x10ffff
1114111	X	10FFFF
1114111	#X	0X10FFFF
1114111	#_x	0x10_ffff
1114111	_x	10_ffff
1114111	#010x	0x0010ffff
1114111	010,	01,114,111
1114111	08,	1,114,111
1114111	09,	1,114,111
1114111	0=12_	0_001_114_111
1114111	n	1114111
1114111	,n	!ValueError: Cannot specify ',' with 'n'.
1114111	c	\u{10FFFF}
1114111	5c	    \u{10FFFF}
1114111	<5c	\u{10FFFF}    
1114111	05c	0000\u{10FFFF}
1114111	+c	!ValueError: Sign not allowed with integer format specifier 'c'
1114111	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
1114111	.2	!ValueError: Precision not allowed in integer format specifier
1114111	.2d	!ValueError: Precision not allowed in integer format specifier
1114111	e	1.114111e+06
1114111	.2e	1.11e+06
1114111	f	1114111.000000
1114111	.1f	1114111.0
1114111	g	1.11411e+06
1114111	%	111411100.000000%
1114111	.0%	111411100%
1114111	E	1.114111E+06
1114111	G	1.11411E+06
1114111	F	1114111.000000
1114111	s	!ValueError: Unknown format code 's' for object of type 'int'
1114111	z	!ValueError: Unknown format code 'z' for object of type 'int'
1114111	*>+10,	+1,114,111
1114111	#^+15_o	###+417_7777###
1114111	x<10	1114111xxx
1114111	0<8	11141110
1114111	_X	10_FFFF
1114111	,x	!ValueError: Cannot specify ',' with 'x'.
1114111	,b	!ValueError: Cannot specify ',' with 'b'.
1114111	#,	1,114,111
1114111	1_000	!ValueError: Invalid format specifier
1114111	0_>10	!ValueError: Invalid format specifier
1114111	\u{E9}^9	\u{E9}1114111\u{E9}
1114111	\u{20AC}<6d	1114111
1114112		1114112
1114112	d	1114112
1114112	5	1114112
1114112	<5	1114112
1114112	^7	1114112
1114112	=+8	+1114112
1114112	+	+1114112
1114112	 	 1114112
1114112	-	1114112
1114112	05	1114112
1114112	+05	+1114112
1114112	,	1,114,112
1114112	_	1_114_112
1114112	,d	1,114,112
1114112	_d	1_114_112
1114112	b	100010000000000000000
1114112	#b	0b100010000000000000000
1114112	_b	1_0001_0000_0000_0000_0000
1114112	#_b	0b1_0001_0000_0000_0000_0000
1114112	o	4200000
1114112	#o	0o4200000
1114112	x	110000
1114112	#x	0x110000
1114112	X	110000
1114112	#X	0X110000
1114112	#_x	0x11_0000
1114112	_x	11_0000
1114112	#010x	0x00110000
1114112	010,	01,114,112
1114112	08,	1,114,112
1114112	09,	1,114,112
1114112	0=12_	0_001_114_112
1114112	n	1114112
1114112	,n	!ValueError: Cannot specify ',' with 'n'.
1114112	c	!OverflowError: %c arg not in range(0x110000)
1114112	5c	!OverflowError: %c arg not in range(0x110000)
1114112	<5c	!OverflowError: %c arg not in range(0x110000)
1114112	05c	!OverflowError: %c arg not in range(0x110000)
1114112	+c	!ValueError: Sign not allowed with integer format specifier 'c'
1114112	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
1114112	.2	!ValueError: Precision not allowed in integer format specifier
1114112	.2d	!ValueError: Precision not allowed in integer format specifier
1114112	e	1.114112e+06
1114112	.2e	1.11e+06
1114112	f	1114112.000000
1114112	.1f	1114112.0
1114112	g	1.11411e+06
1114112	%	111411200.000000%
1114112	.0%	111411200%
1114112	E	1.114112E+06
1114112	G	1.11411E+06
1114112	F	1114112.000000
1114112	s	!ValueError: Unknown format code 's' for object of type 'int'
1114112	z	!ValueError: Unknown format code 'z' for object of type 'int'
1114112	*>+10,	+1,114,112
1114112	#^+15_o	###+420_0000###
1114112	x<10	1114112xxx
1114112	0<8	11141120
1114112	_X	11_0000
1114112	,x	!ValueError: Cannot specify ',' with 'x'.
1114112	,b	!ValueError: Cannot specify ',' with 'b'.
1114112	#,	1,114,112
1114112	1_000	!ValueError: Invalid format specifier
1114112	0_>10	!ValueError: Invalid format specifier
1114112	\u{E9}^9	\u{E9}1114112\u{E9}
1114112	\u{20AC}<6d	1114112
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000		10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	d	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	5	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	<5	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	^7	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	=+8	+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	+	+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	 	 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	-	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	05	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	+05	+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	,	10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	_	10_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	,d	10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	_d	10_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	b	110110100111011000111111110010001100101110011111111110011110010110001110011001111001001101111101111000001011101111100001110001101101101101110010101000101100000101101111000100101100011111111010100011001000010111000101111000001010100001010111110101101101100111000000000110000111001011101000010110111101111110101000000010010000011100101110000001110011010101101000110001110011000101001100001010011110011101001100101000110101000001011001011101100110011110110110011111101111000001010111110000110001101001011111110001101110001011010010000100111111111100100001000110110110011100101100101011001101110101010000011100111011101101100110110110100011111000100100000010011111000011110000011000111010111001010001001110001111000011101000001011001111000001000111001001001100101101010101001000001100100111010010010001010110100111010001001000110001100111110101111011011001100101110100111110000101110000010010000110111011111100010111110101001110000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#b	0b110110100111011000111111110010001100101110011111111110011110010110001110011001111001001101111101111000001011101111100001110001101101101101110010101000101100000101101111000100101100011111111010100011001000010111000101111000001010100001010111110101101101100111000000000110000111001011101000010110111101111110101000000010010000011100101110000001110011010101101000110001110011000101001100001010011110011101001100101000110101000001011001011101100110011110110110011111101111000001010111110000110001101001011111110001101110001011010010000100111111111100100001000110110110011100101100101011001101110101010000011100111011101101100110110110100011111000100100000010011111000011110000011000111010111001010001001110001111000011101000001011001111000001000111001001001100101101010101001000001100100111010010010001010110100111010001001000110001100111110101111011011001100101110100111110000101110000010010000110111011111100010111110101001110000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	_b	1_1011_0100_1110_1100_0111_1111_1001_0001_1001_0111_0011_1111_1111_0011_1100_1011_0001_1100_1100_1111_0010_0110_1111_1011_1100_0001_0111_0111_1100_0011_1000_1101_1011_0110_1110_0101_0100_0101_1000_0010_1101_1110_0010_0101_1000_1111_1111_0101_0001_1001_0000_1011_1000_1011_1100_0001_0101_0000_1010_1111_1010_1101_1011_0011_1000_0000_0011_0000_1110_0101_1101_0000_1011_0111_1011_1111_0101_0000_0001_0010_0000_1110_0101_1100_0000_1110_0110_1010_1101_0001_1000_1110_0110_0010_1001_1000_0101_0011_1100_1110_1001_1001_0100_0110_1010_0000_1011_0010_1110_1100_1100_1111_0110_1100_1111_1101_1110_0000_1010_1111_1000_0110_0011_0100_1011_1111_1000_1101_1100_0101_1010_0100_0010_0111_1111_1110_0100_0010_0011_0110_1100_1110_0101_1001_0101_1001_1011_1010_1010_0000_1110_0111_0111_0110_1100_1101_1011_0100_0111_1100_0100_1000_0001_0011_1110_0001_1110_0000_1100_0111_0101_1100_1010_0010_0111_0001_1110_0001_1101_0000_0101_1001_1110_0000_1000_1110_0100_1001_1001_0110_1010_1010_0100_0001_1001_0011_1010_0100_1000_1010_1101_0011_1010_0010_0100_0110_0011_0011_1110_1011_1101_1011_0011_0010_1110_1001_1111_0000_1011_1000_0010_0100_0011_0111_0111_1110_0010_1111_1010_1001_1100_0001_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#_b	0b1_1011_0100_1110_1100_0111_1111_1001_0001_1001_0111_0011_1111_1111_0011_1100_1011_0001_1100_1100_1111_0010_0110_1111_1011_1100_0001_0111_0111_1100_0011_1000_1101_1011_0110_1110_0101_0100_0101_1000_0010_1101_1110_0010_0101_1000_1111_1111_0101_0001_1001_0000_1011_1000_1011_1100_0001_0101_0000_1010_1111_1010_1101_1011_0011_1000_0000_0011_0000_1110_0101_1101_0000_1011_0111_1011_1111_0101_0000_0001_0010_0000_1110_0101_1100_0000_1110_0110_1010_1101_0001_1000_1110_0110_0010_1001_1000_0101_0011_1100_1110_1001_1001_0100_0110_1010_0000_1011_0010_1110_1100_1100_1111_0110_1100_1111_1101_1110_0000_1010_1111_1000_0110_0011_0100_1011_1111_1000_1101_1100_0101_1010_0100_0010_0111_1111_1110_0100_0010_0011_0110_1100_1110_0101_1001_0101_1001_1011_1010_1010_0000_1110_0111_0111_0110_1100_1101_1011_0100_0111_1100_0100_1000_0001_0011_1110_0001_1110_0000_1100_0111_0101_1100_1010_0010_0111_0001_1110_0001_1101_0000_0101_1001_1110_0000_1000_1110_0100_1001_1001_0110_1010_1010_0100_0001_1001_0011_1010_0100_1000_1010_1101_0011_1010_0010_0100_0110_0011_0011_1110_1011_1101_1011_0011_0010_1110_1001_1111_0000_1011_1000_0010_0100_0011_0111_0111_1110_0010_1111_1010_1001_1100_0001_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	o	66473077621456377636261631711575701357416155556250540557045437724310270570124127655547000607135026757650022034560163255061630514123635145065013135463666375701276061513761561322047774410666345453156520347355466643704402370360307271211617035013170107111455251014472221264721106147657331456476056022067374276516020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#o	0o66473077621456377636261631711575701357416155556250540557045437724310270570124127655547000607135026757650022034560163255061630514123635145065013135463666375701276061513761561322047774410666345453156520347355466643704402370360307271211617035013170107111455251014472221264721106147657331456476056022067374276516020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	x	1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#x	0x1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	X	1B4EC7F91973FF3CB1CCF26FBC177C38DB6E54582DE258FF5190B8BC150AFADB38030E5D0B7BF50120E5C0E6AD18E629853CE9946A0B2ECCF6CFDE0AF8634BF8DC5A427FE4236CE5959BAA0E776CDB47C4813E1E0C75CA271E1D059E08E4996AA4193A48AD3A24633EBDB32E9F0B824377E2FA9C10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#X	0X1B4EC7F91973FF3CB1CCF26FBC177C38DB6E54582DE258FF5190B8BC150AFADB38030E5D0B7BF50120E5C0E6AD18E629853CE9946A0B2ECCF6CFDE0AF8634BF8DC5A427FE4236CE5959BAA0E776CDB47C4813E1E0C75CA271E1D059E08E4996AA4193A48AD3A24633EBDB32E9F0B824377E2FA9C10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#_x	0x1_b4ec_7f91_973f_f3cb_1ccf_26fb_c177_c38d_b6e5_4582_de25_8ff5_190b_8bc1_50af_adb3_8030_e5d0_b7bf_5012_0e5c_0e6a_d18e_6298_53ce_9946_a0b2_eccf_6cfd_e0af_8634_bf8d_c5a4_27fe_4236_ce59_59ba_a0e7_76cd_b47c_4813_e1e0_c75c_a271_e1d0_59e0_8e49_96aa_4193_a48a_d3a2_4633_ebdb_32e9_f0b8_2437_7e2f_a9c1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	_x	1_b4ec_7f91_973f_f3cb_1ccf_26fb_c177_c38d_b6e5_4582_de25_8ff5_190b_8bc1_50af_adb3_8030_e5d0_b7bf_5012_0e5c_0e6a_d18e_6298_53ce_9946_a0b2_eccf_6cfd_e0af_8634_bf8d_c5a4_27fe_4236_ce59_59ba_a0e7_76cd_b47c_4813_e1e0_c75c_a271_e1d0_59e0_8e49_96aa_4193_a48a_d3a2_4633_ebdb_32e9_f0b8_2437_7e2f_a9c1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#010x	0x1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	010,	10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	08,	10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	09,	10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	0=12_	10_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	n	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	,n	!ValueError: Cannot specify ',' with 'n'.
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	5c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	<5c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	05c	!OverflowError: Python int too large to convert to C long
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	+c	!ValueError: Sign not allowed with integer format specifier 'c'
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	.2	!ValueError: Precision not allowed in integer format specifier
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	.2d	!ValueError: Precision not allowed in integer format specifier
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	e	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	.2e	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	f	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	.1f	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	g	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	%	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	.0%	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	E	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	G	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	F	!OverflowError: int too large to convert to float
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	s	!ValueError: Unknown format code 's' for object of type 'int'
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	z	!ValueError: Unknown format code 'z' for object of type 'int'
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	*>+10,	+10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#^+15_o	+664_7307_7621_4563_7763_6261_6317_1157_5701_3574_1615_5556_2505_4055_7045_4377_2431_0270_5701_2412_7655_5470_0060_7135_0267_5765_0022_0345_6016_3255_0616_3051_4123_6351_4506_5013_1354_6366_6375_7012_7606_1513_7615_6132_2047_7744_1066_6345_4531_5652_0347_3554_6664_3704_4023_7036_0307_2712_1161_7035_0131_7010_7111_4552_5101_4472_2212_6472_1106_1476_5733_1456_4760_5602_2067_3742_7651_6020_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	x<10	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	0<8	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	_X	1_B4EC_7F91_973F_F3CB_1CCF_26FB_C177_C38D_B6E5_4582_DE25_8FF5_190B_8BC1_50AF_ADB3_8030_E5D0_B7BF_5012_0E5C_0E6A_D18E_6298_53CE_9946_A0B2_ECCF_6CFD_E0AF_8634_BF8D_C5A4_27FE_4236_CE59_59BA_A0E7_76CD_B47C_4813_E1E0_C75C_A271_E1D0_59E0_8E49_96AA_4193_A48A_D3A2_4633_EBDB_32E9_F0B8_2437_7E2F_A9C1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	,x	!ValueError: Cannot specify ',' with 'x'.
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	,b	!ValueError: Cannot specify ',' with 'b'.
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	#,	10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	1_000	!ValueError: Invalid format specifier
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	0_>10	!ValueError: Invalid format specifier
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	\u{E9}^9	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	\u{20AC}<6d	10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792		179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	d	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	5	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	<5	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	^7	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	=+8	+179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	+	+179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	 	 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	-	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	05	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	+05	+179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	,	179,769,313,486,231,580,793,728,971,405,303,415,079,934,132,710,037,826,936,173,778,980,444,968,292,764,750,946,649,017,977,587,207,096,330,286,416,692,887,910,946,555,547,851,940,402,630,657,488,671,505,820,681,908,902,000,708,383,676,273,854,845,817,711,531,764,475,730,270,069,855,571,366,959,622,842,914,819,860,834,936,475,292,719,074,168,444,365,510,704,342,711,559,699,508,093,042,880,177,904,174,497,792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	_	179_769_313_486_231_580_793_728_971_405_303_415_079_934_132_710_037_826_936_173_778_980_444_968_292_764_750_946_649_017_977_587_207_096_330_286_416_692_887_910_946_555_547_851_940_402_630_657_488_671_505_820_681_908_902_000_708_383_676_273_854_845_817_711_531_764_475_730_270_069_855_571_366_959_622_842_914_819_860_834_936_475_292_719_074_168_444_365_510_704_342_711_559_699_508_093_042_880_177_904_174_497_792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	,d	179,769,313,486,231,580,793,728,971,405,303,415,079,934,132,710,037,826,936,173,778,980,444,968,292,764,750,946,649,017,977,587,207,096,330,286,416,692,887,910,946,555,547,851,940,402,630,657,488,671,505,820,681,908,902,000,708,383,676,273,854,845,817,711,531,764,475,730,270,069,855,571,366,959,622,842,914,819,860,834,936,475,292,719,074,168,444,365,510,704,342,711,559,699,508,093,042,880,177,904,174,497,792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	_d	179_769_313_486_231_580_793_728_971_405_303_415_079_934_132_710_037_826_936_173_778_980_444_968_292_764_750_946_649_017_977_587_207_096_330_286_416_692_887_910_946_555_547_851_940_402_630_657_488_671_505_820_681_908_902_000_708_383_676_273_854_845_817_711_531_764_475_730_270_069_855_571_366_959_622_842_914_819_860_834_936_475_292_719_074_168_444_365_510_704_342_711_559_699_508_093_042_880_177_904_174_497_792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	b	1111111111111111111111111111111111111111111111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#b	0b1111111111111111111111111111111111111111111111111111110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	_b	1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#_b	0b1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	o	177777777777777777600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#o	0o177777777777777777600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	x	fffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#x	0xfffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	X	FFFFFFFFFFFFFC00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#X	0XFFFFFFFFFFFFFC00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#_x	0xffff_ffff_ffff_fc00_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	_x	ffff_ffff_ffff_fc00_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#010x	0xfffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	010,	179,769,313,486,231,580,793,728,971,405,303,415,079,934,132,710,037,826,936,173,778,980,444,968,292,764,750,946,649,017,977,587,207,096,330,286,416,692,887,910,946,555,547,851,940,402,630,657,488,671,505,820,681,908,902,000,708,383,676,273,854,845,817,711,531,764,475,730,270,069,855,571,366,959,622,842,914,819,860,834,936,475,292,719,074,168,444,365,510,704,342,711,559,699,508,093,042,880,177,904,174,497,792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	08,	179,769,313,486,231,580,793,728,971,405,303,415,079,934,132,710,037,826,936,173,778,980,444,968,292,764,750,946,649,017,977,587,207,096,330,286,416,692,887,910,946,555,547,851,940,402,630,657,488,671,505,820,681,908,902,000,708,383,676,273,854,845,817,711,531,764,475,730,270,069,855,571,366,959,622,842,914,819,860,834,936,475,292,719,074,168,444,365,510,704,342,711,559,699,508,093,042,880,177,904,174,497,792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	09,	179,769,313,486,231,580,793,728,971,405,303,415,079,934,132,710,037,826,936,173,778,980,444,968,292,764,750,946,649,017,977,587,207,096,330,286,416,692,887,910,946,555,547,851,940,402,630,657,488,671,505,820,681,908,902,000,708,383,676,273,854,845,817,711,531,764,475,730,270,069,855,571,366,959,622,842,914,819,860,834,936,475,292,719,074,168,444,365,510,704,342,711,559,699,508,093,042,880,177,904,174,497,792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	0=12_	179_769_313_486_231_580_793_728_971_405_303_415_079_934_132_710_037_826_936_173_778_980_444_968_292_764_750_946_649_017_977_587_207_096_330_286_416_692_887_910_946_555_547_851_940_402_630_657_488_671_505_820_681_908_902_000_708_383_676_273_854_845_817_711_531_764_475_730_270_069_855_571_366_959_622_842_914_819_860_834_936_475_292_719_074_168_444_365_510_704_342_711_559_699_508_093_042_880_177_904_174_497_792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	n	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	,n	!ValueError: Cannot specify ',' with 'n'.
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	c	!OverflowError: Python int too large to convert to C long
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	5c	!OverflowError: Python int too large to convert to C long
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	<5c	!OverflowError: Python int too large to convert to C long
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	05c	!OverflowError: Python int too large to convert to C long
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	+c	!ValueError: Sign not allowed with integer format specifier 'c'
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	.2	!ValueError: Precision not allowed in integer format specifier
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	.2d	!ValueError: Precision not allowed in integer format specifier
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	e	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	.2e	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	f	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	.1f	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	g	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	%	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	.0%	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	E	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	G	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	F	!OverflowError: int too large to convert to float
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	s	!ValueError: Unknown format code 's' for object of type 'int'
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	z	!ValueError: Unknown format code 'z' for object of type 'int'
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	*>+10,	+179,769,313,486,231,580,793,728,971,405,303,415,079,934,132,710,037,826,936,173,778,980,444,968,292,764,750,946,649,017,977,587,207,096,330,286,416,692,887,910,946,555,547,851,940,402,630,657,488,671,505,820,681,908,902,000,708,383,676,273,854,845,817,711,531,764,475,730,270,069,855,571,366,959,622,842,914,819,860,834,936,475,292,719,074,168,444,365,510,704,342,711,559,699,508,093,042,880,177,904,174,497,792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#^+15_o	+17_7777_7777_7777_7777_6000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	x<10	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	0<8	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	_X	FFFF_FFFF_FFFF_FC00_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	,x	!ValueError: Cannot specify ',' with 'x'.
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	,b	!ValueError: Cannot specify ',' with 'b'.
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	#,	179,769,313,486,231,580,793,728,971,405,303,415,079,934,132,710,037,826,936,173,778,980,444,968,292,764,750,946,649,017,977,587,207,096,330,286,416,692,887,910,946,555,547,851,940,402,630,657,488,671,505,820,681,908,902,000,708,383,676,273,854,845,817,711,531,764,475,730,270,069,855,571,366,959,622,842,914,819,860,834,936,475,292,719,074,168,444,365,510,704,342,711,559,699,508,093,042,880,177,904,174,497,792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	1_000	!ValueError: Invalid format specifier
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	0_>10	!ValueError: Invalid format specifier
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	\u{E9}^9	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792	\u{20AC}<6d	179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368		179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	d	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	5	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	<5	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	^7	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	=+8	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	+	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	 	 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	-	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	05	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	+05	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	,	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	_	179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	,d	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	_d	179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	b	1111111111111111111111111111111111111111111111111111100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#b	0b1111111111111111111111111111111111111111111111111111100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	_b	1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#_b	0b1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	o	177777777777777777400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#o	0o177777777777777777400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	x	fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#x	0xfffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	X	FFFFFFFFFFFFF800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#X	0XFFFFFFFFFFFFF800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#_x	0xffff_ffff_ffff_f800_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	_x	ffff_ffff_ffff_f800_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#010x	0xfffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	010,	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	08,	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	09,	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	0=12_	179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	n	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	,n	!ValueError: Cannot specify ',' with 'n'.
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	c	!OverflowError: Python int too large to convert to C long
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	5c	!OverflowError: Python int too large to convert to C long
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	<5c	!OverflowError: Python int too large to convert to C long
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	05c	!OverflowError: Python int too large to convert to C long
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	+c	!ValueError: Sign not allowed with integer format specifier 'c'
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	.2	!ValueError: Precision not allowed in integer format specifier
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	.2d	!ValueError: Precision not allowed in integer format specifier
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	e	1.797693e+308
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	.2e	1.80e+308
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	.1f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	g	1.79769e+308
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	%	inf%
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	.0%	inf%
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	E	1.797693E+308
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	G	1.79769E+308
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	F	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	s	!ValueError: Unknown format code 's' for object of type 'int'
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	z	!ValueError: Unknown format code 'z' for object of type 'int'
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	*>+10,	+179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#^+15_o	+17_7777_7777_7777_7777_4000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	x<10	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	0<8	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	_X	FFFF_FFFF_FFFF_F800_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	,x	!ValueError: Cannot specify ',' with 'x'.
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	,b	!ValueError: Cannot specify ',' with 'b'.
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	#,	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	1_000	!ValueError: Invalid format specifier
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	0_>10	!ValueError: Invalid format specifier
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	\u{E9}^9	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368	\u{20AC}<6d	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
"""#
let formatStringCases = #"""
		
	s	
	10	          
	<10	          
	>10	          
	^10	          
	^9	         
	*^9	*********
	.2	
	10.2	          
	.0	
	+	!ValueError: Sign not allowed in string format specifier
	#	!ValueError: Alternate form (#) not allowed in string format specifier
	=10	!ValueError: '=' alignment not allowed in string format specifier
	05	!ValueError: '=' alignment not allowed in string format specifier
	0<5	00000
	,	!ValueError: Cannot specify ',' with 's'.
	_	!ValueError: Cannot specify '_' with 's'.
	,s	!ValueError: Cannot specify ',' with 's'.
	d	!ValueError: Unknown format code 'd' for object of type 'str'
	x^7	xxxxxxx
	\u{E9}>5	\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
	.100	
	3	   
abc		abc
abc	s	abc
abc	10	abc       
abc	<10	abc       
abc	>10	       abc
abc	^10	   abc    
abc	^9	   abc   
abc	*^9	***abc***
abc	.2	ab
abc	10.2	ab        
abc	.0	
abc	+	!ValueError: Sign not allowed in string format specifier
abc	#	!ValueError: Alternate form (#) not allowed in string format specifier
abc	=10	!ValueError: '=' alignment not allowed in string format specifier
abc	05	!ValueError: '=' alignment not allowed in string format specifier
abc	0<5	abc00
abc	,	!ValueError: Cannot specify ',' with 's'.
abc	_	!ValueError: Cannot specify '_' with 's'.
abc	,s	!ValueError: Cannot specify ',' with 's'.
abc	d	!ValueError: Unknown format code 'd' for object of type 'str'
abc	x^7	xxabcxx
abc	\u{E9}>5	\u{E9}\u{E9}abc
abc	.100	abc
abc	3	abc
hello world		hello world
hello world	s	hello world
hello world	10	hello world
hello world	<10	hello world
hello world	>10	hello world
hello world	^10	hello world
hello world	^9	hello world
hello world	*^9	hello world
hello world	.2	he
hello world	10.2	he        
hello world	.0	
hello world	+	!ValueError: Sign not allowed in string format specifier
hello world	#	!ValueError: Alternate form (#) not allowed in string format specifier
hello world	=10	!ValueError: '=' alignment not allowed in string format specifier
hello world	05	!ValueError: '=' alignment not allowed in string format specifier
hello world	0<5	hello world
hello world	,	!ValueError: Cannot specify ',' with 's'.
hello world	_	!ValueError: Cannot specify '_' with 's'.
hello world	,s	!ValueError: Cannot specify ',' with 's'.
hello world	d	!ValueError: Unknown format code 'd' for object of type 'str'
hello world	x^7	hello world
hello world	\u{E9}>5	hello world
hello world	.100	hello world
hello world	3	hello world
caf\u{E9}		caf\u{E9}
caf\u{E9}	s	caf\u{E9}
caf\u{E9}	10	caf\u{E9}      
caf\u{E9}	<10	caf\u{E9}      
caf\u{E9}	>10	      caf\u{E9}
caf\u{E9}	^10	   caf\u{E9}   
caf\u{E9}	^9	  caf\u{E9}   
caf\u{E9}	*^9	**caf\u{E9}***
caf\u{E9}	.2	ca
caf\u{E9}	10.2	ca        
caf\u{E9}	.0	
caf\u{E9}	+	!ValueError: Sign not allowed in string format specifier
caf\u{E9}	#	!ValueError: Alternate form (#) not allowed in string format specifier
caf\u{E9}	=10	!ValueError: '=' alignment not allowed in string format specifier
caf\u{E9}	05	!ValueError: '=' alignment not allowed in string format specifier
caf\u{E9}	0<5	caf\u{E9}0
caf\u{E9}	,	!ValueError: Cannot specify ',' with 's'.
caf\u{E9}	_	!ValueError: Cannot specify '_' with 's'.
caf\u{E9}	,s	!ValueError: Cannot specify ',' with 's'.
caf\u{E9}	d	!ValueError: Unknown format code 'd' for object of type 'str'
caf\u{E9}	x^7	xcaf\u{E9}xx
caf\u{E9}	\u{E9}>5	\u{E9}caf\u{E9}
caf\u{E9}	.100	caf\u{E9}
caf\u{E9}	3	caf\u{E9}
\u{1F600}x		\u{1F600}x
\u{1F600}x	s	\u{1F600}x
\u{1F600}x	10	\u{1F600}x        
\u{1F600}x	<10	\u{1F600}x        
\u{1F600}x	>10	        \u{1F600}x
\u{1F600}x	^10	    \u{1F600}x    
\u{1F600}x	^9	   \u{1F600}x    
\u{1F600}x	*^9	***\u{1F600}x****
\u{1F600}x	.2	\u{1F600}x
\u{1F600}x	10.2	\u{1F600}x        
\u{1F600}x	.0	
\u{1F600}x	+	!ValueError: Sign not allowed in string format specifier
\u{1F600}x	#	!ValueError: Alternate form (#) not allowed in string format specifier
\u{1F600}x	=10	!ValueError: '=' alignment not allowed in string format specifier
\u{1F600}x	05	!ValueError: '=' alignment not allowed in string format specifier
\u{1F600}x	0<5	\u{1F600}x000
\u{1F600}x	,	!ValueError: Cannot specify ',' with 's'.
\u{1F600}x	_	!ValueError: Cannot specify '_' with 's'.
\u{1F600}x	,s	!ValueError: Cannot specify ',' with 's'.
\u{1F600}x	d	!ValueError: Unknown format code 'd' for object of type 'str'
\u{1F600}x	x^7	xx\u{1F600}xxxx
\u{1F600}x	\u{E9}>5	\u{E9}\u{E9}\u{E9}\u{1F600}x
\u{1F600}x	.100	\u{1F600}x
\u{1F600}x	3	\u{1F600}x 
e\u{301}		e\u{301}
e\u{301}	s	e\u{301}
e\u{301}	10	e\u{301}        
e\u{301}	<10	e\u{301}        
e\u{301}	>10	        e\u{301}
e\u{301}	^10	    e\u{301}    
e\u{301}	^9	   e\u{301}    
e\u{301}	*^9	***e\u{301}****
e\u{301}	.2	e\u{301}
e\u{301}	10.2	e\u{301}        
e\u{301}	.0	
e\u{301}	+	!ValueError: Sign not allowed in string format specifier
e\u{301}	#	!ValueError: Alternate form (#) not allowed in string format specifier
e\u{301}	=10	!ValueError: '=' alignment not allowed in string format specifier
e\u{301}	05	!ValueError: '=' alignment not allowed in string format specifier
e\u{301}	0<5	e\u{301}000
e\u{301}	,	!ValueError: Cannot specify ',' with 's'.
e\u{301}	_	!ValueError: Cannot specify '_' with 's'.
e\u{301}	,s	!ValueError: Cannot specify ',' with 's'.
e\u{301}	d	!ValueError: Unknown format code 'd' for object of type 'str'
e\u{301}	x^7	xxe\u{301}xxx
e\u{301}	\u{E9}>5	\u{E9}\u{E9}\u{E9}e\u{301}
e\u{301}	.100	e\u{301}
e\u{301}	3	e\u{301} 
"""#
let percentIntCases = #"""
%d	0	0
%d	1	1
%d	-1	-1
%d	42	42
%d	-42	-42
%d	255	255
%d	-255	-255
%d	123456789	123456789
%d	1180591620717411303424	1180591620717411303424
%d	-1180591620717411303424	-1180591620717411303424
%i	0	0
%i	1	1
%i	-1	-1
%i	42	42
%i	-42	-42
%i	255	255
%i	-255	-255
%i	123456789	123456789
%i	1180591620717411303424	1180591620717411303424
%i	-1180591620717411303424	-1180591620717411303424
%u	0	0
%u	1	1
%u	-1	-1
%u	42	42
%u	-42	-42
%u	255	255
%u	-255	-255
%u	123456789	123456789
%u	1180591620717411303424	1180591620717411303424
%u	-1180591620717411303424	-1180591620717411303424
%5d	0	    0
%5d	1	    1
%5d	-1	   -1
%5d	42	   42
%5d	-42	  -42
%5d	255	  255
%5d	-255	 -255
%5d	123456789	123456789
%5d	1180591620717411303424	1180591620717411303424
%5d	-1180591620717411303424	-1180591620717411303424
%-5d	0	0    
%-5d	1	1    
%-5d	-1	-1   
%-5d	42	42   
%-5d	-42	-42  
%-5d	255	255  
%-5d	-255	-255 
%-5d	123456789	123456789
%-5d	1180591620717411303424	1180591620717411303424
%-5d	-1180591620717411303424	-1180591620717411303424
%05d	0	00000
%05d	1	00001
%05d	-1	-0001
%05d	42	00042
%05d	-42	-0042
%05d	255	00255
%05d	-255	-0255
%05d	123456789	123456789
%05d	1180591620717411303424	1180591620717411303424
%05d	-1180591620717411303424	-1180591620717411303424
%+d	0	+0
%+d	1	+1
%+d	-1	-1
%+d	42	+42
%+d	-42	-42
%+d	255	+255
%+d	-255	-255
%+d	123456789	+123456789
%+d	1180591620717411303424	+1180591620717411303424
%+d	-1180591620717411303424	-1180591620717411303424
% d	0	 0
% d	1	 1
% d	-1	-1
% d	42	 42
% d	-42	-42
% d	255	 255
% d	-255	-255
% d	123456789	 123456789
% d	1180591620717411303424	 1180591620717411303424
% d	-1180591620717411303424	-1180591620717411303424
%+05d	0	+0000
%+05d	1	+0001
%+05d	-1	-0001
%+05d	42	+0042
%+05d	-42	-0042
%+05d	255	+0255
%+05d	-255	-0255
%+05d	123456789	+123456789
%+05d	1180591620717411303424	+1180591620717411303424
%+05d	-1180591620717411303424	-1180591620717411303424
%-+5d	0	+0   
%-+5d	1	+1   
%-+5d	-1	-1   
%-+5d	42	+42  
%-+5d	-42	-42  
%-+5d	255	+255 
%-+5d	-255	-255 
%-+5d	123456789	+123456789
%-+5d	1180591620717411303424	+1180591620717411303424
%-+5d	-1180591620717411303424	-1180591620717411303424
%.3d	0	000
%.3d	1	001
%.3d	-1	-001
%.3d	42	042
%.3d	-42	-042
%.3d	255	255
%.3d	-255	-255
%.3d	123456789	123456789
%.3d	1180591620717411303424	1180591620717411303424
%.3d	-1180591620717411303424	-1180591620717411303424
%8.3d	0	     000
%8.3d	1	     001
%8.3d	-1	    -001
%8.3d	42	     042
%8.3d	-42	    -042
%8.3d	255	     255
%8.3d	-255	    -255
%8.3d	123456789	123456789
%8.3d	1180591620717411303424	1180591620717411303424
%8.3d	-1180591620717411303424	-1180591620717411303424
%08.3d	0	00000000
%08.3d	1	00000001
%08.3d	-1	-0000001
%08.3d	42	00000042
%08.3d	-42	-0000042
%08.3d	255	00000255
%08.3d	-255	-0000255
%08.3d	123456789	123456789
%08.3d	1180591620717411303424	1180591620717411303424
%08.3d	-1180591620717411303424	-1180591620717411303424
%x	0	0
%x	1	1
%x	-1	-1
%x	42	2a
%x	-42	-2a
%x	255	ff
%x	-255	-ff
%x	123456789	75bcd15
%x	1180591620717411303424	400000000000000000
%x	-1180591620717411303424	-400000000000000000
%X	0	0
%X	1	1
%X	-1	-1
%X	42	2A
%X	-42	-2A
%X	255	FF
%X	-255	-FF
%X	123456789	75BCD15
%X	1180591620717411303424	400000000000000000
%X	-1180591620717411303424	-400000000000000000
%o	0	0
%o	1	1
%o	-1	-1
%o	42	52
%o	-42	-52
%o	255	377
%o	-255	-377
%o	123456789	726746425
%o	1180591620717411303424	200000000000000000000000
%o	-1180591620717411303424	-200000000000000000000000
%#x	0	0x0
%#x	1	0x1
%#x	-1	-0x1
%#x	42	0x2a
%#x	-42	-0x2a
%#x	255	0xff
%#x	-255	-0xff
%#x	123456789	0x75bcd15
%#x	1180591620717411303424	0x400000000000000000
%#x	-1180591620717411303424	-0x400000000000000000
%#X	0	0X0
%#X	1	0X1
%#X	-1	-0X1
%#X	42	0X2A
%#X	-42	-0X2A
%#X	255	0XFF
%#X	-255	-0XFF
%#X	123456789	0X75BCD15
%#X	1180591620717411303424	0X400000000000000000
%#X	-1180591620717411303424	-0X400000000000000000
%#o	0	0o0
%#o	1	0o1
%#o	-1	-0o1
%#o	42	0o52
%#o	-42	-0o52
%#o	255	0o377
%#o	-255	-0o377
%#o	123456789	0o726746425
%#o	1180591620717411303424	0o200000000000000000000000
%#o	-1180591620717411303424	-0o200000000000000000000000
%#8x	0	     0x0
%#8x	1	     0x1
%#8x	-1	    -0x1
%#8x	42	    0x2a
%#8x	-42	   -0x2a
%#8x	255	    0xff
%#8x	-255	   -0xff
%#8x	123456789	0x75bcd15
%#8x	1180591620717411303424	0x400000000000000000
%#8x	-1180591620717411303424	-0x400000000000000000
%#08x	0	0x000000
%#08x	1	0x000001
%#08x	-1	-0x00001
%#08x	42	0x00002a
%#08x	-42	-0x0002a
%#08x	255	0x0000ff
%#08x	-255	-0x000ff
%#08x	123456789	0x75bcd15
%#08x	1180591620717411303424	0x400000000000000000
%#08x	-1180591620717411303424	-0x400000000000000000
%-#8x	0	0x0     
%-#8x	1	0x1     
%-#8x	-1	-0x1    
%-#8x	42	0x2a    
%-#8x	-42	-0x2a   
%-#8x	255	0xff    
%-#8x	-255	-0xff   
%-#8x	123456789	0x75bcd15
%-#8x	1180591620717411303424	0x400000000000000000
%-#8x	-1180591620717411303424	-0x400000000000000000
%+#x	0	+0x0
%+#x	1	+0x1
%+#x	-1	-0x1
%+#x	42	+0x2a
%+#x	-42	-0x2a
%+#x	255	+0xff
%+#x	-255	-0xff
%+#x	123456789	+0x75bcd15
%+#x	1180591620717411303424	+0x400000000000000000
%+#x	-1180591620717411303424	-0x400000000000000000
%#.4x	0	0x0000
%#.4x	1	0x0001
%#.4x	-1	-0x0001
%#.4x	42	0x002a
%#.4x	-42	-0x002a
%#.4x	255	0x00ff
%#.4x	-255	-0x00ff
%#.4x	123456789	0x75bcd15
%#.4x	1180591620717411303424	0x400000000000000000
%#.4x	-1180591620717411303424	-0x400000000000000000
% #010o	0	 0o0000000
% #010o	1	 0o0000001
% #010o	-1	-0o0000001
% #010o	42	 0o0000052
% #010o	-42	-0o0000052
% #010o	255	 0o0000377
% #010o	-255	-0o0000377
% #010o	123456789	 0o726746425
% #010o	1180591620717411303424	 0o200000000000000000000000
% #010o	-1180591620717411303424	-0o200000000000000000000000
%ld	0	0
%ld	1	1
%ld	-1	-1
%ld	42	42
%ld	-42	-42
%ld	255	255
%ld	-255	-255
%ld	123456789	123456789
%ld	1180591620717411303424	1180591620717411303424
%ld	-1180591620717411303424	-1180591620717411303424
%hd	0	0
%hd	1	1
%hd	-1	-1
%hd	42	42
%hd	-42	-42
%hd	255	255
%hd	-255	-255
%hd	123456789	123456789
%hd	1180591620717411303424	1180591620717411303424
%hd	-1180591620717411303424	-1180591620717411303424
%Lx	0	0
%Lx	1	1
%Lx	-1	-1
%Lx	42	2a
%Lx	-42	-2a
%Lx	255	ff
%Lx	-255	-ff
%Lx	123456789	75bcd15
%Lx	1180591620717411303424	400000000000000000
%Lx	-1180591620717411303424	-400000000000000000
%010d	0	0000000000
%010d	1	0000000001
%010d	-1	-000000001
%010d	42	0000000042
%010d	-42	-000000042
%010d	255	0000000255
%010d	-255	-000000255
%010d	123456789	0123456789
%010d	1180591620717411303424	1180591620717411303424
%010d	-1180591620717411303424	-1180591620717411303424
%-010d	0	0         
%-010d	1	1         
%-010d	-1	-1        
%-010d	42	42        
%-010d	-42	-42       
%-010d	255	255       
%-010d	-255	-255      
%-010d	123456789	123456789 
%-010d	1180591620717411303424	1180591620717411303424
%-010d	-1180591620717411303424	-1180591620717411303424
%+.0d	0	+0
%+.0d	1	+1
%+.0d	-1	-1
%+.0d	42	+42
%+.0d	-42	-42
%+.0d	255	+255
%+.0d	-255	-255
%+.0d	123456789	+123456789
%+.0d	1180591620717411303424	+1180591620717411303424
%+.0d	-1180591620717411303424	-1180591620717411303424
%.0d	0	0
%.0d	1	1
%.0d	-1	-1
%.0d	42	42
%.0d	-42	-42
%.0d	255	255
%.0d	-255	-255
%.0d	123456789	123456789
%.0d	1180591620717411303424	1180591620717411303424
%.0d	-1180591620717411303424	-1180591620717411303424
"""#
let percentFloatCases = #"""
%f	0x0000000000000000	0.000000
%f	0x8000000000000000	-0.000000
%f	0x3FF0000000000000	1.000000
%f	0xBFF8000000000000	-1.500000
%f	0x3FB999999999999A	0.100000
%f	0x405EDD2F1A9FBE77	123.456000
%f	0xC0F81CD6E9E1B08A	-98765.432100
%f	0x4415AF1D78B58C40	100000000000000000000.000000
%f	0x3BC79CA10C924223	0.000000
%f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000
%f	0x7FF0000000000000	inf
%f	0xFFF0000000000000	-inf
%f	0x7FF8000000000000	nan
%f	0x4004000000000000	2.500000
%f	0x3FC0000000000000	0.125000
%f	0x4341C37937E08000	10000000000000000.000000
%f	0x419D6F3454000000	123456789.000000
%f	0x3F1A36E2EB1C432D	0.000100
%e	0x0000000000000000	0.000000e+00
%e	0x8000000000000000	-0.000000e+00
%e	0x3FF0000000000000	1.000000e+00
%e	0xBFF8000000000000	-1.500000e+00
%e	0x3FB999999999999A	1.000000e-01
%e	0x405EDD2F1A9FBE77	1.234560e+02
%e	0xC0F81CD6E9E1B08A	-9.876543e+04
%e	0x4415AF1D78B58C40	1.000000e+20
%e	0x3BC79CA10C924223	1.000000e-20
%e	0x7E41EB2D66005835	1.500000e+300
%e	0x7FF0000000000000	inf
%e	0xFFF0000000000000	-inf
%e	0x7FF8000000000000	nan
%e	0x4004000000000000	2.500000e+00
%e	0x3FC0000000000000	1.250000e-01
%e	0x4341C37937E08000	1.000000e+16
%e	0x419D6F3454000000	1.234568e+08
%e	0x3F1A36E2EB1C432D	1.000000e-04
%E	0x0000000000000000	0.000000E+00
%E	0x8000000000000000	-0.000000E+00
%E	0x3FF0000000000000	1.000000E+00
%E	0xBFF8000000000000	-1.500000E+00
%E	0x3FB999999999999A	1.000000E-01
%E	0x405EDD2F1A9FBE77	1.234560E+02
%E	0xC0F81CD6E9E1B08A	-9.876543E+04
%E	0x4415AF1D78B58C40	1.000000E+20
%E	0x3BC79CA10C924223	1.000000E-20
%E	0x7E41EB2D66005835	1.500000E+300
%E	0x7FF0000000000000	INF
%E	0xFFF0000000000000	-INF
%E	0x7FF8000000000000	NAN
%E	0x4004000000000000	2.500000E+00
%E	0x3FC0000000000000	1.250000E-01
%E	0x4341C37937E08000	1.000000E+16
%E	0x419D6F3454000000	1.234568E+08
%E	0x3F1A36E2EB1C432D	1.000000E-04
%g	0x0000000000000000	0
%g	0x8000000000000000	-0
%g	0x3FF0000000000000	1
%g	0xBFF8000000000000	-1.5
%g	0x3FB999999999999A	0.1
%g	0x405EDD2F1A9FBE77	123.456
%g	0xC0F81CD6E9E1B08A	-98765.4
%g	0x4415AF1D78B58C40	1e+20
%g	0x3BC79CA10C924223	1e-20
%g	0x7E41EB2D66005835	1.5e+300
%g	0x7FF0000000000000	inf
%g	0xFFF0000000000000	-inf
%g	0x7FF8000000000000	nan
%g	0x4004000000000000	2.5
%g	0x3FC0000000000000	0.125
%g	0x4341C37937E08000	1e+16
%g	0x419D6F3454000000	1.23457e+08
%g	0x3F1A36E2EB1C432D	0.0001
%G	0x0000000000000000	0
%G	0x8000000000000000	-0
%G	0x3FF0000000000000	1
%G	0xBFF8000000000000	-1.5
%G	0x3FB999999999999A	0.1
%G	0x405EDD2F1A9FBE77	123.456
%G	0xC0F81CD6E9E1B08A	-98765.4
%G	0x4415AF1D78B58C40	1E+20
%G	0x3BC79CA10C924223	1E-20
%G	0x7E41EB2D66005835	1.5E+300
%G	0x7FF0000000000000	INF
%G	0xFFF0000000000000	-INF
%G	0x7FF8000000000000	NAN
%G	0x4004000000000000	2.5
%G	0x3FC0000000000000	0.125
%G	0x4341C37937E08000	1E+16
%G	0x419D6F3454000000	1.23457E+08
%G	0x3F1A36E2EB1C432D	0.0001
%F	0x0000000000000000	0.000000
%F	0x8000000000000000	-0.000000
%F	0x3FF0000000000000	1.000000
%F	0xBFF8000000000000	-1.500000
%F	0x3FB999999999999A	0.100000
%F	0x405EDD2F1A9FBE77	123.456000
%F	0xC0F81CD6E9E1B08A	-98765.432100
%F	0x4415AF1D78B58C40	100000000000000000000.000000
%F	0x3BC79CA10C924223	0.000000
%F	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000
%F	0x7FF0000000000000	INF
%F	0xFFF0000000000000	-INF
%F	0x7FF8000000000000	NAN
%F	0x4004000000000000	2.500000
%F	0x3FC0000000000000	0.125000
%F	0x4341C37937E08000	10000000000000000.000000
%F	0x419D6F3454000000	123456789.000000
%F	0x3F1A36E2EB1C432D	0.000100
%.2f	0x0000000000000000	0.00
%.2f	0x8000000000000000	-0.00
%.2f	0x3FF0000000000000	1.00
%.2f	0xBFF8000000000000	-1.50
%.2f	0x3FB999999999999A	0.10
%.2f	0x405EDD2F1A9FBE77	123.46
%.2f	0xC0F81CD6E9E1B08A	-98765.43
%.2f	0x4415AF1D78B58C40	100000000000000000000.00
%.2f	0x3BC79CA10C924223	0.00
%.2f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.00
%.2f	0x7FF0000000000000	inf
%.2f	0xFFF0000000000000	-inf
%.2f	0x7FF8000000000000	nan
%.2f	0x4004000000000000	2.50
%.2f	0x3FC0000000000000	0.12
%.2f	0x4341C37937E08000	10000000000000000.00
%.2f	0x419D6F3454000000	123456789.00
%.2f	0x3F1A36E2EB1C432D	0.00
%.0f	0x0000000000000000	0
%.0f	0x8000000000000000	-0
%.0f	0x3FF0000000000000	1
%.0f	0xBFF8000000000000	-2
%.0f	0x3FB999999999999A	0
%.0f	0x405EDD2F1A9FBE77	123
%.0f	0xC0F81CD6E9E1B08A	-98765
%.0f	0x4415AF1D78B58C40	100000000000000000000
%.0f	0x3BC79CA10C924223	0
%.0f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240
%.0f	0x7FF0000000000000	inf
%.0f	0xFFF0000000000000	-inf
%.0f	0x7FF8000000000000	nan
%.0f	0x4004000000000000	2
%.0f	0x3FC0000000000000	0
%.0f	0x4341C37937E08000	10000000000000000
%.0f	0x419D6F3454000000	123456789
%.0f	0x3F1A36E2EB1C432D	0
%#.0f	0x0000000000000000	0.
%#.0f	0x8000000000000000	-0.
%#.0f	0x3FF0000000000000	1.
%#.0f	0xBFF8000000000000	-2.
%#.0f	0x3FB999999999999A	0.
%#.0f	0x405EDD2F1A9FBE77	123.
%#.0f	0xC0F81CD6E9E1B08A	-98765.
%#.0f	0x4415AF1D78B58C40	100000000000000000000.
%#.0f	0x3BC79CA10C924223	0.
%#.0f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.
%#.0f	0x7FF0000000000000	inf
%#.0f	0xFFF0000000000000	-inf
%#.0f	0x7FF8000000000000	nan
%#.0f	0x4004000000000000	2.
%#.0f	0x3FC0000000000000	0.
%#.0f	0x4341C37937E08000	10000000000000000.
%#.0f	0x419D6F3454000000	123456789.
%#.0f	0x3F1A36E2EB1C432D	0.
%.3e	0x0000000000000000	0.000e+00
%.3e	0x8000000000000000	-0.000e+00
%.3e	0x3FF0000000000000	1.000e+00
%.3e	0xBFF8000000000000	-1.500e+00
%.3e	0x3FB999999999999A	1.000e-01
%.3e	0x405EDD2F1A9FBE77	1.235e+02
%.3e	0xC0F81CD6E9E1B08A	-9.877e+04
%.3e	0x4415AF1D78B58C40	1.000e+20
%.3e	0x3BC79CA10C924223	1.000e-20
%.3e	0x7E41EB2D66005835	1.500e+300
%.3e	0x7FF0000000000000	inf
%.3e	0xFFF0000000000000	-inf
%.3e	0x7FF8000000000000	nan
%.3e	0x4004000000000000	2.500e+00
%.3e	0x3FC0000000000000	1.250e-01
%.3e	0x4341C37937E08000	1.000e+16
%.3e	0x419D6F3454000000	1.235e+08
%.3e	0x3F1A36E2EB1C432D	1.000e-04
%#.0e	0x0000000000000000	0.e+00
%#.0e	0x8000000000000000	-0.e+00
%#.0e	0x3FF0000000000000	1.e+00
%#.0e	0xBFF8000000000000	-2.e+00
%#.0e	0x3FB999999999999A	1.e-01
%#.0e	0x405EDD2F1A9FBE77	1.e+02
%#.0e	0xC0F81CD6E9E1B08A	-1.e+05
%#.0e	0x4415AF1D78B58C40	1.e+20
%#.0e	0x3BC79CA10C924223	1.e-20
%#.0e	0x7E41EB2D66005835	2.e+300
%#.0e	0x7FF0000000000000	inf
%#.0e	0xFFF0000000000000	-inf
%#.0e	0x7FF8000000000000	nan
%#.0e	0x4004000000000000	2.e+00
%#.0e	0x3FC0000000000000	1.e-01
%#.0e	0x4341C37937E08000	1.e+16
%#.0e	0x419D6F3454000000	1.e+08
%#.0e	0x3F1A36E2EB1C432D	1.e-04
%10.3f	0x0000000000000000	     0.000
%10.3f	0x8000000000000000	    -0.000
%10.3f	0x3FF0000000000000	     1.000
%10.3f	0xBFF8000000000000	    -1.500
%10.3f	0x3FB999999999999A	     0.100
%10.3f	0x405EDD2F1A9FBE77	   123.456
%10.3f	0xC0F81CD6E9E1B08A	-98765.432
%10.3f	0x4415AF1D78B58C40	100000000000000000000.000
%10.3f	0x3BC79CA10C924223	     0.000
%10.3f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000
%10.3f	0x7FF0000000000000	       inf
%10.3f	0xFFF0000000000000	      -inf
%10.3f	0x7FF8000000000000	       nan
%10.3f	0x4004000000000000	     2.500
%10.3f	0x3FC0000000000000	     0.125
%10.3f	0x4341C37937E08000	10000000000000000.000
%10.3f	0x419D6F3454000000	123456789.000
%10.3f	0x3F1A36E2EB1C432D	     0.000
%-10.3f	0x0000000000000000	0.000     
%-10.3f	0x8000000000000000	-0.000    
%-10.3f	0x3FF0000000000000	1.000     
%-10.3f	0xBFF8000000000000	-1.500    
%-10.3f	0x3FB999999999999A	0.100     
%-10.3f	0x405EDD2F1A9FBE77	123.456   
%-10.3f	0xC0F81CD6E9E1B08A	-98765.432
%-10.3f	0x4415AF1D78B58C40	100000000000000000000.000
%-10.3f	0x3BC79CA10C924223	0.000     
%-10.3f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000
%-10.3f	0x7FF0000000000000	inf       
%-10.3f	0xFFF0000000000000	-inf      
%-10.3f	0x7FF8000000000000	nan       
%-10.3f	0x4004000000000000	2.500     
%-10.3f	0x3FC0000000000000	0.125     
%-10.3f	0x4341C37937E08000	10000000000000000.000
%-10.3f	0x419D6F3454000000	123456789.000
%-10.3f	0x3F1A36E2EB1C432D	0.000     
%010.3f	0x0000000000000000	000000.000
%010.3f	0x8000000000000000	-00000.000
%010.3f	0x3FF0000000000000	000001.000
%010.3f	0xBFF8000000000000	-00001.500
%010.3f	0x3FB999999999999A	000000.100
%010.3f	0x405EDD2F1A9FBE77	000123.456
%010.3f	0xC0F81CD6E9E1B08A	-98765.432
%010.3f	0x4415AF1D78B58C40	100000000000000000000.000
%010.3f	0x3BC79CA10C924223	000000.000
%010.3f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000
%010.3f	0x7FF0000000000000	0000000inf
%010.3f	0xFFF0000000000000	-000000inf
%010.3f	0x7FF8000000000000	0000000nan
%010.3f	0x4004000000000000	000002.500
%010.3f	0x3FC0000000000000	000000.125
%010.3f	0x4341C37937E08000	10000000000000000.000
%010.3f	0x419D6F3454000000	123456789.000
%010.3f	0x3F1A36E2EB1C432D	000000.000
%+f	0x0000000000000000	+0.000000
%+f	0x8000000000000000	-0.000000
%+f	0x3FF0000000000000	+1.000000
%+f	0xBFF8000000000000	-1.500000
%+f	0x3FB999999999999A	+0.100000
%+f	0x405EDD2F1A9FBE77	+123.456000
%+f	0xC0F81CD6E9E1B08A	-98765.432100
%+f	0x4415AF1D78B58C40	+100000000000000000000.000000
%+f	0x3BC79CA10C924223	+0.000000
%+f	0x7E41EB2D66005835	+1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000
%+f	0x7FF0000000000000	+inf
%+f	0xFFF0000000000000	-inf
%+f	0x7FF8000000000000	+nan
%+f	0x4004000000000000	+2.500000
%+f	0x3FC0000000000000	+0.125000
%+f	0x4341C37937E08000	+10000000000000000.000000
%+f	0x419D6F3454000000	+123456789.000000
%+f	0x3F1A36E2EB1C432D	+0.000100
% f	0x0000000000000000	 0.000000
% f	0x8000000000000000	-0.000000
% f	0x3FF0000000000000	 1.000000
% f	0xBFF8000000000000	-1.500000
% f	0x3FB999999999999A	 0.100000
% f	0x405EDD2F1A9FBE77	 123.456000
% f	0xC0F81CD6E9E1B08A	-98765.432100
% f	0x4415AF1D78B58C40	 100000000000000000000.000000
% f	0x3BC79CA10C924223	 0.000000
% f	0x7E41EB2D66005835	 1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000
% f	0x7FF0000000000000	 inf
% f	0xFFF0000000000000	-inf
% f	0x7FF8000000000000	 nan
% f	0x4004000000000000	 2.500000
% f	0x3FC0000000000000	 0.125000
% f	0x4341C37937E08000	 10000000000000000.000000
% f	0x419D6F3454000000	 123456789.000000
% f	0x3F1A36E2EB1C432D	 0.000100
%+010.2f	0x0000000000000000	+000000.00
%+010.2f	0x8000000000000000	-000000.00
%+010.2f	0x3FF0000000000000	+000001.00
%+010.2f	0xBFF8000000000000	-000001.50
%+010.2f	0x3FB999999999999A	+000000.10
%+010.2f	0x405EDD2F1A9FBE77	+000123.46
%+010.2f	0xC0F81CD6E9E1B08A	-098765.43
%+010.2f	0x4415AF1D78B58C40	+100000000000000000000.00
%+010.2f	0x3BC79CA10C924223	+000000.00
%+010.2f	0x7E41EB2D66005835	+1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.00
%+010.2f	0x7FF0000000000000	+000000inf
%+010.2f	0xFFF0000000000000	-000000inf
%+010.2f	0x7FF8000000000000	+000000nan
%+010.2f	0x4004000000000000	+000002.50
%+010.2f	0x3FC0000000000000	+000000.12
%+010.2f	0x4341C37937E08000	+10000000000000000.00
%+010.2f	0x419D6F3454000000	+123456789.00
%+010.2f	0x3F1A36E2EB1C432D	+000000.00
%.10g	0x0000000000000000	0
%.10g	0x8000000000000000	-0
%.10g	0x3FF0000000000000	1
%.10g	0xBFF8000000000000	-1.5
%.10g	0x3FB999999999999A	0.1
%.10g	0x405EDD2F1A9FBE77	123.456
%.10g	0xC0F81CD6E9E1B08A	-98765.4321
%.10g	0x4415AF1D78B58C40	1e+20
%.10g	0x3BC79CA10C924223	1e-20
%.10g	0x7E41EB2D66005835	1.5e+300
%.10g	0x7FF0000000000000	inf
%.10g	0xFFF0000000000000	-inf
%.10g	0x7FF8000000000000	nan
%.10g	0x4004000000000000	2.5
%.10g	0x3FC0000000000000	0.125
%.10g	0x4341C37937E08000	1e+16
%.10g	0x419D6F3454000000	123456789
%.10g	0x3F1A36E2EB1C432D	0.0001
%#g	0x0000000000000000	0.00000
%#g	0x8000000000000000	-0.00000
%#g	0x3FF0000000000000	1.00000
%#g	0xBFF8000000000000	-1.50000
%#g	0x3FB999999999999A	0.100000
%#g	0x405EDD2F1A9FBE77	123.456
%#g	0xC0F81CD6E9E1B08A	-98765.4
%#g	0x4415AF1D78B58C40	1.00000e+20
%#g	0x3BC79CA10C924223	1.00000e-20
%#g	0x7E41EB2D66005835	1.50000e+300
%#g	0x7FF0000000000000	inf
%#g	0xFFF0000000000000	-inf
%#g	0x7FF8000000000000	nan
%#g	0x4004000000000000	2.50000
%#g	0x3FC0000000000000	0.125000
%#g	0x4341C37937E08000	1.00000e+16
%#g	0x419D6F3454000000	1.23457e+08
%#g	0x3F1A36E2EB1C432D	0.000100000
%#.3g	0x0000000000000000	0.00
%#.3g	0x8000000000000000	-0.00
%#.3g	0x3FF0000000000000	1.00
%#.3g	0xBFF8000000000000	-1.50
%#.3g	0x3FB999999999999A	0.100
%#.3g	0x405EDD2F1A9FBE77	123.
%#.3g	0xC0F81CD6E9E1B08A	-9.88e+04
%#.3g	0x4415AF1D78B58C40	1.00e+20
%#.3g	0x3BC79CA10C924223	1.00e-20
%#.3g	0x7E41EB2D66005835	1.50e+300
%#.3g	0x7FF0000000000000	inf
%#.3g	0xFFF0000000000000	-inf
%#.3g	0x7FF8000000000000	nan
%#.3g	0x4004000000000000	2.50
%#.3g	0x3FC0000000000000	0.125
%#.3g	0x4341C37937E08000	1.00e+16
%#.3g	0x419D6F3454000000	1.23e+08
%#.3g	0x3F1A36E2EB1C432D	0.000100
%.0g	0x0000000000000000	0
%.0g	0x8000000000000000	-0
%.0g	0x3FF0000000000000	1
%.0g	0xBFF8000000000000	-2
%.0g	0x3FB999999999999A	0.1
%.0g	0x405EDD2F1A9FBE77	1e+02
%.0g	0xC0F81CD6E9E1B08A	-1e+05
%.0g	0x4415AF1D78B58C40	1e+20
%.0g	0x3BC79CA10C924223	1e-20
%.0g	0x7E41EB2D66005835	2e+300
%.0g	0x7FF0000000000000	inf
%.0g	0xFFF0000000000000	-inf
%.0g	0x7FF8000000000000	nan
%.0g	0x4004000000000000	2
%.0g	0x3FC0000000000000	0.1
%.0g	0x4341C37937E08000	1e+16
%.0g	0x419D6F3454000000	1e+08
%.0g	0x3F1A36E2EB1C432D	0.0001
%.1g	0x0000000000000000	0
%.1g	0x8000000000000000	-0
%.1g	0x3FF0000000000000	1
%.1g	0xBFF8000000000000	-2
%.1g	0x3FB999999999999A	0.1
%.1g	0x405EDD2F1A9FBE77	1e+02
%.1g	0xC0F81CD6E9E1B08A	-1e+05
%.1g	0x4415AF1D78B58C40	1e+20
%.1g	0x3BC79CA10C924223	1e-20
%.1g	0x7E41EB2D66005835	2e+300
%.1g	0x7FF0000000000000	inf
%.1g	0xFFF0000000000000	-inf
%.1g	0x7FF8000000000000	nan
%.1g	0x4004000000000000	2
%.1g	0x3FC0000000000000	0.1
%.1g	0x4341C37937E08000	1e+16
%.1g	0x419D6F3454000000	1e+08
%.1g	0x3F1A36E2EB1C432D	0.0001
%.20f	0x0000000000000000	0.00000000000000000000
%.20f	0x8000000000000000	-0.00000000000000000000
%.20f	0x3FF0000000000000	1.00000000000000000000
%.20f	0xBFF8000000000000	-1.50000000000000000000
%.20f	0x3FB999999999999A	0.10000000000000000555
%.20f	0x405EDD2F1A9FBE77	123.45600000000000306954
%.20f	0xC0F81CD6E9E1B08A	-98765.43210000000544823706
%.20f	0x4415AF1D78B58C40	100000000000000000000.00000000000000000000
%.20f	0x3BC79CA10C924223	0.00000000000000000001
%.20f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.00000000000000000000
%.20f	0x7FF0000000000000	inf
%.20f	0xFFF0000000000000	-inf
%.20f	0x7FF8000000000000	nan
%.20f	0x4004000000000000	2.50000000000000000000
%.20f	0x3FC0000000000000	0.12500000000000000000
%.20f	0x4341C37937E08000	10000000000000000.00000000000000000000
%.20f	0x419D6F3454000000	123456789.00000000000000000000
%.20f	0x3F1A36E2EB1C432D	0.00010000000000000000
%.15e	0x0000000000000000	0.000000000000000e+00
%.15e	0x8000000000000000	-0.000000000000000e+00
%.15e	0x3FF0000000000000	1.000000000000000e+00
%.15e	0xBFF8000000000000	-1.500000000000000e+00
%.15e	0x3FB999999999999A	1.000000000000000e-01
%.15e	0x405EDD2F1A9FBE77	1.234560000000000e+02
%.15e	0xC0F81CD6E9E1B08A	-9.876543210000001e+04
%.15e	0x4415AF1D78B58C40	1.000000000000000e+20
%.15e	0x3BC79CA10C924223	9.999999999999999e-21
%.15e	0x7E41EB2D66005835	1.500000000000000e+300
%.15e	0x7FF0000000000000	inf
%.15e	0xFFF0000000000000	-inf
%.15e	0x7FF8000000000000	nan
%.15e	0x4004000000000000	2.500000000000000e+00
%.15e	0x3FC0000000000000	1.250000000000000e-01
%.15e	0x4341C37937E08000	1.000000000000000e+16
%.15e	0x419D6F3454000000	1.234567890000000e+08
%.15e	0x3F1A36E2EB1C432D	1.000000000000000e-04
%5f	0x0000000000000000	0.000000
%5f	0x8000000000000000	-0.000000
%5f	0x3FF0000000000000	1.000000
%5f	0xBFF8000000000000	-1.500000
%5f	0x3FB999999999999A	0.100000
%5f	0x405EDD2F1A9FBE77	123.456000
%5f	0xC0F81CD6E9E1B08A	-98765.432100
%5f	0x4415AF1D78B58C40	100000000000000000000.000000
%5f	0x3BC79CA10C924223	0.000000
%5f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000
%5f	0x7FF0000000000000	  inf
%5f	0xFFF0000000000000	 -inf
%5f	0x7FF8000000000000	  nan
%5f	0x4004000000000000	2.500000
%5f	0x3FC0000000000000	0.125000
%5f	0x4341C37937E08000	10000000000000000.000000
%5f	0x419D6F3454000000	123456789.000000
%5f	0x3F1A36E2EB1C432D	0.000100
%05f	0x0000000000000000	0.000000
%05f	0x8000000000000000	-0.000000
%05f	0x3FF0000000000000	1.000000
%05f	0xBFF8000000000000	-1.500000
%05f	0x3FB999999999999A	0.100000
%05f	0x405EDD2F1A9FBE77	123.456000
%05f	0xC0F81CD6E9E1B08A	-98765.432100
%05f	0x4415AF1D78B58C40	100000000000000000000.000000
%05f	0x3BC79CA10C924223	0.000000
%05f	0x7E41EB2D66005835	1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000
%05f	0x7FF0000000000000	00inf
%05f	0xFFF0000000000000	-0inf
%05f	0x7FF8000000000000	00nan
%05f	0x4004000000000000	2.500000
%05f	0x3FC0000000000000	0.125000
%05f	0x4341C37937E08000	10000000000000000.000000
%05f	0x419D6F3454000000	123456789.000000
%05f	0x3F1A36E2EB1C432D	0.000100
%-08.2e	0x0000000000000000	0.00e+00
%-08.2e	0x8000000000000000	-0.00e+00
%-08.2e	0x3FF0000000000000	1.00e+00
%-08.2e	0xBFF8000000000000	-1.50e+00
%-08.2e	0x3FB999999999999A	1.00e-01
%-08.2e	0x405EDD2F1A9FBE77	1.23e+02
%-08.2e	0xC0F81CD6E9E1B08A	-9.88e+04
%-08.2e	0x4415AF1D78B58C40	1.00e+20
%-08.2e	0x3BC79CA10C924223	1.00e-20
%-08.2e	0x7E41EB2D66005835	1.50e+300
%-08.2e	0x7FF0000000000000	inf     
%-08.2e	0xFFF0000000000000	-inf    
%-08.2e	0x7FF8000000000000	nan     
%-08.2e	0x4004000000000000	2.50e+00
%-08.2e	0x3FC0000000000000	1.25e-01
%-08.2e	0x4341C37937E08000	1.00e+16
%-08.2e	0x419D6F3454000000	1.23e+08
%-08.2e	0x3F1A36E2EB1C432D	1.00e-04
%+g	0x0000000000000000	+0
%+g	0x8000000000000000	-0
%+g	0x3FF0000000000000	+1
%+g	0xBFF8000000000000	-1.5
%+g	0x3FB999999999999A	+0.1
%+g	0x405EDD2F1A9FBE77	+123.456
%+g	0xC0F81CD6E9E1B08A	-98765.4
%+g	0x4415AF1D78B58C40	+1e+20
%+g	0x3BC79CA10C924223	+1e-20
%+g	0x7E41EB2D66005835	+1.5e+300
%+g	0x7FF0000000000000	+inf
%+g	0xFFF0000000000000	-inf
%+g	0x7FF8000000000000	+nan
%+g	0x4004000000000000	+2.5
%+g	0x3FC0000000000000	+0.125
%+g	0x4341C37937E08000	+1e+16
%+g	0x419D6F3454000000	+1.23457e+08
%+g	0x3F1A36E2EB1C432D	+0.0001
%+.3G	0x0000000000000000	+0
%+.3G	0x8000000000000000	-0
%+.3G	0x3FF0000000000000	+1
%+.3G	0xBFF8000000000000	-1.5
%+.3G	0x3FB999999999999A	+0.1
%+.3G	0x405EDD2F1A9FBE77	+123
%+.3G	0xC0F81CD6E9E1B08A	-9.88E+04
%+.3G	0x4415AF1D78B58C40	+1E+20
%+.3G	0x3BC79CA10C924223	+1E-20
%+.3G	0x7E41EB2D66005835	+1.5E+300
%+.3G	0x7FF0000000000000	+INF
%+.3G	0xFFF0000000000000	-INF
%+.3G	0x7FF8000000000000	+NAN
%+.3G	0x4004000000000000	+2.5
%+.3G	0x3FC0000000000000	+0.125
%+.3G	0x4341C37937E08000	+1E+16
%+.3G	0x419D6F3454000000	+1.23E+08
%+.3G	0x3F1A36E2EB1C432D	+0.0001
"""#
let percentTextCases = #"""
%s		
%s	a	a
%s	abc	abc
%s	caf\u{E9}	caf\u{E9}
%s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%s	\u{1F600}	\u{1F600}
%5s		     
%5s	a	    a
%5s	abc	  abc
%5s	caf\u{E9}	 caf\u{E9}
%5s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%5s	\u{1F600}	    \u{1F600}
%-5s		     
%-5s	a	a    
%-5s	abc	abc  
%-5s	caf\u{E9}	caf\u{E9} 
%-5s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%-5s	\u{1F600}	\u{1F600}    
%.2s		
%.2s	a	a
%.2s	abc	ab
%.2s	caf\u{E9}	ca
%.2s	h\u{E9}llo w\u{F6}rld	h\u{E9}
%.2s	\u{1F600}	\u{1F600}
%5.2s		     
%5.2s	a	    a
%5.2s	abc	   ab
%5.2s	caf\u{E9}	   ca
%5.2s	h\u{E9}llo w\u{F6}rld	   h\u{E9}
%5.2s	\u{1F600}	    \u{1F600}
%-6.3s		      
%-6.3s	a	a     
%-6.3s	abc	abc   
%-6.3s	caf\u{E9}	caf   
%-6.3s	h\u{E9}llo w\u{F6}rld	h\u{E9}l   
%-6.3s	\u{1F600}	\u{1F600}     
%05s		     
%05s	a	    a
%05s	abc	  abc
%05s	caf\u{E9}	 caf\u{E9}
%05s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%05s	\u{1F600}	    \u{1F600}
%+s		
%+s	a	a
%+s	abc	abc
%+s	caf\u{E9}	caf\u{E9}
%+s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%+s	\u{1F600}	\u{1F600}
%#s		
%#s	a	a
%#s	abc	abc
%#s	caf\u{E9}	caf\u{E9}
%#s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%#s	\u{1F600}	\u{1F600}
%r		''
%r	a	'a'
%r	abc	'abc'
%r	caf\u{E9}	'caf\u{E9}'
%r	h\u{E9}llo w\u{F6}rld	'h\u{E9}llo w\u{F6}rld'
%r	\u{1F600}	'\u{1F600}'
%10r		        ''
%10r	a	       'a'
%10r	abc	     'abc'
%10r	caf\u{E9}	    'caf\u{E9}'
%10r	h\u{E9}llo w\u{F6}rld	'h\u{E9}llo w\u{F6}rld'
%10r	\u{1F600}	       '\u{1F600}'
%.1r		'
%.1r	a	'
%.1r	abc	'
%.1r	caf\u{E9}	'
%.1r	h\u{E9}llo w\u{F6}rld	'
%.1r	\u{1F600}	'
%a		''
%a	a	'a'
%a	abc	'abc'
%a	caf\u{E9}	'caf\\xe9'
%a	h\u{E9}llo w\u{F6}rld	'h\\xe9llo w\\xf6rld'
%a	\u{1F600}	'\\U0001f600'
%c	a	a
%c	\u{1F600}	\u{1F600}
%3c	a	  a
%3c	\u{1F600}	  \u{1F600}
%-3c	a	a  
%-3c	\u{1F600}	\u{1F600}  
%.0s		
%.0s	a	
%.0s	abc	
%.0s	caf\u{E9}	
%.0s	h\u{E9}llo w\u{F6}rld	
%.0s	\u{1F600}	
%(k)s		
%(k)s	a	a
%(k)s	abc	abc
%(k)s	caf\u{E9}	caf\u{E9}
%(k)s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%(k)s	\u{1F600}	\u{1F600}
%(k)5s		     
%(k)5s	a	    a
%(k)5s	abc	  abc
%(k)5s	caf\u{E9}	 caf\u{E9}
%(k)5s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%(k)5s	\u{1F600}	    \u{1F600}
%(a(b))s		
%(a(b))s	a	a
%(a(b))s	abc	abc
%(a(b))s	caf\u{E9}	caf\u{E9}
%(a(b))s	h\u{E9}llo w\u{F6}rld	h\u{E9}llo w\u{F6}rld
%(a(b))s	\u{1F600}	\u{1F600}
"""#
let percentParseCases = #"""
abc	Labc
%%	L%
a%%b	La%b
%	!incomplete format
abc%	!incomplete format
%5	!incomplete format
%.	!incomplete format
%(a	!incomplete format key
%(a)	!incomplete format
%-	!incomplete format
%s %d	D||||s|1 ~ L  ~ D||||d|4
%(x)s and %(y)d%%	D(x)||||s|4 ~ L and  ~ D(y)||||d|14 ~ L%
%5%	D||5||%|2
%y	D||||y|1
ab%y	Lab ~ D||||y|3
%(a)y	D(a)||||y|4
x%\u{E9}	Lx ~ D||||\u{E9}|2
%.*f	D|||.*|f|3
%*.*f	D||*|.*|f|4
%-*d	D|-|*||d|3
%l	!incomplete format
%hh	D||||h|2
\u{E9}%s\u{E9}	L\u{E9} ~ D||||s|2 ~ L\u{E9}
"""#
let percentUnsupportedCases = #"""
%y	unsupported format character 'y' (0x79) at index 1
ab%y	unsupported format character 'y' (0x79) at index 3
%(a)y	unsupported format character 'y' (0x79) at index 4
x%\u{E9}	unsupported format character '?' (0xe9) at index 2
%5%	unsupported format character '%' (0x25) at index 2
%-#5k	unsupported format character 'k' (0x6b) at index 4
abc %(key)-+5.3q	unsupported format character 'q' (0x71) at index 15
"""#
let strFormatErrorCases = #"""
{	Single '{' encountered in format string
}	Single '}' encountered in format string
a{	Single '{' encountered in format string
a}b	Single '}' encountered in format string
{{	OK
}}	OK
{0}{}	cannot switch from manual field specification to automatic field numbering
{}{0}	cannot switch from automatic field numbering to manual field specification
{!}	unmatched '{' in format spec
{0!}	unmatched '{' in format spec
{0!x}	Unknown conversion specifier x
{0!rx}	expected ':' after conversion specifier
{0!r	unmatched '{' in format spec
{0:	unmatched '{' in format spec
{0	expected '}' before end of string
{0[}	expected '}' before end of string
{0[1]x}	Only '.' or '[' may follow ']' in format field specifier
{0..a}	Empty attribute in format string
{0.}	Empty attribute in format string
{0[]}	Empty attribute in format string
{a{}	unexpected '{' in field name
{:{:{}}}	Max string recursion exceeded
{0:{1:{2}}}	Max string recursion exceeded
{0!\u{E9}}	Unknown conversion specifier \\xe9
{99999999999999999999999}	Too many decimal digits in format string
{0[99999999999999999999999]}	Too many decimal digits in format string
{:{}}{}	OK
{a.b[c]}	OK
{{}}	OK
{0:}}}	OK
x{0:{{}}}	OK
{0:{}	unmatched '{' in format spec
{}	OK
{0}	OK
"""#
let strMethodCases = #"""
upper		
lower		
title		
capitalize		
swapcase		
casefold		
strip		
lstrip		
rstrip		
expandtabs		
isdigit		False
isdecimal		False
isnumeric		False
isalpha		False
isalnum		False
isspace		False
islower		False
isupper		False
istitle		False
isidentifier		False
isprintable		True
isascii		True
split		[]
split1		[]
rsplit		[]
rsplit1		[]
rsplit2		[]
split,		[]
split,1		[]
rsplit,1		[]
splitab		[]
splitlines		[]
splitlinesK		[]
center9		         
center10*		**********
ljust7		\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7		       
zfill6		000000
expandtabs4		
expandtabs0		
stripa		
find_a		-1
find_empty		0
rfind_a		-1
rfind_empty		0
count_a		0
count_empty		1
count_aa		0
replace_a		
replace_a1		
replace_empty		-
replace_empty2		
partition_,		[||]
rpartition_,		[||]
startswith_a		False
endswith_c		False
upper	a	A
lower	a	a
title	a	A
capitalize	a	A
swapcase	a	A
casefold	a	a
strip	a	a
lstrip	a	a
rstrip	a	a
expandtabs	a	a
isdigit	a	False
isdecimal	a	False
isnumeric	a	False
isalpha	a	True
isalnum	a	True
isspace	a	False
islower	a	True
isupper	a	False
istitle	a	False
isidentifier	a	True
isprintable	a	True
isascii	a	True
split	a	[a]
split1	a	[a]
rsplit	a	[a]
rsplit1	a	[a]
rsplit2	a	[a]
split,	a	[a]
split,1	a	[a]
rsplit,1	a	[a]
splitab	a	[a]
splitlines	a	[a]
splitlinesK	a	[a]
center9	a	    a    
center10*	a	****a*****
ljust7	a	a\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	a	      a
zfill6	a	00000a
expandtabs4	a	a
expandtabs0	a	a
stripa	a	
find_a	a	0
find_empty	a	0
rfind_a	a	0
rfind_empty	a	1
count_a	a	1
count_empty	a	2
count_aa	a	0
replace_a	a	XY
replace_a1	a	
replace_empty	a	-a-
replace_empty2	a	-a-
partition_,	a	[a||]
rpartition_,	a	[||a]
startswith_a	a	True
endswith_c	a	False
upper	abc	ABC
lower	abc	abc
title	abc	Abc
capitalize	abc	Abc
swapcase	abc	ABC
casefold	abc	abc
strip	abc	abc
lstrip	abc	abc
rstrip	abc	abc
expandtabs	abc	abc
isdigit	abc	False
isdecimal	abc	False
isnumeric	abc	False
isalpha	abc	True
isalnum	abc	True
isspace	abc	False
islower	abc	True
isupper	abc	False
istitle	abc	False
isidentifier	abc	True
isprintable	abc	True
isascii	abc	True
split	abc	[abc]
split1	abc	[abc]
rsplit	abc	[abc]
rsplit1	abc	[abc]
rsplit2	abc	[abc]
split,	abc	[abc]
split,1	abc	[abc]
rsplit,1	abc	[abc]
splitab	abc	[|c]
splitlines	abc	[abc]
splitlinesK	abc	[abc]
center9	abc	   abc   
center10*	abc	***abc****
ljust7	abc	abc\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	abc	    abc
zfill6	abc	000abc
expandtabs4	abc	abc
expandtabs0	abc	abc
stripa	abc	bc
find_a	abc	0
find_empty	abc	0
rfind_a	abc	0
rfind_empty	abc	3
count_a	abc	1
count_empty	abc	4
count_aa	abc	0
replace_a	abc	XYbc
replace_a1	abc	bc
replace_empty	abc	-a-b-c-
replace_empty2	abc	-a-bc
partition_,	abc	[abc||]
rpartition_,	abc	[||abc]
startswith_a	abc	True
endswith_c	abc	True
upper	  hello   world  	  HELLO   WORLD  
lower	  hello   world  	  hello   world  
title	  hello   world  	  Hello   World  
capitalize	  hello   world  	  hello   world  
swapcase	  hello   world  	  HELLO   WORLD  
casefold	  hello   world  	  hello   world  
strip	  hello   world  	hello   world
lstrip	  hello   world  	hello   world  
rstrip	  hello   world  	  hello   world
expandtabs	  hello   world  	  hello   world  
isdigit	  hello   world  	False
isdecimal	  hello   world  	False
isnumeric	  hello   world  	False
isalpha	  hello   world  	False
isalnum	  hello   world  	False
isspace	  hello   world  	False
islower	  hello   world  	True
isupper	  hello   world  	False
istitle	  hello   world  	False
isidentifier	  hello   world  	False
isprintable	  hello   world  	True
isascii	  hello   world  	True
split	  hello   world  	[hello|world]
split1	  hello   world  	[hello|world  ]
rsplit	  hello   world  	[hello|world]
rsplit1	  hello   world  	[  hello|world]
rsplit2	  hello   world  	[hello|world]
split,	  hello   world  	[  hello   world  ]
split,1	  hello   world  	[  hello   world  ]
rsplit,1	  hello   world  	[  hello   world  ]
splitab	  hello   world  	[  hello   world  ]
splitlines	  hello   world  	[  hello   world  ]
splitlinesK	  hello   world  	[  hello   world  ]
center9	  hello   world  	  hello   world  
center10*	  hello   world  	  hello   world  
ljust7	  hello   world  	  hello   world  
rjust7	  hello   world  	  hello   world  
zfill6	  hello   world  	  hello   world  
expandtabs4	  hello   world  	  hello   world  
expandtabs0	  hello   world  	  hello   world  
stripa	  hello   world  	hello   world
find_a	  hello   world  	-1
find_empty	  hello   world  	0
rfind_a	  hello   world  	-1
rfind_empty	  hello   world  	17
count_a	  hello   world  	0
count_empty	  hello   world  	18
count_aa	  hello   world  	0
replace_a	  hello   world  	  hello   world  
replace_a1	  hello   world  	  hello   world  
replace_empty	  hello   world  	- - -h-e-l-l-o- - - -w-o-r-l-d- - -
replace_empty2	  hello   world  	- - hello   world  
partition_,	  hello   world  	[  hello   world  ||]
rpartition_,	  hello   world  	[||  hello   world  ]
startswith_a	  hello   world  	False
endswith_c	  hello   world  	False
upper	a,b,,c,	A,B,,C,
lower	a,b,,c,	a,b,,c,
title	a,b,,c,	A,B,,C,
capitalize	a,b,,c,	A,b,,c,
swapcase	a,b,,c,	A,B,,C,
casefold	a,b,,c,	a,b,,c,
strip	a,b,,c,	a,b,,c,
lstrip	a,b,,c,	a,b,,c,
rstrip	a,b,,c,	a,b,,c,
expandtabs	a,b,,c,	a,b,,c,
isdigit	a,b,,c,	False
isdecimal	a,b,,c,	False
isnumeric	a,b,,c,	False
isalpha	a,b,,c,	False
isalnum	a,b,,c,	False
isspace	a,b,,c,	False
islower	a,b,,c,	True
isupper	a,b,,c,	False
istitle	a,b,,c,	False
isidentifier	a,b,,c,	False
isprintable	a,b,,c,	True
isascii	a,b,,c,	True
split	a,b,,c,	[a,b,,c,]
split1	a,b,,c,	[a,b,,c,]
rsplit	a,b,,c,	[a,b,,c,]
rsplit1	a,b,,c,	[a,b,,c,]
rsplit2	a,b,,c,	[a,b,,c,]
split,	a,b,,c,	[a|b||c|]
split,1	a,b,,c,	[a|b,,c,]
rsplit,1	a,b,,c,	[a,b,,c|]
splitab	a,b,,c,	[a,b,,c,]
splitlines	a,b,,c,	[a,b,,c,]
splitlinesK	a,b,,c,	[a,b,,c,]
center9	a,b,,c,	 a,b,,c, 
center10*	a,b,,c,	*a,b,,c,**
ljust7	a,b,,c,	a,b,,c,
rjust7	a,b,,c,	a,b,,c,
zfill6	a,b,,c,	a,b,,c,
expandtabs4	a,b,,c,	a,b,,c,
expandtabs0	a,b,,c,	a,b,,c,
stripa	a,b,,c,	,b,,c,
find_a	a,b,,c,	0
find_empty	a,b,,c,	0
rfind_a	a,b,,c,	0
rfind_empty	a,b,,c,	7
count_a	a,b,,c,	1
count_empty	a,b,,c,	8
count_aa	a,b,,c,	0
replace_a	a,b,,c,	XY,b,,c,
replace_a1	a,b,,c,	,b,,c,
replace_empty	a,b,,c,	-a-,-b-,-,-c-,-
replace_empty2	a,b,,c,	-a-,b,,c,
partition_,	a,b,,c,	[a|,|b,,c,]
rpartition_,	a,b,,c,	[a,b,,c|,|]
startswith_a	a,b,,c,	True
endswith_c	a,b,,c,	False
upper	,a,b,	,A,B,
lower	,a,b,	,a,b,
title	,a,b,	,A,B,
capitalize	,a,b,	,a,b,
swapcase	,a,b,	,A,B,
casefold	,a,b,	,a,b,
strip	,a,b,	,a,b,
lstrip	,a,b,	,a,b,
rstrip	,a,b,	,a,b,
expandtabs	,a,b,	,a,b,
isdigit	,a,b,	False
isdecimal	,a,b,	False
isnumeric	,a,b,	False
isalpha	,a,b,	False
isalnum	,a,b,	False
isspace	,a,b,	False
islower	,a,b,	True
isupper	,a,b,	False
istitle	,a,b,	False
isidentifier	,a,b,	False
isprintable	,a,b,	True
isascii	,a,b,	True
split	,a,b,	[,a,b,]
split1	,a,b,	[,a,b,]
rsplit	,a,b,	[,a,b,]
rsplit1	,a,b,	[,a,b,]
rsplit2	,a,b,	[,a,b,]
split,	,a,b,	[|a|b|]
split,1	,a,b,	[|a,b,]
rsplit,1	,a,b,	[,a,b|]
splitab	,a,b,	[,a,b,]
splitlines	,a,b,	[,a,b,]
splitlinesK	,a,b,	[,a,b,]
center9	,a,b,	  ,a,b,  
center10*	,a,b,	**,a,b,***
ljust7	,a,b,	,a,b,\u{E9}\u{E9}
rjust7	,a,b,	  ,a,b,
zfill6	,a,b,	0,a,b,
expandtabs4	,a,b,	,a,b,
expandtabs0	,a,b,	,a,b,
stripa	,a,b,	,a,b,
find_a	,a,b,	1
find_empty	,a,b,	0
rfind_a	,a,b,	1
rfind_empty	,a,b,	5
count_a	,a,b,	1
count_empty	,a,b,	6
count_aa	,a,b,	0
replace_a	,a,b,	,XY,b,
replace_a1	,a,b,	,,b,
replace_empty	,a,b,	-,-a-,-b-,-
replace_empty2	,a,b,	-,-a,b,
partition_,	,a,b,	[|,|a,b,]
rpartition_,	,a,b,	[,a,b|,|]
startswith_a	,a,b,	False
endswith_c	,a,b,	False
upper	aaa	AAA
lower	aaa	aaa
title	aaa	Aaa
capitalize	aaa	Aaa
swapcase	aaa	AAA
casefold	aaa	aaa
strip	aaa	aaa
lstrip	aaa	aaa
rstrip	aaa	aaa
expandtabs	aaa	aaa
isdigit	aaa	False
isdecimal	aaa	False
isnumeric	aaa	False
isalpha	aaa	True
isalnum	aaa	True
isspace	aaa	False
islower	aaa	True
isupper	aaa	False
istitle	aaa	False
isidentifier	aaa	True
isprintable	aaa	True
isascii	aaa	True
split	aaa	[aaa]
split1	aaa	[aaa]
rsplit	aaa	[aaa]
rsplit1	aaa	[aaa]
rsplit2	aaa	[aaa]
split,	aaa	[aaa]
split,1	aaa	[aaa]
rsplit,1	aaa	[aaa]
splitab	aaa	[aaa]
splitlines	aaa	[aaa]
splitlinesK	aaa	[aaa]
center9	aaa	   aaa   
center10*	aaa	***aaa****
ljust7	aaa	aaa\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	aaa	    aaa
zfill6	aaa	000aaa
expandtabs4	aaa	aaa
expandtabs0	aaa	aaa
stripa	aaa	
find_a	aaa	0
find_empty	aaa	0
rfind_a	aaa	2
rfind_empty	aaa	3
count_a	aaa	3
count_empty	aaa	4
count_aa	aaa	1
replace_a	aaa	XYXYXY
replace_a1	aaa	aa
replace_empty	aaa	-a-a-a-
replace_empty2	aaa	-a-aa
partition_,	aaa	[aaa||]
rpartition_,	aaa	[||aaa]
startswith_a	aaa	True
endswith_c	aaa	False
upper	aaaa	AAAA
lower	aaaa	aaaa
title	aaaa	Aaaa
capitalize	aaaa	Aaaa
swapcase	aaaa	AAAA
casefold	aaaa	aaaa
strip	aaaa	aaaa
lstrip	aaaa	aaaa
rstrip	aaaa	aaaa
expandtabs	aaaa	aaaa
isdigit	aaaa	False
isdecimal	aaaa	False
isnumeric	aaaa	False
isalpha	aaaa	True
isalnum	aaaa	True
isspace	aaaa	False
islower	aaaa	True
isupper	aaaa	False
istitle	aaaa	False
isidentifier	aaaa	True
isprintable	aaaa	True
isascii	aaaa	True
split	aaaa	[aaaa]
split1	aaaa	[aaaa]
rsplit	aaaa	[aaaa]
rsplit1	aaaa	[aaaa]
rsplit2	aaaa	[aaaa]
split,	aaaa	[aaaa]
split,1	aaaa	[aaaa]
rsplit,1	aaaa	[aaaa]
splitab	aaaa	[aaaa]
splitlines	aaaa	[aaaa]
splitlinesK	aaaa	[aaaa]
center9	aaaa	   aaaa  
center10*	aaaa	***aaaa***
ljust7	aaaa	aaaa\u{E9}\u{E9}\u{E9}
rjust7	aaaa	   aaaa
zfill6	aaaa	00aaaa
expandtabs4	aaaa	aaaa
expandtabs0	aaaa	aaaa
stripa	aaaa	
find_a	aaaa	0
find_empty	aaaa	0
rfind_a	aaaa	3
rfind_empty	aaaa	4
count_a	aaaa	4
count_empty	aaaa	5
count_aa	aaaa	2
replace_a	aaaa	XYXYXYXY
replace_a1	aaaa	aaa
replace_empty	aaaa	-a-a-a-a-
replace_empty2	aaaa	-a-aaa
partition_,	aaaa	[aaaa||]
rpartition_,	aaaa	[||aaaa]
startswith_a	aaaa	True
endswith_c	aaaa	False
upper	abcabcabc	ABCABCABC
lower	abcabcabc	abcabcabc
title	abcabcabc	Abcabcabc
capitalize	abcabcabc	Abcabcabc
swapcase	abcabcabc	ABCABCABC
casefold	abcabcabc	abcabcabc
strip	abcabcabc	abcabcabc
lstrip	abcabcabc	abcabcabc
rstrip	abcabcabc	abcabcabc
expandtabs	abcabcabc	abcabcabc
isdigit	abcabcabc	False
isdecimal	abcabcabc	False
isnumeric	abcabcabc	False
isalpha	abcabcabc	True
isalnum	abcabcabc	True
isspace	abcabcabc	False
islower	abcabcabc	True
isupper	abcabcabc	False
istitle	abcabcabc	False
isidentifier	abcabcabc	True
isprintable	abcabcabc	True
isascii	abcabcabc	True
split	abcabcabc	[abcabcabc]
split1	abcabcabc	[abcabcabc]
rsplit	abcabcabc	[abcabcabc]
rsplit1	abcabcabc	[abcabcabc]
rsplit2	abcabcabc	[abcabcabc]
split,	abcabcabc	[abcabcabc]
split,1	abcabcabc	[abcabcabc]
rsplit,1	abcabcabc	[abcabcabc]
splitab	abcabcabc	[|c|c|c]
splitlines	abcabcabc	[abcabcabc]
splitlinesK	abcabcabc	[abcabcabc]
center9	abcabcabc	abcabcabc
center10*	abcabcabc	abcabcabc*
ljust7	abcabcabc	abcabcabc
rjust7	abcabcabc	abcabcabc
zfill6	abcabcabc	abcabcabc
expandtabs4	abcabcabc	abcabcabc
expandtabs0	abcabcabc	abcabcabc
stripa	abcabcabc	bcabcabc
find_a	abcabcabc	0
find_empty	abcabcabc	0
rfind_a	abcabcabc	6
rfind_empty	abcabcabc	9
count_a	abcabcabc	3
count_empty	abcabcabc	10
count_aa	abcabcabc	0
replace_a	abcabcabc	XYbcXYbcXYbc
replace_a1	abcabcabc	bcabcabc
replace_empty	abcabcabc	-a-b-c-a-b-c-a-b-c-
replace_empty2	abcabcabc	-a-bcabcabc
partition_,	abcabcabc	[abcabcabc||]
rpartition_,	abcabcabc	[||abcabcabc]
startswith_a	abcabcabc	True
endswith_c	abcabcabc	True
upper	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} A\u{A}B\u{B}C\u{C}D\u{D}E\u{1C}F\u{1D}G\u{1E}H\u{1F}I\u{85}J\u{A0}K\u{2000}L\u{3000}M 
lower	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
title	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} A\u{A}B\u{B}C\u{C}D\u{D}E\u{1C}F\u{1D}G\u{1E}H\u{1F}I\u{85}J\u{A0}K\u{2000}L\u{3000}M 
capitalize	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
swapcase	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} A\u{A}B\u{B}C\u{C}D\u{D}E\u{1C}F\u{1D}G\u{1E}H\u{1F}I\u{85}J\u{A0}K\u{2000}L\u{3000}M 
casefold	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
strip	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m
lstrip	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
rstrip	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m
expandtabs	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	         a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
isdigit	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isdecimal	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isnumeric	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isalpha	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isalnum	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isspace	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
islower	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	True
isupper	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
istitle	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isidentifier	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isprintable	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
isascii	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
split	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[a|b|c|d|e|f|g|h|i|j|k|l|m]
split1	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[a|b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m ]
rsplit	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[a|b|c|d|e|f|g|h|i|j|k|l|m]
rsplit1	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l|m]
rsplit2	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k|l|m]
split,	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m ]
split,1	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m ]
rsplit,1	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m ]
splitab	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m ]
splitlines	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a|b|c|d|e|f|g|h\u{1F}i|j\u{A0}k\u{2000}l\u{3000}m ]
splitlinesK	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}|b\u{B}|c\u{C}|d\u{D}|e\u{1C}|f\u{1D}|g\u{1E}|h\u{1F}i\u{85}|j\u{A0}k\u{2000}l\u{3000}m ]
center9	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
center10*	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
ljust7	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
rjust7	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
zfill6	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
expandtabs4	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	     a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
expandtabs0	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	 a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
stripa	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m
find_a	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	2
find_empty	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	0
rfind_a	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	2
rfind_empty	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	28
count_a	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	1
count_empty	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	29
count_aa	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	0
replace_a	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} XY\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
replace_a1	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	\u{9} \u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
replace_empty	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	-\u{9}- -a-\u{A}-b-\u{B}-c-\u{C}-d-\u{D}-e-\u{1C}-f-\u{1D}-g-\u{1E}-h-\u{1F}-i-\u{85}-j-\u{A0}-k-\u{2000}-l-\u{3000}-m- -
replace_empty2	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	-\u{9}- a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 
partition_,	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m ||]
rpartition_,	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	[||\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m ]
startswith_a	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
endswith_c	\u{9} a\u{A}b\u{B}c\u{C}d\u{D}e\u{1C}f\u{1D}g\u{1E}h\u{1F}i\u{85}j\u{A0}k\u{2000}l\u{3000}m 	False
upper	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	CAF\u{C9} NA\u{CF}VE \u{C9}\u{C9}
lower	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
title	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	Caf\u{E9} Na\u{EF}ve \u{C9}\u{E9}
capitalize	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	Caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
swapcase	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	CAF\u{C9} NA\u{CF}VE \u{C9}\u{C9}
casefold	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
strip	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
lstrip	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
rstrip	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
expandtabs	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
isdigit	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
isdecimal	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
isnumeric	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
isalpha	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
isalnum	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
isspace	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
islower	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	True
isupper	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
istitle	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
isidentifier	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
isprintable	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	True
isascii	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
split	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9}|na\u{EF}ve|\u{E9}\u{E9}]
split1	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9}|na\u{EF}ve \u{E9}\u{E9}]
rsplit	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9}|na\u{EF}ve|\u{E9}\u{E9}]
rsplit1	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve|\u{E9}\u{E9}]
rsplit2	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9}|na\u{EF}ve|\u{E9}\u{E9}]
split,	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve \u{E9}\u{E9}]
split,1	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve \u{E9}\u{E9}]
rsplit,1	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve \u{E9}\u{E9}]
splitab	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve \u{E9}\u{E9}]
splitlines	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve \u{E9}\u{E9}]
splitlinesK	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve \u{E9}\u{E9}]
center9	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
center10*	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
ljust7	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
rjust7	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
zfill6	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
expandtabs4	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
expandtabs0	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}
stripa	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	caf\u{E9} na\u{EF}ve
find_a	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	1
find_empty	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	0
rfind_a	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	6
rfind_empty	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	13
count_a	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	2
count_empty	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	14
count_aa	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	0
replace_a	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	cXYf\u{E9} nXY\u{EF}ve \u{E9}\u{E9}
replace_a1	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	cf\u{E9} na\u{EF}ve \u{E9}\u{E9}
replace_empty	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	-c-a-f-\u{E9}- -n-a-\u{EF}-v-e- -\u{E9}-\u{E9}-
replace_empty2	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	-c-af\u{E9} na\u{EF}ve \u{E9}\u{E9}
partition_,	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[caf\u{E9} na\u{EF}ve \u{E9}\u{E9}||]
rpartition_,	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	[||caf\u{E9} na\u{EF}ve \u{E9}\u{E9}]
startswith_a	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
endswith_c	caf\u{E9} na\u{EF}ve \u{E9}\u{E9}	False
upper	stra\u{DF}e	STRASSE
lower	stra\u{DF}e	stra\u{DF}e
title	stra\u{DF}e	Stra\u{DF}e
capitalize	stra\u{DF}e	Stra\u{DF}e
swapcase	stra\u{DF}e	STRASSE
casefold	stra\u{DF}e	strasse
strip	stra\u{DF}e	stra\u{DF}e
lstrip	stra\u{DF}e	stra\u{DF}e
rstrip	stra\u{DF}e	stra\u{DF}e
expandtabs	stra\u{DF}e	stra\u{DF}e
isdigit	stra\u{DF}e	False
isdecimal	stra\u{DF}e	False
isnumeric	stra\u{DF}e	False
isalpha	stra\u{DF}e	True
isalnum	stra\u{DF}e	True
isspace	stra\u{DF}e	False
islower	stra\u{DF}e	True
isupper	stra\u{DF}e	False
istitle	stra\u{DF}e	False
isidentifier	stra\u{DF}e	True
isprintable	stra\u{DF}e	True
isascii	stra\u{DF}e	False
split	stra\u{DF}e	[stra\u{DF}e]
split1	stra\u{DF}e	[stra\u{DF}e]
rsplit	stra\u{DF}e	[stra\u{DF}e]
rsplit1	stra\u{DF}e	[stra\u{DF}e]
rsplit2	stra\u{DF}e	[stra\u{DF}e]
split,	stra\u{DF}e	[stra\u{DF}e]
split,1	stra\u{DF}e	[stra\u{DF}e]
rsplit,1	stra\u{DF}e	[stra\u{DF}e]
splitab	stra\u{DF}e	[stra\u{DF}e]
splitlines	stra\u{DF}e	[stra\u{DF}e]
splitlinesK	stra\u{DF}e	[stra\u{DF}e]
center9	stra\u{DF}e	  stra\u{DF}e 
center10*	stra\u{DF}e	**stra\u{DF}e**
ljust7	stra\u{DF}e	stra\u{DF}e\u{E9}
rjust7	stra\u{DF}e	 stra\u{DF}e
zfill6	stra\u{DF}e	stra\u{DF}e
expandtabs4	stra\u{DF}e	stra\u{DF}e
expandtabs0	stra\u{DF}e	stra\u{DF}e
stripa	stra\u{DF}e	stra\u{DF}e
find_a	stra\u{DF}e	3
find_empty	stra\u{DF}e	0
rfind_a	stra\u{DF}e	3
rfind_empty	stra\u{DF}e	6
count_a	stra\u{DF}e	1
count_empty	stra\u{DF}e	7
count_aa	stra\u{DF}e	0
replace_a	stra\u{DF}e	strXY\u{DF}e
replace_a1	stra\u{DF}e	str\u{DF}e
replace_empty	stra\u{DF}e	-s-t-r-a-\u{DF}-e-
replace_empty2	stra\u{DF}e	-s-tra\u{DF}e
partition_,	stra\u{DF}e	[stra\u{DF}e||]
rpartition_,	stra\u{DF}e	[||stra\u{DF}e]
startswith_a	stra\u{DF}e	False
endswith_c	stra\u{DF}e	False
upper	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
lower	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3C3}\u{3B1}\u{3C2} \u{3BF}\u{3B4}\u{3BF}\u{3C2}
title	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{3B1}\u{3C2} \u{39F}\u{3B4}\u{3BF}\u{3C2}
capitalize	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{3B1}\u{3C2} \u{3BF}\u{3B4}\u{3BF}\u{3C2}
swapcase	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3C3}\u{3B1}\u{3C2} \u{3BF}\u{3B4}\u{3BF}\u{3C2}
casefold	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3C3}\u{3B1}\u{3C3} \u{3BF}\u{3B4}\u{3BF}\u{3C3}
strip	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
lstrip	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
rstrip	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
expandtabs	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
isdigit	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isdecimal	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isnumeric	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isalpha	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isalnum	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isspace	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
islower	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isupper	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	True
istitle	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isidentifier	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
isprintable	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	True
isascii	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
split	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3}|\u{39F}\u{394}\u{39F}\u{3A3}]
split1	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3}|\u{39F}\u{394}\u{39F}\u{3A3}]
rsplit	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3}|\u{39F}\u{394}\u{39F}\u{3A3}]
rsplit1	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3}|\u{39F}\u{394}\u{39F}\u{3A3}]
rsplit2	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3}|\u{39F}\u{394}\u{39F}\u{3A3}]
split,	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}]
split,1	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}]
rsplit,1	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}]
splitab	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}]
splitlines	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}]
splitlinesK	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}]
center9	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	 \u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
center10*	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	*\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}*
ljust7	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
rjust7	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
zfill6	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
expandtabs4	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
expandtabs0	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
stripa	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
find_a	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	-1
find_empty	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	0
rfind_a	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	-1
rfind_empty	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	8
count_a	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	0
count_empty	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	9
count_aa	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	0
replace_a	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
replace_a1	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
replace_empty	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	-\u{3A3}-\u{391}-\u{3A3}- -\u{39F}-\u{394}-\u{39F}-\u{3A3}-
replace_empty2	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	-\u{3A3}-\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}
partition_,	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}||]
rpartition_,	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	[||\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}]
startswith_a	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
endswith_c	\u{3A3}\u{391}\u{3A3} \u{39F}\u{394}\u{39F}\u{3A3}	False
upper	hello WORLD hi	HELLO WORLD HI
lower	hello WORLD hi	hello world hi
title	hello WORLD hi	Hello World Hi
capitalize	hello WORLD hi	Hello world hi
swapcase	hello WORLD hi	HELLO world HI
casefold	hello WORLD hi	hello world hi
strip	hello WORLD hi	hello WORLD hi
lstrip	hello WORLD hi	hello WORLD hi
rstrip	hello WORLD hi	hello WORLD hi
expandtabs	hello WORLD hi	hello WORLD hi
isdigit	hello WORLD hi	False
isdecimal	hello WORLD hi	False
isnumeric	hello WORLD hi	False
isalpha	hello WORLD hi	False
isalnum	hello WORLD hi	False
isspace	hello WORLD hi	False
islower	hello WORLD hi	False
isupper	hello WORLD hi	False
istitle	hello WORLD hi	False
isidentifier	hello WORLD hi	False
isprintable	hello WORLD hi	True
isascii	hello WORLD hi	True
split	hello WORLD hi	[hello|WORLD|hi]
split1	hello WORLD hi	[hello|WORLD hi]
rsplit	hello WORLD hi	[hello|WORLD|hi]
rsplit1	hello WORLD hi	[hello WORLD|hi]
rsplit2	hello WORLD hi	[hello|WORLD|hi]
split,	hello WORLD hi	[hello WORLD hi]
split,1	hello WORLD hi	[hello WORLD hi]
rsplit,1	hello WORLD hi	[hello WORLD hi]
splitab	hello WORLD hi	[hello WORLD hi]
splitlines	hello WORLD hi	[hello WORLD hi]
splitlinesK	hello WORLD hi	[hello WORLD hi]
center9	hello WORLD hi	hello WORLD hi
center10*	hello WORLD hi	hello WORLD hi
ljust7	hello WORLD hi	hello WORLD hi
rjust7	hello WORLD hi	hello WORLD hi
zfill6	hello WORLD hi	hello WORLD hi
expandtabs4	hello WORLD hi	hello WORLD hi
expandtabs0	hello WORLD hi	hello WORLD hi
stripa	hello WORLD hi	hello WORLD hi
find_a	hello WORLD hi	-1
find_empty	hello WORLD hi	0
rfind_a	hello WORLD hi	-1
rfind_empty	hello WORLD hi	14
count_a	hello WORLD hi	0
count_empty	hello WORLD hi	15
count_aa	hello WORLD hi	0
replace_a	hello WORLD hi	hello WORLD hi
replace_a1	hello WORLD hi	hello WORLD hi
replace_empty	hello WORLD hi	-h-e-l-l-o- -W-O-R-L-D- -h-i-
replace_empty2	hello WORLD hi	-h-ello WORLD hi
partition_,	hello WORLD hi	[hello WORLD hi||]
rpartition_,	hello WORLD hi	[||hello WORLD hi]
startswith_a	hello WORLD hi	False
endswith_c	hello WORLD hi	False
upper	\u{FB01}ne \u{1C5}ungla	FINE \u{1C4}UNGLA
lower	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C6}ungla
title	\u{FB01}ne \u{1C5}ungla	Fine \u{1C5}ungla
capitalize	\u{FB01}ne \u{1C5}ungla	Fine \u{1C6}ungla
swapcase	\u{FB01}ne \u{1C5}ungla	FINE \u{1C5}UNGLA
casefold	\u{FB01}ne \u{1C5}ungla	fine \u{1C6}ungla
strip	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
lstrip	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
rstrip	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
expandtabs	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
isdigit	\u{FB01}ne \u{1C5}ungla	False
isdecimal	\u{FB01}ne \u{1C5}ungla	False
isnumeric	\u{FB01}ne \u{1C5}ungla	False
isalpha	\u{FB01}ne \u{1C5}ungla	False
isalnum	\u{FB01}ne \u{1C5}ungla	False
isspace	\u{FB01}ne \u{1C5}ungla	False
islower	\u{FB01}ne \u{1C5}ungla	False
isupper	\u{FB01}ne \u{1C5}ungla	False
istitle	\u{FB01}ne \u{1C5}ungla	False
isidentifier	\u{FB01}ne \u{1C5}ungla	False
isprintable	\u{FB01}ne \u{1C5}ungla	True
isascii	\u{FB01}ne \u{1C5}ungla	False
split	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne|\u{1C5}ungla]
split1	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne|\u{1C5}ungla]
rsplit	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne|\u{1C5}ungla]
rsplit1	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne|\u{1C5}ungla]
rsplit2	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne|\u{1C5}ungla]
split,	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne \u{1C5}ungla]
split,1	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne \u{1C5}ungla]
rsplit,1	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne \u{1C5}ungla]
splitab	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne \u{1C5}ungla]
splitlines	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne \u{1C5}ungla]
splitlinesK	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne \u{1C5}ungla]
center9	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
center10*	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
ljust7	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
rjust7	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
zfill6	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
expandtabs4	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
expandtabs0	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungla
stripa	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungl
find_a	\u{FB01}ne \u{1C5}ungla	9
find_empty	\u{FB01}ne \u{1C5}ungla	0
rfind_a	\u{FB01}ne \u{1C5}ungla	9
rfind_empty	\u{FB01}ne \u{1C5}ungla	10
count_a	\u{FB01}ne \u{1C5}ungla	1
count_empty	\u{FB01}ne \u{1C5}ungla	11
count_aa	\u{FB01}ne \u{1C5}ungla	0
replace_a	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}unglXY
replace_a1	\u{FB01}ne \u{1C5}ungla	\u{FB01}ne \u{1C5}ungl
replace_empty	\u{FB01}ne \u{1C5}ungla	-\u{FB01}-n-e- -\u{1C5}-u-n-g-l-a-
replace_empty2	\u{FB01}ne \u{1C5}ungla	-\u{FB01}-ne \u{1C5}ungla
partition_,	\u{FB01}ne \u{1C5}ungla	[\u{FB01}ne \u{1C5}ungla||]
rpartition_,	\u{FB01}ne \u{1C5}ungla	[||\u{FB01}ne \u{1C5}ungla]
startswith_a	\u{FB01}ne \u{1C5}ungla	False
endswith_c	\u{FB01}ne \u{1C5}ungla	False
upper	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	LINE1\u{A}LINE2\u{D}\u{A}LINE3\u{D}LINE4\u{B}X\u{C}Y\u{1C}Z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}END
lower	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
title	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	Line1\u{A}Line2\u{D}\u{A}Line3\u{D}Line4\u{B}X\u{C}Y\u{1C}Z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}End
capitalize	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	Line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
swapcase	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	LINE1\u{A}LINE2\u{D}\u{A}LINE3\u{D}LINE4\u{B}X\u{C}Y\u{1C}Z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}END
casefold	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
strip	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
lstrip	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
rstrip	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
expandtabs	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
isdigit	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isdecimal	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isnumeric	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isalpha	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isalnum	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isspace	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
islower	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	True
isupper	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
istitle	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isidentifier	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isprintable	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
isascii	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
split	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1|line2|line3|line4|x|y|z|end]
split1	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1|line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end]
rsplit	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1|line2|line3|line4|x|y|z|end]
rsplit1	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z|end]
rsplit2	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y|z|end]
split,	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end]
split,1	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end]
rsplit,1	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end]
splitab	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end]
splitlines	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1|line2|line3|line4|x|y|z|||||end]
splitlinesK	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}|line2\u{D}\u{A}|line3\u{D}|line4\u{B}|x\u{C}|y\u{1C}|z\u{1D}|\u{1E}|\u{85}|\u{2028}|\u{2029}|end]
center9	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
center10*	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
ljust7	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
rjust7	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
zfill6	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
expandtabs4	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
expandtabs0	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
stripa	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
find_a	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	-1
find_empty	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	0
rfind_a	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	-1
rfind_empty	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	38
count_a	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	0
count_empty	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	39
count_aa	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	0
replace_a	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
replace_a1	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
replace_empty	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	-l-i-n-e-1-\u{A}-l-i-n-e-2-\u{D}-\u{A}-l-i-n-e-3-\u{D}-l-i-n-e-4-\u{B}-x-\u{C}-y-\u{1C}-z-\u{1D}-\u{1E}-\u{85}-\u{2028}-\u{2029}-e-n-d-
replace_empty2	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	-l-ine1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end
partition_,	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end||]
rpartition_,	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	[||line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end]
startswith_a	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
endswith_c	line1\u{A}line2\u{D}\u{A}line3\u{D}line4\u{B}x\u{C}y\u{1C}z\u{1D}\u{1E}\u{85}\u{2028}\u{2029}end	False
upper	x\u{A}	X\u{A}
lower	x\u{A}	x\u{A}
title	x\u{A}	X\u{A}
capitalize	x\u{A}	X\u{A}
swapcase	x\u{A}	X\u{A}
casefold	x\u{A}	x\u{A}
strip	x\u{A}	x
lstrip	x\u{A}	x\u{A}
rstrip	x\u{A}	x
expandtabs	x\u{A}	x\u{A}
isdigit	x\u{A}	False
isdecimal	x\u{A}	False
isnumeric	x\u{A}	False
isalpha	x\u{A}	False
isalnum	x\u{A}	False
isspace	x\u{A}	False
islower	x\u{A}	True
isupper	x\u{A}	False
istitle	x\u{A}	False
isidentifier	x\u{A}	False
isprintable	x\u{A}	False
isascii	x\u{A}	True
split	x\u{A}	[x]
split1	x\u{A}	[x]
rsplit	x\u{A}	[x]
rsplit1	x\u{A}	[x]
rsplit2	x\u{A}	[x]
split,	x\u{A}	[x\u{A}]
split,1	x\u{A}	[x\u{A}]
rsplit,1	x\u{A}	[x\u{A}]
splitab	x\u{A}	[x\u{A}]
splitlines	x\u{A}	[x]
splitlinesK	x\u{A}	[x\u{A}]
center9	x\u{A}	    x\u{A}   
center10*	x\u{A}	****x\u{A}****
ljust7	x\u{A}	x\u{A}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	x\u{A}	     x\u{A}
zfill6	x\u{A}	0000x\u{A}
expandtabs4	x\u{A}	x\u{A}
expandtabs0	x\u{A}	x\u{A}
stripa	x\u{A}	x\u{A}
find_a	x\u{A}	-1
find_empty	x\u{A}	0
rfind_a	x\u{A}	-1
rfind_empty	x\u{A}	2
count_a	x\u{A}	0
count_empty	x\u{A}	3
count_aa	x\u{A}	0
replace_a	x\u{A}	x\u{A}
replace_a1	x\u{A}	x\u{A}
replace_empty	x\u{A}	-x-\u{A}-
replace_empty2	x\u{A}	-x-\u{A}
partition_,	x\u{A}	[x\u{A}||]
rpartition_,	x\u{A}	[||x\u{A}]
startswith_a	x\u{A}	False
endswith_c	x\u{A}	False
upper	\u{A}\u{A}	\u{A}\u{A}
lower	\u{A}\u{A}	\u{A}\u{A}
title	\u{A}\u{A}	\u{A}\u{A}
capitalize	\u{A}\u{A}	\u{A}\u{A}
swapcase	\u{A}\u{A}	\u{A}\u{A}
casefold	\u{A}\u{A}	\u{A}\u{A}
strip	\u{A}\u{A}	
lstrip	\u{A}\u{A}	
rstrip	\u{A}\u{A}	
expandtabs	\u{A}\u{A}	\u{A}\u{A}
isdigit	\u{A}\u{A}	False
isdecimal	\u{A}\u{A}	False
isnumeric	\u{A}\u{A}	False
isalpha	\u{A}\u{A}	False
isalnum	\u{A}\u{A}	False
isspace	\u{A}\u{A}	True
islower	\u{A}\u{A}	False
isupper	\u{A}\u{A}	False
istitle	\u{A}\u{A}	False
isidentifier	\u{A}\u{A}	False
isprintable	\u{A}\u{A}	False
isascii	\u{A}\u{A}	True
split	\u{A}\u{A}	[]
split1	\u{A}\u{A}	[]
rsplit	\u{A}\u{A}	[]
rsplit1	\u{A}\u{A}	[]
rsplit2	\u{A}\u{A}	[]
split,	\u{A}\u{A}	[\u{A}\u{A}]
split,1	\u{A}\u{A}	[\u{A}\u{A}]
rsplit,1	\u{A}\u{A}	[\u{A}\u{A}]
splitab	\u{A}\u{A}	[\u{A}\u{A}]
splitlines	\u{A}\u{A}	[|]
splitlinesK	\u{A}\u{A}	[\u{A}|\u{A}]
center9	\u{A}\u{A}	    \u{A}\u{A}   
center10*	\u{A}\u{A}	****\u{A}\u{A}****
ljust7	\u{A}\u{A}	\u{A}\u{A}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{A}\u{A}	     \u{A}\u{A}
zfill6	\u{A}\u{A}	0000\u{A}\u{A}
expandtabs4	\u{A}\u{A}	\u{A}\u{A}
expandtabs0	\u{A}\u{A}	\u{A}\u{A}
stripa	\u{A}\u{A}	\u{A}\u{A}
find_a	\u{A}\u{A}	-1
find_empty	\u{A}\u{A}	0
rfind_a	\u{A}\u{A}	-1
rfind_empty	\u{A}\u{A}	2
count_a	\u{A}\u{A}	0
count_empty	\u{A}\u{A}	3
count_aa	\u{A}\u{A}	0
replace_a	\u{A}\u{A}	\u{A}\u{A}
replace_a1	\u{A}\u{A}	\u{A}\u{A}
replace_empty	\u{A}\u{A}	-\u{A}-\u{A}-
replace_empty2	\u{A}\u{A}	-\u{A}-\u{A}
partition_,	\u{A}\u{A}	[\u{A}\u{A}||]
rpartition_,	\u{A}\u{A}	[||\u{A}\u{A}]
startswith_a	\u{A}\u{A}	False
endswith_c	\u{A}\u{A}	False
upper	tab\u{9}here\u{9}x\u{A}\u{9}y	TAB\u{9}HERE\u{9}X\u{A}\u{9}Y
lower	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
title	tab\u{9}here\u{9}x\u{A}\u{9}y	Tab\u{9}Here\u{9}X\u{A}\u{9}Y
capitalize	tab\u{9}here\u{9}x\u{A}\u{9}y	Tab\u{9}here\u{9}x\u{A}\u{9}y
swapcase	tab\u{9}here\u{9}x\u{A}\u{9}y	TAB\u{9}HERE\u{9}X\u{A}\u{9}Y
casefold	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
strip	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
lstrip	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
rstrip	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
expandtabs	tab\u{9}here\u{9}x\u{A}\u{9}y	tab     here    x\u{A}        y
isdigit	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isdecimal	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isnumeric	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isalpha	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isalnum	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isspace	tab\u{9}here\u{9}x\u{A}\u{9}y	False
islower	tab\u{9}here\u{9}x\u{A}\u{9}y	True
isupper	tab\u{9}here\u{9}x\u{A}\u{9}y	False
istitle	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isidentifier	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isprintable	tab\u{9}here\u{9}x\u{A}\u{9}y	False
isascii	tab\u{9}here\u{9}x\u{A}\u{9}y	True
split	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab|here|x|y]
split1	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab|here\u{9}x\u{A}\u{9}y]
rsplit	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab|here|x|y]
rsplit1	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here\u{9}x|y]
rsplit2	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here|x|y]
split,	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here\u{9}x\u{A}\u{9}y]
split,1	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here\u{9}x\u{A}\u{9}y]
rsplit,1	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here\u{9}x\u{A}\u{9}y]
splitab	tab\u{9}here\u{9}x\u{A}\u{9}y	[t|\u{9}here\u{9}x\u{A}\u{9}y]
splitlines	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here\u{9}x|\u{9}y]
splitlinesK	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here\u{9}x\u{A}|\u{9}y]
center9	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
center10*	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
ljust7	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
rjust7	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
zfill6	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
expandtabs4	tab\u{9}here\u{9}x\u{A}\u{9}y	tab here    x\u{A}    y
expandtabs0	tab\u{9}here\u{9}x\u{A}\u{9}y	tabherex\u{A}y
stripa	tab\u{9}here\u{9}x\u{A}\u{9}y	tab\u{9}here\u{9}x\u{A}\u{9}y
find_a	tab\u{9}here\u{9}x\u{A}\u{9}y	1
find_empty	tab\u{9}here\u{9}x\u{A}\u{9}y	0
rfind_a	tab\u{9}here\u{9}x\u{A}\u{9}y	1
rfind_empty	tab\u{9}here\u{9}x\u{A}\u{9}y	13
count_a	tab\u{9}here\u{9}x\u{A}\u{9}y	1
count_empty	tab\u{9}here\u{9}x\u{A}\u{9}y	14
count_aa	tab\u{9}here\u{9}x\u{A}\u{9}y	0
replace_a	tab\u{9}here\u{9}x\u{A}\u{9}y	tXYb\u{9}here\u{9}x\u{A}\u{9}y
replace_a1	tab\u{9}here\u{9}x\u{A}\u{9}y	tb\u{9}here\u{9}x\u{A}\u{9}y
replace_empty	tab\u{9}here\u{9}x\u{A}\u{9}y	-t-a-b-\u{9}-h-e-r-e-\u{9}-x-\u{A}-\u{9}-y-
replace_empty2	tab\u{9}here\u{9}x\u{A}\u{9}y	-t-ab\u{9}here\u{9}x\u{A}\u{9}y
partition_,	tab\u{9}here\u{9}x\u{A}\u{9}y	[tab\u{9}here\u{9}x\u{A}\u{9}y||]
rpartition_,	tab\u{9}here\u{9}x\u{A}\u{9}y	[||tab\u{9}here\u{9}x\u{A}\u{9}y]
startswith_a	tab\u{9}here\u{9}x\u{A}\u{9}y	False
endswith_c	tab\u{9}here\u{9}x\u{A}\u{9}y	False
upper	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} SMILE \u{1F600}\u{1F601}
lower	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
title	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} Smile \u{1F600}\u{1F601}
capitalize	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
swapcase	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} SMILE \u{1F600}\u{1F601}
casefold	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
strip	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
lstrip	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
rstrip	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
expandtabs	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
isdigit	\u{1F600} smile \u{1F600}\u{1F601}	False
isdecimal	\u{1F600} smile \u{1F600}\u{1F601}	False
isnumeric	\u{1F600} smile \u{1F600}\u{1F601}	False
isalpha	\u{1F600} smile \u{1F600}\u{1F601}	False
isalnum	\u{1F600} smile \u{1F600}\u{1F601}	False
isspace	\u{1F600} smile \u{1F600}\u{1F601}	False
islower	\u{1F600} smile \u{1F600}\u{1F601}	True
isupper	\u{1F600} smile \u{1F600}\u{1F601}	False
istitle	\u{1F600} smile \u{1F600}\u{1F601}	False
isidentifier	\u{1F600} smile \u{1F600}\u{1F601}	False
isprintable	\u{1F600} smile \u{1F600}\u{1F601}	True
isascii	\u{1F600} smile \u{1F600}\u{1F601}	False
split	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600}|smile|\u{1F600}\u{1F601}]
split1	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600}|smile \u{1F600}\u{1F601}]
rsplit	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600}|smile|\u{1F600}\u{1F601}]
rsplit1	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile|\u{1F600}\u{1F601}]
rsplit2	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600}|smile|\u{1F600}\u{1F601}]
split,	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile \u{1F600}\u{1F601}]
split,1	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile \u{1F600}\u{1F601}]
rsplit,1	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile \u{1F600}\u{1F601}]
splitab	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile \u{1F600}\u{1F601}]
splitlines	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile \u{1F600}\u{1F601}]
splitlinesK	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile \u{1F600}\u{1F601}]
center9	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
center10*	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
ljust7	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
rjust7	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
zfill6	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
expandtabs4	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
expandtabs0	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
stripa	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
find_a	\u{1F600} smile \u{1F600}\u{1F601}	-1
find_empty	\u{1F600} smile \u{1F600}\u{1F601}	0
rfind_a	\u{1F600} smile \u{1F600}\u{1F601}	-1
rfind_empty	\u{1F600} smile \u{1F600}\u{1F601}	10
count_a	\u{1F600} smile \u{1F600}\u{1F601}	0
count_empty	\u{1F600} smile \u{1F600}\u{1F601}	11
count_aa	\u{1F600} smile \u{1F600}\u{1F601}	0
replace_a	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
replace_a1	\u{1F600} smile \u{1F600}\u{1F601}	\u{1F600} smile \u{1F600}\u{1F601}
replace_empty	\u{1F600} smile \u{1F600}\u{1F601}	-\u{1F600}- -s-m-i-l-e- -\u{1F600}-\u{1F601}-
replace_empty2	\u{1F600} smile \u{1F600}\u{1F601}	-\u{1F600}- smile \u{1F600}\u{1F601}
partition_,	\u{1F600} smile \u{1F600}\u{1F601}	[\u{1F600} smile \u{1F600}\u{1F601}||]
rpartition_,	\u{1F600} smile \u{1F600}\u{1F601}	[||\u{1F600} smile \u{1F600}\u{1F601}]
startswith_a	\u{1F600} smile \u{1F600}\u{1F601}	False
endswith_c	\u{1F600} smile \u{1F600}\u{1F601}	False
upper	123	123
lower	123	123
title	123	123
capitalize	123	123
swapcase	123	123
casefold	123	123
strip	123	123
lstrip	123	123
rstrip	123	123
expandtabs	123	123
isdigit	123	True
isdecimal	123	True
isnumeric	123	True
isalpha	123	False
isalnum	123	True
isspace	123	False
islower	123	False
isupper	123	False
istitle	123	False
isidentifier	123	False
isprintable	123	True
isascii	123	True
split	123	[123]
split1	123	[123]
rsplit	123	[123]
rsplit1	123	[123]
rsplit2	123	[123]
split,	123	[123]
split,1	123	[123]
rsplit,1	123	[123]
splitab	123	[123]
splitlines	123	[123]
splitlinesK	123	[123]
center9	123	   123   
center10*	123	***123****
ljust7	123	123\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	123	    123
zfill6	123	000123
expandtabs4	123	123
expandtabs0	123	123
stripa	123	123
find_a	123	-1
find_empty	123	0
rfind_a	123	-1
rfind_empty	123	3
count_a	123	0
count_empty	123	4
count_aa	123	0
replace_a	123	123
replace_a1	123	123
replace_empty	123	-1-2-3-
replace_empty2	123	-1-23
partition_,	123	[123||]
rpartition_,	123	[||123]
startswith_a	123	False
endswith_c	123	False
upper	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
lower	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
title	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
capitalize	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
swapcase	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
casefold	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
strip	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
lstrip	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
rstrip	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
expandtabs	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
isdigit	\u{661}\u{662}\u{663}	True
isdecimal	\u{661}\u{662}\u{663}	True
isnumeric	\u{661}\u{662}\u{663}	True
isalpha	\u{661}\u{662}\u{663}	False
isalnum	\u{661}\u{662}\u{663}	True
isspace	\u{661}\u{662}\u{663}	False
islower	\u{661}\u{662}\u{663}	False
isupper	\u{661}\u{662}\u{663}	False
istitle	\u{661}\u{662}\u{663}	False
isidentifier	\u{661}\u{662}\u{663}	False
isprintable	\u{661}\u{662}\u{663}	True
isascii	\u{661}\u{662}\u{663}	False
split	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
split1	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
rsplit	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
rsplit1	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
rsplit2	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
split,	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
split,1	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
rsplit,1	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
splitab	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
splitlines	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
splitlinesK	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}]
center9	\u{661}\u{662}\u{663}	   \u{661}\u{662}\u{663}   
center10*	\u{661}\u{662}\u{663}	***\u{661}\u{662}\u{663}****
ljust7	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{661}\u{662}\u{663}	    \u{661}\u{662}\u{663}
zfill6	\u{661}\u{662}\u{663}	000\u{661}\u{662}\u{663}
expandtabs4	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
expandtabs0	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
stripa	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
find_a	\u{661}\u{662}\u{663}	-1
find_empty	\u{661}\u{662}\u{663}	0
rfind_a	\u{661}\u{662}\u{663}	-1
rfind_empty	\u{661}\u{662}\u{663}	3
count_a	\u{661}\u{662}\u{663}	0
count_empty	\u{661}\u{662}\u{663}	4
count_aa	\u{661}\u{662}\u{663}	0
replace_a	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
replace_a1	\u{661}\u{662}\u{663}	\u{661}\u{662}\u{663}
replace_empty	\u{661}\u{662}\u{663}	-\u{661}-\u{662}-\u{663}-
replace_empty2	\u{661}\u{662}\u{663}	-\u{661}-\u{662}\u{663}
partition_,	\u{661}\u{662}\u{663}	[\u{661}\u{662}\u{663}||]
rpartition_,	\u{661}\u{662}\u{663}	[||\u{661}\u{662}\u{663}]
startswith_a	\u{661}\u{662}\u{663}	False
endswith_c	\u{661}\u{662}\u{663}	False
upper	\u{B2}\u{B3}	\u{B2}\u{B3}
lower	\u{B2}\u{B3}	\u{B2}\u{B3}
title	\u{B2}\u{B3}	\u{B2}\u{B3}
capitalize	\u{B2}\u{B3}	\u{B2}\u{B3}
swapcase	\u{B2}\u{B3}	\u{B2}\u{B3}
casefold	\u{B2}\u{B3}	\u{B2}\u{B3}
strip	\u{B2}\u{B3}	\u{B2}\u{B3}
lstrip	\u{B2}\u{B3}	\u{B2}\u{B3}
rstrip	\u{B2}\u{B3}	\u{B2}\u{B3}
expandtabs	\u{B2}\u{B3}	\u{B2}\u{B3}
isdigit	\u{B2}\u{B3}	True
isdecimal	\u{B2}\u{B3}	False
isnumeric	\u{B2}\u{B3}	True
isalpha	\u{B2}\u{B3}	False
isalnum	\u{B2}\u{B3}	True
isspace	\u{B2}\u{B3}	False
islower	\u{B2}\u{B3}	False
isupper	\u{B2}\u{B3}	False
istitle	\u{B2}\u{B3}	False
isidentifier	\u{B2}\u{B3}	False
isprintable	\u{B2}\u{B3}	True
isascii	\u{B2}\u{B3}	False
split	\u{B2}\u{B3}	[\u{B2}\u{B3}]
split1	\u{B2}\u{B3}	[\u{B2}\u{B3}]
rsplit	\u{B2}\u{B3}	[\u{B2}\u{B3}]
rsplit1	\u{B2}\u{B3}	[\u{B2}\u{B3}]
rsplit2	\u{B2}\u{B3}	[\u{B2}\u{B3}]
split,	\u{B2}\u{B3}	[\u{B2}\u{B3}]
split,1	\u{B2}\u{B3}	[\u{B2}\u{B3}]
rsplit,1	\u{B2}\u{B3}	[\u{B2}\u{B3}]
splitab	\u{B2}\u{B3}	[\u{B2}\u{B3}]
splitlines	\u{B2}\u{B3}	[\u{B2}\u{B3}]
splitlinesK	\u{B2}\u{B3}	[\u{B2}\u{B3}]
center9	\u{B2}\u{B3}	    \u{B2}\u{B3}   
center10*	\u{B2}\u{B3}	****\u{B2}\u{B3}****
ljust7	\u{B2}\u{B3}	\u{B2}\u{B3}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{B2}\u{B3}	     \u{B2}\u{B3}
zfill6	\u{B2}\u{B3}	0000\u{B2}\u{B3}
expandtabs4	\u{B2}\u{B3}	\u{B2}\u{B3}
expandtabs0	\u{B2}\u{B3}	\u{B2}\u{B3}
stripa	\u{B2}\u{B3}	\u{B2}\u{B3}
find_a	\u{B2}\u{B3}	-1
find_empty	\u{B2}\u{B3}	0
rfind_a	\u{B2}\u{B3}	-1
rfind_empty	\u{B2}\u{B3}	2
count_a	\u{B2}\u{B3}	0
count_empty	\u{B2}\u{B3}	3
count_aa	\u{B2}\u{B3}	0
replace_a	\u{B2}\u{B3}	\u{B2}\u{B3}
replace_a1	\u{B2}\u{B3}	\u{B2}\u{B3}
replace_empty	\u{B2}\u{B3}	-\u{B2}-\u{B3}-
replace_empty2	\u{B2}\u{B3}	-\u{B2}-\u{B3}
partition_,	\u{B2}\u{B3}	[\u{B2}\u{B3}||]
rpartition_,	\u{B2}\u{B3}	[||\u{B2}\u{B3}]
startswith_a	\u{B2}\u{B3}	False
endswith_c	\u{B2}\u{B3}	False
upper	\u{2155}	\u{2155}
lower	\u{2155}	\u{2155}
title	\u{2155}	\u{2155}
capitalize	\u{2155}	\u{2155}
swapcase	\u{2155}	\u{2155}
casefold	\u{2155}	\u{2155}
strip	\u{2155}	\u{2155}
lstrip	\u{2155}	\u{2155}
rstrip	\u{2155}	\u{2155}
expandtabs	\u{2155}	\u{2155}
isdigit	\u{2155}	False
isdecimal	\u{2155}	False
isnumeric	\u{2155}	True
isalpha	\u{2155}	False
isalnum	\u{2155}	True
isspace	\u{2155}	False
islower	\u{2155}	False
isupper	\u{2155}	False
istitle	\u{2155}	False
isidentifier	\u{2155}	False
isprintable	\u{2155}	True
isascii	\u{2155}	False
split	\u{2155}	[\u{2155}]
split1	\u{2155}	[\u{2155}]
rsplit	\u{2155}	[\u{2155}]
rsplit1	\u{2155}	[\u{2155}]
rsplit2	\u{2155}	[\u{2155}]
split,	\u{2155}	[\u{2155}]
split,1	\u{2155}	[\u{2155}]
rsplit,1	\u{2155}	[\u{2155}]
splitab	\u{2155}	[\u{2155}]
splitlines	\u{2155}	[\u{2155}]
splitlinesK	\u{2155}	[\u{2155}]
center9	\u{2155}	    \u{2155}    
center10*	\u{2155}	****\u{2155}*****
ljust7	\u{2155}	\u{2155}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{2155}	      \u{2155}
zfill6	\u{2155}	00000\u{2155}
expandtabs4	\u{2155}	\u{2155}
expandtabs0	\u{2155}	\u{2155}
stripa	\u{2155}	\u{2155}
find_a	\u{2155}	-1
find_empty	\u{2155}	0
rfind_a	\u{2155}	-1
rfind_empty	\u{2155}	1
count_a	\u{2155}	0
count_empty	\u{2155}	2
count_aa	\u{2155}	0
replace_a	\u{2155}	\u{2155}
replace_a1	\u{2155}	\u{2155}
replace_empty	\u{2155}	-\u{2155}-
replace_empty2	\u{2155}	-\u{2155}-
partition_,	\u{2155}	[\u{2155}||]
rpartition_,	\u{2155}	[||\u{2155}]
startswith_a	\u{2155}	False
endswith_c	\u{2155}	False
upper	ABC	ABC
lower	ABC	abc
title	ABC	Abc
capitalize	ABC	Abc
swapcase	ABC	abc
casefold	ABC	abc
strip	ABC	ABC
lstrip	ABC	ABC
rstrip	ABC	ABC
expandtabs	ABC	ABC
isdigit	ABC	False
isdecimal	ABC	False
isnumeric	ABC	False
isalpha	ABC	True
isalnum	ABC	True
isspace	ABC	False
islower	ABC	False
isupper	ABC	True
istitle	ABC	False
isidentifier	ABC	True
isprintable	ABC	True
isascii	ABC	True
split	ABC	[ABC]
split1	ABC	[ABC]
rsplit	ABC	[ABC]
rsplit1	ABC	[ABC]
rsplit2	ABC	[ABC]
split,	ABC	[ABC]
split,1	ABC	[ABC]
rsplit,1	ABC	[ABC]
splitab	ABC	[ABC]
splitlines	ABC	[ABC]
splitlinesK	ABC	[ABC]
center9	ABC	   ABC   
center10*	ABC	***ABC****
ljust7	ABC	ABC\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	ABC	    ABC
zfill6	ABC	000ABC
expandtabs4	ABC	ABC
expandtabs0	ABC	ABC
stripa	ABC	ABC
find_a	ABC	-1
find_empty	ABC	0
rfind_a	ABC	-1
rfind_empty	ABC	3
count_a	ABC	0
count_empty	ABC	4
count_aa	ABC	0
replace_a	ABC	ABC
replace_a1	ABC	ABC
replace_empty	ABC	-A-B-C-
replace_empty2	ABC	-A-BC
partition_,	ABC	[ABC||]
rpartition_,	ABC	[||ABC]
startswith_a	ABC	False
endswith_c	ABC	False
upper	Hello World	HELLO WORLD
lower	Hello World	hello world
title	Hello World	Hello World
capitalize	Hello World	Hello world
swapcase	Hello World	hELLO wORLD
casefold	Hello World	hello world
strip	Hello World	Hello World
lstrip	Hello World	Hello World
rstrip	Hello World	Hello World
expandtabs	Hello World	Hello World
isdigit	Hello World	False
isdecimal	Hello World	False
isnumeric	Hello World	False
isalpha	Hello World	False
isalnum	Hello World	False
isspace	Hello World	False
islower	Hello World	False
isupper	Hello World	False
istitle	Hello World	True
isidentifier	Hello World	False
isprintable	Hello World	True
isascii	Hello World	True
split	Hello World	[Hello|World]
split1	Hello World	[Hello|World]
rsplit	Hello World	[Hello|World]
rsplit1	Hello World	[Hello|World]
rsplit2	Hello World	[Hello|World]
split,	Hello World	[Hello World]
split,1	Hello World	[Hello World]
rsplit,1	Hello World	[Hello World]
splitab	Hello World	[Hello World]
splitlines	Hello World	[Hello World]
splitlinesK	Hello World	[Hello World]
center9	Hello World	Hello World
center10*	Hello World	Hello World
ljust7	Hello World	Hello World
rjust7	Hello World	Hello World
zfill6	Hello World	Hello World
expandtabs4	Hello World	Hello World
expandtabs0	Hello World	Hello World
stripa	Hello World	Hello World
find_a	Hello World	-1
find_empty	Hello World	0
rfind_a	Hello World	-1
rfind_empty	Hello World	11
count_a	Hello World	0
count_empty	Hello World	12
count_aa	Hello World	0
replace_a	Hello World	Hello World
replace_a1	Hello World	Hello World
replace_empty	Hello World	-H-e-l-l-o- -W-o-r-l-d-
replace_empty2	Hello World	-H-ello World
partition_,	Hello World	[Hello World||]
rpartition_,	Hello World	[||Hello World]
startswith_a	Hello World	False
endswith_c	Hello World	False
upper	Hello world	HELLO WORLD
lower	Hello world	hello world
title	Hello world	Hello World
capitalize	Hello world	Hello world
swapcase	Hello world	hELLO WORLD
casefold	Hello world	hello world
strip	Hello world	Hello world
lstrip	Hello world	Hello world
rstrip	Hello world	Hello world
expandtabs	Hello world	Hello world
isdigit	Hello world	False
isdecimal	Hello world	False
isnumeric	Hello world	False
isalpha	Hello world	False
isalnum	Hello world	False
isspace	Hello world	False
islower	Hello world	False
isupper	Hello world	False
istitle	Hello world	False
isidentifier	Hello world	False
isprintable	Hello world	True
isascii	Hello world	True
split	Hello world	[Hello|world]
split1	Hello world	[Hello|world]
rsplit	Hello world	[Hello|world]
rsplit1	Hello world	[Hello|world]
rsplit2	Hello world	[Hello|world]
split,	Hello world	[Hello world]
split,1	Hello world	[Hello world]
rsplit,1	Hello world	[Hello world]
splitab	Hello world	[Hello world]
splitlines	Hello world	[Hello world]
splitlinesK	Hello world	[Hello world]
center9	Hello world	Hello world
center10*	Hello world	Hello world
ljust7	Hello world	Hello world
rjust7	Hello world	Hello world
zfill6	Hello world	Hello world
expandtabs4	Hello world	Hello world
expandtabs0	Hello world	Hello world
stripa	Hello world	Hello world
find_a	Hello world	-1
find_empty	Hello world	0
rfind_a	Hello world	-1
rfind_empty	Hello world	11
count_a	Hello world	0
count_empty	Hello world	12
count_aa	Hello world	0
replace_a	Hello world	Hello world
replace_a1	Hello world	Hello world
replace_empty	Hello world	-H-e-l-l-o- -w-o-r-l-d-
replace_empty2	Hello world	-H-ello world
partition_,	Hello world	[Hello world||]
rpartition_,	Hello world	[||Hello world]
startswith_a	Hello world	False
endswith_c	Hello world	False
upper	hello	HELLO
lower	hello	hello
title	hello	Hello
capitalize	hello	Hello
swapcase	hello	HELLO
casefold	hello	hello
strip	hello	hello
lstrip	hello	hello
rstrip	hello	hello
expandtabs	hello	hello
isdigit	hello	False
isdecimal	hello	False
isnumeric	hello	False
isalpha	hello	True
isalnum	hello	True
isspace	hello	False
islower	hello	True
isupper	hello	False
istitle	hello	False
isidentifier	hello	True
isprintable	hello	True
isascii	hello	True
split	hello	[hello]
split1	hello	[hello]
rsplit	hello	[hello]
rsplit1	hello	[hello]
rsplit2	hello	[hello]
split,	hello	[hello]
split,1	hello	[hello]
rsplit,1	hello	[hello]
splitab	hello	[hello]
splitlines	hello	[hello]
splitlinesK	hello	[hello]
center9	hello	  hello  
center10*	hello	**hello***
ljust7	hello	hello\u{E9}\u{E9}
rjust7	hello	  hello
zfill6	hello	0hello
expandtabs4	hello	hello
expandtabs0	hello	hello
stripa	hello	hello
find_a	hello	-1
find_empty	hello	0
rfind_a	hello	-1
rfind_empty	hello	5
count_a	hello	0
count_empty	hello	6
count_aa	hello	0
replace_a	hello	hello
replace_a1	hello	hello
replace_empty	hello	-h-e-l-l-o-
replace_empty2	hello	-h-ello
partition_,	hello	[hello||]
rpartition_,	hello	[||hello]
startswith_a	hello	False
endswith_c	hello	False
upper	\u{1C5}	\u{1C4}
lower	\u{1C5}	\u{1C6}
title	\u{1C5}	\u{1C5}
capitalize	\u{1C5}	\u{1C5}
swapcase	\u{1C5}	\u{1C5}
casefold	\u{1C5}	\u{1C6}
strip	\u{1C5}	\u{1C5}
lstrip	\u{1C5}	\u{1C5}
rstrip	\u{1C5}	\u{1C5}
expandtabs	\u{1C5}	\u{1C5}
isdigit	\u{1C5}	False
isdecimal	\u{1C5}	False
isnumeric	\u{1C5}	False
isalpha	\u{1C5}	True
isalnum	\u{1C5}	True
isspace	\u{1C5}	False
islower	\u{1C5}	False
isupper	\u{1C5}	False
istitle	\u{1C5}	True
isidentifier	\u{1C5}	True
isprintable	\u{1C5}	True
isascii	\u{1C5}	False
split	\u{1C5}	[\u{1C5}]
split1	\u{1C5}	[\u{1C5}]
rsplit	\u{1C5}	[\u{1C5}]
rsplit1	\u{1C5}	[\u{1C5}]
rsplit2	\u{1C5}	[\u{1C5}]
split,	\u{1C5}	[\u{1C5}]
split,1	\u{1C5}	[\u{1C5}]
rsplit,1	\u{1C5}	[\u{1C5}]
splitab	\u{1C5}	[\u{1C5}]
splitlines	\u{1C5}	[\u{1C5}]
splitlinesK	\u{1C5}	[\u{1C5}]
center9	\u{1C5}	    \u{1C5}    
center10*	\u{1C5}	****\u{1C5}*****
ljust7	\u{1C5}	\u{1C5}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{1C5}	      \u{1C5}
zfill6	\u{1C5}	00000\u{1C5}
expandtabs4	\u{1C5}	\u{1C5}
expandtabs0	\u{1C5}	\u{1C5}
stripa	\u{1C5}	\u{1C5}
find_a	\u{1C5}	-1
find_empty	\u{1C5}	0
rfind_a	\u{1C5}	-1
rfind_empty	\u{1C5}	1
count_a	\u{1C5}	0
count_empty	\u{1C5}	2
count_aa	\u{1C5}	0
replace_a	\u{1C5}	\u{1C5}
replace_a1	\u{1C5}	\u{1C5}
replace_empty	\u{1C5}	-\u{1C5}-
replace_empty2	\u{1C5}	-\u{1C5}-
partition_,	\u{1C5}	[\u{1C5}||]
rpartition_,	\u{1C5}	[||\u{1C5}]
startswith_a	\u{1C5}	False
endswith_c	\u{1C5}	False
upper	_id3	_ID3
lower	_id3	_id3
title	_id3	_Id3
capitalize	_id3	_id3
swapcase	_id3	_ID3
casefold	_id3	_id3
strip	_id3	_id3
lstrip	_id3	_id3
rstrip	_id3	_id3
expandtabs	_id3	_id3
isdigit	_id3	False
isdecimal	_id3	False
isnumeric	_id3	False
isalpha	_id3	False
isalnum	_id3	False
isspace	_id3	False
islower	_id3	True
isupper	_id3	False
istitle	_id3	False
isidentifier	_id3	True
isprintable	_id3	True
isascii	_id3	True
split	_id3	[_id3]
split1	_id3	[_id3]
rsplit	_id3	[_id3]
rsplit1	_id3	[_id3]
rsplit2	_id3	[_id3]
split,	_id3	[_id3]
split,1	_id3	[_id3]
rsplit,1	_id3	[_id3]
splitab	_id3	[_id3]
splitlines	_id3	[_id3]
splitlinesK	_id3	[_id3]
center9	_id3	   _id3  
center10*	_id3	***_id3***
ljust7	_id3	_id3\u{E9}\u{E9}\u{E9}
rjust7	_id3	   _id3
zfill6	_id3	00_id3
expandtabs4	_id3	_id3
expandtabs0	_id3	_id3
stripa	_id3	_id3
find_a	_id3	-1
find_empty	_id3	0
rfind_a	_id3	-1
rfind_empty	_id3	4
count_a	_id3	0
count_empty	_id3	5
count_aa	_id3	0
replace_a	_id3	_id3
replace_a1	_id3	_id3
replace_empty	_id3	-_-i-d-3-
replace_empty2	_id3	-_-id3
partition_,	_id3	[_id3||]
rpartition_,	_id3	[||_id3]
startswith_a	_id3	False
endswith_c	_id3	False
upper	3id	3ID
lower	3id	3id
title	3id	3Id
capitalize	3id	3id
swapcase	3id	3ID
casefold	3id	3id
strip	3id	3id
lstrip	3id	3id
rstrip	3id	3id
expandtabs	3id	3id
isdigit	3id	False
isdecimal	3id	False
isnumeric	3id	False
isalpha	3id	False
isalnum	3id	True
isspace	3id	False
islower	3id	True
isupper	3id	False
istitle	3id	False
isidentifier	3id	False
isprintable	3id	True
isascii	3id	True
split	3id	[3id]
split1	3id	[3id]
rsplit	3id	[3id]
rsplit1	3id	[3id]
rsplit2	3id	[3id]
split,	3id	[3id]
split,1	3id	[3id]
rsplit,1	3id	[3id]
splitab	3id	[3id]
splitlines	3id	[3id]
splitlinesK	3id	[3id]
center9	3id	   3id   
center10*	3id	***3id****
ljust7	3id	3id\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	3id	    3id
zfill6	3id	0003id
expandtabs4	3id	3id
expandtabs0	3id	3id
stripa	3id	3id
find_a	3id	-1
find_empty	3id	0
rfind_a	3id	-1
rfind_empty	3id	3
count_a	3id	0
count_empty	3id	4
count_aa	3id	0
replace_a	3id	3id
replace_a1	3id	3id
replace_empty	3id	-3-i-d-
replace_empty2	3id	-3-id
partition_,	3id	[3id||]
rpartition_,	3id	[||3id]
startswith_a	3id	False
endswith_c	3id	False
upper	a b	A B
lower	a b	a b
title	a b	A B
capitalize	a b	A b
swapcase	a b	A B
casefold	a b	a b
strip	a b	a b
lstrip	a b	a b
rstrip	a b	a b
expandtabs	a b	a b
isdigit	a b	False
isdecimal	a b	False
isnumeric	a b	False
isalpha	a b	False
isalnum	a b	False
isspace	a b	False
islower	a b	True
isupper	a b	False
istitle	a b	False
isidentifier	a b	False
isprintable	a b	True
isascii	a b	True
split	a b	[a|b]
split1	a b	[a|b]
rsplit	a b	[a|b]
rsplit1	a b	[a|b]
rsplit2	a b	[a|b]
split,	a b	[a b]
split,1	a b	[a b]
rsplit,1	a b	[a b]
splitab	a b	[a b]
splitlines	a b	[a b]
splitlinesK	a b	[a b]
center9	a b	   a b   
center10*	a b	***a b****
ljust7	a b	a b\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	a b	    a b
zfill6	a b	000a b
expandtabs4	a b	a b
expandtabs0	a b	a b
stripa	a b	b
find_a	a b	0
find_empty	a b	0
rfind_a	a b	0
rfind_empty	a b	3
count_a	a b	1
count_empty	a b	4
count_aa	a b	0
replace_a	a b	XY b
replace_a1	a b	 b
replace_empty	a b	-a- -b-
replace_empty2	a b	-a- b
partition_,	a b	[a b||]
rpartition_,	a b	[||a b]
startswith_a	a b	True
endswith_c	a b	False
upper	\u{0}	\u{0}
lower	\u{0}	\u{0}
title	\u{0}	\u{0}
capitalize	\u{0}	\u{0}
swapcase	\u{0}	\u{0}
casefold	\u{0}	\u{0}
strip	\u{0}	\u{0}
lstrip	\u{0}	\u{0}
rstrip	\u{0}	\u{0}
expandtabs	\u{0}	\u{0}
isdigit	\u{0}	False
isdecimal	\u{0}	False
isnumeric	\u{0}	False
isalpha	\u{0}	False
isalnum	\u{0}	False
isspace	\u{0}	False
islower	\u{0}	False
isupper	\u{0}	False
istitle	\u{0}	False
isidentifier	\u{0}	False
isprintable	\u{0}	False
isascii	\u{0}	True
split	\u{0}	[\u{0}]
split1	\u{0}	[\u{0}]
rsplit	\u{0}	[\u{0}]
rsplit1	\u{0}	[\u{0}]
rsplit2	\u{0}	[\u{0}]
split,	\u{0}	[\u{0}]
split,1	\u{0}	[\u{0}]
rsplit,1	\u{0}	[\u{0}]
splitab	\u{0}	[\u{0}]
splitlines	\u{0}	[\u{0}]
splitlinesK	\u{0}	[\u{0}]
center9	\u{0}	    \u{0}    
center10*	\u{0}	****\u{0}*****
ljust7	\u{0}	\u{0}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{0}	      \u{0}
zfill6	\u{0}	00000\u{0}
expandtabs4	\u{0}	\u{0}
expandtabs0	\u{0}	\u{0}
stripa	\u{0}	\u{0}
find_a	\u{0}	-1
find_empty	\u{0}	0
rfind_a	\u{0}	-1
rfind_empty	\u{0}	1
count_a	\u{0}	0
count_empty	\u{0}	2
count_aa	\u{0}	0
replace_a	\u{0}	\u{0}
replace_a1	\u{0}	\u{0}
replace_empty	\u{0}	-\u{0}-
replace_empty2	\u{0}	-\u{0}-
partition_,	\u{0}	[\u{0}||]
rpartition_,	\u{0}	[||\u{0}]
startswith_a	\u{0}	False
endswith_c	\u{0}	False
upper	\u{1C8}a	\u{1C7}A
lower	\u{1C8}a	\u{1C9}a
title	\u{1C8}a	\u{1C8}a
capitalize	\u{1C8}a	\u{1C8}a
swapcase	\u{1C8}a	\u{1C8}A
casefold	\u{1C8}a	\u{1C9}a
strip	\u{1C8}a	\u{1C8}a
lstrip	\u{1C8}a	\u{1C8}a
rstrip	\u{1C8}a	\u{1C8}a
expandtabs	\u{1C8}a	\u{1C8}a
isdigit	\u{1C8}a	False
isdecimal	\u{1C8}a	False
isnumeric	\u{1C8}a	False
isalpha	\u{1C8}a	True
isalnum	\u{1C8}a	True
isspace	\u{1C8}a	False
islower	\u{1C8}a	False
isupper	\u{1C8}a	False
istitle	\u{1C8}a	True
isidentifier	\u{1C8}a	True
isprintable	\u{1C8}a	True
isascii	\u{1C8}a	False
split	\u{1C8}a	[\u{1C8}a]
split1	\u{1C8}a	[\u{1C8}a]
rsplit	\u{1C8}a	[\u{1C8}a]
rsplit1	\u{1C8}a	[\u{1C8}a]
rsplit2	\u{1C8}a	[\u{1C8}a]
split,	\u{1C8}a	[\u{1C8}a]
split,1	\u{1C8}a	[\u{1C8}a]
rsplit,1	\u{1C8}a	[\u{1C8}a]
splitab	\u{1C8}a	[\u{1C8}a]
splitlines	\u{1C8}a	[\u{1C8}a]
splitlinesK	\u{1C8}a	[\u{1C8}a]
center9	\u{1C8}a	    \u{1C8}a   
center10*	\u{1C8}a	****\u{1C8}a****
ljust7	\u{1C8}a	\u{1C8}a\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{1C8}a	     \u{1C8}a
zfill6	\u{1C8}a	0000\u{1C8}a
expandtabs4	\u{1C8}a	\u{1C8}a
expandtabs0	\u{1C8}a	\u{1C8}a
stripa	\u{1C8}a	\u{1C8}
find_a	\u{1C8}a	1
find_empty	\u{1C8}a	0
rfind_a	\u{1C8}a	1
rfind_empty	\u{1C8}a	2
count_a	\u{1C8}a	1
count_empty	\u{1C8}a	3
count_aa	\u{1C8}a	0
replace_a	\u{1C8}a	\u{1C8}XY
replace_a1	\u{1C8}a	\u{1C8}
replace_empty	\u{1C8}a	-\u{1C8}-a-
replace_empty2	\u{1C8}a	-\u{1C8}-a
partition_,	\u{1C8}a	[\u{1C8}a||]
rpartition_,	\u{1C8}a	[||\u{1C8}a]
startswith_a	\u{1C8}a	False
endswith_c	\u{1C8}a	False
upper	\u{149}	\u{2BC}N
lower	\u{149}	\u{149}
title	\u{149}	\u{2BC}N
capitalize	\u{149}	\u{2BC}N
swapcase	\u{149}	\u{2BC}N
casefold	\u{149}	\u{2BC}n
strip	\u{149}	\u{149}
lstrip	\u{149}	\u{149}
rstrip	\u{149}	\u{149}
expandtabs	\u{149}	\u{149}
isdigit	\u{149}	False
isdecimal	\u{149}	False
isnumeric	\u{149}	False
isalpha	\u{149}	True
isalnum	\u{149}	True
isspace	\u{149}	False
islower	\u{149}	True
isupper	\u{149}	False
istitle	\u{149}	False
isidentifier	\u{149}	True
isprintable	\u{149}	True
isascii	\u{149}	False
split	\u{149}	[\u{149}]
split1	\u{149}	[\u{149}]
rsplit	\u{149}	[\u{149}]
rsplit1	\u{149}	[\u{149}]
rsplit2	\u{149}	[\u{149}]
split,	\u{149}	[\u{149}]
split,1	\u{149}	[\u{149}]
rsplit,1	\u{149}	[\u{149}]
splitab	\u{149}	[\u{149}]
splitlines	\u{149}	[\u{149}]
splitlinesK	\u{149}	[\u{149}]
center9	\u{149}	    \u{149}    
center10*	\u{149}	****\u{149}*****
ljust7	\u{149}	\u{149}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{149}	      \u{149}
zfill6	\u{149}	00000\u{149}
expandtabs4	\u{149}	\u{149}
expandtabs0	\u{149}	\u{149}
stripa	\u{149}	\u{149}
find_a	\u{149}	-1
find_empty	\u{149}	0
rfind_a	\u{149}	-1
rfind_empty	\u{149}	1
count_a	\u{149}	0
count_empty	\u{149}	2
count_aa	\u{149}	0
replace_a	\u{149}	\u{149}
replace_a1	\u{149}	\u{149}
replace_empty	\u{149}	-\u{149}-
replace_empty2	\u{149}	-\u{149}-
partition_,	\u{149}	[\u{149}||]
rpartition_,	\u{149}	[||\u{149}]
startswith_a	\u{149}	False
endswith_c	\u{149}	False
upper	\u{130}stanbul	\u{130}STANBUL
lower	\u{130}stanbul	i\u{307}stanbul
title	\u{130}stanbul	\u{130}stanbul
capitalize	\u{130}stanbul	\u{130}stanbul
swapcase	\u{130}stanbul	i\u{307}STANBUL
casefold	\u{130}stanbul	i\u{307}stanbul
strip	\u{130}stanbul	\u{130}stanbul
lstrip	\u{130}stanbul	\u{130}stanbul
rstrip	\u{130}stanbul	\u{130}stanbul
expandtabs	\u{130}stanbul	\u{130}stanbul
isdigit	\u{130}stanbul	False
isdecimal	\u{130}stanbul	False
isnumeric	\u{130}stanbul	False
isalpha	\u{130}stanbul	True
isalnum	\u{130}stanbul	True
isspace	\u{130}stanbul	False
islower	\u{130}stanbul	False
isupper	\u{130}stanbul	False
istitle	\u{130}stanbul	True
isidentifier	\u{130}stanbul	True
isprintable	\u{130}stanbul	True
isascii	\u{130}stanbul	False
split	\u{130}stanbul	[\u{130}stanbul]
split1	\u{130}stanbul	[\u{130}stanbul]
rsplit	\u{130}stanbul	[\u{130}stanbul]
rsplit1	\u{130}stanbul	[\u{130}stanbul]
rsplit2	\u{130}stanbul	[\u{130}stanbul]
split,	\u{130}stanbul	[\u{130}stanbul]
split,1	\u{130}stanbul	[\u{130}stanbul]
rsplit,1	\u{130}stanbul	[\u{130}stanbul]
splitab	\u{130}stanbul	[\u{130}stanbul]
splitlines	\u{130}stanbul	[\u{130}stanbul]
splitlinesK	\u{130}stanbul	[\u{130}stanbul]
center9	\u{130}stanbul	 \u{130}stanbul
center10*	\u{130}stanbul	*\u{130}stanbul*
ljust7	\u{130}stanbul	\u{130}stanbul
rjust7	\u{130}stanbul	\u{130}stanbul
zfill6	\u{130}stanbul	\u{130}stanbul
expandtabs4	\u{130}stanbul	\u{130}stanbul
expandtabs0	\u{130}stanbul	\u{130}stanbul
stripa	\u{130}stanbul	\u{130}stanbul
find_a	\u{130}stanbul	3
find_empty	\u{130}stanbul	0
rfind_a	\u{130}stanbul	3
rfind_empty	\u{130}stanbul	8
count_a	\u{130}stanbul	1
count_empty	\u{130}stanbul	9
count_aa	\u{130}stanbul	0
replace_a	\u{130}stanbul	\u{130}stXYnbul
replace_a1	\u{130}stanbul	\u{130}stnbul
replace_empty	\u{130}stanbul	-\u{130}-s-t-a-n-b-u-l-
replace_empty2	\u{130}stanbul	-\u{130}-stanbul
partition_,	\u{130}stanbul	[\u{130}stanbul||]
rpartition_,	\u{130}stanbul	[||\u{130}stanbul]
startswith_a	\u{130}stanbul	False
endswith_c	\u{130}stanbul	False
upper	\u{390}	\u{399}\u{308}\u{301}
lower	\u{390}	\u{390}
title	\u{390}	\u{399}\u{308}\u{301}
capitalize	\u{390}	\u{399}\u{308}\u{301}
swapcase	\u{390}	\u{399}\u{308}\u{301}
casefold	\u{390}	\u{3B9}\u{308}\u{301}
strip	\u{390}	\u{390}
lstrip	\u{390}	\u{390}
rstrip	\u{390}	\u{390}
expandtabs	\u{390}	\u{390}
isdigit	\u{390}	False
isdecimal	\u{390}	False
isnumeric	\u{390}	False
isalpha	\u{390}	True
isalnum	\u{390}	True
isspace	\u{390}	False
islower	\u{390}	True
isupper	\u{390}	False
istitle	\u{390}	False
isidentifier	\u{390}	True
isprintable	\u{390}	True
isascii	\u{390}	False
split	\u{390}	[\u{390}]
split1	\u{390}	[\u{390}]
rsplit	\u{390}	[\u{390}]
rsplit1	\u{390}	[\u{390}]
rsplit2	\u{390}	[\u{390}]
split,	\u{390}	[\u{390}]
split,1	\u{390}	[\u{390}]
rsplit,1	\u{390}	[\u{390}]
splitab	\u{390}	[\u{390}]
splitlines	\u{390}	[\u{390}]
splitlinesK	\u{390}	[\u{390}]
center9	\u{390}	    \u{390}    
center10*	\u{390}	****\u{390}*****
ljust7	\u{390}	\u{390}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{390}	      \u{390}
zfill6	\u{390}	00000\u{390}
expandtabs4	\u{390}	\u{390}
expandtabs0	\u{390}	\u{390}
stripa	\u{390}	\u{390}
find_a	\u{390}	-1
find_empty	\u{390}	0
rfind_a	\u{390}	-1
rfind_empty	\u{390}	1
count_a	\u{390}	0
count_empty	\u{390}	2
count_aa	\u{390}	0
replace_a	\u{390}	\u{390}
replace_a1	\u{390}	\u{390}
replace_empty	\u{390}	-\u{390}-
replace_empty2	\u{390}	-\u{390}-
partition_,	\u{390}	[\u{390}||]
rpartition_,	\u{390}	[||\u{390}]
startswith_a	\u{390}	False
endswith_c	\u{390}	False
upper	-42	-42
lower	-42	-42
title	-42	-42
capitalize	-42	-42
swapcase	-42	-42
casefold	-42	-42
strip	-42	-42
lstrip	-42	-42
rstrip	-42	-42
expandtabs	-42	-42
isdigit	-42	False
isdecimal	-42	False
isnumeric	-42	False
isalpha	-42	False
isalnum	-42	False
isspace	-42	False
islower	-42	False
isupper	-42	False
istitle	-42	False
isidentifier	-42	False
isprintable	-42	True
isascii	-42	True
split	-42	[-42]
split1	-42	[-42]
rsplit	-42	[-42]
rsplit1	-42	[-42]
rsplit2	-42	[-42]
split,	-42	[-42]
split,1	-42	[-42]
rsplit,1	-42	[-42]
splitab	-42	[-42]
splitlines	-42	[-42]
splitlinesK	-42	[-42]
center9	-42	   -42   
center10*	-42	***-42****
ljust7	-42	-42\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	-42	    -42
zfill6	-42	-00042
expandtabs4	-42	-42
expandtabs0	-42	-42
stripa	-42	-42
find_a	-42	-1
find_empty	-42	0
rfind_a	-42	-1
rfind_empty	-42	3
count_a	-42	0
count_empty	-42	4
count_aa	-42	0
replace_a	-42	-42
replace_a1	-42	-42
replace_empty	-42	---4-2-
replace_empty2	-42	---42
partition_,	-42	[-42||]
rpartition_,	-42	[||-42]
startswith_a	-42	False
endswith_c	-42	False
upper	+7	+7
lower	+7	+7
title	+7	+7
capitalize	+7	+7
swapcase	+7	+7
casefold	+7	+7
strip	+7	+7
lstrip	+7	+7
rstrip	+7	+7
expandtabs	+7	+7
isdigit	+7	False
isdecimal	+7	False
isnumeric	+7	False
isalpha	+7	False
isalnum	+7	False
isspace	+7	False
islower	+7	False
isupper	+7	False
istitle	+7	False
isidentifier	+7	False
isprintable	+7	True
isascii	+7	True
split	+7	[+7]
split1	+7	[+7]
rsplit	+7	[+7]
rsplit1	+7	[+7]
rsplit2	+7	[+7]
split,	+7	[+7]
split,1	+7	[+7]
rsplit,1	+7	[+7]
splitab	+7	[+7]
splitlines	+7	[+7]
splitlinesK	+7	[+7]
center9	+7	    +7   
center10*	+7	****+7****
ljust7	+7	+7\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	+7	     +7
zfill6	+7	+00007
expandtabs4	+7	+7
expandtabs0	+7	+7
stripa	+7	+7
find_a	+7	-1
find_empty	+7	0
rfind_a	+7	-1
rfind_empty	+7	2
count_a	+7	0
count_empty	+7	3
count_aa	+7	0
replace_a	+7	+7
replace_a1	+7	+7
replace_empty	+7	-+-7-
replace_empty2	+7	-+-7
partition_,	+7	[+7||]
rpartition_,	+7	[||+7]
startswith_a	+7	False
endswith_c	+7	False
upper	42	42
lower	42	42
title	42	42
capitalize	42	42
swapcase	42	42
casefold	42	42
strip	42	42
lstrip	42	42
rstrip	42	42
expandtabs	42	42
isdigit	42	True
isdecimal	42	True
isnumeric	42	True
isalpha	42	False
isalnum	42	True
isspace	42	False
islower	42	False
isupper	42	False
istitle	42	False
isidentifier	42	False
isprintable	42	True
isascii	42	True
split	42	[42]
split1	42	[42]
rsplit	42	[42]
rsplit1	42	[42]
rsplit2	42	[42]
split,	42	[42]
split,1	42	[42]
rsplit,1	42	[42]
splitab	42	[42]
splitlines	42	[42]
splitlinesK	42	[42]
center9	42	    42   
center10*	42	****42****
ljust7	42	42\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	42	     42
zfill6	42	000042
expandtabs4	42	42
expandtabs0	42	42
stripa	42	42
find_a	42	-1
find_empty	42	0
rfind_a	42	-1
rfind_empty	42	2
count_a	42	0
count_empty	42	3
count_aa	42	0
replace_a	42	42
replace_a1	42	42
replace_empty	42	-4-2-
replace_empty2	42	-4-2
partition_,	42	[42||]
rpartition_,	42	[||42]
startswith_a	42	False
endswith_c	42	False
upper	The Quick  brown	THE QUICK  BROWN
lower	The Quick  brown	the quick  brown
title	The Quick  brown	The Quick  Brown
capitalize	The Quick  brown	The quick  brown
swapcase	The Quick  brown	tHE qUICK  BROWN
casefold	The Quick  brown	the quick  brown
strip	The Quick  brown	The Quick  brown
lstrip	The Quick  brown	The Quick  brown
rstrip	The Quick  brown	The Quick  brown
expandtabs	The Quick  brown	The Quick  brown
isdigit	The Quick  brown	False
isdecimal	The Quick  brown	False
isnumeric	The Quick  brown	False
isalpha	The Quick  brown	False
isalnum	The Quick  brown	False
isspace	The Quick  brown	False
islower	The Quick  brown	False
isupper	The Quick  brown	False
istitle	The Quick  brown	False
isidentifier	The Quick  brown	False
isprintable	The Quick  brown	True
isascii	The Quick  brown	True
split	The Quick  brown	[The|Quick|brown]
split1	The Quick  brown	[The|Quick  brown]
rsplit	The Quick  brown	[The|Quick|brown]
rsplit1	The Quick  brown	[The Quick|brown]
rsplit2	The Quick  brown	[The|Quick|brown]
split,	The Quick  brown	[The Quick  brown]
split,1	The Quick  brown	[The Quick  brown]
rsplit,1	The Quick  brown	[The Quick  brown]
splitab	The Quick  brown	[The Quick  brown]
splitlines	The Quick  brown	[The Quick  brown]
splitlinesK	The Quick  brown	[The Quick  brown]
center9	The Quick  brown	The Quick  brown
center10*	The Quick  brown	The Quick  brown
ljust7	The Quick  brown	The Quick  brown
rjust7	The Quick  brown	The Quick  brown
zfill6	The Quick  brown	The Quick  brown
expandtabs4	The Quick  brown	The Quick  brown
expandtabs0	The Quick  brown	The Quick  brown
stripa	The Quick  brown	The Quick  brown
find_a	The Quick  brown	-1
find_empty	The Quick  brown	0
rfind_a	The Quick  brown	-1
rfind_empty	The Quick  brown	16
count_a	The Quick  brown	0
count_empty	The Quick  brown	17
count_aa	The Quick  brown	0
replace_a	The Quick  brown	The Quick  brown
replace_a1	The Quick  brown	The Quick  brown
replace_empty	The Quick  brown	-T-h-e- -Q-u-i-c-k- - -b-r-o-w-n-
replace_empty2	The Quick  brown	-T-he Quick  brown
partition_,	The Quick  brown	[The Quick  brown||]
rpartition_,	The Quick  brown	[||The Quick  brown]
startswith_a	The Quick  brown	False
endswith_c	The Quick  brown	False
upper	they're bill's friends	THEY'RE BILL'S FRIENDS
lower	they're bill's friends	they're bill's friends
title	they're bill's friends	They'Re Bill'S Friends
capitalize	they're bill's friends	They're bill's friends
swapcase	they're bill's friends	THEY'RE BILL'S FRIENDS
casefold	they're bill's friends	they're bill's friends
strip	they're bill's friends	they're bill's friends
lstrip	they're bill's friends	they're bill's friends
rstrip	they're bill's friends	they're bill's friends
expandtabs	they're bill's friends	they're bill's friends
isdigit	they're bill's friends	False
isdecimal	they're bill's friends	False
isnumeric	they're bill's friends	False
isalpha	they're bill's friends	False
isalnum	they're bill's friends	False
isspace	they're bill's friends	False
islower	they're bill's friends	True
isupper	they're bill's friends	False
istitle	they're bill's friends	False
isidentifier	they're bill's friends	False
isprintable	they're bill's friends	True
isascii	they're bill's friends	True
split	they're bill's friends	[they're|bill's|friends]
split1	they're bill's friends	[they're|bill's friends]
rsplit	they're bill's friends	[they're|bill's|friends]
rsplit1	they're bill's friends	[they're bill's|friends]
rsplit2	they're bill's friends	[they're|bill's|friends]
split,	they're bill's friends	[they're bill's friends]
split,1	they're bill's friends	[they're bill's friends]
rsplit,1	they're bill's friends	[they're bill's friends]
splitab	they're bill's friends	[they're bill's friends]
splitlines	they're bill's friends	[they're bill's friends]
splitlinesK	they're bill's friends	[they're bill's friends]
center9	they're bill's friends	they're bill's friends
center10*	they're bill's friends	they're bill's friends
ljust7	they're bill's friends	they're bill's friends
rjust7	they're bill's friends	they're bill's friends
zfill6	they're bill's friends	they're bill's friends
expandtabs4	they're bill's friends	they're bill's friends
expandtabs0	they're bill's friends	they're bill's friends
stripa	they're bill's friends	they're bill's friends
find_a	they're bill's friends	-1
find_empty	they're bill's friends	0
rfind_a	they're bill's friends	-1
rfind_empty	they're bill's friends	22
count_a	they're bill's friends	0
count_empty	they're bill's friends	23
count_aa	they're bill's friends	0
replace_a	they're bill's friends	they're bill's friends
replace_a1	they're bill's friends	they're bill's friends
replace_empty	they're bill's friends	-t-h-e-y-'-r-e- -b-i-l-l-'-s- -f-r-i-e-n-d-s-
replace_empty2	they're bill's friends	-t-hey're bill's friends
partition_,	they're bill's friends	[they're bill's friends||]
rpartition_,	they're bill's friends	[||they're bill's friends]
startswith_a	they're bill's friends	False
endswith_c	they're bill's friends	False
upper	\u{391}\u{3A3}.	\u{391}\u{3A3}.
lower	\u{391}\u{3A3}.	\u{3B1}\u{3C2}.
title	\u{391}\u{3A3}.	\u{391}\u{3C2}.
capitalize	\u{391}\u{3A3}.	\u{391}\u{3C2}.
swapcase	\u{391}\u{3A3}.	\u{3B1}\u{3C2}.
casefold	\u{391}\u{3A3}.	\u{3B1}\u{3C3}.
strip	\u{391}\u{3A3}.	\u{391}\u{3A3}.
lstrip	\u{391}\u{3A3}.	\u{391}\u{3A3}.
rstrip	\u{391}\u{3A3}.	\u{391}\u{3A3}.
expandtabs	\u{391}\u{3A3}.	\u{391}\u{3A3}.
isdigit	\u{391}\u{3A3}.	False
isdecimal	\u{391}\u{3A3}.	False
isnumeric	\u{391}\u{3A3}.	False
isalpha	\u{391}\u{3A3}.	False
isalnum	\u{391}\u{3A3}.	False
isspace	\u{391}\u{3A3}.	False
islower	\u{391}\u{3A3}.	False
isupper	\u{391}\u{3A3}.	True
istitle	\u{391}\u{3A3}.	False
isidentifier	\u{391}\u{3A3}.	False
isprintable	\u{391}\u{3A3}.	True
isascii	\u{391}\u{3A3}.	False
split	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
split1	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
rsplit	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
rsplit1	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
rsplit2	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
split,	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
split,1	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
rsplit,1	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
splitab	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
splitlines	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
splitlinesK	\u{391}\u{3A3}.	[\u{391}\u{3A3}.]
center9	\u{391}\u{3A3}.	   \u{391}\u{3A3}.   
center10*	\u{391}\u{3A3}.	***\u{391}\u{3A3}.****
ljust7	\u{391}\u{3A3}.	\u{391}\u{3A3}.\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{391}\u{3A3}.	    \u{391}\u{3A3}.
zfill6	\u{391}\u{3A3}.	000\u{391}\u{3A3}.
expandtabs4	\u{391}\u{3A3}.	\u{391}\u{3A3}.
expandtabs0	\u{391}\u{3A3}.	\u{391}\u{3A3}.
stripa	\u{391}\u{3A3}.	\u{391}\u{3A3}.
find_a	\u{391}\u{3A3}.	-1
find_empty	\u{391}\u{3A3}.	0
rfind_a	\u{391}\u{3A3}.	-1
rfind_empty	\u{391}\u{3A3}.	3
count_a	\u{391}\u{3A3}.	0
count_empty	\u{391}\u{3A3}.	4
count_aa	\u{391}\u{3A3}.	0
replace_a	\u{391}\u{3A3}.	\u{391}\u{3A3}.
replace_a1	\u{391}\u{3A3}.	\u{391}\u{3A3}.
replace_empty	\u{391}\u{3A3}.	-\u{391}-\u{3A3}-.-
replace_empty2	\u{391}\u{3A3}.	-\u{391}-\u{3A3}.
partition_,	\u{391}\u{3A3}.	[\u{391}\u{3A3}.||]
rpartition_,	\u{391}\u{3A3}.	[||\u{391}\u{3A3}.]
startswith_a	\u{391}\u{3A3}.	False
endswith_c	\u{391}\u{3A3}.	False
upper	\u{1F88} \u{1FB3}	\u{1F08}\u{399} \u{391}\u{399}
lower	\u{1F88} \u{1FB3}	\u{1F80} \u{1FB3}
title	\u{1F88} \u{1FB3}	\u{1F88} \u{1FBC}
capitalize	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
swapcase	\u{1F88} \u{1FB3}	\u{1F88} \u{391}\u{399}
casefold	\u{1F88} \u{1FB3}	\u{1F00}\u{3B9} \u{3B1}\u{3B9}
strip	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
lstrip	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
rstrip	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
expandtabs	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
isdigit	\u{1F88} \u{1FB3}	False
isdecimal	\u{1F88} \u{1FB3}	False
isnumeric	\u{1F88} \u{1FB3}	False
isalpha	\u{1F88} \u{1FB3}	False
isalnum	\u{1F88} \u{1FB3}	False
isspace	\u{1F88} \u{1FB3}	False
islower	\u{1F88} \u{1FB3}	False
isupper	\u{1F88} \u{1FB3}	False
istitle	\u{1F88} \u{1FB3}	False
isidentifier	\u{1F88} \u{1FB3}	False
isprintable	\u{1F88} \u{1FB3}	True
isascii	\u{1F88} \u{1FB3}	False
split	\u{1F88} \u{1FB3}	[\u{1F88}|\u{1FB3}]
split1	\u{1F88} \u{1FB3}	[\u{1F88}|\u{1FB3}]
rsplit	\u{1F88} \u{1FB3}	[\u{1F88}|\u{1FB3}]
rsplit1	\u{1F88} \u{1FB3}	[\u{1F88}|\u{1FB3}]
rsplit2	\u{1F88} \u{1FB3}	[\u{1F88}|\u{1FB3}]
split,	\u{1F88} \u{1FB3}	[\u{1F88} \u{1FB3}]
split,1	\u{1F88} \u{1FB3}	[\u{1F88} \u{1FB3}]
rsplit,1	\u{1F88} \u{1FB3}	[\u{1F88} \u{1FB3}]
splitab	\u{1F88} \u{1FB3}	[\u{1F88} \u{1FB3}]
splitlines	\u{1F88} \u{1FB3}	[\u{1F88} \u{1FB3}]
splitlinesK	\u{1F88} \u{1FB3}	[\u{1F88} \u{1FB3}]
center9	\u{1F88} \u{1FB3}	   \u{1F88} \u{1FB3}   
center10*	\u{1F88} \u{1FB3}	***\u{1F88} \u{1FB3}****
ljust7	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}\u{E9}\u{E9}\u{E9}\u{E9}
rjust7	\u{1F88} \u{1FB3}	    \u{1F88} \u{1FB3}
zfill6	\u{1F88} \u{1FB3}	000\u{1F88} \u{1FB3}
expandtabs4	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
expandtabs0	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
stripa	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
find_a	\u{1F88} \u{1FB3}	-1
find_empty	\u{1F88} \u{1FB3}	0
rfind_a	\u{1F88} \u{1FB3}	-1
rfind_empty	\u{1F88} \u{1FB3}	3
count_a	\u{1F88} \u{1FB3}	0
count_empty	\u{1F88} \u{1FB3}	4
count_aa	\u{1F88} \u{1FB3}	0
replace_a	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
replace_a1	\u{1F88} \u{1FB3}	\u{1F88} \u{1FB3}
replace_empty	\u{1F88} \u{1FB3}	-\u{1F88}- -\u{1FB3}-
replace_empty2	\u{1F88} \u{1FB3}	-\u{1F88}- \u{1FB3}
partition_,	\u{1F88} \u{1FB3}	[\u{1F88} \u{1FB3}||]
rpartition_,	\u{1F88} \u{1FB3}	[||\u{1F88} \u{1FB3}]
startswith_a	\u{1F88} \u{1FB3}	False
endswith_c	\u{1F88} \u{1FB3}	False
"""#
let strRangeCases = #"""
find	abcabcabc		\N	-1	0
rfind	abcabcabc		\N	-1	8
count	abcabcabc		\N	-1	9
startswith	abcabcabc		\N	-1	1
endswith	abcabcabc		\N	-1	1
find	abcabcabc		9	\N	9
rfind	abcabcabc		9	\N	9
count	abcabcabc		9	\N	1
startswith	abcabcabc		9	\N	1
endswith	abcabcabc		9	\N	1
find	abcabcabc		9	0	-1
rfind	abcabcabc		9	0	-1
count	abcabcabc		9	0	0
startswith	abcabcabc		9	0	0
endswith	abcabcabc		9	0	0
find	abcabcabc		10	2	-1
rfind	abcabcabc		10	2	-1
count	abcabcabc		10	2	0
startswith	abcabcabc		10	2	0
endswith	abcabcabc		10	2	0
find	abcabcabc		10	5	-1
rfind	abcabcabc		10	5	-1
count	abcabcabc		10	5	0
startswith	abcabcabc		10	5	0
endswith	abcabcabc		10	5	0
find	abcabcabc		10	-4	-1
rfind	abcabcabc		10	-4	-1
count	abcabcabc		10	-4	0
startswith	abcabcabc		10	-4	0
endswith	abcabcabc		10	-4	0
find	abcabcabc		100	100	-1
rfind	abcabcabc		100	100	-1
count	abcabcabc		100	100	0
startswith	abcabcabc		100	100	0
endswith	abcabcabc		100	100	0
find	abcabcabc		-1	0	-1
rfind	abcabcabc		-1	0	-1
count	abcabcabc		-1	0	0
startswith	abcabcabc		-1	0	0
endswith	abcabcabc		-1	0	0
find	abcabcabc		-1	100	8
rfind	abcabcabc		-1	100	9
count	abcabcabc		-1	100	2
startswith	abcabcabc		-1	100	1
endswith	abcabcabc		-1	100	1
find	abcabcabc		-3	0	-1
rfind	abcabcabc		-3	0	-1
count	abcabcabc		-3	0	0
startswith	abcabcabc		-3	0	0
endswith	abcabcabc		-3	0	0
find	abcabcabc		-100	2	0
rfind	abcabcabc		-100	2	2
count	abcabcabc		-100	2	3
startswith	abcabcabc		-100	2	1
endswith	abcabcabc		-100	2	1
find	abcabcabc		-100	100	0
rfind	abcabcabc		-100	100	9
count	abcabcabc		-100	100	10
startswith	abcabcabc		-100	100	1
endswith	abcabcabc		-100	100	1
find	abcabcabc	a	\N	5	0
rfind	abcabcabc	a	\N	5	3
count	abcabcabc	a	\N	5	2
startswith	abcabcabc	a	\N	5	1
endswith	abcabcabc	a	\N	5	0
find	abcabcabc	a	0	5	0
rfind	abcabcabc	a	0	5	3
count	abcabcabc	a	0	5	2
startswith	abcabcabc	a	0	5	1
endswith	abcabcabc	a	0	5	0
find	abcabcabc	a	0	-4	0
rfind	abcabcabc	a	0	-4	3
count	abcabcabc	a	0	-4	2
startswith	abcabcabc	a	0	-4	1
endswith	abcabcabc	a	0	-4	0
find	abcabcabc	a	1	5	3
rfind	abcabcabc	a	1	5	3
count	abcabcabc	a	1	5	1
startswith	abcabcabc	a	1	5	0
endswith	abcabcabc	a	1	5	0
find	abcabcabc	a	2	\N	3
rfind	abcabcabc	a	2	\N	6
count	abcabcabc	a	2	\N	2
startswith	abcabcabc	a	2	\N	0
endswith	abcabcabc	a	2	\N	0
find	abcabcabc	a	2	100	3
rfind	abcabcabc	a	2	100	6
count	abcabcabc	a	2	100	2
startswith	abcabcabc	a	2	100	0
endswith	abcabcabc	a	2	100	0
find	abcabcabc	a	5	0	-1
rfind	abcabcabc	a	5	0	-1
count	abcabcabc	a	5	0	0
startswith	abcabcabc	a	5	0	0
endswith	abcabcabc	a	5	0	0
find	abcabcabc	a	5	2	-1
rfind	abcabcabc	a	5	2	-1
count	abcabcabc	a	5	2	0
startswith	abcabcabc	a	5	2	0
endswith	abcabcabc	a	5	2	0
find	abcabcabc	a	5	-1	6
rfind	abcabcabc	a	5	-1	6
count	abcabcabc	a	5	-1	1
startswith	abcabcabc	a	5	-1	0
endswith	abcabcabc	a	5	-1	0
find	abcabcabc	a	9	5	-1
rfind	abcabcabc	a	9	5	-1
count	abcabcabc	a	9	5	0
startswith	abcabcabc	a	9	5	0
endswith	abcabcabc	a	9	5	0
find	abcabcabc	a	10	\N	-1
rfind	abcabcabc	a	10	\N	-1
count	abcabcabc	a	10	\N	0
startswith	abcabcabc	a	10	\N	0
endswith	abcabcabc	a	10	\N	0
find	abcabcabc	a	10	2	-1
rfind	abcabcabc	a	10	2	-1
count	abcabcabc	a	10	2	0
startswith	abcabcabc	a	10	2	0
endswith	abcabcabc	a	10	2	0
find	abcabcabc	a	10	5	-1
rfind	abcabcabc	a	10	5	-1
count	abcabcabc	a	10	5	0
startswith	abcabcabc	a	10	5	0
endswith	abcabcabc	a	10	5	0
find	abcabcabc	a	100	5	-1
rfind	abcabcabc	a	100	5	-1
count	abcabcabc	a	100	5	0
startswith	abcabcabc	a	100	5	0
endswith	abcabcabc	a	100	5	0
find	abcabcabc	a	-1	-4	-1
rfind	abcabcabc	a	-1	-4	-1
count	abcabcabc	a	-1	-4	0
startswith	abcabcabc	a	-1	-4	0
endswith	abcabcabc	a	-1	-4	0
find	abcabcabc	a	-3	0	-1
rfind	abcabcabc	a	-3	0	-1
count	abcabcabc	a	-3	0	0
startswith	abcabcabc	a	-3	0	0
endswith	abcabcabc	a	-3	0	0
find	abcabcabc	a	-3	5	-1
rfind	abcabcabc	a	-3	5	-1
count	abcabcabc	a	-3	5	0
startswith	abcabcabc	a	-3	5	0
endswith	abcabcabc	a	-3	5	0
find	abcabcabc	a	-3	-1	6
rfind	abcabcabc	a	-3	-1	6
count	abcabcabc	a	-3	-1	1
startswith	abcabcabc	a	-3	-1	1
endswith	abcabcabc	a	-3	-1	0
find	abcabcabc	a	-3	-4	-1
rfind	abcabcabc	a	-3	-4	-1
count	abcabcabc	a	-3	-4	0
startswith	abcabcabc	a	-3	-4	0
endswith	abcabcabc	a	-3	-4	0
find	abcabcabc	abc	\N	-4	0
rfind	abcabcabc	abc	\N	-4	0
count	abcabcabc	abc	\N	-4	1
startswith	abcabcabc	abc	\N	-4	1
endswith	abcabcabc	abc	\N	-4	0
find	abcabcabc	abc	0	5	0
rfind	abcabcabc	abc	0	5	0
count	abcabcabc	abc	0	5	1
startswith	abcabcabc	abc	0	5	1
endswith	abcabcabc	abc	0	5	0
find	abcabcabc	abc	0	-1	0
rfind	abcabcabc	abc	0	-1	3
count	abcabcabc	abc	0	-1	2
startswith	abcabcabc	abc	0	-1	1
endswith	abcabcabc	abc	0	-1	0
find	abcabcabc	abc	1	\N	3
rfind	abcabcabc	abc	1	\N	6
count	abcabcabc	abc	1	\N	2
startswith	abcabcabc	abc	1	\N	0
endswith	abcabcabc	abc	1	\N	1
find	abcabcabc	abc	1	-1	3
rfind	abcabcabc	abc	1	-1	3
count	abcabcabc	abc	1	-1	1
startswith	abcabcabc	abc	1	-1	0
endswith	abcabcabc	abc	1	-1	0
find	abcabcabc	abc	2	100	3
rfind	abcabcabc	abc	2	100	6
count	abcabcabc	abc	2	100	2
startswith	abcabcabc	abc	2	100	0
endswith	abcabcabc	abc	2	100	1
find	abcabcabc	abc	3	-4	-1
rfind	abcabcabc	abc	3	-4	-1
count	abcabcabc	abc	3	-4	0
startswith	abcabcabc	abc	3	-4	0
endswith	abcabcabc	abc	3	-4	0
find	abcabcabc	abc	10	2	-1
rfind	abcabcabc	abc	10	2	-1
count	abcabcabc	abc	10	2	0
startswith	abcabcabc	abc	10	2	0
endswith	abcabcabc	abc	10	2	0
find	abcabcabc	abc	100	0	-1
rfind	abcabcabc	abc	100	0	-1
count	abcabcabc	abc	100	0	0
startswith	abcabcabc	abc	100	0	0
endswith	abcabcabc	abc	100	0	0
find	abcabcabc	abc	100	2	-1
rfind	abcabcabc	abc	100	2	-1
count	abcabcabc	abc	100	2	0
startswith	abcabcabc	abc	100	2	0
endswith	abcabcabc	abc	100	2	0
find	abcabcabc	abc	100	100	-1
rfind	abcabcabc	abc	100	100	-1
count	abcabcabc	abc	100	100	0
startswith	abcabcabc	abc	100	100	0
endswith	abcabcabc	abc	100	100	0
find	abcabcabc	abc	-1	\N	-1
rfind	abcabcabc	abc	-1	\N	-1
count	abcabcabc	abc	-1	\N	0
startswith	abcabcabc	abc	-1	\N	0
endswith	abcabcabc	abc	-1	\N	0
find	abcabcabc	abc	-3	2	-1
rfind	abcabcabc	abc	-3	2	-1
count	abcabcabc	abc	-3	2	0
startswith	abcabcabc	abc	-3	2	0
endswith	abcabcabc	abc	-3	2	0
find	abcabcabc	abc	-100	100	0
rfind	abcabcabc	abc	-100	100	6
count	abcabcabc	abc	-100	100	3
startswith	abcabcabc	abc	-100	100	1
endswith	abcabcabc	abc	-100	100	1
find	abcabcabc	c	\N	0	-1
rfind	abcabcabc	c	\N	0	-1
count	abcabcabc	c	\N	0	0
startswith	abcabcabc	c	\N	0	0
endswith	abcabcabc	c	\N	0	0
find	abcabcabc	c	\N	2	-1
rfind	abcabcabc	c	\N	2	-1
count	abcabcabc	c	\N	2	0
startswith	abcabcabc	c	\N	2	0
endswith	abcabcabc	c	\N	2	0
find	abcabcabc	c	3	5	-1
rfind	abcabcabc	c	3	5	-1
count	abcabcabc	c	3	5	0
startswith	abcabcabc	c	3	5	0
endswith	abcabcabc	c	3	5	0
find	abcabcabc	c	3	-1	5
rfind	abcabcabc	c	3	-1	5
count	abcabcabc	c	3	-1	1
startswith	abcabcabc	c	3	-1	0
endswith	abcabcabc	c	3	-1	0
find	abcabcabc	c	3	100	5
rfind	abcabcabc	c	3	100	8
count	abcabcabc	c	3	100	2
startswith	abcabcabc	c	3	100	0
endswith	abcabcabc	c	3	100	1
find	abcabcabc	c	10	\N	-1
rfind	abcabcabc	c	10	\N	-1
count	abcabcabc	c	10	\N	0
startswith	abcabcabc	c	10	\N	0
endswith	abcabcabc	c	10	\N	0
find	abcabcabc	c	100	2	-1
rfind	abcabcabc	c	100	2	-1
count	abcabcabc	c	100	2	0
startswith	abcabcabc	c	100	2	0
endswith	abcabcabc	c	100	2	0
find	abcabcabc	c	-3	2	-1
rfind	abcabcabc	c	-3	2	-1
count	abcabcabc	c	-3	2	0
startswith	abcabcabc	c	-3	2	0
endswith	abcabcabc	c	-3	2	0
find	abcabcabc	\u{E9}	0	2	-1
rfind	abcabcabc	\u{E9}	0	2	-1
count	abcabcabc	\u{E9}	0	2	0
startswith	abcabcabc	\u{E9}	0	2	0
endswith	abcabcabc	\u{E9}	0	2	0
find	abcabcabc	\u{E9}	0	100	-1
rfind	abcabcabc	\u{E9}	0	100	-1
count	abcabcabc	\u{E9}	0	100	0
startswith	abcabcabc	\u{E9}	0	100	0
endswith	abcabcabc	\u{E9}	0	100	0
find	abcabcabc	\u{E9}	1	-1	-1
rfind	abcabcabc	\u{E9}	1	-1	-1
count	abcabcabc	\u{E9}	1	-1	0
startswith	abcabcabc	\u{E9}	1	-1	0
endswith	abcabcabc	\u{E9}	1	-1	0
find	abcabcabc	\u{E9}	2	\N	-1
rfind	abcabcabc	\u{E9}	2	\N	-1
count	abcabcabc	\u{E9}	2	\N	0
startswith	abcabcabc	\u{E9}	2	\N	0
endswith	abcabcabc	\u{E9}	2	\N	0
find	abcabcabc	\u{E9}	3	\N	-1
rfind	abcabcabc	\u{E9}	3	\N	-1
count	abcabcabc	\u{E9}	3	\N	0
startswith	abcabcabc	\u{E9}	3	\N	0
endswith	abcabcabc	\u{E9}	3	\N	0
find	abcabcabc	\u{E9}	3	100	-1
rfind	abcabcabc	\u{E9}	3	100	-1
count	abcabcabc	\u{E9}	3	100	0
startswith	abcabcabc	\u{E9}	3	100	0
endswith	abcabcabc	\u{E9}	3	100	0
find	abcabcabc	\u{E9}	5	-4	-1
rfind	abcabcabc	\u{E9}	5	-4	-1
count	abcabcabc	\u{E9}	5	-4	0
startswith	abcabcabc	\u{E9}	5	-4	0
endswith	abcabcabc	\u{E9}	5	-4	0
find	abcabcabc	\u{E9}	9	-4	-1
rfind	abcabcabc	\u{E9}	9	-4	-1
count	abcabcabc	\u{E9}	9	-4	0
startswith	abcabcabc	\u{E9}	9	-4	0
endswith	abcabcabc	\u{E9}	9	-4	0
find	abcabcabc	\u{E9}	100	2	-1
rfind	abcabcabc	\u{E9}	100	2	-1
count	abcabcabc	\u{E9}	100	2	0
startswith	abcabcabc	\u{E9}	100	2	0
endswith	abcabcabc	\u{E9}	100	2	0
find	abcabcabc	\u{E9}	-3	2	-1
rfind	abcabcabc	\u{E9}	-3	2	-1
count	abcabcabc	\u{E9}	-3	2	0
startswith	abcabcabc	\u{E9}	-3	2	0
endswith	abcabcabc	\u{E9}	-3	2	0
find	abcabcabc	aa	\N	-1	-1
rfind	abcabcabc	aa	\N	-1	-1
count	abcabcabc	aa	\N	-1	0
startswith	abcabcabc	aa	\N	-1	0
endswith	abcabcabc	aa	\N	-1	0
find	abcabcabc	aa	0	\N	-1
rfind	abcabcabc	aa	0	\N	-1
count	abcabcabc	aa	0	\N	0
startswith	abcabcabc	aa	0	\N	0
endswith	abcabcabc	aa	0	\N	0
find	abcabcabc	aa	0	5	-1
rfind	abcabcabc	aa	0	5	-1
count	abcabcabc	aa	0	5	0
startswith	abcabcabc	aa	0	5	0
endswith	abcabcabc	aa	0	5	0
find	abcabcabc	aa	0	-1	-1
rfind	abcabcabc	aa	0	-1	-1
count	abcabcabc	aa	0	-1	0
startswith	abcabcabc	aa	0	-1	0
endswith	abcabcabc	aa	0	-1	0
find	abcabcabc	aa	1	-1	-1
rfind	abcabcabc	aa	1	-1	-1
count	abcabcabc	aa	1	-1	0
startswith	abcabcabc	aa	1	-1	0
endswith	abcabcabc	aa	1	-1	0
find	abcabcabc	aa	9	-1	-1
rfind	abcabcabc	aa	9	-1	-1
count	abcabcabc	aa	9	-1	0
startswith	abcabcabc	aa	9	-1	0
endswith	abcabcabc	aa	9	-1	0
find	abcabcabc	aa	9	-4	-1
rfind	abcabcabc	aa	9	-4	-1
count	abcabcabc	aa	9	-4	0
startswith	abcabcabc	aa	9	-4	0
endswith	abcabcabc	aa	9	-4	0
find	abcabcabc	aa	10	0	-1
rfind	abcabcabc	aa	10	0	-1
count	abcabcabc	aa	10	0	0
startswith	abcabcabc	aa	10	0	0
endswith	abcabcabc	aa	10	0	0
find	abcabcabc	aa	100	\N	-1
rfind	abcabcabc	aa	100	\N	-1
count	abcabcabc	aa	100	\N	0
startswith	abcabcabc	aa	100	\N	0
endswith	abcabcabc	aa	100	\N	0
find	abcabcabc	aa	100	2	-1
rfind	abcabcabc	aa	100	2	-1
count	abcabcabc	aa	100	2	0
startswith	abcabcabc	aa	100	2	0
endswith	abcabcabc	aa	100	2	0
find	abcabcabc	aa	-1	0	-1
rfind	abcabcabc	aa	-1	0	-1
count	abcabcabc	aa	-1	0	0
startswith	abcabcabc	aa	-1	0	0
endswith	abcabcabc	aa	-1	0	0
find	abcabcabc	aa	-3	-1	-1
rfind	abcabcabc	aa	-3	-1	-1
count	abcabcabc	aa	-3	-1	0
startswith	abcabcabc	aa	-3	-1	0
endswith	abcabcabc	aa	-3	-1	0
find	abcabcabc	aa	-3	100	-1
rfind	abcabcabc	aa	-3	100	-1
count	abcabcabc	aa	-3	100	0
startswith	abcabcabc	aa	-3	100	0
endswith	abcabcabc	aa	-3	100	0
find	abcabcabc	\u{1F600}a	\N	\N	-1
rfind	abcabcabc	\u{1F600}a	\N	\N	-1
count	abcabcabc	\u{1F600}a	\N	\N	0
startswith	abcabcabc	\u{1F600}a	\N	\N	0
endswith	abcabcabc	\u{1F600}a	\N	\N	0
find	abcabcabc	\u{1F600}a	\N	0	-1
rfind	abcabcabc	\u{1F600}a	\N	0	-1
count	abcabcabc	\u{1F600}a	\N	0	0
startswith	abcabcabc	\u{1F600}a	\N	0	0
endswith	abcabcabc	\u{1F600}a	\N	0	0
find	abcabcabc	\u{1F600}a	1	5	-1
rfind	abcabcabc	\u{1F600}a	1	5	-1
count	abcabcabc	\u{1F600}a	1	5	0
startswith	abcabcabc	\u{1F600}a	1	5	0
endswith	abcabcabc	\u{1F600}a	1	5	0
find	abcabcabc	\u{1F600}a	2	\N	-1
rfind	abcabcabc	\u{1F600}a	2	\N	-1
count	abcabcabc	\u{1F600}a	2	\N	0
startswith	abcabcabc	\u{1F600}a	2	\N	0
endswith	abcabcabc	\u{1F600}a	2	\N	0
find	abcabcabc	\u{1F600}a	2	0	-1
rfind	abcabcabc	\u{1F600}a	2	0	-1
count	abcabcabc	\u{1F600}a	2	0	0
startswith	abcabcabc	\u{1F600}a	2	0	0
endswith	abcabcabc	\u{1F600}a	2	0	0
find	abcabcabc	\u{1F600}a	2	-1	-1
rfind	abcabcabc	\u{1F600}a	2	-1	-1
count	abcabcabc	\u{1F600}a	2	-1	0
startswith	abcabcabc	\u{1F600}a	2	-1	0
endswith	abcabcabc	\u{1F600}a	2	-1	0
find	abcabcabc	\u{1F600}a	3	2	-1
rfind	abcabcabc	\u{1F600}a	3	2	-1
count	abcabcabc	\u{1F600}a	3	2	0
startswith	abcabcabc	\u{1F600}a	3	2	0
endswith	abcabcabc	\u{1F600}a	3	2	0
find	abcabcabc	\u{1F600}a	3	5	-1
rfind	abcabcabc	\u{1F600}a	3	5	-1
count	abcabcabc	\u{1F600}a	3	5	0
startswith	abcabcabc	\u{1F600}a	3	5	0
endswith	abcabcabc	\u{1F600}a	3	5	0
find	abcabcabc	\u{1F600}a	5	-1	-1
rfind	abcabcabc	\u{1F600}a	5	-1	-1
count	abcabcabc	\u{1F600}a	5	-1	0
startswith	abcabcabc	\u{1F600}a	5	-1	0
endswith	abcabcabc	\u{1F600}a	5	-1	0
find	abcabcabc	\u{1F600}a	10	2	-1
rfind	abcabcabc	\u{1F600}a	10	2	-1
count	abcabcabc	\u{1F600}a	10	2	0
startswith	abcabcabc	\u{1F600}a	10	2	0
endswith	abcabcabc	\u{1F600}a	10	2	0
find	abcabcabc	\u{1F600}a	10	100	-1
rfind	abcabcabc	\u{1F600}a	10	100	-1
count	abcabcabc	\u{1F600}a	10	100	0
startswith	abcabcabc	\u{1F600}a	10	100	0
endswith	abcabcabc	\u{1F600}a	10	100	0
find	abcabcabc	\u{1F600}a	100	\N	-1
rfind	abcabcabc	\u{1F600}a	100	\N	-1
count	abcabcabc	\u{1F600}a	100	\N	0
startswith	abcabcabc	\u{1F600}a	100	\N	0
endswith	abcabcabc	\u{1F600}a	100	\N	0
find	abcabcabc	\u{1F600}a	100	-1	-1
rfind	abcabcabc	\u{1F600}a	100	-1	-1
count	abcabcabc	\u{1F600}a	100	-1	0
startswith	abcabcabc	\u{1F600}a	100	-1	0
endswith	abcabcabc	\u{1F600}a	100	-1	0
find	abcabcabc	\u{1F600}a	-1	5	-1
rfind	abcabcabc	\u{1F600}a	-1	5	-1
count	abcabcabc	\u{1F600}a	-1	5	0
startswith	abcabcabc	\u{1F600}a	-1	5	0
endswith	abcabcabc	\u{1F600}a	-1	5	0
find	abcabcabc	\u{1F600}a	-3	\N	-1
rfind	abcabcabc	\u{1F600}a	-3	\N	-1
count	abcabcabc	\u{1F600}a	-3	\N	0
startswith	abcabcabc	\u{1F600}a	-3	\N	0
endswith	abcabcabc	\u{1F600}a	-3	\N	0
find	abcabcabc	\u{1F600}a	-3	0	-1
rfind	abcabcabc	\u{1F600}a	-3	0	-1
count	abcabcabc	\u{1F600}a	-3	0	0
startswith	abcabcabc	\u{1F600}a	-3	0	0
endswith	abcabcabc	\u{1F600}a	-3	0	0
find	abcabcabc	\u{1F600}a	-3	2	-1
rfind	abcabcabc	\u{1F600}a	-3	2	-1
count	abcabcabc	\u{1F600}a	-3	2	0
startswith	abcabcabc	\u{1F600}a	-3	2	0
endswith	abcabcabc	\u{1F600}a	-3	2	0
find	abcabcabc	\u{1F600}a	-3	100	-1
rfind	abcabcabc	\u{1F600}a	-3	100	-1
count	abcabcabc	\u{1F600}a	-3	100	0
startswith	abcabcabc	\u{1F600}a	-3	100	0
endswith	abcabcabc	\u{1F600}a	-3	100	0
find	abcabcabc	\u{1F600}a	-100	-4	-1
rfind	abcabcabc	\u{1F600}a	-100	-4	-1
count	abcabcabc	\u{1F600}a	-100	-4	0
startswith	abcabcabc	\u{1F600}a	-100	-4	0
endswith	abcabcabc	\u{1F600}a	-100	-4	0
find	abcabcabc	zz	\N	-1	-1
rfind	abcabcabc	zz	\N	-1	-1
count	abcabcabc	zz	\N	-1	0
startswith	abcabcabc	zz	\N	-1	0
endswith	abcabcabc	zz	\N	-1	0
find	abcabcabc	zz	\N	-4	-1
rfind	abcabcabc	zz	\N	-4	-1
count	abcabcabc	zz	\N	-4	0
startswith	abcabcabc	zz	\N	-4	0
endswith	abcabcabc	zz	\N	-4	0
find	abcabcabc	zz	\N	100	-1
rfind	abcabcabc	zz	\N	100	-1
count	abcabcabc	zz	\N	100	0
startswith	abcabcabc	zz	\N	100	0
endswith	abcabcabc	zz	\N	100	0
find	abcabcabc	zz	0	\N	-1
rfind	abcabcabc	zz	0	\N	-1
count	abcabcabc	zz	0	\N	0
startswith	abcabcabc	zz	0	\N	0
endswith	abcabcabc	zz	0	\N	0
find	abcabcabc	zz	0	0	-1
rfind	abcabcabc	zz	0	0	-1
count	abcabcabc	zz	0	0	0
startswith	abcabcabc	zz	0	0	0
endswith	abcabcabc	zz	0	0	0
find	abcabcabc	zz	0	-4	-1
rfind	abcabcabc	zz	0	-4	-1
count	abcabcabc	zz	0	-4	0
startswith	abcabcabc	zz	0	-4	0
endswith	abcabcabc	zz	0	-4	0
find	abcabcabc	zz	1	0	-1
rfind	abcabcabc	zz	1	0	-1
count	abcabcabc	zz	1	0	0
startswith	abcabcabc	zz	1	0	0
endswith	abcabcabc	zz	1	0	0
find	abcabcabc	zz	1	-1	-1
rfind	abcabcabc	zz	1	-1	-1
count	abcabcabc	zz	1	-1	0
startswith	abcabcabc	zz	1	-1	0
endswith	abcabcabc	zz	1	-1	0
find	abcabcabc	zz	1	-4	-1
rfind	abcabcabc	zz	1	-4	-1
count	abcabcabc	zz	1	-4	0
startswith	abcabcabc	zz	1	-4	0
endswith	abcabcabc	zz	1	-4	0
find	abcabcabc	zz	2	-4	-1
rfind	abcabcabc	zz	2	-4	-1
count	abcabcabc	zz	2	-4	0
startswith	abcabcabc	zz	2	-4	0
endswith	abcabcabc	zz	2	-4	0
find	abcabcabc	zz	3	0	-1
rfind	abcabcabc	zz	3	0	-1
count	abcabcabc	zz	3	0	0
startswith	abcabcabc	zz	3	0	0
endswith	abcabcabc	zz	3	0	0
find	abcabcabc	zz	9	2	-1
rfind	abcabcabc	zz	9	2	-1
count	abcabcabc	zz	9	2	0
startswith	abcabcabc	zz	9	2	0
endswith	abcabcabc	zz	9	2	0
find	abcabcabc	zz	9	-1	-1
rfind	abcabcabc	zz	9	-1	-1
count	abcabcabc	zz	9	-1	0
startswith	abcabcabc	zz	9	-1	0
endswith	abcabcabc	zz	9	-1	0
find	abcabcabc	zz	10	0	-1
rfind	abcabcabc	zz	10	0	-1
count	abcabcabc	zz	10	0	0
startswith	abcabcabc	zz	10	0	0
endswith	abcabcabc	zz	10	0	0
find	abcabcabc	zz	10	2	-1
rfind	abcabcabc	zz	10	2	-1
count	abcabcabc	zz	10	2	0
startswith	abcabcabc	zz	10	2	0
endswith	abcabcabc	zz	10	2	0
find	abcabcabc	zz	10	5	-1
rfind	abcabcabc	zz	10	5	-1
count	abcabcabc	zz	10	5	0
startswith	abcabcabc	zz	10	5	0
endswith	abcabcabc	zz	10	5	0
find	abcabcabc	zz	-1	100	-1
rfind	abcabcabc	zz	-1	100	-1
count	abcabcabc	zz	-1	100	0
startswith	abcabcabc	zz	-1	100	0
endswith	abcabcabc	zz	-1	100	0
find	abcabcabc	zz	-3	-4	-1
rfind	abcabcabc	zz	-3	-4	-1
count	abcabcabc	zz	-3	-4	0
startswith	abcabcabc	zz	-3	-4	0
endswith	abcabcabc	zz	-3	-4	0
find	abcabcabc	zz	-100	-1	-1
rfind	abcabcabc	zz	-100	-1	-1
count	abcabcabc	zz	-100	-1	0
startswith	abcabcabc	zz	-100	-1	0
endswith	abcabcabc	zz	-100	-1	0
find	caf\u{E9} caf\u{E9}		0	-1	0
rfind	caf\u{E9} caf\u{E9}		0	-1	8
count	caf\u{E9} caf\u{E9}		0	-1	9
startswith	caf\u{E9} caf\u{E9}		0	-1	1
endswith	caf\u{E9} caf\u{E9}		0	-1	1
find	caf\u{E9} caf\u{E9}		1	100	1
rfind	caf\u{E9} caf\u{E9}		1	100	9
count	caf\u{E9} caf\u{E9}		1	100	9
startswith	caf\u{E9} caf\u{E9}		1	100	1
endswith	caf\u{E9} caf\u{E9}		1	100	1
find	caf\u{E9} caf\u{E9}		2	0	-1
rfind	caf\u{E9} caf\u{E9}		2	0	-1
count	caf\u{E9} caf\u{E9}		2	0	0
startswith	caf\u{E9} caf\u{E9}		2	0	0
endswith	caf\u{E9} caf\u{E9}		2	0	0
find	caf\u{E9} caf\u{E9}		3	0	-1
rfind	caf\u{E9} caf\u{E9}		3	0	-1
count	caf\u{E9} caf\u{E9}		3	0	0
startswith	caf\u{E9} caf\u{E9}		3	0	0
endswith	caf\u{E9} caf\u{E9}		3	0	0
find	caf\u{E9} caf\u{E9}		3	100	3
rfind	caf\u{E9} caf\u{E9}		3	100	9
count	caf\u{E9} caf\u{E9}		3	100	7
startswith	caf\u{E9} caf\u{E9}		3	100	1
endswith	caf\u{E9} caf\u{E9}		3	100	1
find	caf\u{E9} caf\u{E9}		5	2	-1
rfind	caf\u{E9} caf\u{E9}		5	2	-1
count	caf\u{E9} caf\u{E9}		5	2	0
startswith	caf\u{E9} caf\u{E9}		5	2	0
endswith	caf\u{E9} caf\u{E9}		5	2	0
find	caf\u{E9} caf\u{E9}		10	\N	-1
rfind	caf\u{E9} caf\u{E9}		10	\N	-1
count	caf\u{E9} caf\u{E9}		10	\N	0
startswith	caf\u{E9} caf\u{E9}		10	\N	0
endswith	caf\u{E9} caf\u{E9}		10	\N	0
find	caf\u{E9} caf\u{E9}		10	2	-1
rfind	caf\u{E9} caf\u{E9}		10	2	-1
count	caf\u{E9} caf\u{E9}		10	2	0
startswith	caf\u{E9} caf\u{E9}		10	2	0
endswith	caf\u{E9} caf\u{E9}		10	2	0
find	caf\u{E9} caf\u{E9}		100	2	-1
rfind	caf\u{E9} caf\u{E9}		100	2	-1
count	caf\u{E9} caf\u{E9}		100	2	0
startswith	caf\u{E9} caf\u{E9}		100	2	0
endswith	caf\u{E9} caf\u{E9}		100	2	0
find	caf\u{E9} caf\u{E9}		100	-1	-1
rfind	caf\u{E9} caf\u{E9}		100	-1	-1
count	caf\u{E9} caf\u{E9}		100	-1	0
startswith	caf\u{E9} caf\u{E9}		100	-1	0
endswith	caf\u{E9} caf\u{E9}		100	-1	0
find	caf\u{E9} caf\u{E9}		-1	100	8
rfind	caf\u{E9} caf\u{E9}		-1	100	9
count	caf\u{E9} caf\u{E9}		-1	100	2
startswith	caf\u{E9} caf\u{E9}		-1	100	1
endswith	caf\u{E9} caf\u{E9}		-1	100	1
find	caf\u{E9} caf\u{E9}	a	\N	-4	1
rfind	caf\u{E9} caf\u{E9}	a	\N	-4	1
count	caf\u{E9} caf\u{E9}	a	\N	-4	1
startswith	caf\u{E9} caf\u{E9}	a	\N	-4	0
endswith	caf\u{E9} caf\u{E9}	a	\N	-4	0
find	caf\u{E9} caf\u{E9}	a	0	5	1
rfind	caf\u{E9} caf\u{E9}	a	0	5	1
count	caf\u{E9} caf\u{E9}	a	0	5	1
startswith	caf\u{E9} caf\u{E9}	a	0	5	0
endswith	caf\u{E9} caf\u{E9}	a	0	5	0
find	caf\u{E9} caf\u{E9}	a	1	5	1
rfind	caf\u{E9} caf\u{E9}	a	1	5	1
count	caf\u{E9} caf\u{E9}	a	1	5	1
startswith	caf\u{E9} caf\u{E9}	a	1	5	1
endswith	caf\u{E9} caf\u{E9}	a	1	5	0
find	caf\u{E9} caf\u{E9}	a	3	\N	6
rfind	caf\u{E9} caf\u{E9}	a	3	\N	6
count	caf\u{E9} caf\u{E9}	a	3	\N	1
startswith	caf\u{E9} caf\u{E9}	a	3	\N	0
endswith	caf\u{E9} caf\u{E9}	a	3	\N	0
find	caf\u{E9} caf\u{E9}	a	3	-1	6
rfind	caf\u{E9} caf\u{E9}	a	3	-1	6
count	caf\u{E9} caf\u{E9}	a	3	-1	1
startswith	caf\u{E9} caf\u{E9}	a	3	-1	0
endswith	caf\u{E9} caf\u{E9}	a	3	-1	0
find	caf\u{E9} caf\u{E9}	a	5	2	-1
rfind	caf\u{E9} caf\u{E9}	a	5	2	-1
count	caf\u{E9} caf\u{E9}	a	5	2	0
startswith	caf\u{E9} caf\u{E9}	a	5	2	0
endswith	caf\u{E9} caf\u{E9}	a	5	2	0
find	caf\u{E9} caf\u{E9}	a	5	5	-1
rfind	caf\u{E9} caf\u{E9}	a	5	5	-1
count	caf\u{E9} caf\u{E9}	a	5	5	0
startswith	caf\u{E9} caf\u{E9}	a	5	5	0
endswith	caf\u{E9} caf\u{E9}	a	5	5	0
find	caf\u{E9} caf\u{E9}	a	5	-1	6
rfind	caf\u{E9} caf\u{E9}	a	5	-1	6
count	caf\u{E9} caf\u{E9}	a	5	-1	1
startswith	caf\u{E9} caf\u{E9}	a	5	-1	0
endswith	caf\u{E9} caf\u{E9}	a	5	-1	0
find	caf\u{E9} caf\u{E9}	a	9	2	-1
rfind	caf\u{E9} caf\u{E9}	a	9	2	-1
count	caf\u{E9} caf\u{E9}	a	9	2	0
startswith	caf\u{E9} caf\u{E9}	a	9	2	0
endswith	caf\u{E9} caf\u{E9}	a	9	2	0
find	caf\u{E9} caf\u{E9}	a	9	5	-1
rfind	caf\u{E9} caf\u{E9}	a	9	5	-1
count	caf\u{E9} caf\u{E9}	a	9	5	0
startswith	caf\u{E9} caf\u{E9}	a	9	5	0
endswith	caf\u{E9} caf\u{E9}	a	9	5	0
find	caf\u{E9} caf\u{E9}	a	9	100	-1
rfind	caf\u{E9} caf\u{E9}	a	9	100	-1
count	caf\u{E9} caf\u{E9}	a	9	100	0
startswith	caf\u{E9} caf\u{E9}	a	9	100	0
endswith	caf\u{E9} caf\u{E9}	a	9	100	0
find	caf\u{E9} caf\u{E9}	a	10	2	-1
rfind	caf\u{E9} caf\u{E9}	a	10	2	-1
count	caf\u{E9} caf\u{E9}	a	10	2	0
startswith	caf\u{E9} caf\u{E9}	a	10	2	0
endswith	caf\u{E9} caf\u{E9}	a	10	2	0
find	caf\u{E9} caf\u{E9}	a	10	-1	-1
rfind	caf\u{E9} caf\u{E9}	a	10	-1	-1
count	caf\u{E9} caf\u{E9}	a	10	-1	0
startswith	caf\u{E9} caf\u{E9}	a	10	-1	0
endswith	caf\u{E9} caf\u{E9}	a	10	-1	0
find	caf\u{E9} caf\u{E9}	a	10	-4	-1
rfind	caf\u{E9} caf\u{E9}	a	10	-4	-1
count	caf\u{E9} caf\u{E9}	a	10	-4	0
startswith	caf\u{E9} caf\u{E9}	a	10	-4	0
endswith	caf\u{E9} caf\u{E9}	a	10	-4	0
find	caf\u{E9} caf\u{E9}	a	100	-1	-1
rfind	caf\u{E9} caf\u{E9}	a	100	-1	-1
count	caf\u{E9} caf\u{E9}	a	100	-1	0
startswith	caf\u{E9} caf\u{E9}	a	100	-1	0
endswith	caf\u{E9} caf\u{E9}	a	100	-1	0
find	caf\u{E9} caf\u{E9}	a	-3	-1	6
rfind	caf\u{E9} caf\u{E9}	a	-3	-1	6
count	caf\u{E9} caf\u{E9}	a	-3	-1	1
startswith	caf\u{E9} caf\u{E9}	a	-3	-1	1
endswith	caf\u{E9} caf\u{E9}	a	-3	-1	0
find	caf\u{E9} caf\u{E9}	a	-3	100	6
rfind	caf\u{E9} caf\u{E9}	a	-3	100	6
count	caf\u{E9} caf\u{E9}	a	-3	100	1
startswith	caf\u{E9} caf\u{E9}	a	-3	100	1
endswith	caf\u{E9} caf\u{E9}	a	-3	100	0
find	caf\u{E9} caf\u{E9}	a	-100	0	-1
rfind	caf\u{E9} caf\u{E9}	a	-100	0	-1
count	caf\u{E9} caf\u{E9}	a	-100	0	0
startswith	caf\u{E9} caf\u{E9}	a	-100	0	0
endswith	caf\u{E9} caf\u{E9}	a	-100	0	0
find	caf\u{E9} caf\u{E9}	a	-100	5	1
rfind	caf\u{E9} caf\u{E9}	a	-100	5	1
count	caf\u{E9} caf\u{E9}	a	-100	5	1
startswith	caf\u{E9} caf\u{E9}	a	-100	5	0
endswith	caf\u{E9} caf\u{E9}	a	-100	5	0
find	caf\u{E9} caf\u{E9}	a	-100	-1	1
rfind	caf\u{E9} caf\u{E9}	a	-100	-1	6
count	caf\u{E9} caf\u{E9}	a	-100	-1	2
startswith	caf\u{E9} caf\u{E9}	a	-100	-1	0
endswith	caf\u{E9} caf\u{E9}	a	-100	-1	0
find	caf\u{E9} caf\u{E9}	abc	\N	-4	-1
rfind	caf\u{E9} caf\u{E9}	abc	\N	-4	-1
count	caf\u{E9} caf\u{E9}	abc	\N	-4	0
startswith	caf\u{E9} caf\u{E9}	abc	\N	-4	0
endswith	caf\u{E9} caf\u{E9}	abc	\N	-4	0
find	caf\u{E9} caf\u{E9}	abc	0	-4	-1
rfind	caf\u{E9} caf\u{E9}	abc	0	-4	-1
count	caf\u{E9} caf\u{E9}	abc	0	-4	0
startswith	caf\u{E9} caf\u{E9}	abc	0	-4	0
endswith	caf\u{E9} caf\u{E9}	abc	0	-4	0
find	caf\u{E9} caf\u{E9}	abc	1	\N	-1
rfind	caf\u{E9} caf\u{E9}	abc	1	\N	-1
count	caf\u{E9} caf\u{E9}	abc	1	\N	0
startswith	caf\u{E9} caf\u{E9}	abc	1	\N	0
endswith	caf\u{E9} caf\u{E9}	abc	1	\N	0
find	caf\u{E9} caf\u{E9}	abc	3	2	-1
rfind	caf\u{E9} caf\u{E9}	abc	3	2	-1
count	caf\u{E9} caf\u{E9}	abc	3	2	0
startswith	caf\u{E9} caf\u{E9}	abc	3	2	0
endswith	caf\u{E9} caf\u{E9}	abc	3	2	0
find	caf\u{E9} caf\u{E9}	abc	5	2	-1
rfind	caf\u{E9} caf\u{E9}	abc	5	2	-1
count	caf\u{E9} caf\u{E9}	abc	5	2	0
startswith	caf\u{E9} caf\u{E9}	abc	5	2	0
endswith	caf\u{E9} caf\u{E9}	abc	5	2	0
find	caf\u{E9} caf\u{E9}	abc	5	5	-1
rfind	caf\u{E9} caf\u{E9}	abc	5	5	-1
count	caf\u{E9} caf\u{E9}	abc	5	5	0
startswith	caf\u{E9} caf\u{E9}	abc	5	5	0
endswith	caf\u{E9} caf\u{E9}	abc	5	5	0
find	caf\u{E9} caf\u{E9}	abc	9	100	-1
rfind	caf\u{E9} caf\u{E9}	abc	9	100	-1
count	caf\u{E9} caf\u{E9}	abc	9	100	0
startswith	caf\u{E9} caf\u{E9}	abc	9	100	0
endswith	caf\u{E9} caf\u{E9}	abc	9	100	0
find	caf\u{E9} caf\u{E9}	abc	10	5	-1
rfind	caf\u{E9} caf\u{E9}	abc	10	5	-1
count	caf\u{E9} caf\u{E9}	abc	10	5	0
startswith	caf\u{E9} caf\u{E9}	abc	10	5	0
endswith	caf\u{E9} caf\u{E9}	abc	10	5	0
find	caf\u{E9} caf\u{E9}	abc	-1	\N	-1
rfind	caf\u{E9} caf\u{E9}	abc	-1	\N	-1
count	caf\u{E9} caf\u{E9}	abc	-1	\N	0
startswith	caf\u{E9} caf\u{E9}	abc	-1	\N	0
endswith	caf\u{E9} caf\u{E9}	abc	-1	\N	0
find	caf\u{E9} caf\u{E9}	abc	-1	0	-1
rfind	caf\u{E9} caf\u{E9}	abc	-1	0	-1
count	caf\u{E9} caf\u{E9}	abc	-1	0	0
startswith	caf\u{E9} caf\u{E9}	abc	-1	0	0
endswith	caf\u{E9} caf\u{E9}	abc	-1	0	0
find	caf\u{E9} caf\u{E9}	abc	-1	100	-1
rfind	caf\u{E9} caf\u{E9}	abc	-1	100	-1
count	caf\u{E9} caf\u{E9}	abc	-1	100	0
startswith	caf\u{E9} caf\u{E9}	abc	-1	100	0
endswith	caf\u{E9} caf\u{E9}	abc	-1	100	0
find	caf\u{E9} caf\u{E9}	abc	-3	2	-1
rfind	caf\u{E9} caf\u{E9}	abc	-3	2	-1
count	caf\u{E9} caf\u{E9}	abc	-3	2	0
startswith	caf\u{E9} caf\u{E9}	abc	-3	2	0
endswith	caf\u{E9} caf\u{E9}	abc	-3	2	0
find	caf\u{E9} caf\u{E9}	abc	-100	-1	-1
rfind	caf\u{E9} caf\u{E9}	abc	-100	-1	-1
count	caf\u{E9} caf\u{E9}	abc	-100	-1	0
startswith	caf\u{E9} caf\u{E9}	abc	-100	-1	0
endswith	caf\u{E9} caf\u{E9}	abc	-100	-1	0
find	caf\u{E9} caf\u{E9}	c	\N	\N	0
rfind	caf\u{E9} caf\u{E9}	c	\N	\N	5
count	caf\u{E9} caf\u{E9}	c	\N	\N	2
startswith	caf\u{E9} caf\u{E9}	c	\N	\N	1
endswith	caf\u{E9} caf\u{E9}	c	\N	\N	0
find	caf\u{E9} caf\u{E9}	c	\N	2	0
rfind	caf\u{E9} caf\u{E9}	c	\N	2	0
count	caf\u{E9} caf\u{E9}	c	\N	2	1
startswith	caf\u{E9} caf\u{E9}	c	\N	2	1
endswith	caf\u{E9} caf\u{E9}	c	\N	2	0
find	caf\u{E9} caf\u{E9}	c	0	100	0
rfind	caf\u{E9} caf\u{E9}	c	0	100	5
count	caf\u{E9} caf\u{E9}	c	0	100	2
startswith	caf\u{E9} caf\u{E9}	c	0	100	1
endswith	caf\u{E9} caf\u{E9}	c	0	100	0
find	caf\u{E9} caf\u{E9}	c	1	0	-1
rfind	caf\u{E9} caf\u{E9}	c	1	0	-1
count	caf\u{E9} caf\u{E9}	c	1	0	0
startswith	caf\u{E9} caf\u{E9}	c	1	0	0
endswith	caf\u{E9} caf\u{E9}	c	1	0	0
find	caf\u{E9} caf\u{E9}	c	3	2	-1
rfind	caf\u{E9} caf\u{E9}	c	3	2	-1
count	caf\u{E9} caf\u{E9}	c	3	2	0
startswith	caf\u{E9} caf\u{E9}	c	3	2	0
endswith	caf\u{E9} caf\u{E9}	c	3	2	0
find	caf\u{E9} caf\u{E9}	c	5	\N	5
rfind	caf\u{E9} caf\u{E9}	c	5	\N	5
count	caf\u{E9} caf\u{E9}	c	5	\N	1
startswith	caf\u{E9} caf\u{E9}	c	5	\N	1
endswith	caf\u{E9} caf\u{E9}	c	5	\N	0
find	caf\u{E9} caf\u{E9}	c	5	100	5
rfind	caf\u{E9} caf\u{E9}	c	5	100	5
count	caf\u{E9} caf\u{E9}	c	5	100	1
startswith	caf\u{E9} caf\u{E9}	c	5	100	1
endswith	caf\u{E9} caf\u{E9}	c	5	100	0
find	caf\u{E9} caf\u{E9}	c	9	2	-1
rfind	caf\u{E9} caf\u{E9}	c	9	2	-1
count	caf\u{E9} caf\u{E9}	c	9	2	0
startswith	caf\u{E9} caf\u{E9}	c	9	2	0
endswith	caf\u{E9} caf\u{E9}	c	9	2	0
find	caf\u{E9} caf\u{E9}	c	10	0	-1
rfind	caf\u{E9} caf\u{E9}	c	10	0	-1
count	caf\u{E9} caf\u{E9}	c	10	0	0
startswith	caf\u{E9} caf\u{E9}	c	10	0	0
endswith	caf\u{E9} caf\u{E9}	c	10	0	0
find	caf\u{E9} caf\u{E9}	c	100	100	-1
rfind	caf\u{E9} caf\u{E9}	c	100	100	-1
count	caf\u{E9} caf\u{E9}	c	100	100	0
startswith	caf\u{E9} caf\u{E9}	c	100	100	0
endswith	caf\u{E9} caf\u{E9}	c	100	100	0
find	caf\u{E9} caf\u{E9}	c	-1	5	-1
rfind	caf\u{E9} caf\u{E9}	c	-1	5	-1
count	caf\u{E9} caf\u{E9}	c	-1	5	0
startswith	caf\u{E9} caf\u{E9}	c	-1	5	0
endswith	caf\u{E9} caf\u{E9}	c	-1	5	0
find	caf\u{E9} caf\u{E9}	c	-1	-1	-1
rfind	caf\u{E9} caf\u{E9}	c	-1	-1	-1
count	caf\u{E9} caf\u{E9}	c	-1	-1	0
startswith	caf\u{E9} caf\u{E9}	c	-1	-1	0
endswith	caf\u{E9} caf\u{E9}	c	-1	-1	0
find	caf\u{E9} caf\u{E9}	c	-1	-4	-1
rfind	caf\u{E9} caf\u{E9}	c	-1	-4	-1
count	caf\u{E9} caf\u{E9}	c	-1	-4	0
startswith	caf\u{E9} caf\u{E9}	c	-1	-4	0
endswith	caf\u{E9} caf\u{E9}	c	-1	-4	0
find	caf\u{E9} caf\u{E9}	c	-3	5	-1
rfind	caf\u{E9} caf\u{E9}	c	-3	5	-1
count	caf\u{E9} caf\u{E9}	c	-3	5	0
startswith	caf\u{E9} caf\u{E9}	c	-3	5	0
endswith	caf\u{E9} caf\u{E9}	c	-3	5	0
find	caf\u{E9} caf\u{E9}	\u{E9}	\N	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	\N	2	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	\N	2	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	\N	2	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	\N	2	0
find	caf\u{E9} caf\u{E9}	\u{E9}	\N	-1	3
rfind	caf\u{E9} caf\u{E9}	\u{E9}	\N	-1	3
count	caf\u{E9} caf\u{E9}	\u{E9}	\N	-1	1
startswith	caf\u{E9} caf\u{E9}	\u{E9}	\N	-1	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	\N	-1	0
find	caf\u{E9} caf\u{E9}	\u{E9}	0	\N	3
rfind	caf\u{E9} caf\u{E9}	\u{E9}	0	\N	8
count	caf\u{E9} caf\u{E9}	\u{E9}	0	\N	2
startswith	caf\u{E9} caf\u{E9}	\u{E9}	0	\N	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	0	\N	1
find	caf\u{E9} caf\u{E9}	\u{E9}	0	-1	3
rfind	caf\u{E9} caf\u{E9}	\u{E9}	0	-1	3
count	caf\u{E9} caf\u{E9}	\u{E9}	0	-1	1
startswith	caf\u{E9} caf\u{E9}	\u{E9}	0	-1	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	0	-1	0
find	caf\u{E9} caf\u{E9}	\u{E9}	0	100	3
rfind	caf\u{E9} caf\u{E9}	\u{E9}	0	100	8
count	caf\u{E9} caf\u{E9}	\u{E9}	0	100	2
startswith	caf\u{E9} caf\u{E9}	\u{E9}	0	100	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	0	100	1
find	caf\u{E9} caf\u{E9}	\u{E9}	1	0	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	1	0	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	1	0	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	1	0	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	1	0	0
find	caf\u{E9} caf\u{E9}	\u{E9}	1	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	1	2	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	1	2	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	1	2	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	1	2	0
find	caf\u{E9} caf\u{E9}	\u{E9}	1	100	3
rfind	caf\u{E9} caf\u{E9}	\u{E9}	1	100	8
count	caf\u{E9} caf\u{E9}	\u{E9}	1	100	2
startswith	caf\u{E9} caf\u{E9}	\u{E9}	1	100	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	1	100	1
find	caf\u{E9} caf\u{E9}	\u{E9}	2	0	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	2	0	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	2	0	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	2	0	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	2	0	0
find	caf\u{E9} caf\u{E9}	\u{E9}	2	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	2	2	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	2	2	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	2	2	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	2	2	0
find	caf\u{E9} caf\u{E9}	\u{E9}	5	0	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	5	0	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	5	0	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	5	0	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	5	0	0
find	caf\u{E9} caf\u{E9}	\u{E9}	5	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	5	2	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	5	2	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	5	2	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	5	2	0
find	caf\u{E9} caf\u{E9}	\u{E9}	5	5	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	5	5	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	5	5	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	5	5	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	5	5	0
find	caf\u{E9} caf\u{E9}	\u{E9}	5	-4	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	5	-4	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	5	-4	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	5	-4	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	5	-4	0
find	caf\u{E9} caf\u{E9}	\u{E9}	9	\N	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	9	\N	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	9	\N	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	9	\N	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	9	\N	0
find	caf\u{E9} caf\u{E9}	\u{E9}	9	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	9	2	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	9	2	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	9	2	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	9	2	0
find	caf\u{E9} caf\u{E9}	\u{E9}	10	0	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	10	0	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	10	0	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	10	0	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	10	0	0
find	caf\u{E9} caf\u{E9}	\u{E9}	100	-4	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	100	-4	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	100	-4	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	100	-4	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	100	-4	0
find	caf\u{E9} caf\u{E9}	\u{E9}	-1	-1	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	-1	-1	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	-1	-1	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	-1	-1	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	-1	-1	0
find	caf\u{E9} caf\u{E9}	\u{E9}	-3	-1	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	-3	-1	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	-3	-1	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	-3	-1	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	-3	-1	0
find	caf\u{E9} caf\u{E9}	\u{E9}	-100	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{E9}	-100	2	-1
count	caf\u{E9} caf\u{E9}	\u{E9}	-100	2	0
startswith	caf\u{E9} caf\u{E9}	\u{E9}	-100	2	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	-100	2	0
find	caf\u{E9} caf\u{E9}	\u{E9}	-100	-4	3
rfind	caf\u{E9} caf\u{E9}	\u{E9}	-100	-4	3
count	caf\u{E9} caf\u{E9}	\u{E9}	-100	-4	1
startswith	caf\u{E9} caf\u{E9}	\u{E9}	-100	-4	0
endswith	caf\u{E9} caf\u{E9}	\u{E9}	-100	-4	0
find	caf\u{E9} caf\u{E9}	aa	\N	\N	-1
rfind	caf\u{E9} caf\u{E9}	aa	\N	\N	-1
count	caf\u{E9} caf\u{E9}	aa	\N	\N	0
startswith	caf\u{E9} caf\u{E9}	aa	\N	\N	0
endswith	caf\u{E9} caf\u{E9}	aa	\N	\N	0
find	caf\u{E9} caf\u{E9}	aa	\N	2	-1
rfind	caf\u{E9} caf\u{E9}	aa	\N	2	-1
count	caf\u{E9} caf\u{E9}	aa	\N	2	0
startswith	caf\u{E9} caf\u{E9}	aa	\N	2	0
endswith	caf\u{E9} caf\u{E9}	aa	\N	2	0
find	caf\u{E9} caf\u{E9}	aa	\N	5	-1
rfind	caf\u{E9} caf\u{E9}	aa	\N	5	-1
count	caf\u{E9} caf\u{E9}	aa	\N	5	0
startswith	caf\u{E9} caf\u{E9}	aa	\N	5	0
endswith	caf\u{E9} caf\u{E9}	aa	\N	5	0
find	caf\u{E9} caf\u{E9}	aa	2	0	-1
rfind	caf\u{E9} caf\u{E9}	aa	2	0	-1
count	caf\u{E9} caf\u{E9}	aa	2	0	0
startswith	caf\u{E9} caf\u{E9}	aa	2	0	0
endswith	caf\u{E9} caf\u{E9}	aa	2	0	0
find	caf\u{E9} caf\u{E9}	aa	2	-1	-1
rfind	caf\u{E9} caf\u{E9}	aa	2	-1	-1
count	caf\u{E9} caf\u{E9}	aa	2	-1	0
startswith	caf\u{E9} caf\u{E9}	aa	2	-1	0
endswith	caf\u{E9} caf\u{E9}	aa	2	-1	0
find	caf\u{E9} caf\u{E9}	aa	3	-4	-1
rfind	caf\u{E9} caf\u{E9}	aa	3	-4	-1
count	caf\u{E9} caf\u{E9}	aa	3	-4	0
startswith	caf\u{E9} caf\u{E9}	aa	3	-4	0
endswith	caf\u{E9} caf\u{E9}	aa	3	-4	0
find	caf\u{E9} caf\u{E9}	aa	5	2	-1
rfind	caf\u{E9} caf\u{E9}	aa	5	2	-1
count	caf\u{E9} caf\u{E9}	aa	5	2	0
startswith	caf\u{E9} caf\u{E9}	aa	5	2	0
endswith	caf\u{E9} caf\u{E9}	aa	5	2	0
find	caf\u{E9} caf\u{E9}	aa	5	5	-1
rfind	caf\u{E9} caf\u{E9}	aa	5	5	-1
count	caf\u{E9} caf\u{E9}	aa	5	5	0
startswith	caf\u{E9} caf\u{E9}	aa	5	5	0
endswith	caf\u{E9} caf\u{E9}	aa	5	5	0
find	caf\u{E9} caf\u{E9}	aa	5	-1	-1
rfind	caf\u{E9} caf\u{E9}	aa	5	-1	-1
count	caf\u{E9} caf\u{E9}	aa	5	-1	0
startswith	caf\u{E9} caf\u{E9}	aa	5	-1	0
endswith	caf\u{E9} caf\u{E9}	aa	5	-1	0
find	caf\u{E9} caf\u{E9}	aa	9	\N	-1
rfind	caf\u{E9} caf\u{E9}	aa	9	\N	-1
count	caf\u{E9} caf\u{E9}	aa	9	\N	0
startswith	caf\u{E9} caf\u{E9}	aa	9	\N	0
endswith	caf\u{E9} caf\u{E9}	aa	9	\N	0
find	caf\u{E9} caf\u{E9}	aa	100	0	-1
rfind	caf\u{E9} caf\u{E9}	aa	100	0	-1
count	caf\u{E9} caf\u{E9}	aa	100	0	0
startswith	caf\u{E9} caf\u{E9}	aa	100	0	0
endswith	caf\u{E9} caf\u{E9}	aa	100	0	0
find	caf\u{E9} caf\u{E9}	aa	100	5	-1
rfind	caf\u{E9} caf\u{E9}	aa	100	5	-1
count	caf\u{E9} caf\u{E9}	aa	100	5	0
startswith	caf\u{E9} caf\u{E9}	aa	100	5	0
endswith	caf\u{E9} caf\u{E9}	aa	100	5	0
find	caf\u{E9} caf\u{E9}	aa	-100	\N	-1
rfind	caf\u{E9} caf\u{E9}	aa	-100	\N	-1
count	caf\u{E9} caf\u{E9}	aa	-100	\N	0
startswith	caf\u{E9} caf\u{E9}	aa	-100	\N	0
endswith	caf\u{E9} caf\u{E9}	aa	-100	\N	0
find	caf\u{E9} caf\u{E9}	aa	-100	0	-1
rfind	caf\u{E9} caf\u{E9}	aa	-100	0	-1
count	caf\u{E9} caf\u{E9}	aa	-100	0	0
startswith	caf\u{E9} caf\u{E9}	aa	-100	0	0
endswith	caf\u{E9} caf\u{E9}	aa	-100	0	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	\N	0	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	\N	0	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	\N	0	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	\N	0	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	\N	0	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	0	0	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	0	0	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	0	0	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	0	0	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	0	0	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	1	\N	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	1	\N	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	1	\N	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	1	\N	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	1	\N	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	2	5	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	2	5	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	2	5	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	2	5	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	2	5	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	9	\N	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	9	\N	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	9	\N	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	9	\N	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	9	\N	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	10	\N	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	10	\N	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	10	\N	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	10	\N	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	10	\N	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	10	100	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	10	100	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	10	100	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	10	100	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	10	100	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	100	-4	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	100	-4	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	100	-4	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	100	-4	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	100	-4	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	-1	5	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	-1	5	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	-1	5	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	-1	5	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	-1	5	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	-3	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	-3	2	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	-3	2	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	-3	2	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	-3	2	0
find	caf\u{E9} caf\u{E9}	\u{1F600}a	-100	2	-1
rfind	caf\u{E9} caf\u{E9}	\u{1F600}a	-100	2	-1
count	caf\u{E9} caf\u{E9}	\u{1F600}a	-100	2	0
startswith	caf\u{E9} caf\u{E9}	\u{1F600}a	-100	2	0
endswith	caf\u{E9} caf\u{E9}	\u{1F600}a	-100	2	0
find	caf\u{E9} caf\u{E9}	zz	\N	-4	-1
rfind	caf\u{E9} caf\u{E9}	zz	\N	-4	-1
count	caf\u{E9} caf\u{E9}	zz	\N	-4	0
startswith	caf\u{E9} caf\u{E9}	zz	\N	-4	0
endswith	caf\u{E9} caf\u{E9}	zz	\N	-4	0
find	caf\u{E9} caf\u{E9}	zz	\N	100	-1
rfind	caf\u{E9} caf\u{E9}	zz	\N	100	-1
count	caf\u{E9} caf\u{E9}	zz	\N	100	0
startswith	caf\u{E9} caf\u{E9}	zz	\N	100	0
endswith	caf\u{E9} caf\u{E9}	zz	\N	100	0
find	caf\u{E9} caf\u{E9}	zz	0	2	-1
rfind	caf\u{E9} caf\u{E9}	zz	0	2	-1
count	caf\u{E9} caf\u{E9}	zz	0	2	0
startswith	caf\u{E9} caf\u{E9}	zz	0	2	0
endswith	caf\u{E9} caf\u{E9}	zz	0	2	0
find	caf\u{E9} caf\u{E9}	zz	1	0	-1
rfind	caf\u{E9} caf\u{E9}	zz	1	0	-1
count	caf\u{E9} caf\u{E9}	zz	1	0	0
startswith	caf\u{E9} caf\u{E9}	zz	1	0	0
endswith	caf\u{E9} caf\u{E9}	zz	1	0	0
find	caf\u{E9} caf\u{E9}	zz	2	100	-1
rfind	caf\u{E9} caf\u{E9}	zz	2	100	-1
count	caf\u{E9} caf\u{E9}	zz	2	100	0
startswith	caf\u{E9} caf\u{E9}	zz	2	100	0
endswith	caf\u{E9} caf\u{E9}	zz	2	100	0
find	caf\u{E9} caf\u{E9}	zz	3	100	-1
rfind	caf\u{E9} caf\u{E9}	zz	3	100	-1
count	caf\u{E9} caf\u{E9}	zz	3	100	0
startswith	caf\u{E9} caf\u{E9}	zz	3	100	0
endswith	caf\u{E9} caf\u{E9}	zz	3	100	0
find	caf\u{E9} caf\u{E9}	zz	5	100	-1
rfind	caf\u{E9} caf\u{E9}	zz	5	100	-1
count	caf\u{E9} caf\u{E9}	zz	5	100	0
startswith	caf\u{E9} caf\u{E9}	zz	5	100	0
endswith	caf\u{E9} caf\u{E9}	zz	5	100	0
find	caf\u{E9} caf\u{E9}	zz	10	5	-1
rfind	caf\u{E9} caf\u{E9}	zz	10	5	-1
count	caf\u{E9} caf\u{E9}	zz	10	5	0
startswith	caf\u{E9} caf\u{E9}	zz	10	5	0
endswith	caf\u{E9} caf\u{E9}	zz	10	5	0
find	caf\u{E9} caf\u{E9}	zz	-1	0	-1
rfind	caf\u{E9} caf\u{E9}	zz	-1	0	-1
count	caf\u{E9} caf\u{E9}	zz	-1	0	0
startswith	caf\u{E9} caf\u{E9}	zz	-1	0	0
endswith	caf\u{E9} caf\u{E9}	zz	-1	0	0
find	caf\u{E9} caf\u{E9}	zz	-1	-1	-1
rfind	caf\u{E9} caf\u{E9}	zz	-1	-1	-1
count	caf\u{E9} caf\u{E9}	zz	-1	-1	0
startswith	caf\u{E9} caf\u{E9}	zz	-1	-1	0
endswith	caf\u{E9} caf\u{E9}	zz	-1	-1	0
find			\N	-4	0
rfind			\N	-4	0
count			\N	-4	1
startswith			\N	-4	1
endswith			\N	-4	1
find			0	5	0
rfind			0	5	0
count			0	5	1
startswith			0	5	1
endswith			0	5	1
find			1	\N	-1
rfind			1	\N	-1
count			1	\N	0
startswith			1	\N	0
endswith			1	\N	0
find			1	-4	-1
rfind			1	-4	-1
count			1	-4	0
startswith			1	-4	0
endswith			1	-4	0
find			1	100	-1
rfind			1	100	-1
count			1	100	0
startswith			1	100	0
endswith			1	100	0
find			2	5	-1
rfind			2	5	-1
count			2	5	0
startswith			2	5	0
endswith			2	5	0
find			2	-4	-1
rfind			2	-4	-1
count			2	-4	0
startswith			2	-4	0
endswith			2	-4	0
find			3	2	-1
rfind			3	2	-1
count			3	2	0
startswith			3	2	0
endswith			3	2	0
find			5	2	-1
rfind			5	2	-1
count			5	2	0
startswith			5	2	0
endswith			5	2	0
find			5	-4	-1
rfind			5	-4	-1
count			5	-4	0
startswith			5	-4	0
endswith			5	-4	0
find			9	5	-1
rfind			9	5	-1
count			9	5	0
startswith			9	5	0
endswith			9	5	0
find			10	\N	-1
rfind			10	\N	-1
count			10	\N	0
startswith			10	\N	0
endswith			10	\N	0
find			100	0	-1
rfind			100	0	-1
count			100	0	0
startswith			100	0	0
endswith			100	0	0
find			100	-1	-1
rfind			100	-1	-1
count			100	-1	0
startswith			100	-1	0
endswith			100	-1	0
find			-1	5	0
rfind			-1	5	0
count			-1	5	1
startswith			-1	5	1
endswith			-1	5	1
find			-3	\N	0
rfind			-3	\N	0
count			-3	\N	1
startswith			-3	\N	1
endswith			-3	\N	1
find			-100	-1	0
rfind			-100	-1	0
count			-100	-1	1
startswith			-100	-1	1
endswith			-100	-1	1
find		a	\N	\N	-1
rfind		a	\N	\N	-1
count		a	\N	\N	0
startswith		a	\N	\N	0
endswith		a	\N	\N	0
find		a	\N	-1	-1
rfind		a	\N	-1	-1
count		a	\N	-1	0
startswith		a	\N	-1	0
endswith		a	\N	-1	0
find		a	0	\N	-1
rfind		a	0	\N	-1
count		a	0	\N	0
startswith		a	0	\N	0
endswith		a	0	\N	0
find		a	0	0	-1
rfind		a	0	0	-1
count		a	0	0	0
startswith		a	0	0	0
endswith		a	0	0	0
find		a	0	-1	-1
rfind		a	0	-1	-1
count		a	0	-1	0
startswith		a	0	-1	0
endswith		a	0	-1	0
find		a	0	100	-1
rfind		a	0	100	-1
count		a	0	100	0
startswith		a	0	100	0
endswith		a	0	100	0
find		a	3	\N	-1
rfind		a	3	\N	-1
count		a	3	\N	0
startswith		a	3	\N	0
endswith		a	3	\N	0
find		a	3	-1	-1
rfind		a	3	-1	-1
count		a	3	-1	0
startswith		a	3	-1	0
endswith		a	3	-1	0
find		a	5	-1	-1
rfind		a	5	-1	-1
count		a	5	-1	0
startswith		a	5	-1	0
endswith		a	5	-1	0
find		a	9	-4	-1
rfind		a	9	-4	-1
count		a	9	-4	0
startswith		a	9	-4	0
endswith		a	9	-4	0
find		a	10	-4	-1
rfind		a	10	-4	-1
count		a	10	-4	0
startswith		a	10	-4	0
endswith		a	10	-4	0
find		a	10	100	-1
rfind		a	10	100	-1
count		a	10	100	0
startswith		a	10	100	0
endswith		a	10	100	0
find		a	100	5	-1
rfind		a	100	5	-1
count		a	100	5	0
startswith		a	100	5	0
endswith		a	100	5	0
find		a	-3	\N	-1
rfind		a	-3	\N	-1
count		a	-3	\N	0
startswith		a	-3	\N	0
endswith		a	-3	\N	0
find		a	-3	5	-1
rfind		a	-3	5	-1
count		a	-3	5	0
startswith		a	-3	5	0
endswith		a	-3	5	0
find		a	-3	-4	-1
rfind		a	-3	-4	-1
count		a	-3	-4	0
startswith		a	-3	-4	0
endswith		a	-3	-4	0
find		a	-100	\N	-1
rfind		a	-100	\N	-1
count		a	-100	\N	0
startswith		a	-100	\N	0
endswith		a	-100	\N	0
find		abc	\N	-1	-1
rfind		abc	\N	-1	-1
count		abc	\N	-1	0
startswith		abc	\N	-1	0
endswith		abc	\N	-1	0
find		abc	0	\N	-1
rfind		abc	0	\N	-1
count		abc	0	\N	0
startswith		abc	0	\N	0
endswith		abc	0	\N	0
find		abc	1	\N	-1
rfind		abc	1	\N	-1
count		abc	1	\N	0
startswith		abc	1	\N	0
endswith		abc	1	\N	0
find		abc	2	\N	-1
rfind		abc	2	\N	-1
count		abc	2	\N	0
startswith		abc	2	\N	0
endswith		abc	2	\N	0
find		abc	2	5	-1
rfind		abc	2	5	-1
count		abc	2	5	0
startswith		abc	2	5	0
endswith		abc	2	5	0
find		abc	3	100	-1
rfind		abc	3	100	-1
count		abc	3	100	0
startswith		abc	3	100	0
endswith		abc	3	100	0
find		abc	10	100	-1
rfind		abc	10	100	-1
count		abc	10	100	0
startswith		abc	10	100	0
endswith		abc	10	100	0
find		abc	100	2	-1
rfind		abc	100	2	-1
count		abc	100	2	0
startswith		abc	100	2	0
endswith		abc	100	2	0
find		abc	100	-4	-1
rfind		abc	100	-4	-1
count		abc	100	-4	0
startswith		abc	100	-4	0
endswith		abc	100	-4	0
find		abc	-3	-4	-1
rfind		abc	-3	-4	-1
count		abc	-3	-4	0
startswith		abc	-3	-4	0
endswith		abc	-3	-4	0
find		abc	-100	\N	-1
rfind		abc	-100	\N	-1
count		abc	-100	\N	0
startswith		abc	-100	\N	0
endswith		abc	-100	\N	0
find		abc	-100	2	-1
rfind		abc	-100	2	-1
count		abc	-100	2	0
startswith		abc	-100	2	0
endswith		abc	-100	2	0
find		abc	-100	5	-1
rfind		abc	-100	5	-1
count		abc	-100	5	0
startswith		abc	-100	5	0
endswith		abc	-100	5	0
find		c	0	-1	-1
rfind		c	0	-1	-1
count		c	0	-1	0
startswith		c	0	-1	0
endswith		c	0	-1	0
find		c	0	100	-1
rfind		c	0	100	-1
count		c	0	100	0
startswith		c	0	100	0
endswith		c	0	100	0
find		c	1	2	-1
rfind		c	1	2	-1
count		c	1	2	0
startswith		c	1	2	0
endswith		c	1	2	0
find		c	1	5	-1
rfind		c	1	5	-1
count		c	1	5	0
startswith		c	1	5	0
endswith		c	1	5	0
find		c	3	100	-1
rfind		c	3	100	-1
count		c	3	100	0
startswith		c	3	100	0
endswith		c	3	100	0
find		c	5	-1	-1
rfind		c	5	-1	-1
count		c	5	-1	0
startswith		c	5	-1	0
endswith		c	5	-1	0
find		c	5	100	-1
rfind		c	5	100	-1
count		c	5	100	0
startswith		c	5	100	0
endswith		c	5	100	0
find		c	9	5	-1
rfind		c	9	5	-1
count		c	9	5	0
startswith		c	9	5	0
endswith		c	9	5	0
find		c	9	100	-1
rfind		c	9	100	-1
count		c	9	100	0
startswith		c	9	100	0
endswith		c	9	100	0
find		c	10	2	-1
rfind		c	10	2	-1
count		c	10	2	0
startswith		c	10	2	0
endswith		c	10	2	0
find		c	-1	\N	-1
rfind		c	-1	\N	-1
count		c	-1	\N	0
startswith		c	-1	\N	0
endswith		c	-1	\N	0
find		c	-3	2	-1
rfind		c	-3	2	-1
count		c	-3	2	0
startswith		c	-3	2	0
endswith		c	-3	2	0
find		c	-3	5	-1
rfind		c	-3	5	-1
count		c	-3	5	0
startswith		c	-3	5	0
endswith		c	-3	5	0
find		\u{E9}	2	5	-1
rfind		\u{E9}	2	5	-1
count		\u{E9}	2	5	0
startswith		\u{E9}	2	5	0
endswith		\u{E9}	2	5	0
find		\u{E9}	2	-4	-1
rfind		\u{E9}	2	-4	-1
count		\u{E9}	2	-4	0
startswith		\u{E9}	2	-4	0
endswith		\u{E9}	2	-4	0
find		\u{E9}	2	100	-1
rfind		\u{E9}	2	100	-1
count		\u{E9}	2	100	0
startswith		\u{E9}	2	100	0
endswith		\u{E9}	2	100	0
find		\u{E9}	3	-4	-1
rfind		\u{E9}	3	-4	-1
count		\u{E9}	3	-4	0
startswith		\u{E9}	3	-4	0
endswith		\u{E9}	3	-4	0
find		\u{E9}	5	-1	-1
rfind		\u{E9}	5	-1	-1
count		\u{E9}	5	-1	0
startswith		\u{E9}	5	-1	0
endswith		\u{E9}	5	-1	0
find		\u{E9}	10	\N	-1
rfind		\u{E9}	10	\N	-1
count		\u{E9}	10	\N	0
startswith		\u{E9}	10	\N	0
endswith		\u{E9}	10	\N	0
find		\u{E9}	10	-1	-1
rfind		\u{E9}	10	-1	-1
count		\u{E9}	10	-1	0
startswith		\u{E9}	10	-1	0
endswith		\u{E9}	10	-1	0
find		\u{E9}	-1	100	-1
rfind		\u{E9}	-1	100	-1
count		\u{E9}	-1	100	0
startswith		\u{E9}	-1	100	0
endswith		\u{E9}	-1	100	0
find		aa	0	5	-1
rfind		aa	0	5	-1
count		aa	0	5	0
startswith		aa	0	5	0
endswith		aa	0	5	0
find		aa	2	2	-1
rfind		aa	2	2	-1
count		aa	2	2	0
startswith		aa	2	2	0
endswith		aa	2	2	0
find		aa	5	-4	-1
rfind		aa	5	-4	-1
count		aa	5	-4	0
startswith		aa	5	-4	0
endswith		aa	5	-4	0
find		aa	10	\N	-1
rfind		aa	10	\N	-1
count		aa	10	\N	0
startswith		aa	10	\N	0
endswith		aa	10	\N	0
find		aa	10	2	-1
rfind		aa	10	2	-1
count		aa	10	2	0
startswith		aa	10	2	0
endswith		aa	10	2	0
find		aa	-3	\N	-1
rfind		aa	-3	\N	-1
count		aa	-3	\N	0
startswith		aa	-3	\N	0
endswith		aa	-3	\N	0
find		\u{1F600}a	\N	2	-1
rfind		\u{1F600}a	\N	2	-1
count		\u{1F600}a	\N	2	0
startswith		\u{1F600}a	\N	2	0
endswith		\u{1F600}a	\N	2	0
find		\u{1F600}a	0	-4	-1
rfind		\u{1F600}a	0	-4	-1
count		\u{1F600}a	0	-4	0
startswith		\u{1F600}a	0	-4	0
endswith		\u{1F600}a	0	-4	0
find		\u{1F600}a	0	100	-1
rfind		\u{1F600}a	0	100	-1
count		\u{1F600}a	0	100	0
startswith		\u{1F600}a	0	100	0
endswith		\u{1F600}a	0	100	0
find		\u{1F600}a	1	5	-1
rfind		\u{1F600}a	1	5	-1
count		\u{1F600}a	1	5	0
startswith		\u{1F600}a	1	5	0
endswith		\u{1F600}a	1	5	0
find		\u{1F600}a	2	0	-1
rfind		\u{1F600}a	2	0	-1
count		\u{1F600}a	2	0	0
startswith		\u{1F600}a	2	0	0
endswith		\u{1F600}a	2	0	0
find		\u{1F600}a	5	-1	-1
rfind		\u{1F600}a	5	-1	-1
count		\u{1F600}a	5	-1	0
startswith		\u{1F600}a	5	-1	0
endswith		\u{1F600}a	5	-1	0
find		\u{1F600}a	5	100	-1
rfind		\u{1F600}a	5	100	-1
count		\u{1F600}a	5	100	0
startswith		\u{1F600}a	5	100	0
endswith		\u{1F600}a	5	100	0
find		\u{1F600}a	10	5	-1
rfind		\u{1F600}a	10	5	-1
count		\u{1F600}a	10	5	0
startswith		\u{1F600}a	10	5	0
endswith		\u{1F600}a	10	5	0
find		\u{1F600}a	10	-4	-1
rfind		\u{1F600}a	10	-4	-1
count		\u{1F600}a	10	-4	0
startswith		\u{1F600}a	10	-4	0
endswith		\u{1F600}a	10	-4	0
find		\u{1F600}a	100	2	-1
rfind		\u{1F600}a	100	2	-1
count		\u{1F600}a	100	2	0
startswith		\u{1F600}a	100	2	0
endswith		\u{1F600}a	100	2	0
find		\u{1F600}a	-1	\N	-1
rfind		\u{1F600}a	-1	\N	-1
count		\u{1F600}a	-1	\N	0
startswith		\u{1F600}a	-1	\N	0
endswith		\u{1F600}a	-1	\N	0
find		\u{1F600}a	-3	100	-1
rfind		\u{1F600}a	-3	100	-1
count		\u{1F600}a	-3	100	0
startswith		\u{1F600}a	-3	100	0
endswith		\u{1F600}a	-3	100	0
find		\u{1F600}a	-100	0	-1
rfind		\u{1F600}a	-100	0	-1
count		\u{1F600}a	-100	0	0
startswith		\u{1F600}a	-100	0	0
endswith		\u{1F600}a	-100	0	0
find		\u{1F600}a	-100	100	-1
rfind		\u{1F600}a	-100	100	-1
count		\u{1F600}a	-100	100	0
startswith		\u{1F600}a	-100	100	0
endswith		\u{1F600}a	-100	100	0
find		zz	\N	-1	-1
rfind		zz	\N	-1	-1
count		zz	\N	-1	0
startswith		zz	\N	-1	0
endswith		zz	\N	-1	0
find		zz	0	0	-1
rfind		zz	0	0	-1
count		zz	0	0	0
startswith		zz	0	0	0
endswith		zz	0	0	0
find		zz	0	5	-1
rfind		zz	0	5	-1
count		zz	0	5	0
startswith		zz	0	5	0
endswith		zz	0	5	0
find		zz	0	-4	-1
rfind		zz	0	-4	-1
count		zz	0	-4	0
startswith		zz	0	-4	0
endswith		zz	0	-4	0
find		zz	1	-4	-1
rfind		zz	1	-4	-1
count		zz	1	-4	0
startswith		zz	1	-4	0
endswith		zz	1	-4	0
find		zz	2	0	-1
rfind		zz	2	0	-1
count		zz	2	0	0
startswith		zz	2	0	0
endswith		zz	2	0	0
find		zz	2	2	-1
rfind		zz	2	2	-1
count		zz	2	2	0
startswith		zz	2	2	0
endswith		zz	2	2	0
find		zz	3	5	-1
rfind		zz	3	5	-1
count		zz	3	5	0
startswith		zz	3	5	0
endswith		zz	3	5	0
find		zz	5	100	-1
rfind		zz	5	100	-1
count		zz	5	100	0
startswith		zz	5	100	0
endswith		zz	5	100	0
find		zz	9	-1	-1
rfind		zz	9	-1	-1
count		zz	9	-1	0
startswith		zz	9	-1	0
endswith		zz	9	-1	0
find		zz	9	-4	-1
rfind		zz	9	-4	-1
count		zz	9	-4	0
startswith		zz	9	-4	0
endswith		zz	9	-4	0
find		zz	100	2	-1
rfind		zz	100	2	-1
count		zz	100	2	0
startswith		zz	100	2	0
endswith		zz	100	2	0
find		zz	-1	2	-1
rfind		zz	-1	2	-1
count		zz	-1	2	0
startswith		zz	-1	2	0
endswith		zz	-1	2	0
find		zz	-3	2	-1
rfind		zz	-3	2	-1
count		zz	-3	2	0
startswith		zz	-3	2	0
endswith		zz	-3	2	0
find	aaaa		2	0	-1
rfind	aaaa		2	0	-1
count	aaaa		2	0	0
startswith	aaaa		2	0	0
endswith	aaaa		2	0	0
find	aaaa		2	2	2
rfind	aaaa		2	2	2
count	aaaa		2	2	1
startswith	aaaa		2	2	1
endswith	aaaa		2	2	1
find	aaaa		3	-4	-1
rfind	aaaa		3	-4	-1
count	aaaa		3	-4	0
startswith	aaaa		3	-4	0
endswith	aaaa		3	-4	0
find	aaaa		5	2	-1
rfind	aaaa		5	2	-1
count	aaaa		5	2	0
startswith	aaaa		5	2	0
endswith	aaaa		5	2	0
find	aaaa		9	100	-1
rfind	aaaa		9	100	-1
count	aaaa		9	100	0
startswith	aaaa		9	100	0
endswith	aaaa		9	100	0
find	aaaa		10	2	-1
rfind	aaaa		10	2	-1
count	aaaa		10	2	0
startswith	aaaa		10	2	0
endswith	aaaa		10	2	0
find	aaaa		-3	-1	1
rfind	aaaa		-3	-1	3
count	aaaa		-3	-1	3
startswith	aaaa		-3	-1	1
endswith	aaaa		-3	-1	1
find	aaaa	a	\N	-4	-1
rfind	aaaa	a	\N	-4	-1
count	aaaa	a	\N	-4	0
startswith	aaaa	a	\N	-4	0
endswith	aaaa	a	\N	-4	0
find	aaaa	a	1	-4	-1
rfind	aaaa	a	1	-4	-1
count	aaaa	a	1	-4	0
startswith	aaaa	a	1	-4	0
endswith	aaaa	a	1	-4	0
find	aaaa	a	1	100	1
rfind	aaaa	a	1	100	3
count	aaaa	a	1	100	3
startswith	aaaa	a	1	100	1
endswith	aaaa	a	1	100	1
find	aaaa	a	2	2	-1
rfind	aaaa	a	2	2	-1
count	aaaa	a	2	2	0
startswith	aaaa	a	2	2	0
endswith	aaaa	a	2	2	0
find	aaaa	a	2	-1	2
rfind	aaaa	a	2	-1	2
count	aaaa	a	2	-1	1
startswith	aaaa	a	2	-1	1
endswith	aaaa	a	2	-1	1
find	aaaa	a	3	\N	3
rfind	aaaa	a	3	\N	3
count	aaaa	a	3	\N	1
startswith	aaaa	a	3	\N	1
endswith	aaaa	a	3	\N	1
find	aaaa	a	3	0	-1
rfind	aaaa	a	3	0	-1
count	aaaa	a	3	0	0
startswith	aaaa	a	3	0	0
endswith	aaaa	a	3	0	0
find	aaaa	a	3	-1	-1
rfind	aaaa	a	3	-1	-1
count	aaaa	a	3	-1	0
startswith	aaaa	a	3	-1	0
endswith	aaaa	a	3	-1	0
find	aaaa	a	5	100	-1
rfind	aaaa	a	5	100	-1
count	aaaa	a	5	100	0
startswith	aaaa	a	5	100	0
endswith	aaaa	a	5	100	0
find	aaaa	a	9	100	-1
rfind	aaaa	a	9	100	-1
count	aaaa	a	9	100	0
startswith	aaaa	a	9	100	0
endswith	aaaa	a	9	100	0
find	aaaa	a	10	-4	-1
rfind	aaaa	a	10	-4	-1
count	aaaa	a	10	-4	0
startswith	aaaa	a	10	-4	0
endswith	aaaa	a	10	-4	0
find	aaaa	a	100	\N	-1
rfind	aaaa	a	100	\N	-1
count	aaaa	a	100	\N	0
startswith	aaaa	a	100	\N	0
endswith	aaaa	a	100	\N	0
find	aaaa	a	100	100	-1
rfind	aaaa	a	100	100	-1
count	aaaa	a	100	100	0
startswith	aaaa	a	100	100	0
endswith	aaaa	a	100	100	0
find	aaaa	a	-1	2	-1
rfind	aaaa	a	-1	2	-1
count	aaaa	a	-1	2	0
startswith	aaaa	a	-1	2	0
endswith	aaaa	a	-1	2	0
find	aaaa	a	-1	100	3
rfind	aaaa	a	-1	100	3
count	aaaa	a	-1	100	1
startswith	aaaa	a	-1	100	1
endswith	aaaa	a	-1	100	1
find	aaaa	a	-3	2	1
rfind	aaaa	a	-3	2	1
count	aaaa	a	-3	2	1
startswith	aaaa	a	-3	2	1
endswith	aaaa	a	-3	2	1
find	aaaa	a	-3	-4	-1
rfind	aaaa	a	-3	-4	-1
count	aaaa	a	-3	-4	0
startswith	aaaa	a	-3	-4	0
endswith	aaaa	a	-3	-4	0
find	aaaa	abc	\N	\N	-1
rfind	aaaa	abc	\N	\N	-1
count	aaaa	abc	\N	\N	0
startswith	aaaa	abc	\N	\N	0
endswith	aaaa	abc	\N	\N	0
find	aaaa	abc	\N	5	-1
rfind	aaaa	abc	\N	5	-1
count	aaaa	abc	\N	5	0
startswith	aaaa	abc	\N	5	0
endswith	aaaa	abc	\N	5	0
find	aaaa	abc	\N	-1	-1
rfind	aaaa	abc	\N	-1	-1
count	aaaa	abc	\N	-1	0
startswith	aaaa	abc	\N	-1	0
endswith	aaaa	abc	\N	-1	0
find	aaaa	abc	2	5	-1
rfind	aaaa	abc	2	5	-1
count	aaaa	abc	2	5	0
startswith	aaaa	abc	2	5	0
endswith	aaaa	abc	2	5	0
find	aaaa	abc	5	-1	-1
rfind	aaaa	abc	5	-1	-1
count	aaaa	abc	5	-1	0
startswith	aaaa	abc	5	-1	0
endswith	aaaa	abc	5	-1	0
find	aaaa	abc	5	-4	-1
rfind	aaaa	abc	5	-4	-1
count	aaaa	abc	5	-4	0
startswith	aaaa	abc	5	-4	0
endswith	aaaa	abc	5	-4	0
find	aaaa	abc	10	\N	-1
rfind	aaaa	abc	10	\N	-1
count	aaaa	abc	10	\N	0
startswith	aaaa	abc	10	\N	0
endswith	aaaa	abc	10	\N	0
find	aaaa	abc	10	-1	-1
rfind	aaaa	abc	10	-1	-1
count	aaaa	abc	10	-1	0
startswith	aaaa	abc	10	-1	0
endswith	aaaa	abc	10	-1	0
find	aaaa	abc	-1	5	-1
rfind	aaaa	abc	-1	5	-1
count	aaaa	abc	-1	5	0
startswith	aaaa	abc	-1	5	0
endswith	aaaa	abc	-1	5	0
find	aaaa	abc	-3	2	-1
rfind	aaaa	abc	-3	2	-1
count	aaaa	abc	-3	2	0
startswith	aaaa	abc	-3	2	0
endswith	aaaa	abc	-3	2	0
find	aaaa	c	\N	\N	-1
rfind	aaaa	c	\N	\N	-1
count	aaaa	c	\N	\N	0
startswith	aaaa	c	\N	\N	0
endswith	aaaa	c	\N	\N	0
find	aaaa	c	\N	0	-1
rfind	aaaa	c	\N	0	-1
count	aaaa	c	\N	0	0
startswith	aaaa	c	\N	0	0
endswith	aaaa	c	\N	0	0
find	aaaa	c	0	\N	-1
rfind	aaaa	c	0	\N	-1
count	aaaa	c	0	\N	0
startswith	aaaa	c	0	\N	0
endswith	aaaa	c	0	\N	0
find	aaaa	c	0	-4	-1
rfind	aaaa	c	0	-4	-1
count	aaaa	c	0	-4	0
startswith	aaaa	c	0	-4	0
endswith	aaaa	c	0	-4	0
find	aaaa	c	1	100	-1
rfind	aaaa	c	1	100	-1
count	aaaa	c	1	100	0
startswith	aaaa	c	1	100	0
endswith	aaaa	c	1	100	0
find	aaaa	c	2	2	-1
rfind	aaaa	c	2	2	-1
count	aaaa	c	2	2	0
startswith	aaaa	c	2	2	0
endswith	aaaa	c	2	2	0
find	aaaa	c	2	5	-1
rfind	aaaa	c	2	5	-1
count	aaaa	c	2	5	0
startswith	aaaa	c	2	5	0
endswith	aaaa	c	2	5	0
find	aaaa	c	3	2	-1
rfind	aaaa	c	3	2	-1
count	aaaa	c	3	2	0
startswith	aaaa	c	3	2	0
endswith	aaaa	c	3	2	0
find	aaaa	c	3	-1	-1
rfind	aaaa	c	3	-1	-1
count	aaaa	c	3	-1	0
startswith	aaaa	c	3	-1	0
endswith	aaaa	c	3	-1	0
find	aaaa	c	5	5	-1
rfind	aaaa	c	5	5	-1
count	aaaa	c	5	5	0
startswith	aaaa	c	5	5	0
endswith	aaaa	c	5	5	0
find	aaaa	c	9	0	-1
rfind	aaaa	c	9	0	-1
count	aaaa	c	9	0	0
startswith	aaaa	c	9	0	0
endswith	aaaa	c	9	0	0
find	aaaa	c	10	-1	-1
rfind	aaaa	c	10	-1	-1
count	aaaa	c	10	-1	0
startswith	aaaa	c	10	-1	0
endswith	aaaa	c	10	-1	0
find	aaaa	c	100	-4	-1
rfind	aaaa	c	100	-4	-1
count	aaaa	c	100	-4	0
startswith	aaaa	c	100	-4	0
endswith	aaaa	c	100	-4	0
find	aaaa	c	-3	0	-1
rfind	aaaa	c	-3	0	-1
count	aaaa	c	-3	0	0
startswith	aaaa	c	-3	0	0
endswith	aaaa	c	-3	0	0
find	aaaa	\u{E9}	0	0	-1
rfind	aaaa	\u{E9}	0	0	-1
count	aaaa	\u{E9}	0	0	0
startswith	aaaa	\u{E9}	0	0	0
endswith	aaaa	\u{E9}	0	0	0
find	aaaa	\u{E9}	1	5	-1
rfind	aaaa	\u{E9}	1	5	-1
count	aaaa	\u{E9}	1	5	0
startswith	aaaa	\u{E9}	1	5	0
endswith	aaaa	\u{E9}	1	5	0
find	aaaa	\u{E9}	1	-1	-1
rfind	aaaa	\u{E9}	1	-1	-1
count	aaaa	\u{E9}	1	-1	0
startswith	aaaa	\u{E9}	1	-1	0
endswith	aaaa	\u{E9}	1	-1	0
find	aaaa	\u{E9}	2	100	-1
rfind	aaaa	\u{E9}	2	100	-1
count	aaaa	\u{E9}	2	100	0
startswith	aaaa	\u{E9}	2	100	0
endswith	aaaa	\u{E9}	2	100	0
find	aaaa	\u{E9}	5	0	-1
rfind	aaaa	\u{E9}	5	0	-1
count	aaaa	\u{E9}	5	0	0
startswith	aaaa	\u{E9}	5	0	0
endswith	aaaa	\u{E9}	5	0	0
find	aaaa	\u{E9}	5	5	-1
rfind	aaaa	\u{E9}	5	5	-1
count	aaaa	\u{E9}	5	5	0
startswith	aaaa	\u{E9}	5	5	0
endswith	aaaa	\u{E9}	5	5	0
find	aaaa	\u{E9}	100	0	-1
rfind	aaaa	\u{E9}	100	0	-1
count	aaaa	\u{E9}	100	0	0
startswith	aaaa	\u{E9}	100	0	0
endswith	aaaa	\u{E9}	100	0	0
find	aaaa	\u{E9}	100	-4	-1
rfind	aaaa	\u{E9}	100	-4	-1
count	aaaa	\u{E9}	100	-4	0
startswith	aaaa	\u{E9}	100	-4	0
endswith	aaaa	\u{E9}	100	-4	0
find	aaaa	\u{E9}	-1	2	-1
rfind	aaaa	\u{E9}	-1	2	-1
count	aaaa	\u{E9}	-1	2	0
startswith	aaaa	\u{E9}	-1	2	0
endswith	aaaa	\u{E9}	-1	2	0
find	aaaa	\u{E9}	-3	5	-1
rfind	aaaa	\u{E9}	-3	5	-1
count	aaaa	\u{E9}	-3	5	0
startswith	aaaa	\u{E9}	-3	5	0
endswith	aaaa	\u{E9}	-3	5	0
find	aaaa	aa	\N	2	0
rfind	aaaa	aa	\N	2	0
count	aaaa	aa	\N	2	1
startswith	aaaa	aa	\N	2	1
endswith	aaaa	aa	\N	2	1
find	aaaa	aa	\N	-4	-1
rfind	aaaa	aa	\N	-4	-1
count	aaaa	aa	\N	-4	0
startswith	aaaa	aa	\N	-4	0
endswith	aaaa	aa	\N	-4	0
find	aaaa	aa	1	0	-1
rfind	aaaa	aa	1	0	-1
count	aaaa	aa	1	0	0
startswith	aaaa	aa	1	0	0
endswith	aaaa	aa	1	0	0
find	aaaa	aa	2	0	-1
rfind	aaaa	aa	2	0	-1
count	aaaa	aa	2	0	0
startswith	aaaa	aa	2	0	0
endswith	aaaa	aa	2	0	0
find	aaaa	aa	2	5	2
rfind	aaaa	aa	2	5	2
count	aaaa	aa	2	5	1
startswith	aaaa	aa	2	5	1
endswith	aaaa	aa	2	5	1
find	aaaa	aa	2	100	2
rfind	aaaa	aa	2	100	2
count	aaaa	aa	2	100	1
startswith	aaaa	aa	2	100	1
endswith	aaaa	aa	2	100	1
find	aaaa	aa	3	100	-1
rfind	aaaa	aa	3	100	-1
count	aaaa	aa	3	100	0
startswith	aaaa	aa	3	100	0
endswith	aaaa	aa	3	100	0
find	aaaa	aa	5	-1	-1
rfind	aaaa	aa	5	-1	-1
count	aaaa	aa	5	-1	0
startswith	aaaa	aa	5	-1	0
endswith	aaaa	aa	5	-1	0
find	aaaa	aa	5	-4	-1
rfind	aaaa	aa	5	-4	-1
count	aaaa	aa	5	-4	0
startswith	aaaa	aa	5	-4	0
endswith	aaaa	aa	5	-4	0
find	aaaa	aa	100	-1	-1
rfind	aaaa	aa	100	-1	-1
count	aaaa	aa	100	-1	0
startswith	aaaa	aa	100	-1	0
endswith	aaaa	aa	100	-1	0
find	aaaa	aa	-1	\N	-1
rfind	aaaa	aa	-1	\N	-1
count	aaaa	aa	-1	\N	0
startswith	aaaa	aa	-1	\N	0
endswith	aaaa	aa	-1	\N	0
find	aaaa	aa	-3	0	-1
rfind	aaaa	aa	-3	0	-1
count	aaaa	aa	-3	0	0
startswith	aaaa	aa	-3	0	0
endswith	aaaa	aa	-3	0	0
find	aaaa	aa	-100	0	-1
rfind	aaaa	aa	-100	0	-1
count	aaaa	aa	-100	0	0
startswith	aaaa	aa	-100	0	0
endswith	aaaa	aa	-100	0	0
find	aaaa	aa	-100	-1	0
rfind	aaaa	aa	-100	-1	1
count	aaaa	aa	-100	-1	1
startswith	aaaa	aa	-100	-1	1
endswith	aaaa	aa	-100	-1	1
find	aaaa	aa	-100	100	0
rfind	aaaa	aa	-100	100	2
count	aaaa	aa	-100	100	2
startswith	aaaa	aa	-100	100	1
endswith	aaaa	aa	-100	100	1
find	aaaa	\u{1F600}a	\N	0	-1
rfind	aaaa	\u{1F600}a	\N	0	-1
count	aaaa	\u{1F600}a	\N	0	0
startswith	aaaa	\u{1F600}a	\N	0	0
endswith	aaaa	\u{1F600}a	\N	0	0
find	aaaa	\u{1F600}a	\N	2	-1
rfind	aaaa	\u{1F600}a	\N	2	-1
count	aaaa	\u{1F600}a	\N	2	0
startswith	aaaa	\u{1F600}a	\N	2	0
endswith	aaaa	\u{1F600}a	\N	2	0
find	aaaa	\u{1F600}a	0	-1	-1
rfind	aaaa	\u{1F600}a	0	-1	-1
count	aaaa	\u{1F600}a	0	-1	0
startswith	aaaa	\u{1F600}a	0	-1	0
endswith	aaaa	\u{1F600}a	0	-1	0
find	aaaa	\u{1F600}a	1	5	-1
rfind	aaaa	\u{1F600}a	1	5	-1
count	aaaa	\u{1F600}a	1	5	0
startswith	aaaa	\u{1F600}a	1	5	0
endswith	aaaa	\u{1F600}a	1	5	0
find	aaaa	\u{1F600}a	1	-4	-1
rfind	aaaa	\u{1F600}a	1	-4	-1
count	aaaa	\u{1F600}a	1	-4	0
startswith	aaaa	\u{1F600}a	1	-4	0
endswith	aaaa	\u{1F600}a	1	-4	0
find	aaaa	\u{1F600}a	2	2	-1
rfind	aaaa	\u{1F600}a	2	2	-1
count	aaaa	\u{1F600}a	2	2	0
startswith	aaaa	\u{1F600}a	2	2	0
endswith	aaaa	\u{1F600}a	2	2	0
find	aaaa	\u{1F600}a	2	-1	-1
rfind	aaaa	\u{1F600}a	2	-1	-1
count	aaaa	\u{1F600}a	2	-1	0
startswith	aaaa	\u{1F600}a	2	-1	0
endswith	aaaa	\u{1F600}a	2	-1	0
find	aaaa	\u{1F600}a	2	-4	-1
rfind	aaaa	\u{1F600}a	2	-4	-1
count	aaaa	\u{1F600}a	2	-4	0
startswith	aaaa	\u{1F600}a	2	-4	0
endswith	aaaa	\u{1F600}a	2	-4	0
find	aaaa	\u{1F600}a	3	\N	-1
rfind	aaaa	\u{1F600}a	3	\N	-1
count	aaaa	\u{1F600}a	3	\N	0
startswith	aaaa	\u{1F600}a	3	\N	0
endswith	aaaa	\u{1F600}a	3	\N	0
find	aaaa	\u{1F600}a	3	-4	-1
rfind	aaaa	\u{1F600}a	3	-4	-1
count	aaaa	\u{1F600}a	3	-4	0
startswith	aaaa	\u{1F600}a	3	-4	0
endswith	aaaa	\u{1F600}a	3	-4	0
find	aaaa	\u{1F600}a	5	\N	-1
rfind	aaaa	\u{1F600}a	5	\N	-1
count	aaaa	\u{1F600}a	5	\N	0
startswith	aaaa	\u{1F600}a	5	\N	0
endswith	aaaa	\u{1F600}a	5	\N	0
find	aaaa	\u{1F600}a	5	5	-1
rfind	aaaa	\u{1F600}a	5	5	-1
count	aaaa	\u{1F600}a	5	5	0
startswith	aaaa	\u{1F600}a	5	5	0
endswith	aaaa	\u{1F600}a	5	5	0
find	aaaa	\u{1F600}a	5	-4	-1
rfind	aaaa	\u{1F600}a	5	-4	-1
count	aaaa	\u{1F600}a	5	-4	0
startswith	aaaa	\u{1F600}a	5	-4	0
endswith	aaaa	\u{1F600}a	5	-4	0
find	aaaa	\u{1F600}a	9	\N	-1
rfind	aaaa	\u{1F600}a	9	\N	-1
count	aaaa	\u{1F600}a	9	\N	0
startswith	aaaa	\u{1F600}a	9	\N	0
endswith	aaaa	\u{1F600}a	9	\N	0
find	aaaa	\u{1F600}a	9	2	-1
rfind	aaaa	\u{1F600}a	9	2	-1
count	aaaa	\u{1F600}a	9	2	0
startswith	aaaa	\u{1F600}a	9	2	0
endswith	aaaa	\u{1F600}a	9	2	0
find	aaaa	\u{1F600}a	10	0	-1
rfind	aaaa	\u{1F600}a	10	0	-1
count	aaaa	\u{1F600}a	10	0	0
startswith	aaaa	\u{1F600}a	10	0	0
endswith	aaaa	\u{1F600}a	10	0	0
find	aaaa	\u{1F600}a	10	100	-1
rfind	aaaa	\u{1F600}a	10	100	-1
count	aaaa	\u{1F600}a	10	100	0
startswith	aaaa	\u{1F600}a	10	100	0
endswith	aaaa	\u{1F600}a	10	100	0
find	aaaa	\u{1F600}a	100	\N	-1
rfind	aaaa	\u{1F600}a	100	\N	-1
count	aaaa	\u{1F600}a	100	\N	0
startswith	aaaa	\u{1F600}a	100	\N	0
endswith	aaaa	\u{1F600}a	100	\N	0
find	aaaa	\u{1F600}a	100	5	-1
rfind	aaaa	\u{1F600}a	100	5	-1
count	aaaa	\u{1F600}a	100	5	0
startswith	aaaa	\u{1F600}a	100	5	0
endswith	aaaa	\u{1F600}a	100	5	0
find	aaaa	\u{1F600}a	-1	-1	-1
rfind	aaaa	\u{1F600}a	-1	-1	-1
count	aaaa	\u{1F600}a	-1	-1	0
startswith	aaaa	\u{1F600}a	-1	-1	0
endswith	aaaa	\u{1F600}a	-1	-1	0
find	aaaa	\u{1F600}a	-1	-4	-1
rfind	aaaa	\u{1F600}a	-1	-4	-1
count	aaaa	\u{1F600}a	-1	-4	0
startswith	aaaa	\u{1F600}a	-1	-4	0
endswith	aaaa	\u{1F600}a	-1	-4	0
find	aaaa	\u{1F600}a	-3	-1	-1
rfind	aaaa	\u{1F600}a	-3	-1	-1
count	aaaa	\u{1F600}a	-3	-1	0
startswith	aaaa	\u{1F600}a	-3	-1	0
endswith	aaaa	\u{1F600}a	-3	-1	0
find	aaaa	\u{1F600}a	-100	\N	-1
rfind	aaaa	\u{1F600}a	-100	\N	-1
count	aaaa	\u{1F600}a	-100	\N	0
startswith	aaaa	\u{1F600}a	-100	\N	0
endswith	aaaa	\u{1F600}a	-100	\N	0
find	aaaa	zz	\N	0	-1
rfind	aaaa	zz	\N	0	-1
count	aaaa	zz	\N	0	0
startswith	aaaa	zz	\N	0	0
endswith	aaaa	zz	\N	0	0
find	aaaa	zz	\N	2	-1
rfind	aaaa	zz	\N	2	-1
count	aaaa	zz	\N	2	0
startswith	aaaa	zz	\N	2	0
endswith	aaaa	zz	\N	2	0
find	aaaa	zz	0	\N	-1
rfind	aaaa	zz	0	\N	-1
count	aaaa	zz	0	\N	0
startswith	aaaa	zz	0	\N	0
endswith	aaaa	zz	0	\N	0
find	aaaa	zz	0	5	-1
rfind	aaaa	zz	0	5	-1
count	aaaa	zz	0	5	0
startswith	aaaa	zz	0	5	0
endswith	aaaa	zz	0	5	0
find	aaaa	zz	0	-4	-1
rfind	aaaa	zz	0	-4	-1
count	aaaa	zz	0	-4	0
startswith	aaaa	zz	0	-4	0
endswith	aaaa	zz	0	-4	0
find	aaaa	zz	1	0	-1
rfind	aaaa	zz	1	0	-1
count	aaaa	zz	1	0	0
startswith	aaaa	zz	1	0	0
endswith	aaaa	zz	1	0	0
find	aaaa	zz	3	0	-1
rfind	aaaa	zz	3	0	-1
count	aaaa	zz	3	0	0
startswith	aaaa	zz	3	0	0
endswith	aaaa	zz	3	0	0
find	aaaa	zz	3	-1	-1
rfind	aaaa	zz	3	-1	-1
count	aaaa	zz	3	-1	0
startswith	aaaa	zz	3	-1	0
endswith	aaaa	zz	3	-1	0
find	aaaa	zz	5	5	-1
rfind	aaaa	zz	5	5	-1
count	aaaa	zz	5	5	0
startswith	aaaa	zz	5	5	0
endswith	aaaa	zz	5	5	0
find	aaaa	zz	9	0	-1
rfind	aaaa	zz	9	0	-1
count	aaaa	zz	9	0	0
startswith	aaaa	zz	9	0	0
endswith	aaaa	zz	9	0	0
find	aaaa	zz	-1	2	-1
rfind	aaaa	zz	-1	2	-1
count	aaaa	zz	-1	2	0
startswith	aaaa	zz	-1	2	0
endswith	aaaa	zz	-1	2	0
find	aaaa	zz	-1	5	-1
rfind	aaaa	zz	-1	5	-1
count	aaaa	zz	-1	5	0
startswith	aaaa	zz	-1	5	0
endswith	aaaa	zz	-1	5	0
find	aaaa	zz	-1	-4	-1
rfind	aaaa	zz	-1	-4	-1
count	aaaa	zz	-1	-4	0
startswith	aaaa	zz	-1	-4	0
endswith	aaaa	zz	-1	-4	0
find	aaaa	zz	-3	-1	-1
rfind	aaaa	zz	-3	-1	-1
count	aaaa	zz	-3	-1	0
startswith	aaaa	zz	-3	-1	0
endswith	aaaa	zz	-3	-1	0
find	aaaa	zz	-100	\N	-1
rfind	aaaa	zz	-100	\N	-1
count	aaaa	zz	-100	\N	0
startswith	aaaa	zz	-100	\N	0
endswith	aaaa	zz	-100	\N	0
find	aaaa	zz	-100	-1	-1
rfind	aaaa	zz	-100	-1	-1
count	aaaa	zz	-100	-1	0
startswith	aaaa	zz	-100	-1	0
endswith	aaaa	zz	-100	-1	0
find	\u{1F600}a\u{1F600}a		1	\N	1
rfind	\u{1F600}a\u{1F600}a		1	\N	4
count	\u{1F600}a\u{1F600}a		1	\N	4
startswith	\u{1F600}a\u{1F600}a		1	\N	1
endswith	\u{1F600}a\u{1F600}a		1	\N	1
find	\u{1F600}a\u{1F600}a		2	100	2
rfind	\u{1F600}a\u{1F600}a		2	100	4
count	\u{1F600}a\u{1F600}a		2	100	3
startswith	\u{1F600}a\u{1F600}a		2	100	1
endswith	\u{1F600}a\u{1F600}a		2	100	1
find	\u{1F600}a\u{1F600}a		3	-4	-1
rfind	\u{1F600}a\u{1F600}a		3	-4	-1
count	\u{1F600}a\u{1F600}a		3	-4	0
startswith	\u{1F600}a\u{1F600}a		3	-4	0
endswith	\u{1F600}a\u{1F600}a		3	-4	0
find	\u{1F600}a\u{1F600}a		10	0	-1
rfind	\u{1F600}a\u{1F600}a		10	0	-1
count	\u{1F600}a\u{1F600}a		10	0	0
startswith	\u{1F600}a\u{1F600}a		10	0	0
endswith	\u{1F600}a\u{1F600}a		10	0	0
find	\u{1F600}a\u{1F600}a		10	2	-1
rfind	\u{1F600}a\u{1F600}a		10	2	-1
count	\u{1F600}a\u{1F600}a		10	2	0
startswith	\u{1F600}a\u{1F600}a		10	2	0
endswith	\u{1F600}a\u{1F600}a		10	2	0
find	\u{1F600}a\u{1F600}a		10	100	-1
rfind	\u{1F600}a\u{1F600}a		10	100	-1
count	\u{1F600}a\u{1F600}a		10	100	0
startswith	\u{1F600}a\u{1F600}a		10	100	0
endswith	\u{1F600}a\u{1F600}a		10	100	0
find	\u{1F600}a\u{1F600}a		100	5	-1
rfind	\u{1F600}a\u{1F600}a		100	5	-1
count	\u{1F600}a\u{1F600}a		100	5	0
startswith	\u{1F600}a\u{1F600}a		100	5	0
endswith	\u{1F600}a\u{1F600}a		100	5	0
find	\u{1F600}a\u{1F600}a		-1	0	-1
rfind	\u{1F600}a\u{1F600}a		-1	0	-1
count	\u{1F600}a\u{1F600}a		-1	0	0
startswith	\u{1F600}a\u{1F600}a		-1	0	0
endswith	\u{1F600}a\u{1F600}a		-1	0	0
find	\u{1F600}a\u{1F600}a		-3	2	1
rfind	\u{1F600}a\u{1F600}a		-3	2	2
count	\u{1F600}a\u{1F600}a		-3	2	2
startswith	\u{1F600}a\u{1F600}a		-3	2	1
endswith	\u{1F600}a\u{1F600}a		-3	2	1
find	\u{1F600}a\u{1F600}a	a	\N	\N	1
rfind	\u{1F600}a\u{1F600}a	a	\N	\N	3
count	\u{1F600}a\u{1F600}a	a	\N	\N	2
startswith	\u{1F600}a\u{1F600}a	a	\N	\N	0
endswith	\u{1F600}a\u{1F600}a	a	\N	\N	1
find	\u{1F600}a\u{1F600}a	a	\N	-1	1
rfind	\u{1F600}a\u{1F600}a	a	\N	-1	1
count	\u{1F600}a\u{1F600}a	a	\N	-1	1
startswith	\u{1F600}a\u{1F600}a	a	\N	-1	0
endswith	\u{1F600}a\u{1F600}a	a	\N	-1	0
find	\u{1F600}a\u{1F600}a	a	0	\N	1
rfind	\u{1F600}a\u{1F600}a	a	0	\N	3
count	\u{1F600}a\u{1F600}a	a	0	\N	2
startswith	\u{1F600}a\u{1F600}a	a	0	\N	0
endswith	\u{1F600}a\u{1F600}a	a	0	\N	1
find	\u{1F600}a\u{1F600}a	a	1	\N	1
rfind	\u{1F600}a\u{1F600}a	a	1	\N	3
count	\u{1F600}a\u{1F600}a	a	1	\N	2
startswith	\u{1F600}a\u{1F600}a	a	1	\N	1
endswith	\u{1F600}a\u{1F600}a	a	1	\N	1
find	\u{1F600}a\u{1F600}a	a	1	2	1
rfind	\u{1F600}a\u{1F600}a	a	1	2	1
count	\u{1F600}a\u{1F600}a	a	1	2	1
startswith	\u{1F600}a\u{1F600}a	a	1	2	1
endswith	\u{1F600}a\u{1F600}a	a	1	2	1
find	\u{1F600}a\u{1F600}a	a	1	-1	1
rfind	\u{1F600}a\u{1F600}a	a	1	-1	1
count	\u{1F600}a\u{1F600}a	a	1	-1	1
startswith	\u{1F600}a\u{1F600}a	a	1	-1	1
endswith	\u{1F600}a\u{1F600}a	a	1	-1	0
find	\u{1F600}a\u{1F600}a	a	1	100	1
rfind	\u{1F600}a\u{1F600}a	a	1	100	3
count	\u{1F600}a\u{1F600}a	a	1	100	2
startswith	\u{1F600}a\u{1F600}a	a	1	100	1
endswith	\u{1F600}a\u{1F600}a	a	1	100	1
find	\u{1F600}a\u{1F600}a	a	3	-1	-1
rfind	\u{1F600}a\u{1F600}a	a	3	-1	-1
count	\u{1F600}a\u{1F600}a	a	3	-1	0
startswith	\u{1F600}a\u{1F600}a	a	3	-1	0
endswith	\u{1F600}a\u{1F600}a	a	3	-1	0
find	\u{1F600}a\u{1F600}a	a	9	2	-1
rfind	\u{1F600}a\u{1F600}a	a	9	2	-1
count	\u{1F600}a\u{1F600}a	a	9	2	0
startswith	\u{1F600}a\u{1F600}a	a	9	2	0
endswith	\u{1F600}a\u{1F600}a	a	9	2	0
find	\u{1F600}a\u{1F600}a	a	10	-4	-1
rfind	\u{1F600}a\u{1F600}a	a	10	-4	-1
count	\u{1F600}a\u{1F600}a	a	10	-4	0
startswith	\u{1F600}a\u{1F600}a	a	10	-4	0
endswith	\u{1F600}a\u{1F600}a	a	10	-4	0
find	\u{1F600}a\u{1F600}a	a	10	100	-1
rfind	\u{1F600}a\u{1F600}a	a	10	100	-1
count	\u{1F600}a\u{1F600}a	a	10	100	0
startswith	\u{1F600}a\u{1F600}a	a	10	100	0
endswith	\u{1F600}a\u{1F600}a	a	10	100	0
find	\u{1F600}a\u{1F600}a	a	100	\N	-1
rfind	\u{1F600}a\u{1F600}a	a	100	\N	-1
count	\u{1F600}a\u{1F600}a	a	100	\N	0
startswith	\u{1F600}a\u{1F600}a	a	100	\N	0
endswith	\u{1F600}a\u{1F600}a	a	100	\N	0
find	\u{1F600}a\u{1F600}a	a	-1	2	-1
rfind	\u{1F600}a\u{1F600}a	a	-1	2	-1
count	\u{1F600}a\u{1F600}a	a	-1	2	0
startswith	\u{1F600}a\u{1F600}a	a	-1	2	0
endswith	\u{1F600}a\u{1F600}a	a	-1	2	0
find	\u{1F600}a\u{1F600}a	a	-3	5	1
rfind	\u{1F600}a\u{1F600}a	a	-3	5	3
count	\u{1F600}a\u{1F600}a	a	-3	5	2
startswith	\u{1F600}a\u{1F600}a	a	-3	5	1
endswith	\u{1F600}a\u{1F600}a	a	-3	5	1
find	\u{1F600}a\u{1F600}a	a	-3	-1	1
rfind	\u{1F600}a\u{1F600}a	a	-3	-1	1
count	\u{1F600}a\u{1F600}a	a	-3	-1	1
startswith	\u{1F600}a\u{1F600}a	a	-3	-1	1
endswith	\u{1F600}a\u{1F600}a	a	-3	-1	0
find	\u{1F600}a\u{1F600}a	abc	\N	2	-1
rfind	\u{1F600}a\u{1F600}a	abc	\N	2	-1
count	\u{1F600}a\u{1F600}a	abc	\N	2	0
startswith	\u{1F600}a\u{1F600}a	abc	\N	2	0
endswith	\u{1F600}a\u{1F600}a	abc	\N	2	0
find	\u{1F600}a\u{1F600}a	abc	\N	5	-1
rfind	\u{1F600}a\u{1F600}a	abc	\N	5	-1
count	\u{1F600}a\u{1F600}a	abc	\N	5	0
startswith	\u{1F600}a\u{1F600}a	abc	\N	5	0
endswith	\u{1F600}a\u{1F600}a	abc	\N	5	0
find	\u{1F600}a\u{1F600}a	abc	\N	-1	-1
rfind	\u{1F600}a\u{1F600}a	abc	\N	-1	-1
count	\u{1F600}a\u{1F600}a	abc	\N	-1	0
startswith	\u{1F600}a\u{1F600}a	abc	\N	-1	0
endswith	\u{1F600}a\u{1F600}a	abc	\N	-1	0
find	\u{1F600}a\u{1F600}a	abc	1	0	-1
rfind	\u{1F600}a\u{1F600}a	abc	1	0	-1
count	\u{1F600}a\u{1F600}a	abc	1	0	0
startswith	\u{1F600}a\u{1F600}a	abc	1	0	0
endswith	\u{1F600}a\u{1F600}a	abc	1	0	0
find	\u{1F600}a\u{1F600}a	abc	1	100	-1
rfind	\u{1F600}a\u{1F600}a	abc	1	100	-1
count	\u{1F600}a\u{1F600}a	abc	1	100	0
startswith	\u{1F600}a\u{1F600}a	abc	1	100	0
endswith	\u{1F600}a\u{1F600}a	abc	1	100	0
find	\u{1F600}a\u{1F600}a	abc	2	2	-1
rfind	\u{1F600}a\u{1F600}a	abc	2	2	-1
count	\u{1F600}a\u{1F600}a	abc	2	2	0
startswith	\u{1F600}a\u{1F600}a	abc	2	2	0
endswith	\u{1F600}a\u{1F600}a	abc	2	2	0
find	\u{1F600}a\u{1F600}a	abc	5	-4	-1
rfind	\u{1F600}a\u{1F600}a	abc	5	-4	-1
count	\u{1F600}a\u{1F600}a	abc	5	-4	0
startswith	\u{1F600}a\u{1F600}a	abc	5	-4	0
endswith	\u{1F600}a\u{1F600}a	abc	5	-4	0
find	\u{1F600}a\u{1F600}a	abc	10	-4	-1
rfind	\u{1F600}a\u{1F600}a	abc	10	-4	-1
count	\u{1F600}a\u{1F600}a	abc	10	-4	0
startswith	\u{1F600}a\u{1F600}a	abc	10	-4	0
endswith	\u{1F600}a\u{1F600}a	abc	10	-4	0
find	\u{1F600}a\u{1F600}a	abc	100	-4	-1
rfind	\u{1F600}a\u{1F600}a	abc	100	-4	-1
count	\u{1F600}a\u{1F600}a	abc	100	-4	0
startswith	\u{1F600}a\u{1F600}a	abc	100	-4	0
endswith	\u{1F600}a\u{1F600}a	abc	100	-4	0
find	\u{1F600}a\u{1F600}a	abc	-100	5	-1
rfind	\u{1F600}a\u{1F600}a	abc	-100	5	-1
count	\u{1F600}a\u{1F600}a	abc	-100	5	0
startswith	\u{1F600}a\u{1F600}a	abc	-100	5	0
endswith	\u{1F600}a\u{1F600}a	abc	-100	5	0
find	\u{1F600}a\u{1F600}a	abc	-100	-4	-1
rfind	\u{1F600}a\u{1F600}a	abc	-100	-4	-1
count	\u{1F600}a\u{1F600}a	abc	-100	-4	0
startswith	\u{1F600}a\u{1F600}a	abc	-100	-4	0
endswith	\u{1F600}a\u{1F600}a	abc	-100	-4	0
find	\u{1F600}a\u{1F600}a	c	\N	100	-1
rfind	\u{1F600}a\u{1F600}a	c	\N	100	-1
count	\u{1F600}a\u{1F600}a	c	\N	100	0
startswith	\u{1F600}a\u{1F600}a	c	\N	100	0
endswith	\u{1F600}a\u{1F600}a	c	\N	100	0
find	\u{1F600}a\u{1F600}a	c	0	\N	-1
rfind	\u{1F600}a\u{1F600}a	c	0	\N	-1
count	\u{1F600}a\u{1F600}a	c	0	\N	0
startswith	\u{1F600}a\u{1F600}a	c	0	\N	0
endswith	\u{1F600}a\u{1F600}a	c	0	\N	0
find	\u{1F600}a\u{1F600}a	c	0	-4	-1
rfind	\u{1F600}a\u{1F600}a	c	0	-4	-1
count	\u{1F600}a\u{1F600}a	c	0	-4	0
startswith	\u{1F600}a\u{1F600}a	c	0	-4	0
endswith	\u{1F600}a\u{1F600}a	c	0	-4	0
find	\u{1F600}a\u{1F600}a	c	0	100	-1
rfind	\u{1F600}a\u{1F600}a	c	0	100	-1
count	\u{1F600}a\u{1F600}a	c	0	100	0
startswith	\u{1F600}a\u{1F600}a	c	0	100	0
endswith	\u{1F600}a\u{1F600}a	c	0	100	0
find	\u{1F600}a\u{1F600}a	c	2	0	-1
rfind	\u{1F600}a\u{1F600}a	c	2	0	-1
count	\u{1F600}a\u{1F600}a	c	2	0	0
startswith	\u{1F600}a\u{1F600}a	c	2	0	0
endswith	\u{1F600}a\u{1F600}a	c	2	0	0
find	\u{1F600}a\u{1F600}a	c	10	\N	-1
rfind	\u{1F600}a\u{1F600}a	c	10	\N	-1
count	\u{1F600}a\u{1F600}a	c	10	\N	0
startswith	\u{1F600}a\u{1F600}a	c	10	\N	0
endswith	\u{1F600}a\u{1F600}a	c	10	\N	0
find	\u{1F600}a\u{1F600}a	c	10	100	-1
rfind	\u{1F600}a\u{1F600}a	c	10	100	-1
count	\u{1F600}a\u{1F600}a	c	10	100	0
startswith	\u{1F600}a\u{1F600}a	c	10	100	0
endswith	\u{1F600}a\u{1F600}a	c	10	100	0
find	\u{1F600}a\u{1F600}a	c	100	0	-1
rfind	\u{1F600}a\u{1F600}a	c	100	0	-1
count	\u{1F600}a\u{1F600}a	c	100	0	0
startswith	\u{1F600}a\u{1F600}a	c	100	0	0
endswith	\u{1F600}a\u{1F600}a	c	100	0	0
find	\u{1F600}a\u{1F600}a	c	100	2	-1
rfind	\u{1F600}a\u{1F600}a	c	100	2	-1
count	\u{1F600}a\u{1F600}a	c	100	2	0
startswith	\u{1F600}a\u{1F600}a	c	100	2	0
endswith	\u{1F600}a\u{1F600}a	c	100	2	0
find	\u{1F600}a\u{1F600}a	c	-1	0	-1
rfind	\u{1F600}a\u{1F600}a	c	-1	0	-1
count	\u{1F600}a\u{1F600}a	c	-1	0	0
startswith	\u{1F600}a\u{1F600}a	c	-1	0	0
endswith	\u{1F600}a\u{1F600}a	c	-1	0	0
find	\u{1F600}a\u{1F600}a	c	-1	2	-1
rfind	\u{1F600}a\u{1F600}a	c	-1	2	-1
count	\u{1F600}a\u{1F600}a	c	-1	2	0
startswith	\u{1F600}a\u{1F600}a	c	-1	2	0
endswith	\u{1F600}a\u{1F600}a	c	-1	2	0
find	\u{1F600}a\u{1F600}a	c	-3	-1	-1
rfind	\u{1F600}a\u{1F600}a	c	-3	-1	-1
count	\u{1F600}a\u{1F600}a	c	-3	-1	0
startswith	\u{1F600}a\u{1F600}a	c	-3	-1	0
endswith	\u{1F600}a\u{1F600}a	c	-3	-1	0
find	\u{1F600}a\u{1F600}a	c	-100	2	-1
rfind	\u{1F600}a\u{1F600}a	c	-100	2	-1
count	\u{1F600}a\u{1F600}a	c	-100	2	0
startswith	\u{1F600}a\u{1F600}a	c	-100	2	0
endswith	\u{1F600}a\u{1F600}a	c	-100	2	0
find	\u{1F600}a\u{1F600}a	\u{E9}	\N	5	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	\N	5	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	\N	5	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	\N	5	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	\N	5	0
find	\u{1F600}a\u{1F600}a	\u{E9}	2	-1	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	2	-1	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	2	-1	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	2	-1	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	2	-1	0
find	\u{1F600}a\u{1F600}a	\u{E9}	3	5	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	3	5	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	3	5	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	3	5	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	3	5	0
find	\u{1F600}a\u{1F600}a	\u{E9}	3	100	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	3	100	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	3	100	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	3	100	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	3	100	0
find	\u{1F600}a\u{1F600}a	\u{E9}	5	0	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	5	0	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	5	0	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	5	0	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	5	0	0
find	\u{1F600}a\u{1F600}a	\u{E9}	5	-1	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	5	-1	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	5	-1	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	5	-1	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	5	-1	0
find	\u{1F600}a\u{1F600}a	\u{E9}	9	\N	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	9	\N	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	9	\N	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	9	\N	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	9	\N	0
find	\u{1F600}a\u{1F600}a	\u{E9}	9	-4	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	9	-4	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	9	-4	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	9	-4	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	9	-4	0
find	\u{1F600}a\u{1F600}a	\u{E9}	100	0	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	100	0	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	100	0	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	100	0	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	100	0	0
find	\u{1F600}a\u{1F600}a	\u{E9}	-3	0	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	-3	0	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	-3	0	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	-3	0	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	-3	0	0
find	\u{1F600}a\u{1F600}a	\u{E9}	-3	-4	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	-3	-4	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	-3	-4	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	-3	-4	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	-3	-4	0
find	\u{1F600}a\u{1F600}a	\u{E9}	-3	100	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	-3	100	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	-3	100	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	-3	100	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	-3	100	0
find	\u{1F600}a\u{1F600}a	\u{E9}	-100	\N	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	-100	\N	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	-100	\N	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	-100	\N	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	-100	\N	0
find	\u{1F600}a\u{1F600}a	\u{E9}	-100	2	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	-100	2	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	-100	2	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	-100	2	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	-100	2	0
find	\u{1F600}a\u{1F600}a	\u{E9}	-100	100	-1
rfind	\u{1F600}a\u{1F600}a	\u{E9}	-100	100	-1
count	\u{1F600}a\u{1F600}a	\u{E9}	-100	100	0
startswith	\u{1F600}a\u{1F600}a	\u{E9}	-100	100	0
endswith	\u{1F600}a\u{1F600}a	\u{E9}	-100	100	0
find	\u{1F600}a\u{1F600}a	aa	\N	5	-1
rfind	\u{1F600}a\u{1F600}a	aa	\N	5	-1
count	\u{1F600}a\u{1F600}a	aa	\N	5	0
startswith	\u{1F600}a\u{1F600}a	aa	\N	5	0
endswith	\u{1F600}a\u{1F600}a	aa	\N	5	0
find	\u{1F600}a\u{1F600}a	aa	\N	-1	-1
rfind	\u{1F600}a\u{1F600}a	aa	\N	-1	-1
count	\u{1F600}a\u{1F600}a	aa	\N	-1	0
startswith	\u{1F600}a\u{1F600}a	aa	\N	-1	0
endswith	\u{1F600}a\u{1F600}a	aa	\N	-1	0
find	\u{1F600}a\u{1F600}a	aa	\N	100	-1
rfind	\u{1F600}a\u{1F600}a	aa	\N	100	-1
count	\u{1F600}a\u{1F600}a	aa	\N	100	0
startswith	\u{1F600}a\u{1F600}a	aa	\N	100	0
endswith	\u{1F600}a\u{1F600}a	aa	\N	100	0
find	\u{1F600}a\u{1F600}a	aa	0	0	-1
rfind	\u{1F600}a\u{1F600}a	aa	0	0	-1
count	\u{1F600}a\u{1F600}a	aa	0	0	0
startswith	\u{1F600}a\u{1F600}a	aa	0	0	0
endswith	\u{1F600}a\u{1F600}a	aa	0	0	0
find	\u{1F600}a\u{1F600}a	aa	0	-1	-1
rfind	\u{1F600}a\u{1F600}a	aa	0	-1	-1
count	\u{1F600}a\u{1F600}a	aa	0	-1	0
startswith	\u{1F600}a\u{1F600}a	aa	0	-1	0
endswith	\u{1F600}a\u{1F600}a	aa	0	-1	0
find	\u{1F600}a\u{1F600}a	aa	2	100	-1
rfind	\u{1F600}a\u{1F600}a	aa	2	100	-1
count	\u{1F600}a\u{1F600}a	aa	2	100	0
startswith	\u{1F600}a\u{1F600}a	aa	2	100	0
endswith	\u{1F600}a\u{1F600}a	aa	2	100	0
find	\u{1F600}a\u{1F600}a	aa	3	5	-1
rfind	\u{1F600}a\u{1F600}a	aa	3	5	-1
count	\u{1F600}a\u{1F600}a	aa	3	5	0
startswith	\u{1F600}a\u{1F600}a	aa	3	5	0
endswith	\u{1F600}a\u{1F600}a	aa	3	5	0
find	\u{1F600}a\u{1F600}a	aa	9	\N	-1
rfind	\u{1F600}a\u{1F600}a	aa	9	\N	-1
count	\u{1F600}a\u{1F600}a	aa	9	\N	0
startswith	\u{1F600}a\u{1F600}a	aa	9	\N	0
endswith	\u{1F600}a\u{1F600}a	aa	9	\N	0
find	\u{1F600}a\u{1F600}a	aa	10	2	-1
rfind	\u{1F600}a\u{1F600}a	aa	10	2	-1
count	\u{1F600}a\u{1F600}a	aa	10	2	0
startswith	\u{1F600}a\u{1F600}a	aa	10	2	0
endswith	\u{1F600}a\u{1F600}a	aa	10	2	0
find	\u{1F600}a\u{1F600}a	aa	100	-4	-1
rfind	\u{1F600}a\u{1F600}a	aa	100	-4	-1
count	\u{1F600}a\u{1F600}a	aa	100	-4	0
startswith	\u{1F600}a\u{1F600}a	aa	100	-4	0
endswith	\u{1F600}a\u{1F600}a	aa	100	-4	0
find	\u{1F600}a\u{1F600}a	aa	-1	5	-1
rfind	\u{1F600}a\u{1F600}a	aa	-1	5	-1
count	\u{1F600}a\u{1F600}a	aa	-1	5	0
startswith	\u{1F600}a\u{1F600}a	aa	-1	5	0
endswith	\u{1F600}a\u{1F600}a	aa	-1	5	0
find	\u{1F600}a\u{1F600}a	aa	-3	0	-1
rfind	\u{1F600}a\u{1F600}a	aa	-3	0	-1
count	\u{1F600}a\u{1F600}a	aa	-3	0	0
startswith	\u{1F600}a\u{1F600}a	aa	-3	0	0
endswith	\u{1F600}a\u{1F600}a	aa	-3	0	0
find	\u{1F600}a\u{1F600}a	aa	-100	5	-1
rfind	\u{1F600}a\u{1F600}a	aa	-100	5	-1
count	\u{1F600}a\u{1F600}a	aa	-100	5	0
startswith	\u{1F600}a\u{1F600}a	aa	-100	5	0
endswith	\u{1F600}a\u{1F600}a	aa	-100	5	0
find	\u{1F600}a\u{1F600}a	aa	-100	100	-1
rfind	\u{1F600}a\u{1F600}a	aa	-100	100	-1
count	\u{1F600}a\u{1F600}a	aa	-100	100	0
startswith	\u{1F600}a\u{1F600}a	aa	-100	100	0
endswith	\u{1F600}a\u{1F600}a	aa	-100	100	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	0	5	0
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	0	5	2
count	\u{1F600}a\u{1F600}a	\u{1F600}a	0	5	2
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	0	5	1
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	0	5	1
find	\u{1F600}a\u{1F600}a	\u{1F600}a	0	-4	-1
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	0	-4	-1
count	\u{1F600}a\u{1F600}a	\u{1F600}a	0	-4	0
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	0	-4	0
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	0	-4	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	1	0	-1
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	1	0	-1
count	\u{1F600}a\u{1F600}a	\u{1F600}a	1	0	0
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	1	0	0
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	1	0	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	2	\N	2
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	2	\N	2
count	\u{1F600}a\u{1F600}a	\u{1F600}a	2	\N	1
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	2	\N	1
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	2	\N	1
find	\u{1F600}a\u{1F600}a	\u{1F600}a	10	\N	-1
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	10	\N	-1
count	\u{1F600}a\u{1F600}a	\u{1F600}a	10	\N	0
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	10	\N	0
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	10	\N	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	10	-1	-1
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	10	-1	-1
count	\u{1F600}a\u{1F600}a	\u{1F600}a	10	-1	0
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	10	-1	0
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	10	-1	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	10	100	-1
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	10	100	-1
count	\u{1F600}a\u{1F600}a	\u{1F600}a	10	100	0
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	10	100	0
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	10	100	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	100	\N	-1
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	100	\N	-1
count	\u{1F600}a\u{1F600}a	\u{1F600}a	100	\N	0
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	100	\N	0
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	100	\N	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	-1	-4	-1
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	-1	-4	-1
count	\u{1F600}a\u{1F600}a	\u{1F600}a	-1	-4	0
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	-1	-4	0
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	-1	-4	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	-1	0
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	-1	0
count	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	-1	1
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	-1	1
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	-1	0
find	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	100	0
rfind	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	100	2
count	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	100	2
startswith	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	100	1
endswith	\u{1F600}a\u{1F600}a	\u{1F600}a	-100	100	1
find	\u{1F600}a\u{1F600}a	zz	\N	100	-1
rfind	\u{1F600}a\u{1F600}a	zz	\N	100	-1
count	\u{1F600}a\u{1F600}a	zz	\N	100	0
startswith	\u{1F600}a\u{1F600}a	zz	\N	100	0
endswith	\u{1F600}a\u{1F600}a	zz	\N	100	0
find	\u{1F600}a\u{1F600}a	zz	0	2	-1
rfind	\u{1F600}a\u{1F600}a	zz	0	2	-1
count	\u{1F600}a\u{1F600}a	zz	0	2	0
startswith	\u{1F600}a\u{1F600}a	zz	0	2	0
endswith	\u{1F600}a\u{1F600}a	zz	0	2	0
find	\u{1F600}a\u{1F600}a	zz	1	0	-1
rfind	\u{1F600}a\u{1F600}a	zz	1	0	-1
count	\u{1F600}a\u{1F600}a	zz	1	0	0
startswith	\u{1F600}a\u{1F600}a	zz	1	0	0
endswith	\u{1F600}a\u{1F600}a	zz	1	0	0
find	\u{1F600}a\u{1F600}a	zz	2	5	-1
rfind	\u{1F600}a\u{1F600}a	zz	2	5	-1
count	\u{1F600}a\u{1F600}a	zz	2	5	0
startswith	\u{1F600}a\u{1F600}a	zz	2	5	0
endswith	\u{1F600}a\u{1F600}a	zz	2	5	0
find	\u{1F600}a\u{1F600}a	zz	3	100	-1
rfind	\u{1F600}a\u{1F600}a	zz	3	100	-1
count	\u{1F600}a\u{1F600}a	zz	3	100	0
startswith	\u{1F600}a\u{1F600}a	zz	3	100	0
endswith	\u{1F600}a\u{1F600}a	zz	3	100	0
find	\u{1F600}a\u{1F600}a	zz	5	5	-1
rfind	\u{1F600}a\u{1F600}a	zz	5	5	-1
count	\u{1F600}a\u{1F600}a	zz	5	5	0
startswith	\u{1F600}a\u{1F600}a	zz	5	5	0
endswith	\u{1F600}a\u{1F600}a	zz	5	5	0
find	\u{1F600}a\u{1F600}a	zz	10	\N	-1
rfind	\u{1F600}a\u{1F600}a	zz	10	\N	-1
count	\u{1F600}a\u{1F600}a	zz	10	\N	0
startswith	\u{1F600}a\u{1F600}a	zz	10	\N	0
endswith	\u{1F600}a\u{1F600}a	zz	10	\N	0
find	\u{1F600}a\u{1F600}a	zz	10	2	-1
rfind	\u{1F600}a\u{1F600}a	zz	10	2	-1
count	\u{1F600}a\u{1F600}a	zz	10	2	0
startswith	\u{1F600}a\u{1F600}a	zz	10	2	0
endswith	\u{1F600}a\u{1F600}a	zz	10	2	0
find	\u{1F600}a\u{1F600}a	zz	-3	5	-1
rfind	\u{1F600}a\u{1F600}a	zz	-3	5	-1
count	\u{1F600}a\u{1F600}a	zz	-3	5	0
startswith	\u{1F600}a\u{1F600}a	zz	-3	5	0
endswith	\u{1F600}a\u{1F600}a	zz	-3	5	0
find	\u{1F600}a\u{1F600}a	zz	-100	0	-1
rfind	\u{1F600}a\u{1F600}a	zz	-100	0	-1
count	\u{1F600}a\u{1F600}a	zz	-100	0	0
startswith	\u{1F600}a\u{1F600}a	zz	-100	0	0
endswith	\u{1F600}a\u{1F600}a	zz	-100	0	0
"""#
let parseIntCases = #"""
0	0	0
0	10	0
0	16	0
0	8	0
0	2	0
0	36	0
0	3	0
00	0	0
00	10	0
00	16	0
00	8	0
00	2	0
00	36	0
00	3	0
000	0	0
000	10	0
000	16	0
000	8	0
000	2	0
000	36	0
000	3	0
0_0	0	0
0_0	10	0
0_0	16	0
0_0	8	0
0_0	2	0
0_0	36	0
0_0	3	0
012	0	\N
012	10	12
012	16	18
012	8	10
012	2	\N
012	36	38
012	3	5
-012	0	\N
-012	10	-12
-012	16	-18
-012	8	-10
-012	2	\N
-012	36	-38
-012	3	-5
1_000	0	1000
1_000	10	1000
1_000	16	4096
1_000	8	512
1_000	2	8
1_000	36	46656
1_000	3	27
1__000	0	\N
1__000	10	\N
1__000	16	\N
1__000	8	\N
1__000	2	\N
1__000	36	\N
1__000	3	\N
_1	0	\N
_1	10	\N
_1	16	\N
_1	8	\N
_1	2	\N
_1	36	\N
_1	3	\N
1_	0	\N
1_	10	\N
1_	16	\N
1_	8	\N
1_	2	\N
1_	36	\N
1_	3	\N
 42 	0	42
 42 	10	42
 42 	16	66
 42 	8	34
 42 	2	\N
 42 	36	146
 42 	3	\N
\u{9}-7\u{A}	0	-7
\u{9}-7\u{A}	10	-7
\u{9}-7\u{A}	16	-7
\u{9}-7\u{A}	8	-7
\u{9}-7\u{A}	2	\N
\u{9}-7\u{A}	36	-7
\u{9}-7\u{A}	3	\N
+5	0	5
+5	10	5
+5	16	5
+5	8	5
+5	2	\N
+5	36	5
+5	3	\N
-	0	\N
-	10	\N
-	16	\N
-	8	\N
-	2	\N
-	36	\N
-	3	\N
+	0	\N
+	10	\N
+	16	\N
+	8	\N
+	2	\N
+	36	\N
+	3	\N
	0	\N
	10	\N
	16	\N
	8	\N
	2	\N
	36	\N
	3	\N
 	0	\N
 	10	\N
 	16	\N
 	8	\N
 	2	\N
 	36	\N
 	3	\N
0x1f	0	31
0x1f	10	\N
0x1f	16	31
0x1f	8	\N
0x1f	2	\N
0x1f	36	42819
0x1f	3	\N
0X1F	0	31
0X1F	10	\N
0X1F	16	31
0X1F	8	\N
0X1F	2	\N
0X1F	36	42819
0X1F	3	\N
0o17	0	15
0o17	10	\N
0o17	16	\N
0o17	8	15
0o17	2	\N
0o17	36	31147
0o17	3	\N
0b101	0	5
0b101	10	\N
0b101	16	45313
0b101	8	\N
0b101	2	5
0b101	36	514513
0b101	3	\N
0x	0	\N
0x	10	\N
0x	16	\N
0x	8	\N
0x	2	\N
0x	36	33
0x	3	\N
0x_1f	0	31
0x_1f	10	\N
0x_1f	16	31
0x_1f	8	\N
0x_1f	2	\N
0x_1f	36	42819
0x_1f	3	\N
0x__1f	0	\N
0x__1f	10	\N
0x__1f	16	\N
0x__1f	8	\N
0x__1f	2	\N
0x__1f	36	\N
0x__1f	3	\N
0b2	0	\N
0b2	10	\N
0b2	16	178
0b2	8	\N
0b2	2	\N
0b2	36	398
0b2	3	\N
1e3	0	\N
1e3	10	\N
1e3	16	483
1e3	8	\N
1e3	2	\N
1e3	36	1803
1e3	3	\N
12.5	0	\N
12.5	10	\N
12.5	16	\N
12.5	8	\N
12.5	2	\N
12.5	36	\N
12.5	3	\N
\u{661}\u{662}	0	12
\u{661}\u{662}	10	12
\u{661}\u{662}	16	18
\u{661}\u{662}	8	10
\u{661}\u{662}	2	\N
\u{661}\u{662}	36	38
\u{661}\u{662}	3	5
 \u{A0}42\u{2003}	0	42
 \u{A0}42\u{2003}	10	42
 \u{A0}42\u{2003}	16	66
 \u{A0}42\u{2003}	8	34
 \u{A0}42\u{2003}	2	\N
 \u{A0}42\u{2003}	36	146
 \u{A0}42\u{2003}	3	\N
99999999999999999999999999999	0	99999999999999999999999999999
99999999999999999999999999999	10	99999999999999999999999999999
99999999999999999999999999999	16	49846049841934345233892764760512921
99999999999999999999999999999	8	\N
99999999999999999999999999999	2	\N
99999999999999999999999999999	36	349097699862066124923733944812675741897577501
99999999999999999999999999999	3	\N
-123456789012345678901234567890	0	-123456789012345678901234567890
-123456789012345678901234567890	10	-123456789012345678901234567890
-123456789012345678901234567890	16	-94522879687365475552814062743484560
-123456789012345678901234567890	8	\N
-123456789012345678901234567890	2	\N
-123456789012345678901234567890	36	-1436287679432363134028105837355561937436483460
-123456789012345678901234567890	3	\N
ff	0	\N
ff	10	\N
ff	16	255
ff	8	\N
ff	2	\N
ff	36	555
ff	3	\N
FF	0	\N
FF	10	\N
FF	16	255
FF	8	\N
FF	2	\N
FF	36	555
FF	3	\N
z	0	\N
z	10	\N
z	16	\N
z	8	\N
z	2	\N
z	36	35
z	3	\N
Z	0	\N
Z	10	\N
Z	16	\N
Z	8	\N
Z	2	\N
Z	36	35
Z	3	\N
0xg	0	\N
0xg	10	\N
0xg	16	\N
0xg	8	\N
0xg	2	\N
0xg	36	1204
0xg	3	\N
0_7	0	\N
0_7	10	7
0_7	16	7
0_7	8	7
0_7	2	\N
0_7	36	7
0_7	3	\N
07	0	\N
07	10	7
07	16	7
07	8	7
07	2	\N
07	36	7
07	3	\N
0b1	0	1
0b1	10	\N
0b1	16	177
0b1	8	\N
0b1	2	1
0b1	36	397
0b1	3	\N
0o8	0	\N
0o8	10	\N
0o8	16	\N
0o8	8	\N
0o8	2	\N
0o8	36	872
0o8	3	\N
\u{663}	0	3
\u{663}	10	3
\u{663}	16	3
\u{663}	8	3
\u{663}	2	\N
\u{663}	36	3
\u{663}	3	\N
1 2	0	\N
1 2	10	\N
1 2	16	\N
1 2	8	\N
1 2	2	\N
1 2	36	\N
1 2	3	\N
"""#
let parseFloatCases = #"""
0	0x0000000000000000
1	0x3FF0000000000000
-1	0xBFF0000000000000
1.5	0x3FF8000000000000
.5	0x3FE0000000000000
5.	0x4014000000000000
.	\N
-.5e3	0xC07F400000000000
1e	\N
1e+	\N
1e5	0x40F86A0000000000
1E-5	0x3EE4F8B588E368F1
1_000.5	0x408F440000000000
1_000.000_1	0x408F4000346DC5D6
1__0	\N
_1	\N
1_	\N
1._5	\N
1_.5	\N
1e1_0	0x4202A05F20000000
1e_10	\N
inf	0x7FF0000000000000
-inf	0xFFF0000000000000
+inf	0x7FF0000000000000
Infinity	0x7FF0000000000000
-iNfInItY	0xFFF0000000000000
nan	0x7FF8000000000000
-nan	0x7FF8000000000000
NaN	0x7FF8000000000000
infinit	\N
nanx	\N
0x10	\N
 3.25 	0x400A000000000000
\u{A0} 2.5\u{2003}	0x4004000000000000
\u{661}.\u{662}	0x3FF3333333333333
1e400	0x7FF0000000000000
-1e400	0xFFF0000000000000
1e-400	0x0000000000000000
2.2250738585072011e-308	0x000FFFFFFFFFFFFF
0.1	0x3FB999999999999A
123456789012345678901234567890	0x45F8EE90FF6C373E
	\N
 	\N
+	\N
-	\N
1.2.3	\N
1e5.5	\N
++1	\N
4.35	0x4011666666666666
9007199254740993	0x4340000000000000
1.7976931348623158e308	0x7FEFFFFFFFFFFFFF
1.7976931348623159e308	0x7FF0000000000000
"""#
