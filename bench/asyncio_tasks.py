# 10,000 tasks, each doing 100 x `yield from asyncio.sleep(0)` (generator
# coroutines, the talk's style; CPython 3.8-3.10 run it unchanged).
import asyncio

@asyncio.coroutine
def worker(i):
    for _ in range(100):
        yield from asyncio.sleep(0)
    return i

@asyncio.coroutine
def main():
    results = yield from asyncio.gather(*[worker(i) for i in range(10000)])
    return sum(results)

loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.close()
