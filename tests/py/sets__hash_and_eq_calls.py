# Which set operations call __hash__ and __eq__, and how far they read an iterable argument:
# a set's keys keep their hashes, so combining or comparing sets calls no __hash__.
class H:
    def __init__(self, n): self.n = n
    def __hash__(self): print("hash", self.n); return self.n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o)); return isinstance(o, H) and self.n == o.n
    def __repr__(self): return "H%d" % self.n
a = {H(i) for i in range(0, 40, 8)}
b = {H(i) for i in range(8, 64, 8)}
def gen(items):
    for i in items:
        print("gen yields", i)
        yield i
print("issuperset gen"); print(a.issuperset(gen([H(8), H(99), H(16)])))
print("isdisjoint gen"); print(a.isdisjoint(gen([H(99), H(8), H(16)])))
print("issubset"); print(a.issubset(gen([H(0), H(8)])))
print("== != < <= > >=")
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
c = set(a)
print(a == c, a <= c, a < c)
print("union list"); print(sorted(a.union([H(1), H(0)]), key=lambda h: h.n))
print("intersection list"); print(a.intersection([H(0), H(3)], {H(0)}))
print("difference"); print(sorted(a.difference(b, [H(0)]), key=lambda h: h.n))
print("difference list"); print(sorted(a.difference([H(0)]), key=lambda h: h.n))
print("symmetric_difference"); print(sorted(a.symmetric_difference([H(0), H(5)]), key=lambda h: h.n))
print("frozenset results", type(frozenset(a).union(b)).__name__, type(frozenset(a).intersection([1])).__name__, type(frozenset(a).difference([1])).__name__, type(frozenset(a).symmetric_difference([1])).__name__, type(frozenset(a).copy()).__name__)
print("set copy order")
s = set()
s |= set(range(20, 0, -3))
print(list(s))
print({1,2}.union(), {1,2}.intersection(), {1,2}.difference())
print("-- operators")
a = {H(i) for i in range(3)}
b = {H(i) for i in range(1, 5)}
print("|"); c = a | b
print("-"); c = a - b
print("-big"); c = {H(0)} - b
print("^"); c = a ^ b
print("|="); a |= b
print("&"); c = a & b
print("update"); a.update(b)
print("<="); a <= b
print("=="); a == b
print("isdisjoint"); a.isdisjoint(b)
print("issubset"); a.issubset(b)
print("union"); a.union(b)
print("set(a)"); set(a)
print("frozenset(a)"); frozenset(a)
print("in"); H(1) in a
