# String formatting (% and f-strings), str.join and str.split.
def main():
    n = 100000
    parts = []
    for i in range(n):
        parts.append("%d:%s/%05d" % (i, "x" * (i % 4), i % 997))
    joined = ",".join(parts)
    fields = joined.split(",")
    total = len(joined) + len(fields)

    lines = []
    for i in range(n):
        name = "item" + str(i % 100)
        lines.append(f"{name}={i * 7 % 1000} ({i % 13:3d})")
    text = "\n".join(lines)
    for line in text.split("\n"):
        k, v = line.split("=")
        total += len(k) + len(v.split()[0])

    words = " ".join(str(i) for i in range(n)).split()
    total += sum(len(w) for w in words)
    h = 0
    for ch in joined[:200000]:
        h = (h * 31 + ord(ch)) % 1000000007
    return total, h

t, h = main()
print("strings checksum", t, h)
