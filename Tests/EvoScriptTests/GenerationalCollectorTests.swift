// The two-generation collector: old containers, generators and event loops
// that come to refer to young objects keep them alive (their write barriers
// report the change), and the stress mode's check finds a missing barrier.

import XCTest
@testable import EvoScript

final class GenerationalCollectorTests: XCTestCase {
    /// Runs `source` collecting at every safe point; returns stdout and the missed barriers.
    private func runStressed(_ source: String) -> (String, [String]) {
        let out = OutputCapture(), err = OutputCapture()
        let interp = Interpreter(stdout: out.sink, stderr: err.sink)
        interp.gcStress = true
        let outcome = interp.runMain(source: source, filename: "<test>")
        XCTAssertEqual(outcome.exitStatus, 0, err.text)
        return (out.text, interp.gcBarrierViolations)
    }

    func testOldContainersKeepWhatIsStoredInThemLater() {
        let (out, violations) = runStressed("""
        keep = []
        d = {}
        s = set()
        cells = []
        def box(v):
            def get():
                return v
            return get
        for i in range(300):
            keep.append([i])
            keep[i // 2] = [i * 2]
            d[i] = (i, [i])
            s.add((i, str(i)))
            cells.append(box([i]))
        print(sum(x[0] for x in keep), sum(v[1][0] for v in d.values()), len(s), sum(c()[0] for c in cells))
        """)
        XCTAssertEqual(out, "78675 44850 300 44850\n")
        XCTAssertEqual(violations, [])
    }

    func testSuspendedGeneratorsKeepTheirLocals() {
        let (out, violations) = runStressed("""
        def g(n):
            for i in range(n):
                x = [i]
                yield 1
                yield x[0]
        gens = [g(3) for _ in range(50)]
        total = 0
        for _ in range(6):
            for gen in gens:
                total += next(gen)
        print(total)
        """)
        XCTAssertEqual(out, "300\n")
        XCTAssertEqual(violations, [])
    }

    func testTasksAndFuturesOfALongRunningLoop() {
        let (out, violations) = runStressed("""
        import asyncio
        async def resolver(fut, i):
            await asyncio.sleep(0)
            fut.set_result([i])
        async def waiter(fut):
            return (await fut)[0]
        async def main():
            loop = asyncio.get_event_loop()
            total = 0
            for wave in range(3):
                futs = [loop.create_future() for _ in range(40)]
                tasks = [loop.create_task(waiter(f)) for f in futs]
                for i, f in enumerate(futs):
                    loop.create_task(resolver(f, i))
                total += sum(await asyncio.gather(*tasks))
            return total
        print(asyncio.get_event_loop().run_until_complete(main()))
        """)
        XCTAssertEqual(out, "2340\n")
        XCTAssertEqual(violations, [])
    }
}
