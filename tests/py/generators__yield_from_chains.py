import sys, traceback
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "ret"
def outer():
    r = yield from inner()
    print("outer got return", r)
    z = yield 3
    return z
g = outer()
print(next(g)); print(g.send("a")); print(g.send("b"))
try: g.send("c")
except StopIteration as e: print("stop", e.value)
for v in outer(): print("for", v)
print(list(outer()))
def bad():
    yield 1
    raise ValueError("boom")
def wrap():
    try:
        yield from bad()
    except ValueError as e:
        print("caught", e)
        yield "after"
print(list(wrap()))
def wrap2():
    yield from bad()
try:
    for x in wrap2(): print(x)
except ValueError:
    traceback.print_exc(file=sys.stdout)
def stopper():
    yield 1
    raise StopIteration("x")
def w3():
    yield from stopper()
try: print(list(w3()))
except RuntimeError as e: print("RT", e, repr(e.__cause__))
def deep(n):
    if n == 0:
        yield "leaf"
        return
    yield from deep(n - 1)
print(list(deep(50)))
def rec(n):
    yield from rec(n + 1)
try: list(rec(0))
except RecursionError as e: print("RecursionError", e)
def fresh():
    g = inner()
    r = yield from g
    yield g.gi_frame, g.gi_running
print(list(fresh()))
def self_ref():
    yield from g2
g2 = self_ref()
try: next(g2)
except ValueError as e: print(e)
def gen_running():
    yield from outer_g
def outer_():
    yield from gen_running()
outer_g = outer_()
try: next(outer_g)
except ValueError as e: print(e)
import weakref
class R:
    def __del__(self): print("del R")
def holder():
    r = R()
    yield 1
    yield 2
def deleg():
    yield from holder()
    print("after holder")
for v in deleg(): print(v)
g = deleg(); next(g); del g; print("deleted")
def yf_gi():
    sub = inner()
    yield from sub
d = yf_gi(); next(d); print(d.gi_yieldfrom is not None, d.gi_yieldfrom.gi_running)
d.close(); print("closed")
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled"
def td():
    yield from thrower()
t = td(); next(t); print(t.throw(KeyError))
