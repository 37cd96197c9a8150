// Tests for the Syntax stage: lexer + parser.
//
// The AST-shape and error expectations in `cpythonShapeCases` /
// `cpythonErrorCases` (bottom of the file) were produced by CPython 3.8.18
// itself (ast.parse printed with dev tool pydump.py in ASTDump's format, and
// SyntaxError type/msg/lineno/offset from compile()), so these tests check
// the parser against the reference implementation.

import Foundation
import XCTest
@testable import EvoScript

final class ParserTests: XCTestCase {

    // MARK: - Helpers

    func parse(_ src: String, mode: ParseMode = .file) throws -> [Stmt] {
        try Parser.parse(src, filename: "<test>", mode: mode)
    }

    func dump(_ src: String, positions: Bool = true) -> String {
        do {
            return ASTDump.dump(try parse(src), positions: positions)
        } catch let e as SyntaxErrorInfo {
            return "ERROR \(e.kind.rawValue): \(e.message) \(e.line):\(e.offset)"
        } catch {
            return "ERROR \(error)"
        }
    }

    func parseError(_ src: String, mode: ParseMode = .file, file: StaticString = #filePath, line: UInt = #line) -> SyntaxErrorInfo? {
        do {
            _ = try Parser.parse(src, filename: "<test>", mode: mode)
            XCTFail("expected a SyntaxError for \(src.debugDescription)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    /// CPython 3.8 gives an extended-slice tuple no position when it starts
    /// with a slice; the generated expectations write "Tuple@?" there.
    func normalizeExtSlice(_ s: String) -> String {
        guard let re = try? NSRegularExpression(pattern: "Tuple@[0-9]+:[0-9]+\\(\\[Slice") else { return s }
        return re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "Tuple@?([Slice")
    }

    func runOnSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            body()
            done.signal()
        }
        t.stackSize = 512 * 1024
        t.start()
        done.wait()
    }

    // MARK: - AST shapes, checked against CPython 3.8

    func testShapesMatchCPython() {
        for (src, expected) in cpythonShapeCases {
            XCTAssertEqual(normalizeExtSlice(dump(src)), expected, "source: \(src.debugDescription)")
        }
    }

    func testValuesAndKinds() throws {
        let s = try parse("x = 99999999999999999999\ny = 9223372036854775807\nz = 1.5\nw = 2j\n")
        guard case .assign(_, let v0) = s[0].kind, case .bigInt(let b) = v0.kind else { return XCTFail("bigInt") }
        XCTAssertEqual(b.description, "99999999999999999999")
        guard case .assign(_, let v1) = s[1].kind, case .int(let i) = v1.kind else { return XCTFail("int") }
        XCTAssertEqual(i, Int.max)
        guard case .assign(_, let v2) = s[2].kind, case .float(let f) = v2.kind else { return XCTFail("float") }
        XCTAssertEqual(f, 1.5)
        guard case .assign(_, let v3) = s[3].kind, case .imaginary(let im) = v3.kind else { return XCTFail("imag") }
        XCTAssertEqual(im, 2)
        let e = try parse("a = (yield)\n")
        guard case .assign(_, let y) = e[0].kind, case .yield(nil) = y.kind else { return XCTFail("yield") }
    }

    func testAnnAssignSimpleFlag() throws {
        XCTAssertEqual(dump("x: int", positions: false), "[AnnAssign(Name(x), Name(int), -, 1)]")
        XCTAssertEqual(dump("(x): int", positions: false), "[AnnAssign(Name(x), Name(int), -, 0)]")
    }

    func testPositions() throws {
        // A decorated def is positioned at `def` (3.8); the call at its func.
        let s = try parse("@d\n\ndef f():\n    return g(1)\n")
        XCTAssertEqual(s[0].pos, SourcePos(line: 3, col: 0))
        guard case .functionDef(let f) = s[0].kind, case .return(let r?) = f.body[0].kind else { return XCTFail() }
        XCTAssertEqual(f.body[0].pos, SourcePos(line: 4, col: 4))
        XCTAssertEqual(r.pos, SourcePos(line: 4, col: 11))
        // Columns count code points, not bytes.
        let u = try parse("x = 'é' + y\n")
        guard case .assign(_, let v) = u[0].kind, case .binary(_, _, let rhs) = v.kind else { return XCTFail() }
        XCTAssertEqual(rhs.pos, SourcePos(line: 1, col: 10))
        // f-string fields carry real positions.
        let fs = try parse("x = 1\ny = f'ab{cd}'\n")
        guard case .assign(_, let fv) = fs[1].kind, case .fstring(let parts) = fv.kind,
              case .formatted(let inner, _, _) = parts[1] else { return XCTFail() }
        XCTAssertEqual(inner.pos, SourcePos(line: 2, col: 9))
        let tq = try parse("y = f'''\n  {a +\n b}'''\n")
        guard case .assign(_, let tv) = tq[0].kind, case .fstring(let tparts) = tv.kind,
              case .formatted(let tin, _, _) = tparts[1] else { return XCTFail() }
        XCTAssertEqual(tin.pos, SourcePos(line: 2, col: 3))
    }

    // MARK: - The print statement

    func testPrintStatement() {
        let cases: [(String, String)] = [
            ("print", "[Print(-, [], 0)]"),
            ("print a, b", "[Print(-, [Name(a), Name(b)], 0)]"),
            ("print a, b,", "[Print(-, [Name(a), Name(b)], 1)]"),
            ("print 'x' % y", "[Print(-, [Bin(mod, Str('x'), Name(y))], 0)]"),
            ("print >>f, a, b", "[Print(Name(f), [Name(a), Name(b)], 0)]"),
            ("print >>f, a,", "[Print(Name(f), [Name(a)], 1)]"),
            ("print >>f", "[Print(Name(f), [], 0)]"),
            ("print # comment", "[Print(-, [], 0)]"),
            ("print -1", "[Print(-, [Unary(neg, Int(1))], 0)]"),
            ("if x: print 'a'", "[If(Name(x), [Print(-, [Str('a')], 0)], [])]"),
            ("x = 1; print x", "[Assign([Name(x)], Int(1)), Print(-, [Name(x)], 0)]"),
            ("for i in y:\n    print i,\n", "[For(Name(i), Name(y), [Print(-, [Name(i)], 1)], [])]"),
            // `print` as an ordinary name.
            ("print(*xs, sep='-')", "[Expr(Call(Name(print), [*Name(xs), kw('sep', Str('-'))]))]"),
            ("print ('a')", "[Expr(Call(Name(print), [Str('a')]))]"),
            ("print = log", "[Assign([Name(print)], Name(log))]"),
            ("print.__name__", "[Expr(Attr(Name(print), __name__))]"),
            ("print[0]", "[Expr(Sub(Name(print), Int(0)))]"),
            ("print, x = 1, 2", "[Assign([Tuple([Name(print), Name(x)])], Tuple([Int(1), Int(2)]))]"),
            ("print;", "[Expr(Name(print))]"),
            ("print: int = 1", "[AnnAssign(Name(print), Name(int), Int(1), 1)]"),
            ("x = print", "[Assign([Name(x)], Name(print))]"),
            ("f(print)", "[Expr(Call(Name(f), [Name(print)]))]"),
        ]
        for (src, expected) in cases {
            XCTAssertEqual(dump(src, positions: false), expected, "source: \(src.debugDescription)")
        }
        XCTAssertEqual(dump("print a\n"), "[Print@1:0(-, [Name@1:6(a)], 0)]")
        XCTAssertNotNil(parseError("print >>f,"))
    }

    // MARK: - f-strings

    func testFStrings() {
        let cases: [(String, String)] = [
            ("f'{x}'", "[Expr(JoinedStr([fv(Name(x), -, -)]))]"),
            ("f'a{x!r}b'", "[Expr(JoinedStr(['a', fv(Name(x), r, -), 'b']))]"),
            ("f'{x=}'", "[Expr(JoinedStr(['x=', fv(Name(x), r, -)]))]"),
            ("f'{x=:>4}'", "[Expr(JoinedStr(['x=', fv(Name(x), -, ['>4'])]))]"),
            ("f'{x=!s}'", "[Expr(JoinedStr(['x=', fv(Name(x), s, -)]))]"),
            ("f'{x:{w}.{p}f}'", "[Expr(JoinedStr([fv(Name(x), -, [fv(Name(w), -, -), '.', fv(Name(p), -, -), 'f'])]))]"),
            ("f'{{}}{1}'", "[Expr(JoinedStr(['{}', fv(Int(1), -, -)]))]"),
            ("'a' f'b' 'c'", "[Expr(JoinedStr(['abc']))]"),
            ("f''", "[Expr(JoinedStr([]))]"),
            ("f'\\n{x}\\t'", "[Expr(JoinedStr(['\\u{a}', fv(Name(x), -, -), '\\u{9}']))]"),
            ("rf'\\n{x}'", "[Expr(JoinedStr(['\\u{5c}n', fv(Name(x), -, -)]))]"),
            ("f'{a, b}'", "[Expr(JoinedStr([fv(Tuple([Name(a), Name(b)]), -, -)]))]"),
            ("f'{x for x in y}'", "[Expr(JoinedStr([fv(GenExp(Name(x), [for(Name(x), Name(y), [])]), -, -)]))]"),
            ("f'{a[\"k\"]!a}'", "[Expr(JoinedStr([fv(Sub(Name(a), Str('k')), a, -)]))]"),
            ("f'{f\"{x}\"}'", "[Expr(JoinedStr([fv(JoinedStr([fv(Name(x), -, -)]), -, -)]))]"),
        ]
        for (src, expected) in cases {
            XCTAssertEqual(dump(src, positions: false), expected, "source: \(src.debugDescription)")
        }
        let errors: [(String, String)] = [
            ("f'{}'", "f-string: empty expression not allowed"),
            ("f'{ }'", "f-string: empty expression not allowed"),
            ("f'}'", "f-string: single '}' is not allowed"),
            ("f'{'", "f-string: expecting '}'"),
            ("f'{a'", "f-string: expecting '}'"),
            ("f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
            ("f'{a:{b:{c}}}'", "f-string: expressions nested too deeply"),
            ("f'{a#}'", "f-string expression part cannot include '#'"),
            ("f'{a\\n}'", "f-string expression part cannot include a backslash"),
            ("f'{a)}'", "f-string: unmatched ')'"),
            ("f'{(a]}'", "f-string: closing parenthesis ']' does not match opening parenthesis '('"),
            ("f'{a b}'", "invalid syntax"),
            ("f'{*a}'", "can't use starred expression here"),
        ]
        for (src, msg) in errors {
            XCTAssertEqual(parseError(src)?.message, msg, "source: \(src.debugDescription)")
        }
    }

    // MARK: - Errors, checked against CPython 3.8

    func testErrorsMatchCPython() {
        for (src, kind, msg, line, offset) in cpythonErrorCases {
            guard let e = parseError(src) else { continue }
            XCTAssertEqual(e.kind.rawValue, kind, "kind for \(src.debugDescription)")
            XCTAssertEqual(e.message, msg, "message for \(src.debugDescription)")
            XCTAssertEqual(e.line, line, "line for \(src.debugDescription)")
            XCTAssertEqual(e.offset, offset, "offset for \(src.debugDescription)")
            XCTAssertEqual(e.filename, "<test>")
        }
    }

    func testErrorText() {
        let e = parseError("x = 1\ny = (1 +\n  $)\n")
        XCTAssertEqual(e?.line, 3)
        XCTAssertEqual(e?.text, "  $)")
        XCTAssertEqual(e?.offset, 3)
    }

    func testGrammarErrorBeatsEarlierTargetError() {
        // CPython reports AST-phase errors only once the whole input parsed.
        let e = parseError("f() = 1\nx = (\n")
        XCTAssertEqual(e?.message, "unexpected EOF while parsing")
        XCTAssertEqual(e?.isIncomplete, true)
    }

    // MARK: - Incomplete input (REPL continuation)

    func testIncomplete() {
        for src in ["x = (1,", "x = [1,\n 2", "if x:", "if x:\n", "def f():\n", "class A:\n\n",
                    "x = '''abc", "x = '''abc\n", "x = 1 + \\", "x = 1 + \\\n", "for x in y:\n    if z:\n",
                    "try:\n    pass\n", "f(a,", "x = {", "@dec\n", "if x:\n    pass\nelse:"] {
            let e = parseError(src, mode: .interactive)
            XCTAssertEqual(e?.isIncomplete, true, "should be incomplete: \(src.debugDescription) (\(e?.message ?? ""))")
        }
        for src in ["x = 'abc", "x = )", "if x:\npass", "x = 1 +", "1 2", "if x:\n    a\n  b"] {
            let e = parseError(src, mode: .interactive)
            XCTAssertEqual(e?.isIncomplete, false, "should be complete: \(src.debugDescription)")
        }
    }

    // MARK: - Modes

    func testModes() throws {
        let ev = try parse("1 + 2\n", mode: .eval)
        XCTAssertEqual(ASTDump.dump(ev, positions: false), "[Expr(Bin(add, Int(1), Int(2)))]")
        XCTAssertEqual(ASTDump.dump(try parse("  a, b", mode: .eval), positions: false), "[Expr(Tuple([Name(a), Name(b)]))]")
        XCTAssertNotNil(parseError("x = 1", mode: .eval))
        XCTAssertEqual(try parse("x = 1\n", mode: .interactive).count, 1)
        XCTAssertEqual(try parse("").count, 0)
        XCTAssertEqual(try parse("\n\n# only a comment").count, 0)
        XCTAssertEqual(try parse("x = 1\r\ny = 2\r\n").count, 2)
        XCTAssertEqual(try parse("\u{FEFF}x = 1").count, 1)
    }

    // MARK: - Robustness

    func testDeepNestingOnSmallStack() {
        runOnSmallStack {
            func fails(_ src: String) -> Bool {
                do { _ = try Parser.parse(src, filename: "<t>"); return false } catch { return true }
            }
            let p = { (n: Int) in String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n) }
            XCTAssertFalse(fails("x = " + p(90)))
            XCTAssertTrue(fails("x = " + p(1000)))
            XCTAssertTrue(fails("x = " + p(300)))
            XCTAssertTrue(fails("x = " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500)))
            XCTAssertTrue(fails("x = " + String(repeating: "f(", count: 1000) + String(repeating: ")", count: 1000)))
            XCTAssertTrue(fails("x = " + String(repeating: "lambda: ", count: 1000) + "1"))
            XCTAssertTrue(fails("x = " + String(repeating: "1 if 2 else ", count: 1000) + "1"))
            XCTAssertTrue(fails("x = f'{" + p(190) + "}'"))
            // Iterative: prefix operators and `**` chains do not recurse.
            XCTAssertFalse(fails("x = " + String(repeating: "-", count: 1000) + "1"))
            XCTAssertFalse(fails("x = " + String(repeating: "not ", count: 1000) + "1"))
            XCTAssertFalse(fails("x = " + Array(repeating: "2", count: 1000).joined(separator: " ** ")))
            // Blocks: 100 levels is CPython's limit ("too many levels of indentation").
            var blocks = ""
            for i in 0..<100 { blocks += String(repeating: " ", count: i) + "if x:\n" }
            blocks += String(repeating: " ", count: 100) + "pass\n"
            XCTAssertTrue(fails(blocks))
            var ok = ""
            for i in 0..<60 { ok += String(repeating: " ", count: i) + "while (a + (b * (c - d))):\n" }
            ok += String(repeating: " ", count: 60) + "x = [f(1, (2, {3: [4]}))]\n"
            XCTAssertFalse(fails(ok))
        }
    }

    func testLongFlatExpressionParses() throws {
        let n = 10_000
        let src = "x = " + Array(repeating: "1", count: n).joined(separator: " + ") + "\n"
        let s = try parse(src)
        guard case .assign(_, let v) = s[0].kind, case .binary(.add, _, let last) = v.kind else { return XCTFail() }
        XCTAssertEqual(last.pos, SourcePos(line: 1, col: 4 + (n - 1) * 4))
        let args = "f(" + Array(repeating: "a", count: n).joined(separator: ", ") + ")\n"
        guard case .expr(let call) = try parse(args)[0].kind, case .call(_, let a) = call.kind else { return XCTFail() }
        XCTAssertEqual(a.count, n)
    }

    func testNoCrashOnGarbage() {
        // Every prefix of a tricky source, and some random byte soup, must
        // either parse or throw -- never trap or hang.
        let tricky = "@d\nasync def f(a, /, b=1, *c, d: int = 2, **e) -> 'x':\n    x = f'{a!r:>{b}}' rb'\\x00' 0x_1f 1_0.5e-3j\n    [y async for y in z if (w := y)]\n    print >>sys.stderr, 'a',\n    return {**a, 'b': [*c]} if not d else lambda: (yield)\n"
        var i = tricky.startIndex
        while i < tricky.endIndex {
            _ = try? Parser.parse(String(tricky[..<i]), filename: "<t>")
            i = tricky.index(after: i)
        }
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("()[]{}:;,.'\"\\#@=+-*/%<>!~&|^ \t\nabcxyz0123456789_fbru\u{e9}")
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<Int.random(in: 1...60, using: &rng) { s.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]) }
            _ = try? Parser.parse(s, filename: "<t>")
        }
    }

    func testSpeed() throws {
        var lines: [String] = []
        for i in 0..<2500 {
            lines.append("def f\(i)(a, b=2, *args, **kw):")
            lines.append("    x = [a + b * \(i) for a in range(10) if a % 2]")
            lines.append("    return {\"k\": x, \"v\": f\"{a!r} and {b:>10}\"}, a.b.c(d)[1:2]")
            lines.append("")
        }
        let src = lines.joined(separator: "\n")
        let t0 = Date()
        let s = try parse(src)
        let dt = Date().timeIntervalSince(t0)
        XCTAssertEqual(s.count, 2500)
        print("parsed 10,000 lines in \(Int(dt * 1000)) ms")
        XCTAssertLessThan(dt, 5.0)
    }
}

// Generated from CPython 3.8's ast (tools/pydump.py) -- do not edit by hand.
let cpythonShapeCases: [(String, String)] = [
    ("a = b = 1",
     "[Assign@1:0([Name@1:0(a), Name@1:4(b)], Int@1:8(1))]"),
    ("a, *b = c",
     "[Assign@1:0([Tuple@1:0([Name@1:0(a), Starred@1:3(Name@1:4(b))])], Name@1:8(c))]"),
    ("[a, (b, c)] = d",
     "[Assign@1:0([List@1:0([Name@1:1(a), Tuple@1:4([Name@1:5(b), Name@1:8(c)])])], Name@1:14(d))]"),
    ("x: int = 5",
     "[AnnAssign@1:0(Name@1:0(x), Name@1:3(int), Int@1:9(5), 1)]"),
    ("(x): int",
     "[AnnAssign@1:0(Name@1:1(x), Name@1:5(int), -, 0)]"),
    ("x.y: int",
     "[AnnAssign@1:0(Attr@1:0(Name@1:0(x), y), Name@1:5(int), -, 0)]"),
    ("a += 1",
     "[AugAssign@1:0(Name@1:0(a), add, Int@1:5(1))]"),
    ("a[1:2, ::3] = x",
     "[Assign@1:0([Sub@1:0(Name@1:0(a), Tuple@?([Slice(Int@1:2(1), Int@1:4(2), -), Slice(-, -, Int@1:9(3))]))], Name@1:14(x))]"),
    ("a @= b",
     "[AugAssign@1:0(Name@1:0(a), matmul, Name@1:5(b))]"),
    ("-a ** -b ** c",
     "[Expr@1:0(Unary@1:0(neg, Bin@1:1(pow, Name@1:1(a), Unary@1:6(neg, Bin@1:7(pow, Name@1:7(b), Name@1:12(c))))))]"),
    ("not not a",
     "[Expr@1:0(Unary@1:0(not, Unary@1:4(not, Name@1:8(a))))]"),
    ("a < b <= c not in d is not e",
     "[Expr@1:0(Compare@1:0(Name@1:0(a), lt Name@1:4(b), le Name@1:9(c), notIn Name@1:18(d), isNot Name@1:27(e)))]"),
    ("a if b else c if d else e",
     "[Expr@1:0(IfExp@1:0(Name@1:5(b), Name@1:0(a), IfExp@1:12(Name@1:17(d), Name@1:12(c), Name@1:24(e))))]"),
    ("a or b and not c or d",
     "[Expr@1:0(Bool@1:0(or, [Name@1:0(a), Bool@1:5(and, [Name@1:5(b), Unary@1:11(not, Name@1:15(c))]), Name@1:20(d)]))]"),
    ("x = 1 | 2 ^ 3 & 4 << 5 >> 6 + 7 - 8 * 9 / 10 // 11 % 12 @ 13",
     "[Assign@1:0([Name@1:0(x)], Bin@1:4(bitor, Int@1:4(1), Bin@1:8(bitxor, Int@1:8(2), Bin@1:12(bitand, Int@1:12(3), Bin@1:16(rshift, Bin@1:16(lshift, Int@1:16(4), Int@1:21(5)), Bin@1:26(sub, Bin@1:26(add, Int@1:26(6), Int@1:30(7)), Bin@1:34(matmul, Bin@1:34(mod, Bin@1:34(floordiv, Bin@1:34(truediv, Bin@1:34(mul, Int@1:34(8), Int@1:38(9)), Int@1:42(10)), Int@1:48(11)), Int@1:53(12)), Int@1:58(13))))))))]"),
    ("(a) + b",
     "[Expr@1:0(Bin@1:0(add, Name@1:1(a), Name@1:6(b)))]"),
    ("a.b.c(d)[e]",
     "[Expr@1:0(Sub@1:0(Call@1:0(Attr@1:0(Attr@1:0(Name@1:0(a), b), c), [Name@1:6(d)]), Name@1:9(e)))]"),
    ("lambda x, /, y=1, *a, z, w=2, **k: 0",
     "[Expr@1:0(Lambda@1:0(args(posonly=['x'], args=['y'=Int@1:15(1)], vararg='a', kwonly=['z', 'w'=Int@1:27(2)], kwarg='k'), Int@1:35(0)))]"),
    ("lambda: (yield)",
     "[Expr@1:0(Lambda@1:0(args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), Yield@1:9(-)))]"),
    ("lambda *a, **k: a",
     "[Expr@1:0(Lambda@1:0(args(posonly=[], args=[], vararg='a', kwonly=[], kwarg='k'), Name@1:16(a)))]"),
    ("f(*a, b, c=1, *d, **e)",
     "[Expr@1:0(Call@1:0(Name@1:0(f), [*Name@1:3(a), Name@1:6(b), *Name@1:15(d), kw('c', Int@1:11(1)), **Name@1:20(e)]))]"),
    ("f(x for x in y)",
     "[Expr@1:0(Call@1:0(Name@1:0(f), [GenExp@1:1(Name@1:2(x), [for(Name@1:8(x), Name@1:13(y), [])])]))]"),
    ("f(a)(b)(c)",
     "[Expr@1:0(Call@1:0(Call@1:0(Call@1:0(Name@1:0(f), [Name@1:2(a)]), [Name@1:5(b)]), [Name@1:8(c)]))]"),
    ("f(a, b,)",
     "[Expr@1:0(Call@1:0(Name@1:0(f), [Name@1:2(a), Name@1:5(b)]))]"),
    ("[x for x in y if z for w in x]",
     "[Expr@1:0(ListComp@1:0(Name@1:1(x), [for(Name@1:7(x), Name@1:12(y), [Name@1:17(z)]), for(Name@1:23(w), Name@1:28(x), [])]))]"),
    ("{**a, 'b': 1, **c}",
     "[Expr@1:0(Dict@1:0([**Name@1:3(a), Str@1:6('b'): Int@1:11(1), **Name@1:16(c)]))]"),
    ("{a for a in b}",
     "[Expr@1:0(SetComp@1:0(Name@1:1(a), [for(Name@1:7(a), Name@1:12(b), [])]))]"),
    ("{a: b for a, b in c}",
     "[Expr@1:0(DictComp@1:0(Name@1:1(a), Name@1:4(b), [for(Tuple@1:10([Name@1:10(a), Name@1:13(b)]), Name@1:18(c), [])]))]"),
    ("{1, *a}",
     "[Expr@1:0(Set@1:0([Int@1:1(1), Starred@1:4(Name@1:5(a))]))]"),
    ("(x for x in y if x)",
     "[Expr@1:0(GenExp@1:0(Name@1:1(x), [for(Name@1:7(x), Name@1:12(y), [Name@1:17(x)])]))]"),
    ("x[1:2:3]",
     "[Expr@1:0(Sub@1:0(Name@1:0(x), Slice(Int@1:2(1), Int@1:4(2), Int@1:6(3))))]"),
    ("x[::]",
     "[Expr@1:0(Sub@1:0(Name@1:0(x), Slice(-, -, -)))]"),
    ("x[:, 1]",
     "[Expr@1:0(Sub@1:0(Name@1:0(x), Tuple@?([Slice(-, -, -), Int@1:5(1)])))]"),
    ("x[...]",
     "[Expr@1:0(Sub@1:0(Name@1:0(x), Ellipsis@1:2()))]"),
    ("x = ...",
     "[Assign@1:0([Name@1:0(x)], Ellipsis@1:4())]"),
    ("x = (1,)",
     "[Assign@1:0([Name@1:0(x)], Tuple@1:4([Int@1:5(1)]))]"),
    ("x = ()",
     "[Assign@1:0([Name@1:0(x)], Tuple@1:4([]))]"),
    ("x = [*a, *b]",
     "[Assign@1:0([Name@1:0(x)], List@1:4([Starred@1:5(Name@1:6(a)), Starred@1:9(Name@1:10(b))]))]"),
    ("x = *a, *b",
     "[Assign@1:0([Name@1:0(x)], Tuple@1:4([Starred@1:4(Name@1:5(a)), Starred@1:8(Name@1:9(b))]))]"),
    ("0x1F + 0o17 + 0b101 + 1_000 + 1.5e3 + 2j + .5 + 1. + 99999999999999999999 + 0 + 00 + 1e-5 + 1E+10j",
     "[Expr@1:0(Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Bin@1:0(add, Int@1:0(31), Int@1:7(15)), Int@1:14(5)), Int@1:22(1000)), Float@1:30(1500.0)), Imag@1:38(2.0)), Float@1:43(0.5)), Float@1:48(1.0)), Int@1:53(99999999999999999999)), Int@1:76(0)), Int@1:80(0)), Float@1:85(1e-05)), Imag@1:92(10000000000.0)))]"),
    ("x = 'a' 'b'",
     "[Assign@1:0([Name@1:0(x)], Str@1:4('ab'))]"),
    ("x = b'\\x41' b'c'",
     "[Assign@1:0([Name@1:0(x)], Bytes@1:4(65 99))]"),
    ("x = r'\\d' u'x'",
     "[Assign@1:0([Name@1:0(x)], Str@1:4('\\u{5c}dx'))]"),
    ("x = '''multi\nline'''",
     "[Assign@1:0([Name@1:0(x)], Str@1:4('multi\\u{a}line'))]"),
    ("x = '\\101\\x41\\u0041\\U00000041\\n\\t\\\\\\'\\q'",
     "[Assign@1:0([Name@1:0(x)], Str@1:4('AAAA\\u{a}\\u{9}\\u{5c}\\u{27}\\u{5c}q'))]"),
    ("x = 'a\\\nb'",
     "[Assign@1:0([Name@1:0(x)], Str@1:4('ab'))]"),
    ("x = 'é中'",
     "[Assign@1:0([Name@1:0(x)], Str@1:4('\\u{e9}\\u{4e2d}'))]"),
    ("x = b'\\777\\0'",
     "[Assign@1:0([Name@1:0(x)], Bytes@1:4(255 0))]"),
    ("x = f'{a!r:>{w}} {b=} {{}}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Name(a), r, ['>', fv(Name(w), -, -)]), ' b=', fv(Name(b), r, -), ' {}']))]"),
    ("x = f'{x:{y}.{z}}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Name(x), -, [fv(Name(y), -, -), '.', fv(Name(z), -, -)])]))]"),
    ("x = 'a' f'{b}' 'c'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4(['a', fv(Name(b), -, -), 'c']))]"),
    ("x = rf'\\d{x}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4(['\\u{5c}d', fv(Name(x), -, -)]))]"),
    ("x = f'''{\na\n}'''",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Name(a), -, -)]))]"),
    ("x = f'{a!s}{b!a}{c:}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Name(a), s, -), fv(Name(b), a, -), fv(Name(c), -, [])]))]"),
    ("x = f'{ a = }'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([' a = ', fv(Name(a), r, -)]))]"),
    ("x = f'{a=!s:>3}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4(['a=', fv(Name(a), s, ['>3'])]))]"),
    ("x = f'{3!=4}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Compare(Int(3), ne Int(4)), -, -)]))]"),
    ("x = f'{a[\"b\"]}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Sub(Name(a), Str('b')), -, -)]))]"),
    ("x = f'{x:{{}}>10}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Name(x), -, [fv(Dict([]), -, -), '>10'])]))]"),
    ("x = f'{(lambda: 1)()}'",
     "[Assign@1:0([Name@1:0(x)], JoinedStr@1:4([fv(Call(Lambda(args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), Int(1)), []), -, -)]))]"),
    ("if a:\n    b\nelif c:\n    d\nelse:\n    e",
     "[If@1:0(Name@1:3(a), [Expr@2:4(Name@2:4(b))], [If@3:0(Name@3:5(c), [Expr@4:4(Name@4:4(d))], [Expr@6:4(Name@6:4(e))])])]"),
    ("while a:\n    break\nelse:\n    continue",
     "[While@1:0(Name@1:6(a), [Break@2:4()], [Continue@4:4()])]"),
    ("for a, b in c:\n    pass\nelse:\n    pass",
     "[For@1:0(Tuple@1:4([Name@1:4(a), Name@1:7(b)]), Name@1:12(c), [Pass@2:4()], [Pass@4:4()])]"),
    ("try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f",
     "[Try@1:0([Expr@2:4(Name@2:4(a))], [Handler@3:0(Name@3:7(E), e, [Expr@4:4(Name@4:4(b))]), Handler@5:0(Tuple@5:7([Name@5:8(F), Name@5:11(G)]), -, [Expr@6:4(Name@6:4(c))]), Handler@7:0(-, -, [Expr@8:4(Name@8:4(d))])], [Expr@10:4(Name@10:4(e))], [Expr@12:4(Name@12:4(f))])]"),
    ("try:\n    a\nfinally:\n    b",
     "[Try@1:0([Expr@2:4(Name@2:4(a))], [], [], [Expr@4:4(Name@4:4(b))])]"),
    ("with a as b, c as (d, e), f:\n    pass",
     "[With@1:0([item(Name@1:5(a), Name@1:10(b)), item(Name@1:13(c), Tuple@1:18([Name@1:19(d), Name@1:22(e)])), item(Name@1:26(f), -)], [Pass@2:4()])]"),
    ("@dec\n@dec2(1)\ndef f(a, b: int = 1, *args: str, c, d=2, **kw) -> None:\n    return a",
     "[FunctionDef@3:0(f, args(posonly=[], args=['a', 'b':Name@3:12(int)=Int@3:18(1)], vararg='args':Name@3:28(str), kwonly=['c', 'd'=Int@3:38(2)], kwarg='kw'), [Return@4:4(Name@4:11(a))], [Name@1:1(dec), Call@2:1(Name@2:1(dec2), [Int@2:6(1)])], NoneC@3:50())]"),
    ("async def f():\n    await x\n    async for a in b:\n        pass\n    async with a as b:\n        pass\n    return [x async for x in y]",
     "[AsyncFunctionDef@1:0(f, args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), [Expr@2:4(Await@2:4(Name@2:10(x))), AsyncFor@3:4(Name@3:14(a), Name@3:19(b), [Pass@4:8()], []), AsyncWith@5:4([item(Name@5:15(a), Name@5:20(b))], [Pass@6:8()]), Return@7:4(ListComp@7:11(Name@7:12(x), [asyncfor(Name@7:24(x), Name@7:29(y), [])]))], [], -)]"),
    ("@d\nclass A(B, C, metaclass=M, **kw):\n    x = 1\n    def m(self): pass",
     "[ClassDef@2:0(A, [Name@2:8(B), Name@2:11(C), kw('metaclass', Name@2:24(M)), **Name@2:29(kw)], [Assign@3:4([Name@3:4(x)], Int@3:8(1)), FunctionDef@4:4(m, args(posonly=[], args=['self'], vararg=-, kwonly=[], kwarg=-), [Pass@4:17()], [], -)], [Name@1:1(d)])]"),
    ("class A: pass",
     "[ClassDef@1:0(A, [], [Pass@1:9()], [])]"),
    ("import a.b.c as d, e",
     "[Import@1:0(a.b.c as d, e)]"),
    ("from . import x",
     "[ImportFrom@1:0(-, x, 1)]"),
    ("from ..a.b import (c as d, e,)",
     "[ImportFrom@1:0(a.b, c as d, e, 2)]"),
    ("from ... import *",
     "[ImportFrom@1:0(-, *, 3)]"),
    ("from .... import x",
     "[ImportFrom@1:0(-, x, 4)]"),
    ("def f():\n    global a, b\n    def g():\n        nonlocal a\n    del a, b[0], c.d, (e, f)",
     "[FunctionDef@1:0(f, args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), [Global@2:4(['a', 'b']), FunctionDef@3:4(g, args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), [Nonlocal@4:8(['a'])], [], -), Delete@5:4([Name@5:8(a), Sub@5:11(Name@5:11(b), Int@5:13(0)), Attr@5:17(Name@5:17(c), d), Tuple@5:22([Name@5:23(e), Name@5:26(f)])])], [], -)]"),
    ("assert x, 'msg'",
     "[Assert@1:0(Name@1:7(x), Str@1:10('msg'))]"),
    ("raise E from e",
     "[Raise@1:0(Name@1:6(E), Name@1:13(e))]"),
    ("raise",
     "[Raise@1:0(-, -)]"),
    ("def f():\n    return",
     "[FunctionDef@1:0(f, args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), [Return@2:4(-)], [], -)]"),
    ("def f():\n    return 1, *a",
     "[FunctionDef@1:0(f, args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), [Return@2:4(Tuple@2:11([Int@2:11(1), Starred@2:14(Name@2:15(a))]))], [], -)]"),
    ("def f():\n    yield\n    yield from x\n    x = yield y\n    x = yield a, b",
     "[FunctionDef@1:0(f, args(posonly=[], args=[], vararg=-, kwonly=[], kwarg=-), [Expr@2:4(Yield@2:4(-)), Expr@3:4(YieldFrom@3:4(Name@3:15(x))), Assign@4:4([Name@4:4(x)], Yield@4:8(Name@4:14(y))), Assign@5:4([Name@5:4(x)], Yield@5:8(Tuple@5:14([Name@5:14(a), Name@5:17(b)])))], [], -)]"),
    ("if x: a; b\nelse: c",
     "[If@1:0(Name@1:3(x), [Expr@1:6(Name@1:6(a)), Expr@1:9(Name@1:9(b))], [Expr@2:6(Name@2:6(c))])]"),
    ("x = 1; y = 2;",
     "[Assign@1:0([Name@1:0(x)], Int@1:4(1)), Assign@1:7([Name@1:7(y)], Int@1:11(2))]"),
    ("if (n := len(a)) > 10: pass",
     "[If@1:0(Compare@1:3(Named@1:4(n, Call@1:9(Name@1:9(len), [Name@1:13(a)])), gt Int@1:19(10)), [Pass@1:23()], [])]"),
    ("while (x := f()): pass",
     "[While@1:0(Named@1:7(x, Call@1:12(Name@1:12(f), [])), [Pass@1:18()], [])]"),
    ("[y := f(x), y**2]",
     "[Expr@1:0(List@1:0([Named@1:1(y, Call@1:6(Name@1:6(f), [Name@1:8(x)])), Bin@1:12(pow, Name@1:12(y), Int@1:15(2))]))]"),
    ("f(a := 1)",
     "[Expr@1:0(Call@1:0(Name@1:0(f), [Named@1:2(a, Int@1:7(1))]))]"),
    ("x = (y := 1)",
     "[Assign@1:0([Name@1:0(x)], Named@1:5(y, Int@1:10(1)))]"),
    ("x = a if b else c",
     "[Assign@1:0([Name@1:0(x)], IfExp@1:4(Name@1:9(b), Name@1:4(a), Name@1:16(c)))]"),
    ("x = [i for i in range(10)]",
     "[Assign@1:0([Name@1:0(x)], ListComp@1:4(Name@1:5(i), [for(Name@1:11(i), Call@1:16(Name@1:16(range), [Int@1:22(10)]), [])]))]"),
    ("x = not a",
     "[Assign@1:0([Name@1:0(x)], Unary@1:4(not, Name@1:8(a)))]"),
    ("x = a is not b",
     "[Assign@1:0([Name@1:0(x)], Compare@1:4(Name@1:4(a), isNot Name@1:13(b)))]"),
    ("x = await y",
     "[Assign@1:0([Name@1:0(x)], Await@1:4(Name@1:10(y)))]"),
    ("#!/usr/bin/env python\nx = 1",
     "[Assign@2:0([Name@2:0(x)], Int@2:4(1))]"),
    ("\n\n# comment\n   \nx = 1  # trailing\n\n",
     "[Assign@5:0([Name@5:0(x)], Int@5:4(1))]"),
    ("def f(a, /, b, *, c): pass",
     "[FunctionDef@1:0(f, args(posonly=['a'], args=['b'], vararg=-, kwonly=['c'], kwarg=-), [Pass@1:22()], [], -)]"),
    ("def f(a, /): pass",
     "[FunctionDef@1:0(f, args(posonly=['a'], args=[], vararg=-, kwonly=[], kwarg=-), [Pass@1:13()], [], -)]"),
    ("def f(*, a=1, b): pass",
     "[FunctionDef@1:0(f, args(posonly=[], args=[], vararg=-, kwonly=['a'=Int@1:11(1), 'b'], kwarg=-), [Pass@1:18()], [], -)]"),
    ("x = (\n  1 +\n  2\n)",
     "[Assign@1:0([Name@1:0(x)], Bin@2:2(add, Int@2:2(1), Int@3:2(2)))]"),
    ("x = 1 + \\\n    2",
     "[Assign@1:0([Name@1:0(x)], Bin@1:4(add, Int@1:4(1), Int@2:4(2)))]"),
    ("if x:\n\tif y:\n\t\tpass",
     "[If@1:0(Name@1:3(x), [If@2:1(Name@2:4(y), [Pass@3:2()], [])], [])]"),
    ("if x:\n  a\n\n  # c\n  b\nc",
     "[If@1:0(Name@1:3(x), [Expr@2:2(Name@2:2(a)), Expr@5:2(Name@5:2(b))], []), Expr@6:0(Name@6:0(c))]"),
    ("x = [\n1,\n2,\n]",
     "[Assign@1:0([Name@1:0(x)], List@1:4([Int@2:0(1), Int@3:0(2)]))]"),
    ("print(1, 2, sep='')",
     "[Expr@1:0(Call@1:0(Name@1:0(print), [Int@1:6(1), Int@1:9(2), kw('sep', Str@1:16(''))]))]"),
    ("print (x)",
     "[Expr@1:0(Call@1:0(Name@1:0(print), [Name@1:7(x)]))]"),
    ("print = 3",
     "[Assign@1:0([Name@1:0(print)], Int@1:8(3))]"),
    ("print.x = 1",
     "[Assign@1:0([Attr@1:0(Name@1:0(print), x)], Int@1:10(1))]"),
    ("print[0]",
     "[Expr@1:0(Sub@1:0(Name@1:0(print), Int@1:6(0)))]"),
    ("print, x = 1, 2",
     "[Assign@1:0([Tuple@1:0([Name@1:0(print), Name@1:7(x)])], Tuple@1:11([Int@1:11(1), Int@1:14(2)]))]"),
    ("print;",
     "[Expr@1:0(Name@1:0(print))]"),
]
let cpythonErrorCases: [(String, String, String, Int, Int)] = [
    ("x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7),
    ("x = 1)", "SyntaxError", "unmatched ')'", 1, 6),
    ("x = !a", "SyntaxError", "invalid syntax", 1, 5),
    ("f(a,,)", "SyntaxError", "invalid syntax", 1, 5),
    ("x = $", "SyntaxError", "invalid syntax", 1, 5),
    ("x = 1 +", "SyntaxError", "invalid syntax", 1, 8),
    ("x = 1 + # c\n", "SyntaxError", "invalid syntax", 1, 9),
    ("else: pass", "SyntaxError", "invalid syntax", 1, 1),
    ("x = 1; ; y", "SyntaxError", "invalid syntax", 1, 8),
    ("from a import ()", "SyntaxError", "invalid syntax", 1, 16),
    ("import .a", "SyntaxError", "invalid syntax", 1, 8),
    ("x := 1", "SyntaxError", "invalid syntax", 1, 3),
    ("x.y := 1", "SyntaxError", "invalid syntax", 1, 5),
    ("def f(x:=1): pass", "SyntaxError", "invalid syntax", 1, 8),
    ("assert x := 1", "SyntaxError", "invalid syntax", 1, 10),
    ("x = y := 1", "SyntaxError", "invalid syntax", 1, 7),
    ("x[a:=1]", "SyntaxError", "invalid syntax", 1, 4),
    ("{y := 1}", "SyntaxError", "invalid syntax", 1, 4),
    ("f(a=b:=1)", "SyntaxError", "invalid syntax", 1, 6),
    ("f() = 1", "SyntaxError", "cannot assign to function call", 1, 1),
    ("a + b = 1", "SyntaxError", "cannot assign to operator", 1, 1),
    ("del f()", "SyntaxError", "cannot delete function call", 1, 5),
    ("True = 1", "SyntaxError", "cannot assign to True", 1, 1),
    ("None = 1", "SyntaxError", "cannot assign to None", 1, 1),
    ("lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 1),
    ("a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1),
    ("a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1),
    ("f() += 1", "SyntaxError", "cannot assign to function call", 1, 1),
    ("(a, b) += 1", "SyntaxError", "illegal expression for augmented assignment", 1, 1),
    ("*a, *b = c", "SyntaxError", "two starred expressions in assignment", 1, 1),
    ("*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1),
    ("x = *a", "SyntaxError", "can't use starred expression here", 1, 5),
    ("[a, 1] = x", "SyntaxError", "cannot assign to literal", 1, 1),
    ("del (a, 1)", "SyntaxError", "cannot delete literal", 1, 5),
    ("for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5),
    ("with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 6),
    ("'abc' = 1", "SyntaxError", "cannot assign to literal", 1, 1),
    ("f'{x}' = 1", "SyntaxError", "cannot assign to f-string expression", 1, 1),
    ("... = 1", "SyntaxError", "cannot assign to Ellipsis", 1, 1),
    ("x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5),
    ("(yield) = 1", "SyntaxError", "cannot assign to yield expression", 1, 1),
    ("{a: b} = 1", "SyntaxError", "cannot assign to dict display", 1, 1),
    ("(x for x in y) = 1", "SyntaxError", "cannot assign to generator expression", 1, 1),
    ("__debug__ = 1", "SyntaxError", "cannot assign to __debug__", 1, 1),
    ("(x := 1) = 2", "SyntaxError", "cannot assign to named expression", 1, 1),
    ("(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2),
    ("[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension", 1, 1),
    ("x, y: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1),
    ("[x]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1),
    ("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 7),
    ("def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 1),
    ("lambda x, x: 1", "SyntaxError", "duplicate argument 'x' in function definition", 1, 1),
    ("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7),
    ("def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 10),
    ("def f(/, b): pass", "SyntaxError", "invalid syntax", 1, 7),
    ("def f(**k, a): pass", "SyntaxError", "invalid syntax", 1, 12),
    ("def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 7),
    ("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 8),
    ("f(a=1, a=2)", "SyntaxError", "keyword argument repeated", 1, 8),
    ("f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8),
    ("f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 8),
    ("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
    ("f(1, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6),
    ("f(True=1)", "SyntaxError", "cannot assign to True", 1, 3),
    ("f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
    ("class A(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 9),
    ("[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2),
    ("{**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 1),
    ("from a import b,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 15),
    ("1_", "SyntaxError", "invalid decimal literal", 1, 2),
    ("1__0", "SyntaxError", "invalid decimal literal", 1, 2),
    ("0x", "SyntaxError", "invalid hexadecimal literal", 1, 2),
    ("012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 3),
    ("0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 2),
    ("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 2),
    ("0b1_", "SyntaxError", "invalid binary literal", 1, 4),
    ("1.5_", "SyntaxError", "invalid decimal literal", 1, 4),
    ("1e+", "SyntaxError", "invalid decimal literal", 1, 3),
    ("x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 6),
    ("x = 1abc", "SyntaxError", "invalid syntax", 1, 6),
    ("x = 'abc", "SyntaxError", "EOL while scanning string literal", 1, 9),
    ("x = 'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 5),
    ("x = b'é'", "SyntaxError", "bytes can only contain ASCII literal characters.", 1, 5),
    ("x = €", "SyntaxError", "invalid character in identifier", 1, 5),
    ("x = a€", "SyntaxError", "invalid character in identifier", 1, 6),
    ("x = '\\xg'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 5),
    ("x = b'\\xg'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 5),
    ("x = '\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 5),
    ("x = f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 5),
    ("x = f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 5),
    ("x = f'{'", "SyntaxError", "f-string: expecting '}'", 1, 5),
    ("x = f'{a!x}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 5),
    ("x = f'{a:{b:{c}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 5),
    ("x = f'{a#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 5),
    ("x = f'{a\\n}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, 5),
    ("x = f'{a)}'", "SyntaxError", "f-string: unmatched ')'", 1, 5),
    ("  x = 1", "IndentationError", "unexpected indent", 1, 2),
    ("if x:\npass", "IndentationError", "expected an indented block", 2, 1),
    ("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4),
    ("if x:\n\ta\n        b", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 10),
    ("if x:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 3),
    ("def f():\n  x = 1\n    y = 2", "IndentationError", "unexpected indent", 3, 4),
    ("x = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 10),
    ("try:\n  pass\nelse:\n  pass", "SyntaxError", "invalid syntax", 3, 1),
    ("class A: pass\nclass", "SyntaxError", "invalid syntax", 2, 6),
    ("x = a if b", "SyntaxError", "invalid syntax", 1, 11),
    ("if debug is not None:\n  pass\nif a not b: pass", "SyntaxError", "invalid syntax", 3, 10),
    ("x = (1,\n  2,\n  3", "SyntaxError", "unexpected EOF while parsing", 3, 4),
    ("x = '''abc\ndef\nghi", "SyntaxError", "EOF while scanning triple-quoted string literal", 3, 19),
    ("if x:\n\n", "SyntaxError", "unexpected EOF while parsing", 2, 1),
    ("x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10),
]
