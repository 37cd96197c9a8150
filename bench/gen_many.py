# 100,000 suspended generators alive at once (each started with next() so it
# sits at a yield), then all resumed to completion. Peak RSS matters here.
# An optional argument sets the number (bytes per generator: compare N and 2N).
import sys

def worker(k):
    acc = k
    got = yield acc
    acc += got
    yield acc * 2
    acc += 1
    yield acc


def one_round(n, salt):
    gens = []
    total = salt
    for k in range(n):
        g = worker(k)
        total += next(g)
        gens.append(g)
    for i, g in enumerate(gens):
        total += g.send((i + salt) % 7)
        for v in g:
            total += v
    return total % 1000000007, len(gens)


def main(n):
    total = 0
    alive = 0
    for salt in range(2):  # two rounds; only one round's generators live at once
        t, alive = one_round(n, salt)
        total = (total * 31 + t) % 1000000007
    return total, alive

t, n = main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
print("gen_many checksum", t, n)
