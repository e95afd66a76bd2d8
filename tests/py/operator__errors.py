# Error messages from the operator module.
import operator
from operator import itemgetter, attrgetter, methodcaller


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


show(itemgetter)
show(itemgetter, a=1)
show(attrgetter)
show(attrgetter, 1)
show(attrgetter, "a", 2)
show(methodcaller)
show(methodcaller, 1)
show(itemgetter(1))
show(itemgetter(1), [1, 2], [3])
show(itemgetter(1), [1, 2], k=1)
show(attrgetter("a"))
show(attrgetter("a"), 1, 2)
show(methodcaller("a"))
show(methodcaller("a"), 1, 2)
show(itemgetter(5), [1])
show(itemgetter("k"), {})
show(attrgetter("a.b"), 1)
show(attrgetter("real.nope"), 1)
show(attrgetter("a."), 1)
show(methodcaller("nope"), 1)


class Greeter:
    def greet(self):
        return "hi"


show(methodcaller("greet", 1, 2), Greeter())

for base in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

show(operator.concat, 1, 2)
show(operator.concat, [1], 2)
show(operator.concat, "a", 1)
show(operator.concat, {}, {})
show(operator.iconcat, 1, 2)


class Seq:
    def __getitem__(self, i):
        return i

    def __add__(self, other):
        return "added"


show(operator.concat, Seq(), 1)
show(operator.concat, Seq(), Seq())
show(operator.concat, Seq(), [1])
show(operator.countOf, 1, 2)
show(operator.indexOf, [1], 2)
show(operator.indexOf, 1, 2)
show(operator.index, 1.5)
show(operator.index, "x")
show(operator.index, None)


class BadIndex:
    def __index__(self):
        return "s"


show(operator.index, BadIndex())
show(operator.length_hint, 5, "x")


class H:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


class LenRaises:
    def __len__(self):
        raise ValueError("nope")


class LenTypeError:
    def __len__(self):
        raise TypeError("nope")

    def __length_hint__(self):
        return 9


class HintTypeError:
    def __length_hint__(self):
        raise TypeError("x")


show(operator.length_hint, H("x"))
show(operator.length_hint, H(-1))
show(operator.length_hint, H(NotImplemented), 4)
show(operator.length_hint, LenRaises())
show(operator.length_hint, LenTypeError())
show(operator.length_hint, HintTypeError(), 3)
show(operator.add, 1, "a")
show(operator.neg, "a")
show(operator.inv, 1.5)
show(operator.getitem, [1], 5)
show(operator.getitem, 1, 0)
show(operator.delitem, {}, "k")
show(operator.setitem, (), 0, 1)
show(operator.truediv, 1, 0)
show(operator.lt, 1, "a")
show(operator.matmul, 1, 2)
show(operator.isub, [1], [1])
show(operator.iadd, 1, "a")
