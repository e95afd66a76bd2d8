# gc.is_tracked() for atoms, containers of atoms, and containers of containers.
import gc


class C:
    pass


print("int:", gc.is_tracked(42))
print("str:", gc.is_tracked("hello"))
print("None:", gc.is_tracked(None))
print("float:", gc.is_tracked(1.5))
print("empty dict:", gc.is_tracked({}))
print("dict of ints:", gc.is_tracked({1: 2, 3: 4}))
print("dict with list:", gc.is_tracked({"a": []}))
print("empty list:", gc.is_tracked([]))
print("list of ints:", gc.is_tracked([1, 2]))
print("instance:", gc.is_tracked(C()))
print("class:", gc.is_tracked(C))
print("function:", gc.is_tracked(len))
d = {}
print("dict before:", gc.is_tracked(d))
d["x"] = [1]
print("dict after adding list:", gc.is_tracked(d))
