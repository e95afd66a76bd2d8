import gc, weakref
class L(list): pass
l = L([1, 2])
print(sorted(map(repr, gc.get_referents(l))))
item = object()
l.append(item)
print(sorted(type(r).__name__ for r in gc.get_referrers(item)))
print(sum(1 for o in gc.get_objects() if type(o) is list and o == [1, 2, item]))
class R(weakref.ref): pass
class O: pass
o = O()
r = R(o, print)
print(len(gc.get_referents(r)), sorted(type(x).__name__ for x in gc.get_referents(r)))
