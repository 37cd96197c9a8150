# `yield from` delegation 20 levels deep; the innermost generator yields
# 200,000 times and every value is resumed from the top of the chain.
def leaf(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return n


def relay(depth, n):
    if depth == 0:
        result = yield from leaf(n)
    else:
        result = yield from relay(depth - 1, n)
    return result + 1


def main():
    gen = relay(19, 200000)  # 20 levels of yield from, plus the leaf
    total = 0
    try:
        while True:
            total += next(gen) % 97
    except StopIteration as stop:
        final = stop.value
    return total, final

t, r = main()
print("gen_yieldfrom checksum", t, r)
