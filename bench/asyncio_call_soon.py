# 1,000,000 call_soon callbacks, each scheduling the next batch member.
import asyncio

loop = asyncio.new_event_loop()
count = 0

def cb(n):
    global count
    count += 1
    if n > 0:
        loop.call_soon(cb, n - 1)

for i in range(1000):
    loop.call_soon(cb, 999)
loop.call_later(0, lambda: None)

def check():
    if count < 1000000:
        loop.call_soon(check)
    else:
        loop.stop()

loop.call_soon(check)
loop.run_forever()
loop.close()
print(count)
