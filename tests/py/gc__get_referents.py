# gc.get_referents() returns the objects directly referred to by containers of simple values.
import gc

lst = [1, "two", None, 3.5, (4, 5)]
print("list:", gc.get_referents(lst))
t = ("a", [1], "b")
print("tuple:", gc.get_referents(t))
print("two args:", gc.get_referents([1, 2], ["x"]))
print("int:", gc.get_referents(7))
print("no args:", gc.get_referents())
