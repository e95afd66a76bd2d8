# Generator state and laziness.
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield "%d: %s" % (i, line)

for line in numbered(["alpha", "beta"]):
    print(line)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

evens = (n for n in naturals() if n % 2 == 0)
print(list(take(5, evens)))
print(list(take(3, evens)))
g = naturals()
print(g.gi_running, g.__name__)

def pipeline():
    data = range(10)
    squared = (x * x for x in data)
    odd = (x for x in squared if x % 2)
    return list(odd)

print(pipeline())
