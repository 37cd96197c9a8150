// Runs the built `evoscript` binary: every flag and exit status, the
// `evoscript test` runner, and the REPL on a pseudo-terminal, typed into as
// a person would. Skipped when the binary has not been built.

import XCTest
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import EvoScript

final class CommandLineTests: XCTestCase {
    static var root: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }

    /// The evoscript binary beside the test bundle, or in .build/debug.
    static let binary: String? = {
        var candidates: [String] = []
        if let exe = currentExecutablePath() {
            var parts = exe.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            // .../debug/EvoScriptPackageTests.xctest[/Contents/MacOS/EvoScriptPackageTests]
            while let last = parts.last, !last.hasSuffix(".xctest") && parts.count > 1 { parts.removeLast() }
            if parts.count > 1 { parts.removeLast() }
            candidates.append(parts.joined(separator: "/") + "/evoscript")
        }
        candidates.append(root + "/.build/debug/evoscript")
        return candidates.first { access($0, X_OK) == 0 }
    }()

    func binaryOrSkip() throws -> String {
        guard let b = CommandLineTests.binary else { throw XCTSkip("the evoscript binary is not built (swift build)") }
        return b
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary with `args`, standard input `stdin` (nil: /dev/null).
    func run(_ args: [String], stdin: String? = nil, cwd: String? = nil, env: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try binaryOrSkip())
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        var e = ProcessInfo.processInfo.environment
        for (k, v) in env { e[k] = v }
        p.environment = e
        // Output to files: nothing to drain while waiting.
        let d = tempDir()
        write(d + "/out", "")
        write(d + "/err", "")
        write(d + "/in", stdin ?? "")
        p.standardOutput = FileHandle(forWritingAtPath: d + "/out")
        p.standardError = FileHandle(forWritingAtPath: d + "/err")
        p.standardInput = FileHandle(forReadingAtPath: stdin == nil ? "/dev/null" : d + "/in")
        try p.run()
        p.waitUntilExit()
        let out = FileManager.default.contents(atPath: d + "/out") ?? Data()
        let err = FileManager.default.contents(atPath: d + "/err") ?? Data()
        return Run(status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: err, as: UTF8.self))
    }

    func tempDir() -> String {
        let template = strdup(NSTemporaryDirectory() + "/evoscript-cli-XXXXXX")
        defer { free(template) }
        guard let template, let p = mkdtemp(template) else { return NSTemporaryDirectory() }
        return String(cString: p)
    }

    func write(_ path: String, _ text: String) {
        _ = FileManager.default.createFile(atPath: path, contents: text.data(using: .utf8))
    }

    // MARK: running programs

    func testFileWithArgumentsInSysArgv() throws {
        let d = tempDir()
        write(d + "/prog.evo", "#!/usr/bin/env evoscript\nimport sys\nprint(sys.argv)\n")
        let r = try run([d + "/prog.evo", "a", "-x", "--clock", "b"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "['\(d)/prog.evo', 'a', '-x', '--clock', 'b']\n")
    }

    func testShebangLineIsIgnored() throws {
        let d = tempDir()
        write(d + "/s.evo", "#!/usr/bin/env evoscript\nprint('ran')\n")
        let r = try run([d + "/s.evo"])
        XCTAssertEqual(r.stdout, "ran\n")
        XCTAssertEqual(r.status, 0)
    }

    func testDashRunsStandardInput() throws {
        let r = try run(["-", "x", "y"], stdin: "import sys\nprint(sys.argv)\nprint 'py2 print'\n")
        XCTAssertEqual(r.stdout, "['-', 'x', 'y']\npy2 print\n")
        XCTAssertEqual(r.status, 0)
    }

    func testPipedStandardInputRunsAsAProgram() throws {
        let r = try run([], stdin: "for i in range(3):\n    print(i)\n")
        XCTAssertEqual(r.stdout, "0\n1\n2\n")
        XCTAssertEqual(r.stderr, "", "no prompt, no banner for a piped program")
        XCTAssertEqual(r.status, 0)
    }

    func testDashC() throws {
        let r = try run(["-c", "import sys; print(sys.argv, 6 * 7)", "arg1", "-v"])
        XCTAssertEqual(r.stdout, "['-c', 'arg1', '-v'] 42\n")
        XCTAssertEqual(r.status, 0)
    }

    func testDashIRunsThePromptWithTheProgramsGlobals() throws {
        let r = try run(["-i", "-c", "x = 21"], stdin: "x * 2\ndef f():\n    return x + 1\n\nf()\n")
        XCTAssertEqual(r.stdout, "42\n22\n")
        XCTAssertTrue(r.stderr.contains(">>> "), r.stderr)
        XCTAssertFalse(r.stderr.contains("EvoScript \(EvoScriptVersion.string)"), "no banner after a program")
        XCTAssertEqual(r.status, 0)
    }

    func testDashIAfterAnUncaughtException() throws {
        let d = tempDir()
        write(d + "/boom.evo", "y = 5\nraise ValueError('boom')\n")
        let r = try run(["-i", d + "/boom.evo"], stdin: "print(y)\n")
        XCTAssertTrue(r.stderr.contains("ValueError: boom"), r.stderr)
        XCTAssertEqual(r.stdout, "5\n")
        XCTAssertEqual(r.status, 0)
    }

    func testDashIExitStatusComesFromSysExitAtThePrompt() throws {
        let r = try run(["-i"], stdin: "import sys\nsys.exit(5)\nprint('not reached')\n")
        XCTAssertEqual(r.status, 5)
        XCTAssertEqual(r.stdout, "")
    }

    func testClockOption() throws {
        XCTAssertEqual(try run(["--clock", "virtual", "-c", "print(1)"]).stdout, "1\n")
        XCTAssertEqual(try run(["--clock=real", "-c", "print(2)"]).stdout, "2\n")
        let bad = try run(["--clock", "sundial", "-c", "print(3)"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("sundial"), bad.stderr)
        XCTAssertEqual(bad.stdout, "")
    }

    func testTraceLoopOption() throws {
        let r = try run(["--trace-loop", "-c", "print('traced')"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "traced\n")
    }

    func testGcStressOption() throws {
        let r = try run(["--gc-stress", "-c", "print(sum([i * i for i in range(100)]))"])
        XCTAssertEqual(r.stdout, "328350\n")
    }

    func testVersion() throws {
        for flag in ["--version", "-V"] {
            let r = try run([flag])
            XCTAssertEqual(r.status, 0)
            XCTAssertEqual(r.stdout, EvoScriptVersion.string + "\n")
        }
    }

    func testHelpHasExamples() throws {
        let r = try run(["--help"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("Examples:"))
        XCTAssertTrue(r.stdout.contains("evoscript -c"))
        XCTAssertTrue(r.stdout.contains("evoscript test"))
        let t = try run(["test", "--help"])
        XCTAssertEqual(t.status, 0)
        XCTAssertTrue(t.stdout.contains("--update"))
    }

    // MARK: exit statuses

    func testUncaughtExceptionIsStatus1() throws {
        let r = try run(["-c", "print('a')\n1/0"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "a\n")
        XCTAssertTrue(r.stderr.hasSuffix("ZeroDivisionError: division by zero\n"), r.stderr)
    }

    func testSysExitCode() throws {
        XCTAssertEqual(try run(["-c", "import sys; sys.exit(3)"]).status, 3)
        XCTAssertEqual(try run(["-c", "raise SystemExit"]).status, 0)
        let msg = try run(["-c", "import sys; sys.exit('bye')"])
        XCTAssertEqual(msg.status, 1)
        XCTAssertEqual(msg.stderr, "bye\n")
    }

    func testUsageErrorsAreStatus2() throws {
        let r = try run(["--no-such-option"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("--no-such-option"), r.stderr)
        XCTAssertEqual(try run(["-c"]).status, 2)
        XCTAssertEqual(try run(["test", "-j", "0"]).status, 2)
    }

    func testMissingFileIsStatus2WithOneLine() throws {
        let r = try run(["/no/such/file.evo"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "evoscript: can't open file '/no/such/file.evo': [Errno 2] No such file or directory\n")
    }

    func testDirectoryIsStatus2() throws {
        let d = tempDir()
        let r = try run([d])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(r.stderr.contains("'\(d)'") && r.stderr.contains("directory"), r.stderr)
    }

    func testNonUTF8FileIsStatus2() throws {
        let d = tempDir()
        _ = FileManager.default.createFile(atPath: d + "/bad.evo", contents: Data([0x70, 0xff, 0xfe, 0x0a]))
        let r = try run([d + "/bad.evo"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(r.stderr.contains("bad.evo") && r.stderr.contains("UTF-8"), r.stderr)
    }

    func testSigintStopsAScriptWithKeyboardInterrupt() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try binaryOrSkip())
        p.arguments = ["-c", "print('looping', flush=True)\nwhile True: pass"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        _ = out.fileHandleForReading.availableData // "looping": the loop is running
        usleep(200_000)
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 1)
        XCTAssertTrue(e.hasSuffix("KeyboardInterrupt\n"), e)
    }

    // MARK: evoscript test

    func fixtures() -> String {
        let d = tempDir()
        let src = CommandLineTests.root + "/Tests/cli-fixtures/tests"
        _ = try? FileManager.default.removeItem(atPath: d)
        try? FileManager.default.copyItem(atPath: src, toPath: d)
        return d
    }

    func testTestRunnerReportsPassFailTimeoutAndErrors() throws {
        let d = fixtures()
        let r = try run(["test", "--timeout", "1"], cwd: d)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.hasSuffix("3 passed, 3 failed\n"), r.stdout)
        // The failing program: one line naming it, then a unified diff.
        XCTAssertTrue(r.stdout.contains("FAIL fail.evo\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    --- expected\n    +++ actual\n    @@ -1,3 +1,3 @@\n     one\n    -TWO\n    +two\n     three\n"), r.stdout)
        // The runaway program is interrupted.
        XCTAssertTrue(r.stdout.contains("FAIL loop.evo\n    timed out after 1 s"), r.stdout)
        // The program that raises: its traceback is shown.
        XCTAssertTrue(r.stdout.contains("FAIL raises.evo\n    exit status 1, expected 0"), r.stdout)
        XCTAssertTrue(r.stdout.contains("ZeroDivisionError: division by zero"), r.stdout)
        XCTAssertFalse(r.stdout.contains("pass.evo"))
        XCTAssertFalse(r.stdout.contains("helper.evo"), "a .evo without .out is not a test")
    }

    func testTestRunnerPassingFolderAndPaths() throws {
        let d = fixtures()
        let r = try run(["test", d + "/sub", d + "/pass.evo"])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertEqual(r.stdout, "3 passed, 0 failed\n")
    }

    func testTestRunnerInParallel() throws {
        let d = fixtures()
        let start = Date()
        let r = try run(["test", "-j", "3", "--timeout", "2", d])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.hasSuffix("3 passed, 3 failed\n"), r.stdout)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        let inProcess = try run(["test", "--in-process", "--timeout", "1", d])
        XCTAssertTrue(inProcess.stdout.hasSuffix("3 passed, 3 failed\n"), inProcess.stdout)
    }

    func testTestRunnerUpdate() throws {
        let d = fixtures()
        write(d + "/brand_new.evo", "print('fresh')\nimport sys\nsys.exit(4)\n")
        let u = try run(["test", "--update", "--timeout", "1", ".", "brand_new.evo"], cwd: d)
        XCTAssertTrue(u.stdout.contains("updated fail.evo\n"), u.stdout)
        XCTAssertTrue(u.stdout.contains("updated brand_new.evo\n"), u.stdout)
        XCTAssertTrue(u.stdout.contains("FAIL loop.evo"), "a timed-out test is not rewritten")
        XCTAssertEqual(try String(contentsOfFile: d + "/fail.out", encoding: .utf8), "one\ntwo\nthree\n")
        XCTAssertEqual(try String(contentsOfFile: d + "/brand_new.out", encoding: .utf8), "fresh\n")
        XCTAssertEqual(try String(contentsOfFile: d + "/brand_new.err", encoding: .utf8), "# exit: 4\n")
        XCTAssertTrue(try String(contentsOfFile: d + "/raises.err", encoding: .utf8).hasPrefix("# exit: 1\nTraceback"))
        let again = try run(["test", "--timeout", "1"], cwd: d)
        XCTAssertTrue(again.stdout.hasSuffix("6 passed, 1 failed\n"), again.stdout)
    }

    func testTestRunnerMissingPathIsStatus2() throws {
        let r = try run(["test", "/no/such/tests"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("/no/such/tests"))
    }

    /// A worker that dies (here: a stand-in that kills itself) fails its test and the run goes on.
    func testTestRunnerReportsACrashedWorker() throws {
        let d = fixtures()
        let fake = d + "/crashing-worker.sh"
        write(fake, "#!/bin/sh\necho 'fatal error: something broke'\nkill -SEGV $$\n")
        chmod(fake, 0o755)
        var out = ""
        let status = GoldenTestCommand.run(GoldenTestOptions(paths: [d + "/pass.evo"], executable: fake)) { out += $0 }
        XCTAssertEqual(status, 1)
        XCTAssertTrue(out.contains("crashed: the interpreter died with signal 11 (SIGSEGV)"), out)
        XCTAssertTrue(out.contains("fatal error: something broke"), out)
        XCTAssertTrue(out.hasSuffix("0 passed, 1 failed\n"), out)
    }

    func testUnifiedDiff() {
        let d = GoldenRunner.diff("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn")
        XCTAssertEqual(d, """
        --- expected
        +++ actual
        @@ -1,7 +1,7 @@
         a
         b
         c
        -d
        +D
         e
         f
         g
        @@ -11,3 +11,4 @@
         k
         l
         m
        +n
        \\ No newline at end of file
        """)
    }

    // MARK: the REPL on a pseudo-terminal

    func testReplMultiLineDefThenCall() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        XCTAssertTrue(t.screen.contains("EvoScript \(EvoScriptVersion.string)"), t.screen)
        XCTAssertTrue(t.screen.contains("help") && t.screen.contains("exit()") && t.screen.contains("Ctrl-D"))
        t.type("def twice(x):\r")
        try t.expect("... ")
        t.type("    return x * 2\r")
        try t.expect("... ")
        t.type("\r")
        try t.expect(">>> ")
        t.type("twice(21)\r")
        try t.expect("42\r\n>>> ")
        t.type("_ + 1\r")
        try t.expect("43\r\n>>> ")
        t.type("None\r")
        try t.expect("None\r\n>>> ")
        XCTAssertFalse(t.screen.hasSuffix("None\r\nNone\r\n>>> "), "None is not echoed")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplSyntaxErrorThenACorrectLine() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("kept = 7\r")
        try t.expect(">>> ")
        t.type("1 +* 2\r")
        try t.expect("SyntaxError: invalid syntax\r\n>>> ")
        t.type("kept * 6\r")
        try t.expect("42\r\n>>> ")
        t.type("[][1]\r")
        try t.expect("IndexError: list index out of range\r\n>>> ")
        t.type("kept\r")
        try t.expect("7\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplHistoryRecallAfterRestart() throws {
        let history = tempDir() + "/history"
        let first = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": history])
        try first.expect(">>> ")
        first.type("print('recalled', 6 * 7)\r")
        try first.expect("recalled 42\r\n>>> ")
        first.type("\u{4}")
        XCTAssertEqual(try first.waitForExit(), 0)

        let second = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": history])
        try second.expect(">>> ")
        second.type("\u{1b}[A") // up arrow
        try second.expect("print('recalled', 6 * 7)")
        second.type("\r")
        try second.expect("recalled 42\r\n>>> ")
        second.type("\u{4}")
        XCTAssertEqual(try second.waitForExit(), 0)
    }

    func testReplUnwritableHistoryIsAWarning() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": "/no/such/dir/history"])
        try t.expect(">>> ")
        t.type("1 + 1\r")
        try t.expect("2\r\n")
        try t.expect(">>> ")
        XCTAssertTrue(t.screen.contains("warning: cannot write history file '/no/such/dir/history'"), t.screen)
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplTabCompletesAnAttribute() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("class Robot:\r")
        try t.expect("... ")
        t.type("    def greeting_text(self): return 'beep'\r")
        try t.expect("... ")
        t.type("\r")
        try t.expect(">>> ")
        t.type("r2 = Robot()\r")
        try t.expect(">>> ")
        t.type("r2.gree\t")
        try t.expect("ting_text(")
        t.type(")\r")
        try t.expect("'beep'\r\n>>> ")
        t.type("imp\t")
        try t.expect("ort ")
        t.type("mat\t")
        try t.expect("h")
        t.type("\r")
        try t.expect(">>> ")
        t.type("math.fl\t")
        try t.expect("oor(")
        t.type("2.5)\r")
        try t.expect("2\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplCtrlCInterruptsRunningCodeAndDiscardsInput() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("n = 0\r")
        try t.expect(">>> ")
        t.type("while True: n += 1\r")
        try t.expect("... ")
        t.type("\r")
        usleep(300_000)
        t.type("\u{3}")
        try t.expect("KeyboardInterrupt\r\n>>> ")
        t.type("n > 0\r")
        try t.expect("True\r\n>>> ")
        t.type("half typed\u{3}")
        try t.expect("KeyboardInterrupt\r\n>>> ")
        t.type("print('still here')\r")
        try t.expect("still here\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplExitCallAndPlainInputWithoutLibedit() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_NO_LIBEDIT": "1"])
        try t.expect(">>> ")
        XCTAssertTrue(t.screen.contains("line editing is off"), t.screen)
        t.type("for i in range(2):\r")
        try t.expect("... ")
        t.type("    print(i)\r")
        try t.expect("... ")
        t.type("\r")
        try t.expect("0\r\n1\r\n>>> ")
        t.type("exit\r")
        try t.expect("Use exit() or Ctrl-D (i.e. EOF) to exit")
        t.type("exit(3)\r")
        XCTAssertEqual(try t.waitForExit(), 3)
    }

    // MARK: the event loop at the prompt

    func testReplTopLevelYieldFromAndAwait() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("import asyncio\r")
        try t.expect(">>> ")
        t.type("yield from asyncio.sleep(0.1, 'done')\r")
        try t.expect("'done'\r\n>>> ")
        t.type("_\r")
        try t.expect("'done'\r\n>>> ")
        t.type("x = await asyncio.sleep(0.1, 21)\r")
        try t.expect(">>> ")
        t.type("x * 2\r")
        try t.expect("42\r\n>>> ")
        t.type("r = yield from asyncio.sleep(0, [1])\r")
        try t.expect(">>> ")
        t.type("r\r")
        try t.expect("[1]\r\n>>> ")
        t.type("await asyncio.sleep(0)\r")
        try t.expect(">>> ")
        XCTAssertFalse(t.screen.contains("None"), "None is not echoed")
        t.type("yield 1\r")
        try t.expect("SyntaxError: 'yield' outside function\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplExceptionFromATopLevelAwaitThenTheSessionGoesOn() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("import asyncio\r")
        try t.expect(">>> ")
        t.type("async def failing(): raise ValueError('no luck')\r")
        try t.expect("... ")
        t.type("\r")
        try t.expect(">>> ")
        t.type("await failing()\r")
        try t.expect("File \"<stdin>\", line 1, in failing\r\nValueError: no luck\r\n>>> ")
        t.type("await asyncio.sleep(0.05, 'still here')\r")
        try t.expect("'still here'\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplTasksRunWhileThePromptWaits() throws {
        for env in [["EVOSCRIPT_HISTORY": tempDir() + "/h"], ["EVOSCRIPT_NO_LIBEDIT": "1"]] {
            let t = try Terminal(try binaryOrSkip(), env: env)
            try t.expect(">>> ")
            t.type("import asyncio\r")
            try t.expect(">>> ")
            t.type("async def ticker():\r")
            t.type("    for i in range(3):\r")
            t.type("        await asyncio.sleep(0.2)\r")
            t.type("        print('tick', i)\r")
            t.type("\r")
            try t.expect(">>> ")
            t.type("task = asyncio.ensure_future(ticker())\r")
            try t.expect(">>> ")
            t.type("6 *")
            try t.expect("tick 0\r\n")
            try t.expect("tick 2\r\n")
            t.type(" 7\r")
            try t.expect("42\r\n>>> ")
            t.type("task.done()\r")
            try t.expect("True\r\n>>> ")
            t.type("\u{4}")
            XCTAssertEqual(try t.waitForExit(), 0)
        }
    }

    func testReplTaskOutputRedrawsTheLineBeingEdited() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("import asyncio\r")
        try t.expect(">>> ")
        t.type("handle = asyncio.get_event_loop().call_later(0.3, print, 'ring')\r")
        try t.expect(">>> ")
        t.type("'half")
        try t.expect("ring\r\n")
        // The prompt and what was typed come back below the output.
        try t.expect(">>> 'half")
        t.type(" done'\r")
        try t.expect("'half done'\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplCtrlCDuringATopLevelAwait() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("import asyncio\r")
        try t.expect(">>> ")
        t.type("await asyncio.sleep(30)\r")
        usleep(300_000)
        t.type("\u{3}")
        try t.expect("KeyboardInterrupt\r\n>>> ")
        t.type("yield from asyncio.sleep(0.1, 'loop still usable')\r")
        try t.expect("'loop still usable'\r\n>>> ")
        t.type("len(asyncio.all_tasks(asyncio.get_event_loop()))\r")
        try t.expect("0\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testDashIThenAwaitAfterAScriptThatUsedAsyncioRun() throws {
        let d = tempDir()
        write(d + "/prog.evo", "import asyncio\nasync def answer():\n    return 42\nprint(asyncio.run(answer()))\n")
        let t = try Terminal(try binaryOrSkip(), args: ["-i", d + "/prog.evo"], env: ["EVOSCRIPT_HISTORY": d + "/h"])
        try t.expect("42\r\n>>> ")
        // asyncio.run closed its loop and left none current: the prompt makes a new one.
        t.type("await answer()\r")
        try t.expect("42\r\n>>> ")
        t.type("\u{4}")
        XCTAssertEqual(try t.waitForExit(), 0)
    }

    func testReplSysExitFromATaskEndsTheSession() throws {
        let t = try Terminal(try binaryOrSkip(), env: ["EVOSCRIPT_HISTORY": tempDir() + "/h"])
        try t.expect(">>> ")
        t.type("import asyncio, sys\r")
        try t.expect(">>> ")
        t.type("asyncio.get_event_loop().call_later(0.2, sys.exit, 4)\r")
        try t.expect(">>> ")
        XCTAssertEqual(try t.waitForExit(), 4)
    }
}

/// The binary on a pseudo-terminal: type into it and read what it shows.
final class Terminal {
    let master: Int32
    let pid: pid_t
    private(set) var screen = ""
    private var consumed: String.Index

    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); the terminal shows:\n\(screen.debugDescription)" }
    }

    init(_ binary: String, args: [String] = [], env: [String: String] = [:]) throws {
        // posix_openpt and friends are not in the Swift Glibc module: look them up.
        typealias OpenPT = @convention(c) (Int32) -> Int32
        typealias PTFn = @convention(c) (Int32) -> Int32
        typealias PTSName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let me = dlopen(nil, RTLD_NOW)
        guard let o = dlsym(me, "posix_openpt"),
              let g = dlsym(me, "grantpt"), let u = dlsym(me, "unlockpt"),
              let pn = dlsym(me, "ptsname") else { throw XCTSkip("no pseudo-terminal functions") }
        let m = unsafeBitCast(o, to: OpenPT.self)(O_RDWR | O_NOCTTY)
        guard m >= 0, unsafeBitCast(g, to: PTFn.self)(m) == 0, unsafeBitCast(u, to: PTFn.self)(m) == 0,
              let namePtr = unsafeBitCast(pn, to: PTSName.self)(m) else { throw XCTSkip("no pseudo-terminals here") }
        let name = String(cString: namePtr)
        _ = fcntl(m, F_SETFD, FD_CLOEXEC)
        master = m
        var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(m, UInt(TIOCSWINSZ), &size)

        var fa = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        // After setsid the first terminal the child opens becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&fa, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&fa, 0, 1)
        posix_spawn_file_actions_adddup2(&fa, 0, 2)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(0x80)) // POSIX_SPAWN_SETSID
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        for (k, v) in env { environment[k] = v }
        let cargs = ([binary] + args).map { strdup($0) } + [nil]
        let cenv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in cargs + cenv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, binary, &fa, &attr, cargs, cenv)
        guard rc == 0 else { close(m); throw XCTSkip("cannot start \(binary) on a terminal: \(rc)") }
        pid = child
        consumed = screen.startIndex
    }

    deinit {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    func type(_ s: String) {
        // A person types one key at a time.
        for ch in s {
            let bytes = Array(String(ch).utf8)
            _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            usleep(ch == "\u{1b}" ? 0 : 5_000)
        }
    }

    /// Reads until `text` appears after what earlier expectations matched.
    func expect(_ text: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let r = screen[consumed...].range(of: text) {
                consumed = r.upperBound
                return
            }
            if Date() > deadline { throw Timeout(waitingFor: text, screen: screen) }
            pump(0.05)
        }
    }

    private func pump(_ seconds: Double) {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        if poll(&p, 1, Int32(seconds * 1000)) > 0 {
            var buf = [UInt8](repeating: 0, count: 4096)
            let n = read(master, &buf, buf.count)
            if n > 0 {
                let idx = screen.distance(from: screen.startIndex, to: consumed)
                screen += String(decoding: buf[0..<n], as: UTF8.self)
                consumed = screen.index(screen.startIndex, offsetBy: idx)
            } else {
                usleep(20_000)
            }
        }
    }

    /// Waits for the program to end; returns its exit status.
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                if status & 0x7f != 0 { return -(status & 0x7f) }
                return (status >> 8) & 0xff
            }
            pump(0.05)
        }
        throw Timeout(waitingFor: "exit", screen: screen)
    }
}
