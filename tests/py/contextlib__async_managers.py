# contextlib's asynchronous parts: asynccontextmanager, aclosing, AsyncExitStack.
import asyncio
from contextlib import asynccontextmanager, aclosing, AsyncExitStack
@asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)
async def ticker(n):
    for i in range(n):
        yield i
async def main():
    async with resource('db') as r:
        print('using', r)
    try:
        async with resource('file') as r:
            raise ValueError('boom')
    except ValueError as e:
        print('caught', e)
    async with aclosing(ticker(5)) as t:
        async for i in t:
            if i == 2:
                break
            print('tick', i)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource('a'))
        b = await stack.enter_async_context(resource('b'))
        async def cleanup(): print('callback cleanup')
        stack.push_async_callback(cleanup)
        stack.callback(print, 'sync callback')
        print('inside', a, b)
asyncio.run(main())
