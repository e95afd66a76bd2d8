# copyreg: registering reduction functions (which copy uses), constructors, the helpers pickles
# refer to (__newobj__, __newobj_ex__, _reconstructor, _slotnames, _reduce_ex) and the
# extension-code registry, with CPython's error messages.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def reduce_point(p):
    print("reduce_point called for", p)
    return Point, (p.x * 10, p.y * 10)


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
print(copy.copy(Point(1, 2)))
print(copy.deepcopy([Point(3, 4)]))
del copyreg.dispatch_table[Point]
print(copy.copy(Point(5, 6)))

print(sorted(copyreg.__all__))
print(complex in copyreg.dispatch_table, type(int | str) in copyreg.dispatch_table)
print(copyreg.dispatch_table[complex](3 + 4j))
print(copyreg.pickle_complex(1j))
fn, args = copyreg.pickle_union(int | str)
print(fn.__name__, args[0].__name__, args[1])

# Errors.
def check(label, call):
    try:
        result = call()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "->", result)


check("pickle non-callable:", lambda: copyreg.pickle(Point, 5))
check("bad constructor:", lambda: copyreg.pickle(Point, reduce_point, "nope"))
check("constructor(None):", lambda: copyreg.constructor(None))
check("constructor(Point):", lambda: copyreg.constructor(Point))
del copyreg.dispatch_table[Point]

# Object helpers.
class MyList(list):
    pass


obj = copyreg._reconstructor(MyList, list, [1, 2])
print(type(obj).__name__, obj)
plain = copyreg._reconstructor(Point, object, None)
print(type(plain).__name__, plain.__dict__)
print(copyreg.__newobj__(MyList, [3]), type(copyreg.__newobj__(Point)).__name__)


class KwOnly:
    def __new__(cls, *, a):
        self = object.__new__(cls)
        self.a = a
        return self


print(copyreg.__newobj_ex__(KwOnly, (), {"a": 5}).a)


class Slotted:
    __slots__ = ("a", "__b", "__dict__", "__weakref__")


class MoreSlots(Slotted):
    __slots__ = "c"


class _Under:
    __slots__ = ("__p",)


print(copyreg._slotnames(MoreSlots), MoreSlots.__slotnames__, copyreg._slotnames(Point),
      copyreg._slotnames(_Under))


class Q:
    def __init__(self):
        self.v = 1


r = copyreg._reduce_ex(Q(), 0)
print(r[0] is copyreg._reconstructor, r[1][0] is Q, r[1][1:], r[2])
print(copyreg._reduce_ex(MyList([1]), 1)[1][1:])


class Empty:
    pass


print(len(copyreg._reduce_ex(Empty(), 0)))


class SlotsOnly:
    __slots__ = ("a",)


check("slots without __getstate__:", lambda: copyreg._reduce_ex(SlotsOnly(), 0))


class WithState:
    def __getstate__(self):
        return {"state": 1}


print(copyreg._reduce_ex(WithState(), 1)[2])
check("reduce an int:", lambda: copyreg._reduce_ex(3, 0))

# The extension registry.
copyreg.add_extension("mod", "name", 240)
copyreg.add_extension("mod", "name", 240)   # the same again is fine
print(copyreg._extension_registry, copyreg._inverted_registry)
check("same key, other code:", lambda: copyreg.add_extension("mod", "name", 241))
check("same code, other key:", lambda: copyreg.add_extension("mod", "other", 240))
check("code 0:", lambda: copyreg.add_extension("m", "n", 0))
check("code 2**31:", lambda: copyreg.add_extension("m", "n", 2 ** 31))
check("code '7':", lambda: copyreg.add_extension("m", "n", "7"))
check("code 'x':", lambda: copyreg.add_extension("m", "n", "x"))
copyreg._extension_cache[240] = "cached"
copyreg.remove_extension("mod", "name", 240)
print(copyreg._extension_cache, copyreg._extension_registry, copyreg._inverted_registry)
check("remove again:", lambda: copyreg.remove_extension("mod", "name", 240))
check("remove wrong code:", lambda: copyreg.remove_extension("m", "n", 8))
copyreg.remove_extension("m", "n", 7)
copyreg._extension_cache[1] = 2
copyreg.clear_extension_cache()
print(copyreg._extension_cache, copyreg._extension_registry)
