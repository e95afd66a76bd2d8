import types
async def f(x):
    return x + 1
async def g():
    r = await f(1)
    print("r", r)
    return r * 10
c = g()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(g.__code__.co_flags & 0x80, f.__code__.co_flags)
class Aw:
    def __await__(self):
        x = yield "suspend"
        print("resumed with", x)
        return 42
async def h():
    v = await Aw()
    print("v", v)
    try:
        await 3
    except TypeError as e:
        print("TypeError", e)
    return v
c = h()
print(c.send(None))
try:
    c.send("hello")
except StopIteration as e:
    print("stop", e.value)
try:
    iter(h())
except TypeError as e:
    print(e)
try:
    next(f(1))
except TypeError as e:
    print(e)
w = f(5).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)
def gen():
    yield 1
print(type(gen()).__name__)
print(f(1))
print("end")
# A coroutine still in a global at exit warns as the modules go (no tracemalloc hint then).
left_over = f(2)
