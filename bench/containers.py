# Building and reading lists and dicts.
def main():
    n = 200000
    lst = []
    for i in range(n):
        lst.append(i * 3 % 1000)
    s = 0
    for i in range(len(lst)):
        s += lst[i]
    for v in lst:
        s ^= v

    d = {}
    for i in range(n):
        d[i] = i * 2
    for i in range(0, n, 3):
        s += d[i]
    s += d.get(-1, 5)

    keys = ["k" + str(i % 5000) for i in range(n)]
    sd = {}
    for k in keys:
        sd[k] = sd.get(k, 0) + 1
    for k in keys:
        s += sd[k]
    for k, v in sd.items():
        s += len(k) * v
    s += len(sd) + len(d) + len(lst)

    nested = [[j for j in range(10)] for _ in range(20000)]
    for row in nested:
        s += row[3] + row[-1] + len(row)
    return s

print("containers checksum", main())
