# Which operations call __hash__: building a dict display hashes each key once (after every
# key and value of the run exists); merging one dict into another reuses the stored hashes.
class K:
    def __init__(self, n):
        self.n = n
        print("make", n)

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return "K%d" % self.n


for size in (0, 1, 2, 15, 16, 17, 33):
    print("-- a display of", size)
    d = eval("{" + ", ".join("K(%d): %d" % (i, i) for i in range(size)) + "}")
    print(list(d.values()) == list(range(size)))

print("-- with ** among the pairs")
d = {K(1): 1, **{K(2): 2}, K(3): 3, K(4): 4, **{}, K(5): 5}
print(d)
src = "{" + ", ".join("K(%d): %d" % (i, i) for i in range(18)) + ", **{K(100): 1}, K(200): 2}"
print(len(eval(src)))

src = {K(1): 1, K(2): 2}
print("-- update, dict(), {**d}, copy(), |")
d = {}
d.update(src)
d2 = dict(src)
d3 = {**src}
d4 = src.copy()
d5 = src | {}
d |= src
print(d == d2 == d3 == d4 == d5)

print("-- errors")
for bad in ([(1, 2, 3)], [1], [(1,)], ["ab", "c"]):
    try:
        dict(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (5, [(1, 2)]):
    try:
        {**bad}
    except TypeError as e:
        print(e)
try:
    {K(1): 1, []: 2, K(3): 3}
except TypeError as e:
    print(e)


def pairs():
    print("first pair")
    yield (K(7), 1)
    print("second pair")
    yield [K(8), 2]


d = {}
d.update(pairs())
print(d)
