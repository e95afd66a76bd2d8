# Messages of protocols used wrongly, as CPython words them.
import math


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class OnlyGetitem:
    def __getitem__(self, i):
        return i


class BadRepr:
    def __repr__(self):
        return 5


class BadStr:
    def __str__(self):
        return 5


show(lambda: reversed(OnlyGetitem()))
show(lambda: reversed(object()))
show(lambda: str(BadRepr()))
show(lambda: repr(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: f"{BadRepr()!r}")
show(lambda: object.__new__(5))
show(lambda: object.__new__())
show(lambda: math.perm(-1))
show(lambda: math.perm(-1, 2))
show(lambda: math.perm(5, -1))
show(lambda: math.perm(5))
