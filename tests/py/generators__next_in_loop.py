# next(generator) resumes the generator in the evaluation loop: values, StopIteration with
# the returned value, exceptions, defaults and the generator's state as CPython's.
import sys


def gen():
    print("  start")
    x = yield 1
    print("  got", x)
    yield sys._getframe(1).f_code.co_name
    return "done"


g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e), e.value)
print(next(g, "default"))


def plain():
    yield 1


p = plain()
next(p)
try:
    next(p)
except StopIteration as e:
    print(repr(e), e.value, e.__traceback__.tb_lineno)


def bad():
    yield 1
    raise ValueError("inside")


b = bad()
next(b)
try:
    next(b)
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
print(b.gi_frame, b.gi_running)


def stopper():
    yield 1
    raise StopIteration("x")


s = stopper()
next(s)
try:
    next(s)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))


def running():
    yield next(me)


me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def tokens(text):
    for word in text.split():
        yield word


def parse(text):
    it = tokens(text)
    out = []
    for w in it:
        if w == "(":
            out.append(next(it) + "!")
            next(it)
        else:
            out.append(w)
    return out


print(parse("a ( b ) c"))


def deep(n):
    if n:
        yield next(deep(n - 1))
    else:
        yield 0


try:
    print(next(deep(50)))
    next(deep(10**5))
except RecursionError as e:
    print("RecursionError", e)
