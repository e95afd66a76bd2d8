# Ranges beyond 64 bits: bounds, length, items, slices, membership, index/count, equality
# and hashing as sequences, iteration forwards and backwards, pickling.
r = range(10**20)
print(r, r[5], r[-1], len(range(0, 10**20, 10**18)))
r2 = range(2**63, 2**63+5)
print(r2, list(r2), 2**63+3 in r2, r2.index(2**63+2), r2.count(2**63), r2[1:3], r2[::-1])
try: len(r)
except OverflowError as e: print(e)
print(r == range(0, 10**20), hash(range(10**20)) == hash(range(0, 10**20, 1)))
print(list(reversed(range(2**64, 2**64+3))))
print(range(-10**20, 0, 10**19)[3], bool(range(10**20, 10**20)))
print(sum(range(2**62, 2**62+3)))
for i in range(2**63-2, 2**63+2):
    print(i)
print(range(10**20).start, range(1, 10**20, 3).stop, range(1, 2, 10**30).step)
print(10**19 in range(10**20), 10**20 in range(10**20), 5.0 in range(10**20))
print(range(0, 3, 2) == range(0, 4, 2), range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(0)) == hash(range(7, 2)))
print({range(10**20): 1}[range(0, 10**20)])
r = range(10**20)
print(r[10**19:], r[-3:], r[::10**19], r[5:2:-1], list(r[-2:]), list(range(2**63, 2**63+6)[::2]))
try: r['a']
except TypeError as e: print(e)
try: r[10**20]
except IndexError as e: print(e)
print(r.index(10**19 + 5), r.count(3), r.count(-1), r.index(7.0))
try: r.index(-1)
except ValueError as e: print(e)
import pickle, copy
print(pickle.loads(pickle.dumps(r)) == r, copy.copy(r) is r or copy.copy(r) == r)
print(min(range(2**64, 2**64 + 3)), max(range(2**64, 2**64 + 3)), sorted(range(2**64 + 2, 2**64 - 1, -1)))
print(list(zip(range(2**70, 2**70 + 2), 'ab')), dict(enumerate(range(2**65, 2**65+2))))
print(range(-2**63, 2**63 - 1)[0], range(-2**63, 2**63)[-1])
