# Weak containers as CPython's: iteration is lazy and keeps nothing alive, entries whose
# referent dies during an iteration go when it ends, a script's own change of size while
# iterating raises, update()/setdefault() do not call a subclass's __setitem__.
# -- min_wvd_iter_keeps_alive
import weakref
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = weakref.WeakValueDictionary()
a, b = V("a"), V("b")
d["a"] = a; d["b"] = b
it = iter(d.values())
print(next(it).n)
del b
print(len(list(it)))
print(type(d.items()).__name__)
# -- min_wvd_mutate_during_iter
import weakref
class V: pass
keep = [V(), V()]
d = weakref.WeakValueDictionary({0: keep[0], 1: keep[1]})
try:
    for k in d:
        d[k + 100] = keep[0]
    print("no error", len(d))
except RuntimeError as e:
    print("RuntimeError:", e)
k = weakref.WeakKeyDictionary({keep[0]: 1})
try:
    for x in k:
        k[keep[1]] = 2
    print("no error", len(k))
except RuntimeError as e:
    print("RuntimeError:", e)
# -- min_wvd_subclass_setitem
import weakref
class V: pass
class Logging(weakref.WeakValueDictionary):
    def __setitem__(self, k, v):
        print("__setitem__", k)
        super().__setitem__(k, v)
v = V()
d = Logging()
d.update(b=v)
d.setdefault("c", v)
print(sorted(d))
# -- a cache whose entries die while it is iterated
import gc
class Item:
    def __init__(self, n):
        self.n = n
cache = weakref.WeakValueDictionary()
items = [Item(i) for i in range(5)]
for it in items:
    cache[it.n] = it
seen = []
for key in cache:
    if key == 1:
        del items[2:]
        gc.collect()
        print("during:", len(cache.data))  # len(cache) here would drop entries mid-loop
    seen.append(key)
print("seen", seen, "after:", len(cache), sorted(cache.keys()))
ws = weakref.WeakSet(items)
for x in ws:
    items.clear()
    print("in loop", len(ws))
    break
print("after loop", len(ws))

# -- min_shutdown_weakdict_len
import weakref
class O: pass
o = O()
registry = weakref.WeakValueDictionary(); registry["k"] = o
class Reporter:
    def __del__(self):
        print("registry size", len(registry))
rep = Reporter()
