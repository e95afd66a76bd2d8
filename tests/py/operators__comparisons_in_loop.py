# a < b (any comparison but !=) with the method defined in Python on a's class runs it as a
# frame of the evaluation loop: reflected methods, NotImplemented, identity for ==, errors
# and the jumps after comparisons stay CPython's.
import functools


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x

    def __lt__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x < other.x

    def __repr__(self):
        return f"P({self.x})"


a, b = P(1), P(2)
print(a == b, a == P(1), a < b, b < a, a == 1, 1 == a, a != b, a != P(1))
if a < b:
    print("less")
while a < b:
    a = P(a.x + 1)
print(a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)


class Q(P):
    def __gt__(self, other):
        return "Q.__gt__ first"


print(P(1) < Q(5))


class R:
    def __gt__(self, other):
        return "R.__gt__ reflected"


print(P(1) < R())


class Truthy:
    def __eq__(self, other):
        return [1]

    def __ge__(self, other):
        return []


t = Truthy()
print(t == 0, t >= 0)
if t == 0:
    print("truthy eq")
if not (t >= 0):
    print("falsy ge")


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1), V(2)], key=lambda z: z.v)[0].v)


class Boom:
    def __lt__(self, other):
        raise ValueError("no order")


def cmp():
    return Boom() < 1


try:
    cmp()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


class Chain:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v


print(Chain(1) < Chain(2) < Chain(3), Chain(3) < Chain(2) < Chain(1))
print([x for x in [P(3), P(1)] if x < P(2)])


class Noisy:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return NotImplemented

    def __del__(self):
        print("  del", self.n)


print(Noisy(1) == Noisy(2))
