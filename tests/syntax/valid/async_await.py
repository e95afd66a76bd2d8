# async functions and await
async def f():
    await g()

async def g():
    x = await h()
    return await x

async def h():
    async for item in aiter_():
        pass
    async with lock:
        pass
    async with a as x, b as y:
        pass
    async for i in stream:
        pass
    else:
        pass

async def comp():
    return [x async for x in gen()], [await y for y in ys]

class C:
    async def method(self):
        await self.other()

@dec
async def decorated():
    pass
