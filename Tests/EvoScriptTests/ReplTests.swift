// The REPL's pieces that need no terminal: when an entry is ready to run,
// and Tab completion.

import XCTest
@testable import EvoScript

final class ReplTests: XCTestCase {
    func testClassify() {
        XCTAssertEqual(Repl.classify("1 + 1"), .complete(compound: false))
        XCTAssertEqual(Repl.classify("x = (1,"), .incomplete)
        XCTAssertEqual(Repl.classify("x = (1,\n2)"), .complete(compound: false))
        XCTAssertEqual(Repl.classify("def f():"), .incomplete)
        XCTAssertEqual(Repl.classify("def f():\n    return 1"), .complete(compound: true))
        XCTAssertEqual(Repl.classify("@decorator"), .incomplete)
        XCTAssertEqual(Repl.classify("s = '''abc"), .incomplete)
        XCTAssertEqual(Repl.classify("x = 1 + \\"), .incomplete)
        XCTAssertEqual(Repl.classify("if True: print(1)"), .complete(compound: true))
        XCTAssertEqual(Repl.classify("1 +* 2"), .error)
    }

    func testTopLevelAwaitCompilesOnlyForThePrompt() throws {
        let interp = Interpreter()
        func code(_ src: String, prompt: Bool = true) throws -> PyCode {
            try interp.compileSource(src + "\n", filename: "<stdin>", interactive: prompt, topLevelAwait: prompt)
        }
        XCTAssertTrue(try code("x = await f()").flags.contains(.coroutine))
        let gen = try code("yield from g()").flags
        XCTAssertTrue(gen.contains(.generator) && gen.contains(.iterableCoroutine))
        XCTAssertFalse(try code("x = 1").isGenerator)
        XCTAssertFalse(try code("async def f(): await g()").isGenerator, "await inside a def stays the def's")
        for bad in ["yield 1", "class C: await g()", "[await g() for _ in x]"] {
            XCTAssertThrowsError(try code(bad), bad)
        }
        for scriptOnly in ["await f()", "yield from g()"] {
            XCTAssertThrowsError(try code(scriptOnly, prompt: false), "scripts keep the SyntaxError")
        }
    }

    func completions(_ setup: String, _ word: String, before: String = "") throws -> [String] {
        let interp = Interpreter()
        _ = interp.runMain(source: setup, filename: "<setup>")
        let globals = try XCTUnwrap(interp.modules.getStr(interp.intern("__main__"))?.asObject(PyModule.self)?.dict)
        return interp.completions(word: word, before: before, globals: globals)
    }

    func testNamesKeywordsAndBuiltins() throws {
        XCTAssertEqual(try completions("counter = 1\ndef count_up(): pass", "cou"), ["count_up(", "counter"])
        XCTAssertEqual(try completions("", "whi"), ["while "])
        XCTAssertEqual(try completions("", "pas"), ["pass"])
        XCTAssertEqual(try completions("", "fina"), ["finally:"])
        XCTAssertTrue(try completions("", "len").contains("len("))
    }

    func testAttributes() throws {
        let setup = "class K:\n    _hidden = 1\n    def method(self): pass\n    value = 3\nk = K()"
        XCTAssertEqual(try completions(setup, "k.m"), ["k.method("])
        let all = try completions(setup, "k.")
        XCTAssertTrue(all.contains("k.value") && all.contains("k.method("), "\(all)")
        XCTAssertFalse(all.contains { $0.hasPrefix("k._") }, "no _names unless asked")
        XCTAssertTrue(try completions(setup, "k._").contains("k._hidden"))
        XCTAssertEqual(try completions("import math", "math.flo"), ["math.floor("])
        XCTAssertEqual(try completions("", "nothing_here.x"), [])
        XCTAssertEqual(try completions("", "(1).x"), [])
    }

    func testModuleNames() throws {
        XCTAssertTrue(try completions("", "mat", before: "import ").contains("math"))
        XCTAssertTrue(try completions("", "ite", before: "from ").contains("itertools"))
        XCTAssertTrue(try completions("", "os.p", before: "import sys, ").contains("os.path"))
        XCTAssertEqual(try completions("import math", "fl", before: "from math import "), ["floor"])
    }

    func testTabAtTheStartOfALineIndents() throws {
        XCTAssertEqual(try completions("", "", before: "    "), ["    "])
    }
}
