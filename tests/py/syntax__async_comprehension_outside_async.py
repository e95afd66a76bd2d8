# Async comprehensions: allowed in async functions and inside other comprehensions there, an
# async generator expression anywhere; a list/set/dict one elsewhere is a SyntaxError.
import asyncio
async def agen(n):
    for i in range(n):
        yield i
async def main():
    a = [x async for x in agen(3)]
    b = [[y async for y in agen(x)] for x in range(3)]
    c = {x: [y for y in range(x)] async for x in agen(3)}
    g = (x async for x in agen(2))
    d = [v async for v in g]
    def sync():
        return (x async for x in agen(2))
    e = [v async for v in sync()]
    print(a, b, c, d, e)
asyncio.run(main())
for src in ["def f():\n    return [x async for x in y]\n",
            "lambda: {x async for x in y}",
            "[x async for x in y]",
            "class C:\n    d = {k: v async for k, v in y}\n",
            "async def f():\n    g = lambda: [x async for x in y]\n",
            "def f():\n    return (x async for x in y)\n",
            "async def f():\n    return [[z async for z in x] for x in y]\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset}):", repr(src))
