// Resuming a suspended generator must not allocate: its frame record is
// built in memory the interpreter owns. Each test counts the
// process's mallocs over n resumes for two values of n; any per-resume
// allocation would show as a difference of at least the extra resumes.

import XCTest
import CMallocCounter
@testable import EvoScript

final class GeneratorAllocationTests: XCTestCase {
    private let generators = """
    def counter():
        n = 0
        while True:
            got = yield n
            n += 1 if got is None else got

    def inner():
        while True:
            yield 1

    def delegate(depth):
        if depth == 0:
            yield from inner()
        else:
            yield from delegate(depth - 1)

    def by_next(g, n):
        for _ in range(n):
            next(g)

    def by_send(g, n):
        for _ in range(n):
            g.send(2)

    def by_for(g, n):
        k = 0
        for x in g:
            k += 1
            if k == n:
                break

    def make_dicts(g, n):
        for _ in range(n):
            {n: n}

    g = counter()
    next(g)
    chain = delegate(20)
    next(chain)
    """

    /// Runs `source` in `globals`, counting mallocs when `count` is set.
    private func run(_ interp: Interpreter, _ globals: PyDict, _ source: String, count: Bool = false) -> Int {
        var n = 0
        let outcome = interp.runReporting {
            let code = try interp.compileSource(source, filename: "<alloc>")
            if count { evo_malloc_count_start() }
            defer { if count { n = evo_malloc_count_stop() } }
            _ = try interp.runCode(code, globals: globals, locals: nil)
        }
        XCTAssertEqual(outcome, .finished)
        return n
    }

    /// Extra mallocs of `driver` for 1,000,000 iterations over 1,000.
    private func extraMallocs(_ driver: String, _ generator: String) -> (few: Int, many: Int) {
        let interp = Interpreter(stdout: OutputCapture().sink, stderr: OutputCapture().sink)
        let globals = interp.makeDict()
        globals.setStr(interp.intern("__builtins__"), Value(interp.builtins))
        _ = run(interp, globals, generators)
        // Warm up: caches, the first range iterator, the driver's frame.
        _ = run(interp, globals, "\(driver)(\(generator), 1000)")
        let few = run(interp, globals, "\(driver)(\(generator), 1000)", count: true)
        let many = run(interp, globals, "\(driver)(\(generator), 1000000)", count: true)
        return (few, many)
    }

    private func assertNoAllocationPerResume(_ driver: String, _ generator: String,
                                             file: StaticString = #filePath, line: UInt = #line) {
        let (few, many) = extraMallocs(driver, generator)
        XCTAssertLessThan(many - few, 100, "\(driver): \(few) mallocs for 1,000 resumes, \(many) for 1,000,000",
                          file: file, line: line)
    }

    /// The control: a loop that does allocate is seen allocating.
    func testTheCounterSeesAllocations() {
        let (few, many) = extraMallocs("make_dicts", "g")
        XCTAssertGreaterThan(many - few, 999_000, "make_dicts: \(few) mallocs for 1,000 dicts, \(many) for 1,000,000")
    }

    func testNextDoesNotAllocate() { assertNoAllocationPerResume("by_next", "g") }
    func testSendDoesNotAllocate() { assertNoAllocationPerResume("by_send", "g") }
    func testForLoopResumeDoesNotAllocate() { assertNoAllocationPerResume("by_for", "g") }
    func testTwentyDeepYieldFromDoesNotAllocate() { assertNoAllocationPerResume("by_next", "chain") }
}
