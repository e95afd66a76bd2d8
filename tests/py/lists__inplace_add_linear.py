# l += iterable extends in place and touches only the new items; dict.popitem finds the newest
# entry without walking the dict. Both loops are quadratic otherwise and would time out.
import gc
gc.disable()
l = []
alias = l
chunk = [1, 2, 3]
for _ in range(50_000):
    l += chunk
print(len(l), alias is l, len(alias))
l += range(3)
l += 'ab'
l += l[:2]
print(l[-7:])
try:
    l += 5
except TypeError as e:
    print(e)
t = (1,)
t += (2,)
print(t)

d = dict.fromkeys(range(100_000))
n = 0
while d:
    k, v = d.popitem()
    n += 1
print(n, k, v)
d = {'a': 1, 'b': 2}
del d['b']
d['c'] = 3
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(repr(e))
