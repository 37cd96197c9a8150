# Sorting 200k tuples and 100k records with key functions (lambda), incl. reverse.
class Rec:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def main():
    n = 200000
    seed = 12345
    tuples = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        tuples.append((seed % 1000, "n%d" % (seed % 9973), i))
    a = sorted(tuples, key=lambda t: t[0])
    b = sorted(tuples, key=lambda t: t[1], reverse=True)
    recs = [Rec(t[1], t[0], t[2] % 101) for t in a[::2]]  # 100k records
    recs.sort(key=lambda r: r.score, reverse=True)
    c = 0
    for i in range(0, n // 2, 499):
        c = (c * 31 + a[i][2] + b[i][2] + recs[i].age) % 1000000007
    return c

print("sort_key checksum", main())
