# Pairs of instructions the compiler fuses (a local then its attribute, two locals, a store
# then a load) still raise where CPython does, with the same carets, and a jump into the
# middle of a pair runs its second half alone.
import traceback


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def attr_of_unbound():
    print(p.x)
    p = Point(1, 2)


def missing_attr(p):
    return p.z


def second_unbound():
    a = 1
    return a + b
    b = 2


def store_then_unbound():
    a = 1
    return c
    c = 3


def method_of_unbound():
    q.norm2()
    q = Point(0, 0)


def missing_method(p):
    return p.length()


def return_unbound():
    return r
    r = 1


def count_down(n):
    while n > 0:
        n = n - 1
    return n


for fn, args in [(attr_of_unbound, ()), (missing_attr, (Point(1, 2),)), (second_unbound, ()),
                 (store_then_unbound, ()), (method_of_unbound, ()), (missing_method, (Point(3, 4),)),
                 (return_unbound, ())]:
    try:
        fn(*args)
    except Exception:
        traceback.print_exc()


def pick(flag, a, b):
    # The jump for a true flag lands on the attribute load after `b`: it reads `a.x`.
    return (a if flag else b).x


print(pick(True, Point(1, 0), Point(2, 0)), pick(False, Point(1, 0), Point(2, 0)))


def swap_loop(n):
    a, b = 0, 1
    while n:
        a, b = b, a + b
        n -= 1
    return a


print(swap_loop(30), Point(3, 4).norm2(), count_down(5))


def build(words):
    s = ""
    for w in words:
        s = s + w
        s += "-"
    return s


print(build(["spam", "eggs", "ham"]))
