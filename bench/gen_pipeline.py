# A pipeline of 4 chained generators passing 1,000,000 values.
def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scale(it):
    for x in it:
        yield x * 3


def offset(it):
    for x in it:
        yield x + 1


def modulo(it):
    for x in it:
        yield x % 1009


def main():
    total = 0
    count = 0
    for v in modulo(offset(scale(source(1000000)))):
        total += v
        count += 1
    return total, count

t, c = main()
print("gen_pipeline checksum", t, c)
