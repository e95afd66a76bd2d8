# Dicts keyed by consecutive ints: lookups, deletion from the front and churn stay linear
# (a lookup once walked every consecutive key: their hashes are the ints themselves). The
# collector is off: under REAP_GC_STRESS it would walk the big dicts at every allocation.
import gc
gc.disable()
n = 40_000
d = {}
for i in range(n):
    d[i] = i
total = 0
for i in range(n):
    total += d[i]
print(total, len(d), (n + 5) in d, -1 in d)
for i in range(n // 2):
    del d[i]
print(len(d), next(iter(d)), list(d)[-1], d.get(7), d[n - 1])
for i in range(n, 2 * n):
    d[i] = i
    del d[i - n // 2]
print(len(d), min(d), max(d), sum(d.values()) == sum(range(n + n // 2, 2 * n)))
s = set(range(n))
for i in range(0, n, 2):
    s.discard(i)
print(len(s), 1 in s, 2 in s)
# Equal keys that are not the same object are still found (the comparison path).
k = {str(i): i for i in range(1000)}
print(sum(k[str(i)] for i in range(1000)), k.get(str(10**6)))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, other): return isinstance(other, K) and self.v == other.v
c = {K(i): i for i in range(50)}
print(c[K(49)], c[K(0)], K(50) in c, len(c))
del c[K(25)]
print(len(c), K(25) in c, c[K(26)])
