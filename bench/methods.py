# Method calls that read and write instance attributes.
class Counter:
    def __init__(self, step):
        self.count = 0
        self.step = step
        self.total = 0

    def tick(self, x):
        self.count += 1
        self.total = (self.total + x * self.step) % 1000003
        return self.count

    def get(self):
        return self.total


def main():
    a = Counter(3)
    b = Counter(7)
    i = 0
    n = 1000000
    acc = 0
    while i < n:
        a.tick(i)
        acc += b.tick(i) & 1
        i += 1
    return a.get() + b.get() + acc + a.count + b.count

print("methods checksum", main())
