// Bad and extreme input never crashes the process: mutated programs only
// ever compile or raise SyntaxError, deep nesting and runaway recursion end
// in clean exceptions even on a 512 KiB thread, and deep structures are
// released without recursion.

import XCTest
import Foundation
@testable import EvoScript

final class RobustnessTests: XCTestCase {
    /// Runs `body` on a thread with a 512 KiB stack and waits for it.
    func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            body()
            done.signal()
        }
        t.stackSize = 512 * 1024
        t.start()
        done.wait()
    }

    /// Runs a program in a fresh interpreter; returns (outcome, stdout, stderr).
    static func run(_ source: String) -> (RunOutcome, String, String) {
        let out = OutputCapture(), err = OutputCapture()
        let interp = Interpreter(stdout: out.sink, stderr: err.sink)
        let outcome = interp.runMain(source: source, filename: "<test>")
        return (outcome, out.text, err.text)
    }

    /// The last line of a traceback: the exception's type name.
    static func errorType(_ stderr: String) -> String {
        let last = stderr.split(separator: "\n").last.map(String.init) ?? ""
        return String(last.prefix { $0 != ":" })
    }

    func testRunawayRecursionOnSmallStack() {
        let box = ResultBox()
        onSmallStack {
            let (o, _, err) = RobustnessTests.run("def f():\n    f()\nf()\n")
            box.set(o, err)
        }
        XCTAssertEqual(box.outcome, .failed)
        XCTAssertEqual(RobustnessTests.errorType(box.err), "RecursionError")
    }

    func testRecursionThroughSwiftBuiltinsOnSmallStack() {
        // Each level re-enters the VM from Swift (repr calls __repr__, sorted calls key).
        let box = ResultBox()
        onSmallStack {
            let src = """
            class R:
                def __repr__(self):
                    return repr(R())
            try:
                repr(R())
            except RecursionError:
                print("repr ok")
            def k(x):
                return sorted([1, 2], key=k)
            try:
                k(0)
            except RecursionError:
                print("key ok")
            a = []
            for i in range(100000):
                a = [a]
            try:
                repr(a)
            except RecursionError:
                print("nested repr ok")
            """
            let (o, out, err) = RobustnessTests.run(src)
            box.set(o, err, out)
        }
        XCTAssertEqual(box.outcome, .finished, box.err)
        XCTAssertEqual(box.out, "repr ok\nkey ok\nnested repr ok\n")
    }

    func testDeeplyNestedSourceOnSmallStack() {
        let programs: [(String, String)] = [
            ("parens", "x = " + String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000) + "\nprint(x)\n"),
            ("blocks", (0..<100).map { String(repeating: " ", count: $0) + "if True:\n" }.joined()
                + String(repeating: " ", count: 100) + "print('deep')\n"),
            ("long sum", "print(" + Array(repeating: "1", count: 10_000).joined(separator: "+") + ")\n"),
            ("unary chain", "print(" + String(repeating: "-", count: 10_000) + "1)\n"),
            ("attribute chain", "class A: pass\na = A()\na.a = a\nprint(a" + String(repeating: ".a", count: 5_000) + " is a)\n"),
            ("nested lists", "x = " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"),
        ]
        for (name, src) in programs {
            let box = ResultBox()
            onSmallStack {
                let (o, out, err) = RobustnessTests.run(src)
                box.set(o, err, out)
            }
            if box.outcome == .finished { continue }
            let t = RobustnessTests.errorType(box.err)
            XCTAssert(["SyntaxError", "MemoryError", "RecursionError", "IndentationError"].contains(t),
                      "\(name): unexpected \(t): \(box.err.suffix(300))")
        }
    }

    /// A host stops a runaway script through the interrupt flag; the script
    /// sees KeyboardInterrupt and can handle it.
    func testHostInterruptsRunawayLoop() {
        let out = OutputCapture(), err = OutputCapture()
        let interp = Interpreter(stdout: out.sink, stderr: err.sink)
        let flag = interp.interruptFlag
        let t = Thread {
            usleep(200_000)
            flag.set()
        }
        t.start()
        let outcome = interp.runMain(source: """
        n = 0
        try:
            while True:
                n += 1
        except KeyboardInterrupt:
            print("interrupted", n > 0)
        """, filename: "<test>")
        XCTAssertEqual(outcome, .finished, err.text)
        XCTAssertEqual(out.text, "interrupted True\n")
    }

    func testLongSumRuns() {
        let (o, out, _) = RobustnessTests.run("print(" + Array(repeating: "1", count: 10_000).joined(separator: "+") + ")\n")
        XCTAssertEqual(o, .finished)
        XCTAssertEqual(out, "10000\n")
    }

    func testDeepStructuresAreReleasedOnSmallStack() {
        let box = ResultBox()
        onSmallStack {
            let src = """
            import gc
            class Node:
                def __init__(self, next):
                    self.next = next
            head = None
            for i in range(1000000):
                head = Node(head)
            del head
            a = []
            for i in range(1000000):
                a = [a]
            del a
            gc.collect()
            print("released")
            """
            let (o, out, err) = RobustnessTests.run(src)
            box.set(o, err, out)
        }
        XCTAssertEqual(box.outcome, .finished, box.err)
        XCTAssertEqual(box.out, "released\n")
    }

    /// Every golden and example program, cut at every line and mutated by
    /// seeded random byte edits, either compiles or raises SyntaxError.
    func testMutatedProgramsNeverTrap() throws {
        let root = GoldenTests.root
        let files = GoldenRunner.discover([root + "/examples", root + "/Tests/golden"])
        XCTAssertGreaterThan(files.count, 50)
        var rng = SplitMix(seed: 0x5EED)
        let interp = Interpreter(stdout: OutputCapture().sink, stderr: OutputCapture().sink)
        let start = Date()
        var variants = 0, compiled = 0
        let junk: [UInt8] = Array("()[]{}:;,.=+-*/\\'\"#@!%^&|<>~`\n\t \u{7f}\u{0}abcXYZ019_".utf8) + [0xC3, 0xA9, 0xFF, 0x80]
        for f in files {
            guard let text = interp.readTextFile(f) else { continue }
            let bytes = Array(text.utf8)
            var sources: [[UInt8]] = []
            // Cut at every line.
            var cut = 0
            for (i, b) in bytes.enumerated() where b == 0x0A { sources.append(Array(bytes[..<i])); cut += 1 }
            // Seeded random byte edits: replace, insert, delete.
            for _ in 0..<60 {
                var m = bytes
                for _ in 0..<(1 + rng.next() % 3) {
                    guard !m.isEmpty else { break }
                    let pos = Int(rng.next() % UInt64(m.count))
                    let c = junk[Int(rng.next() % UInt64(junk.count))]
                    switch rng.next() % 3 {
                    case 0: m[pos] = c
                    case 1: m.insert(c, at: pos)
                    default: m.remove(at: pos)
                    }
                }
                sources.append(m)
            }
            for s in sources {
                variants += 1
                let src = String(decoding: s, as: UTF8.self)
                do {
                    _ = try interp.compileSource(src, filename: "<fuzz>")
                    compiled += 1
                } catch let e as ScriptError {
                    let name = e.exception.cls.name
                    XCTAssert(["SyntaxError", "IndentationError", "TabError", "RecursionError"].contains(name),
                              "\(f): \(name) from a mutated program")
                }
            }
            interp.collectGarbage()
        }
        let elapsed = Date().timeIntervalSince(start)
        print("fuzz: \(variants) variants, \(compiled) compiled, \(Int(elapsed)) s")
        XCTAssertLessThan(elapsed, 120)
    }
}

final class ResultBox: @unchecked Sendable {
    private(set) var outcome: RunOutcome = .failed
    private(set) var err = ""
    private(set) var out = ""
    func set(_ o: RunOutcome, _ e: String, _ out: String = "") { outcome = o; err = e; self.out = out }
}

/// A small deterministic generator for the fuzz test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
