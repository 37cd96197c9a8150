# 1,000,000 short-lived tasks in 10 waves of 100,000: in each pair, one task
# awaits a Future that the other resolves. Peak RSS matters: run with a
# first argument of 1 for one wave of 100,000 and compare; when Task, Future
# and callback cycles are reclaimed between waves, the two peaks are close.
# (Generator coroutines: CPython 3.8-3.10 run it unchanged.)
import asyncio
import sys

WAVES = int(sys.argv[1]) if len(sys.argv) > 1 else 10
PAIRS = 50000


@asyncio.coroutine
def waiter(fut):
    value = yield from fut
    return value + 1


@asyncio.coroutine
def resolver(fut, i):
    yield from asyncio.sleep(0)
    fut.set_result(i)
    return 0


@asyncio.coroutine
def wave(loop, w):
    tasks = []
    for i in range(PAIRS):
        fut = loop.create_future()
        tasks.append(loop.create_task(waiter(fut)))
        tasks.append(loop.create_task(resolver(fut, i + w)))
    results = yield from asyncio.gather(*tasks)
    return sum(results)


@asyncio.coroutine
def main(loop):
    total = 0
    for w in range(WAVES):
        total += yield from wave(loop, w)
    return total


loop = asyncio.get_event_loop()
print("asyncio_waves checksum", loop.run_until_complete(main(loop)))
loop.close()
