# The asyncio_tasks workload written with async/await (for CPython 3.11).
import asyncio

async def worker(i):
    for _ in range(100):
        await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*[worker(i) for i in range(10000)])
    return sum(results)

print(asyncio.run(main()))
