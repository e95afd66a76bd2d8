# Builtins that drain a generator (list, tuple, set, sorted, sum, str.join, dict, min, max)
# see every item in order, with the generator's own side effects between them, and leave it
# in the state CPython leaves it.
import gc
import sys
import weakref


def noisy(n):
    for i in range(n):
        print("  yield", i)
        yield i
    print("  done")


print(list(noisy(3)))
print(tuple(noisy(2)))
print(sorted(noisy(3), reverse=True))
print(sum(noisy(4)), sum(x * 0.5 for x in range(5)), sum((x for x in "ab"), start=None) if False else "-")
print("-".join(str(i) for i in noisy(2)))
print(dict((k, k * k) for k in range(4)))
print(min(x for x in [5, 3, 9]), max((x for x in [5, 3, 9]), key=lambda v: -v))
print(set(i % 3 for i in range(10)), frozenset(c for c in "abca") == frozenset("abc"))


# The generator runs while the builtin drains it: it sees itself running.
def self_aware():
    yield me.gi_running
    yield me.gi_frame is not None
    yield sys._getframe().f_code.co_name


me = self_aware()
print(list(me), me.gi_running, me.gi_frame)


# Yields inside `except` keep the handled exception for the generator only.
def handling():
    try:
        raise KeyError("inside")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise ValueError("outside")
except ValueError:
    print(list(handling()), repr(sys.exc_info()[1]))


# Delegation with yield from, and the value a generator returns.
def inner():
    yield 1
    yield 2
    return "ret"


def outer():
    r = yield from inner()
    yield r
    yield from (x * 10 for x in range(3))


print(list(outer()))


# An error part way: what was read is released, the error propagates, the generator is done.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)


def failing():
    yield Item(1)
    yield Item(2)
    raise OSError("broken")


g = failing()
try:
    list(g)
except OSError as e:
    print("caught", repr(e), g.gi_frame)
print(list(g))


def stops():
    yield 1
    raise StopIteration("early")


try:
    tuple(stops())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

# A partly consumed generator drains from where it is; a second drain finds nothing.
it = (i * i for i in range(6))
print(next(it), next(it), list(it), list(it))

# Unhashable items stop set() at the item, the generator suspended after it.
def mixed():
    yield 1
    yield [2]
    yield 3


m = mixed()
try:
    set(m)
except TypeError as e:
    print(e)
print(list(m))


# Objects dying inside the generator are finalized in CPython's order while it is drained.
class Tracked:
    pass


def churn(n):
    for i in range(n):
        t = Tracked()
        weakref.finalize(t, print, "  finalized", i)
        yield i


print(list(churn(3)))

# A cycle collected while a generator is being drained.
def cyclic(n):
    for i in range(n):
        a = Tracked()
        a.self = a
        weakref.finalize(a, print, "  cycle gone", i)
        del a
        if i == 1:
            gc.collect()
        yield i


print(list(cyclic(3)))
gc.collect()
print("end")


# sum() adds as the items come: __add__ and the generator take turns.
class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  add", self.v, other)
        return Loud(self.v + (other.v if isinstance(other, Loud) else other))

    __radd__ = __add__


def louds():
    for i in range(3):
        print("  make", i)
        yield Loud(i)


print(sum(louds()).v)
try:
    sum(x for x in [1, 2, "three", 4])
except TypeError as e:
    print(e)
try:
    sum(5, "a")
except TypeError as e:
    print(e)
print(sum((x for x in range(10**6)), 0.5), sum(x * x for x in range(-3, 4)), sum([True, True, 2**70]))
print(len(list(x for x in range(10**5))), len(set(x % 7919 for x in range(10**5))))

# set.__init__ again starts over.
s = {9}
s.__init__(x for x in "ab")
print(sorted(s))

# any() and all() stop at the deciding item and leave the generator just after it.
def count_up(n):
    for i in range(n):
        print("  gives", i)
        yield i


c = count_up(6)
print(any(x > 1 for x in c), next(c))
c = count_up(6)
print(all(x < 2 for x in c), list(c))
print(any(x > 9 for x in count_up(3)), all(count_up(0)), any([]), all([]))


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool", self.v)
        return self.v


print(any(Truth(v) for v in [False, True, False]), all(Truth(v) for v in [True, False, True]))
try:
    any(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
