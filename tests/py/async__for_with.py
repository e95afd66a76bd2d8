import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r

class Ticker:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i

class Res:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name)
        await Sleep(0)
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await Sleep(0)
        return self.swallow

async def worker(name):
    total = 0
    async for i in Ticker(3):
        print(name, "tick", i)
        total += i
    else:
        print(name, "loop done")
    async with Res("a") as r, Res("b"):
        print("inside", r.name)
    async with Res("c", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Res("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e), sys.exc_info()[0].__name__)
        await Sleep(5)
        print("still handling", sys.exc_info()[0].__name__)
    for x in range(2):
        async with Res("loop%d" % x):
            if x == 0:
                continue
            break
    async for i in Ticker(10):
        if i == 2:
            break
    return total

async def ret_in_with():
    async with Res("r"):
        return "from with"

def run(coro):
    value = None
    steps = 0
    while True:
        try:
            op = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = op[1] * 10

print(run(worker("w")))
print(run(ret_in_with()))
async def bad():
    async for x in 5:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
async def bad2():
    async with 5:
        pass
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)
class BadNext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad3():
    async for x in BadNext():
        pass
try:
    run(bad3())
except TypeError as e:
    print("TypeError:", e, repr(e.__cause__))
async def thrower():
    try:
        await Sleep(1)
    except ValueError as e:
        print("thrower caught", e)
        return "recovered"
c = thrower()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)
async def closer():
    try:
        await Sleep(1)
    finally:
        print("closer finally")
c = closer()
c.send(None)
c.close()
print(c.cr_frame)
async def inner_raise():
    await Sleep(1)
    raise RuntimeError("inner")
async def outer():
    await inner_raise()
c = outer()
c.send(None)
try:
    c.send(None)
except RuntimeError:
    import traceback
    traceback.print_exc(file=sys.stdout)
print("end")
