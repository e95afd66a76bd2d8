# WeakSet membership and len follow the lifetime of its elements.
import weakref


class Item:
    pass


s = weakref.WeakSet()
a, b, c = Item(), Item(), Item()
s.add(a)
s.add(b)
s.add(c)
s.add(a)
print("len:", len(s))
del b
print("after del b:", len(s))
print("a in s:", a in s, "new item in s:", Item() in s)
s.discard(a)
print("after discard a:", len(s))
items = list(s)
print("remaining is c:", len(items) == 1 and items[0] is c)
del items, c
print("after del c:", len(s), bool(s))
