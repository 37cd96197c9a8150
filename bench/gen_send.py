# 1,000,000 send() round trips into a coroutine-style generator (an averager).
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def main():
    avg = averager()
    next(avg)
    acc = 0
    i = 0
    n = 1000000
    while i < n:
        acc = (acc + avg.send(i % 1000)) % 1000000007
        i += 1
    avg.close()
    return acc

print("gen_send checksum", main())
