# throw() and close() reach the generator a `yield from` delegates to (PEP 380), and a
# generator suspended inside an `except` body keeps its exception to itself.
import sys

def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield 2
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer got", r)

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
g.close()

def returns_on_throw():
    try:
        yield "a"
    except KeyError:
        return "returned"

def outer2():
    r = yield from returns_on_throw()
    print("outer2 got", r)
    yield "after"

g = outer2()
next(g)
print(g.throw(KeyError))

class Delegate:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def send(self, v):
        print("Delegate.send", v)
        return v
    def throw(self, exc):
        print("Delegate.throw", repr(exc))
        raise StopIteration("from throw")
    def close(self):
        print("Delegate.close")

def outer3():
    r = yield from Delegate()
    print("outer3 got", r)
    yield "done"

g = outer3()
print(next(g))
print(g.send("sent"))
print(g.throw(IndexError("i")))
g = outer3()
next(g)
g.close()

def no_throw_method():
    r = yield from iter([1, 2, 3])
    yield r

g = no_throw_method()
next(g)
try:
    g.throw(TypeError("plain iterator"))
except TypeError as e:
    print("propagated", e)

def handler_gen():
    try:
        raise ValueError("a")
    except ValueError:
        yield 1
        print("in g", repr(sys.exc_info()[1]))
        yield 2

x = handler_gen()
next(x)
print("outside", sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    next(x)
    print("after", repr(sys.exc_info()[1]))

def stopper():
    yield 1
s = stopper()
next(s)
try:
    s.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def gen_close_raises():
    try:
        yield 1
    finally:
        raise OSError("in finally")

def outer4():
    yield from gen_close_raises()

g = outer4()
next(g)
try:
    g.close()
except OSError as e:
    print("close raised", e)
print(g.gi_yieldfrom)
g = outer()
next(g)
print(type(g.gi_yieldfrom).__name__)
