import types
print(types.CoroutineType, types.AsyncGeneratorType)
@types.coroutine
def sleep0():
    yield "tick"
async def main():
    await sleep0()
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    return 7
async def agen():
    yield 1
    yield 2
c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(isinstance(c, types.CoroutineType))
