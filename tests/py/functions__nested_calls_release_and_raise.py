# Python-to-Python calls run in one evaluation loop (no native recursion): each frame must
# still release its variables, its arguments and then its callable in CPython's order, on
# return and on an exception passing through, and the recursion limit must count the same.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def callee(arg):
    local = Noisy("callee local")
    print("in callee", arg.name)
    return arg.name.upper()


def caller():
    print("got", callee(Noisy("argument")))
    print("after call")


caller()


def make():
    held = Noisy("closure cell")

    def fn():
        print("fn sees", held.name)
        return 1

    return fn


print("result", make()())
print("---")


def fails(n):
    guard = Noisy(f"guard {n}")
    if n == 0:
        raise KeyError("bottom")
    try:
        return fails(n - 1)
    finally:
        print("finally", n)


try:
    fails(3)
except KeyError as e:
    print("caught", repr(e), sys.exc_info()[0].__name__)
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        last = tb
        tb = tb.tb_next
    print("traceback entries", depth, "innermost n =", last.tb_frame.f_locals["n"])
    del last
print("handled:", sys.exc_info())
print("---")


def catcher():
    try:
        return 1 / 0
    except ZeroDivisionError:
        print("handling", sys.exc_info()[0].__name__)
        return reports()


def reports():
    return sys.exc_info()[0].__name__


print("seen inside a call made while handling:", catcher())
print("after:", sys.exc_info())


def gen():
    for i in range(4):
        yield helper(i)


def helper(i):
    if i == 3:
        raise ValueError(f"helper {i}")
    return i * 10


try:
    for v in gen():
        print("gen", v)
except ValueError as e:
    print("generator's call raised", e)


class Walker:
    def step(self, k):
        return k if k == 0 else self.step(k - 1) + 1

    @staticmethod
    def static(a):
        return a * 2

    @classmethod
    def klass(cls, a):
        return cls.__name__, a


w = Walker()
print(w.step(50), Walker.static(4), Walker.klass(5), Walker.step(w, 3))


def twice(x):
    return x * 2


print(list(map(lambda x: twice(x), [1, 2, 3])))


print("---")
sys.setrecursionlimit(80)
count = 0


def recurse():
    global count
    count += 1
    recurse()


try:
    recurse()
except RecursionError as e:
    print("recursion stopped after", count, "calls:", e)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
sys.setrecursionlimit(1000)


def unbound():
    print(later)
    later = 1


try:
    unbound()
except UnboundLocalError as e:
    print(e)


def level3():
    return {}["missing"]


def level2():
    return level3()


def level1():
    keep = Noisy("level1 local")
    return level2()


level1()
