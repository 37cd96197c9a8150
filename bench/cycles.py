# Memory benchmark: builds and drops over a million small reference cycles.
# Each round makes six kinds of cycle; none is kept past the round, so a
# collector that reclaims cycles keeps peak RSS flat. Peak RSS matters here.
class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


class Child:
    def __init__(self, parent, value):
        self.parent = parent
        self.value = value


class Parent:
    def __init__(self, value):
        self.child = Child(self, value)


class Holder:
    def __init__(self, value):
        self.value = value
        self.cb = None

    def get(self):
        return self.value


def make_closure(value):
    def f(k):
        if k <= 0:
            return value
        return f(k - 1)
    return f


def keep_exception(value):
    try:
        raise ValueError(value)
    except ValueError as e:
        err = e  # err -> traceback -> this frame -> err
    return len(err.args) + value % 3


def round_(i):
    total = 0
    # 1. object pointing at itself
    a = Node(i)
    a.other = a
    total += a.other.value % 5
    # 2. parent/child pair
    p = Parent(i)
    total += p.child.parent.child.value % 7
    # 3. closure whose cell holds the function
    f = make_closure(i % 11)
    total += f(1)
    # 4. caught exception kept in a local inside a function
    total += keep_exception(i)
    # 5. bound method stored on its own instance
    h = Holder(i % 13)
    h.cb = h.get
    total += h.cb()
    # 6. list containing itself
    lst = [i % 17]
    lst.append(lst)
    total += lst[1][1][0]
    return total


def main():
    rounds = 170000
    checksum = 0
    for i in range(rounds):
        checksum = (checksum * 31 + round_(i)) % 1000000007
    return checksum

print("cycles checksum", main(), "cycles", 170000 * 6)
