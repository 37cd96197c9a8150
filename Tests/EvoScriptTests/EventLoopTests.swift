// Unit tests for the Swift event loop: ordering, stop, cancellation, the
// virtual clock and call_soon_threadsafe from another thread.

import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import EvoScript

final class EventLoopTests: XCTestCase {
    private func run(_ source: String, virtual: Bool = true, prepare: ((Interpreter) -> Void)? = nil) -> (String, String, Int32) {
        let out = OutputCapture(), err = OutputCapture()
        let interp = Interpreter(stdout: out.sink, stderr: err.sink)
        interp.useVirtualClock = virtual
        prepare?(interp)
        let outcome = interp.runMain(source: source, filename: "<test>")
        return (out.text, err.text, outcome.exitStatus)
    }

    func testTieOrderingOfCallSoonAndCallLater() {
        let (out, err, status) = run("""
        import asyncio
        loop = asyncio.get_event_loop()
        t = loop.time() + 0.5
        for i in range(6):
            loop.call_at(t, print, 'at', i)
        loop.call_later(0, print, 'later0')
        loop.call_soon(print, 'soon1')
        loop.call_soon(print, 'soon2')
        loop.call_at(t + 0.5, loop.stop)
        loop.run_forever()
        """)
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "soon1\nsoon2\nlater0\nat 0\nat 1\nat 2\nat 3\nat 4\nat 5\n")
    }

    func testStopFinishesTheCurrentIteration() {
        let (out, err, status) = run("""
        import asyncio
        loop = asyncio.get_event_loop()
        def a():
            print('a')
            loop.stop()
            loop.call_soon(print, 'next run')
        loop.call_soon(a)
        loop.call_soon(print, 'b same iteration')
        loop.run_forever()
        print('stopped')
        loop.call_soon(loop.stop)
        loop.run_forever()
        """)
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "a\nb same iteration\nstopped\nnext run\n")
    }

    func testCancelledHandlesDoNotRun() {
        let (out, err, status) = run("""
        import asyncio
        loop = asyncio.get_event_loop()
        h1 = loop.call_soon(print, 'no')
        h2 = loop.call_later(0.1, print, 'no timer')
        loop.call_soon(print, 'yes')
        h1.cancel(); h2.cancel()
        print(h1.cancelled(), h2.cancelled())
        loop.call_later(0.2, loop.stop)
        loop.run_forever()
        """)
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "True True\nyes\n")
    }

    func testVirtualClockJumpsToTheNextTimer() {
        let start = ClockHooks.readNanoseconds(CLOCK_MONOTONIC)
        let (out, err, status) = run("""
        import asyncio, time
        async def main():
            loop = asyncio.get_running_loop()
            t0 = loop.time(); w0 = time.time()
            await asyncio.sleep(3600)
            print(round(loop.time() - t0), round(time.time() - w0))
            time.sleep(60)
            print(round(loop.time() - t0))
        asyncio.run(main())
        """)
        let elapsed = ClockHooks.readNanoseconds(CLOCK_MONOTONIC) - start
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "3600 3600\n3660\n")
        XCTAssertLessThan(elapsed, 5_000_000_000)
    }

    func testVirtualTimeIsIntegerNanoseconds() {
        // In floats 0.7 + 0.1 < 0.8: deadlines in nanoseconds keep the order they were given.
        let (out, err, status) = run("""
        import asyncio
        loop = asyncio.get_event_loop()
        async def a():
            await asyncio.sleep(0.7)
            loop.call_later(0.1, print, 'first (0.7 + 0.1)')
        loop.call_later(0.8, print, 'second (0.8)')
        loop.run_until_complete(a())
        loop.run_until_complete(asyncio.sleep(0.5))
        """)
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "second (0.8)\nfirst (0.7 + 0.1)\n")
    }

    func testCallSoonThreadsafeFromAnotherThread() {
        final class Box: @unchecked Sendable { var remote: LoopRemote? }
        let box = Box()
        let (out, err, status) = run("""
        import asyncio
        loop = asyncio.get_event_loop()
        loop.run_forever()
        print('woken and stopped')
        """, virtual: false) { interp in
            box.remote = interp.currentEventLoopRemote()
            var t = pthread_t()
            let ctx = Unmanaged.passRetained(box).toOpaque()
            pthread_create(&t, nil, { raw in
                guard let raw else { return nil }
                let b = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
                usleep(50_000)
                b.remote?.callSoonThreadsafe { i in i.stopRunningEventLoop() }
                return nil
            }, ctx)
            pthread_detach(t)
        }
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "woken and stopped\n")
    }

    func testClosedAndRunningErrors() {
        let (out, err, status) = run("""
        import asyncio
        loop = asyncio.new_event_loop()
        async def inner():
            try:
                loop.run_forever()
            except RuntimeError as e:
                print(e)
        loop.run_until_complete(inner())
        loop.call_later(0.1, loop.stop)
        try:
            loop.run_until_complete(asyncio.sleep(10))
        except RuntimeError as e:
            print(e)
        loop.close()
        try:
            loop.run_until_complete(asyncio.sleep(0))
        except RuntimeError as e:
            print(e)
        """)
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "This event loop is already running\nEvent loop stopped before Future completed.\nEvent loop is closed\n")
    }

    func testDefaultExceptionHandlerReportsAndContinues() {
        let (out, err, status) = run("""
        import asyncio
        loop = asyncio.get_event_loop()
        def boom():
            raise ValueError('boom')
        loop.call_soon(boom)
        loop.call_soon(print, 'still running')
        loop.call_soon(loop.stop)
        loop.run_forever()
        """)
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "still running\n")
        XCTAssertTrue(err.hasPrefix("Exception in callback boom() at <test>:3\nhandle: <Handle boom() at <test>:3>\nTraceback (most recent call last):\n"), err)
        XCTAssertTrue(err.hasSuffix("ValueError: boom\n"), err)
    }
}
