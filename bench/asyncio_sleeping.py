# 100,000 tasks sleeping at once (peak RSS matters), then all woken.
import asyncio

async def sleeper(i):
    await asyncio.sleep(0.01 + (i % 100) * 0.0001)
    return 1

async def main():
    tasks = [asyncio.ensure_future(sleeper(i)) for i in range(100000)]
    done = await asyncio.gather(*tasks)
    return sum(done)

print(asyncio.run(main()))
