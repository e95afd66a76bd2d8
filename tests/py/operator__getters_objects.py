# itemgetter / attrgetter / methodcaller as objects: reprs, reduce, calling rules.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter((1, 2))), repr(itemgetter(slice(1, 2))))
print(repr(attrgetter("a")), repr(attrgetter("a.b", "c")), repr(attrgetter("x.y.z")))
print(repr(methodcaller("m")), repr(methodcaller("m", 1, k=2)), repr(methodcaller("m", "s", [1], a=None, b="t")))
print(str(itemgetter(0)), f"{attrgetter('q')!r}")
print(type(itemgetter(1)), type(attrgetter("a")), type(methodcaller("m")))
print(itemgetter(1).__reduce__())
print(attrgetter("a.b", "c").__reduce__())
print(methodcaller("m", 1).__reduce__())
f, args = methodcaller("m", 1, k=2).__reduce__()
print(args, f.args, f.keywords, f.func is methodcaller)
rebuilt = f(*args)
print(repr(rebuilt))
cls, args = itemgetter(2, 0).__reduce__()
print(cls(*args)("abc"))
cls, args = attrgetter("real", "imag").__reduce__()
print(cls(*args)(3 + 4j))

# A getter whose item holds the getter itself.
box = []
g = itemgetter(box)
box.append(g)
print(repr(g))

# Keyword arguments for methodcaller may even be called "name".
class Obj:
    def m(self, *args, **kwargs):
        return args, kwargs


print(methodcaller("m", 1, name="n")(Obj()))
print(repr(methodcaller("m", name="n")))

# Getters compare by identity and are hashable.
g1, g2 = itemgetter(1), itemgetter(1)
print(g1 == g2, g1 == g1, len({g1, g2}))

# Single-item getters return the item itself, several return a tuple.
print(itemgetter(0)([(1, 2)]), itemgetter(0, 0)([(1, 2)]))
print(attrgetter("real")(5), attrgetter("real", "real")(5))
