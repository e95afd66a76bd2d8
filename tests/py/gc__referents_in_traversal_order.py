# gc.get_referents lists what CPython's traversal visits, in its order: a dict's values
# before their keys, and values alone when every key is a str (an instance's __dict__,
# keyword arguments); untracked containers are traversed all the same.
import gc

print(gc.get_referents({"a": 1, "b": [2]}))
print(gc.get_referents({1: "x", (2,): "y"}))
print(gc.get_referents({"k": [1], 2: 3}))
print(gc.get_referents({"a": 1}), gc.get_referents({1: 2}))
print(gc.get_referents((1, "s")), gc.get_referents([1, "s"]), gc.get_referents("s"), gc.get_referents(1))

class O:
    pass

o = O(); o.x = 5; o.y = "s"
print(gc.get_referents(o.__dict__))

def f(**kw):
    return kw

print(gc.get_referents(f(p=[1], q=(2, 3))))
print(gc.get_referents({}), gc.get_referents(dict.fromkeys("ab")))
