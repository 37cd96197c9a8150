# Tight integer while-loop: arithmetic and local variable access.
def main():
    total = 0
    i = 0
    n = 5000000
    while i < n:
        total += i * i % 7
        i += 1
    return total

print("loop checksum", main())
