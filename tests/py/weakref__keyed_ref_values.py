import weakref, gc
class O:
    def __init__(s, n): s.n = n
    def __repr__(s): return f"O{s.n}"
d = weakref.WeakValueDictionary()
objs = [O(i) for i in range(5)]
for o in objs: d[o.n] = o
print(sorted(d.keys()), [type(r).__name__ for r in d.valuerefs()][:1], d.valuerefs()[0].key)
del objs[1]
print(sorted(d.keys()))
for k, v in d.items():
    if k == 2:
        del objs[2]
print(sorted(d.keys()), len(d))
print(d.setdefault(9, objs[0]), 9 in d)
del objs
gc.collect()
print(len(d), list(d.items()))
print(weakref.KeyedRef.__mro__)
