# Messages of mistakes people make, as CPython words them.
import itertools


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", str(e)[:120])


show(lambda: hash(slice(1, 2)))
show(lambda: {slice(1): 1})
show(lambda: object.__new__(int))
show(lambda: object.__new__(list))
class MyInt(int): pass
show(lambda: object.__new__(MyInt))
print(type(int.__new__(MyInt, 3)).__name__, tuple.__new__(tuple, [1]))
show(lambda: 1 << 1.0)
show(lambda: 1.0 >> 1)
show(lambda: True & 1.5)
show(lambda: 2.0 ^ 1)
show(lambda: 2.5 | 1)
print(1 | 2, True | False, 3 ^ True)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
show(lambda: [1, 2][I(1.5)])
show(lambda: [1, 2][I(10**30)])
print([1, 2][I(1)], "ab"[I(-1)])
class P:
    __slots__ = ("x",)
def del_unset():
    del P().x
show(del_unset)
for literal in ("x" * 300, b"y" * 300):
    try:
        int(literal)
    except ValueError as e:
        print(len(str(e)), str(e)[-5:])
show(lambda: enumerate())
show(lambda: itertools.repeat())
print(list(itertools.repeat(object="r", times=2)))
