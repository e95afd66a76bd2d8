class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r

async def agen(n):
    try:
        for i in range(n):
            got = await Sleep(i)
            x = yield i * 10
            if x is not None:
                print("agen got", x)
    finally:
        print("agen finally")

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print("out", out)
    print([v async for v in agen(2)])
    print({v: v async for v in agen(2) if v})
    async def double(x):
        await Sleep(x)
        return 2 * x
    print([await double(x) for x in range(3)])
    g = (v + 1 async for v in agen(3))
    print(type(g).__name__)
    print([x async for x in g])
    a = agen(5)
    print(await a.__anext__())
    print(await a.asend("hello"))
    await a.aclose()
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    b = agen(5)
    print(await b.__anext__())
    try:
        await b.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow raised", e)
    async def catcher():
        while True:
            try:
                yield 1
            except KeyError:
                yield "caught"
    c = catcher()
    await c.__anext__()
    print(await c.athrow(KeyError))
    await c.aclose()
    async def ignorer():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    d = ignorer()
    await d.__anext__()
    try:
        await d.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(type(a).__name__, type(a.__anext__()).__name__, type(a.aclose()).__name__)
    print(agen.__code__.co_flags & 0x200)
    return "main done"

def run(coro):
    value = None
    while True:
        try:
            op = coro.send(value)
        except StopIteration as e:
            return e.value
        value = op[1] * 10
print(run(main()))
