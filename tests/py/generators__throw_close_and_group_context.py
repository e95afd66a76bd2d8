# generator.throw() chains only the generator's own handled exception; an async generator
# closed before it started never runs; groups split from a group suppress their context.
def g():
    yield
it = g(); next(it)
try:
    try:
        raise IndexError("first")
    except IndexError:
        it.throw(KeyError("thrown"))
except KeyError as e:
    print(repr(e.__context__))
def h():
    try:
        raise ValueError("inside")
    except ValueError:
        yield 1
it = h(); next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print(repr(e.__context__))
it = h(); next(it)
try:
    try:
        1/0
    except ZeroDivisionError:
        it.throw(KeyError)
except KeyError as e:
    print(repr(e.__context__))
def j():
    yield
it = j(); next(it)
try:
    it.throw(TypeError, "msg")
except TypeError as e:
    print(repr(e), e.__context__)
import asyncio
async def finite():
    yield 1
async def main():
    g = finite()
    await g.aclose()
    try:
        print("got", await anext(g))
    except StopAsyncIteration:
        print("StopAsyncIteration")
    def sync():
        yield 1
    s = sync(); s.close()
    print(next(s, "closed"))
asyncio.run(main())
try:
    1 / 0
except ZeroDivisionError:
    eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    eg.__context__ = ZeroDivisionError("ctx")
match, rest = eg.split(ValueError)
print(match.__suppress_context__, rest.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup("g", [RuntimeError("r")])
except* RuntimeError as e:
    raise TypeError("wrapped") from e
