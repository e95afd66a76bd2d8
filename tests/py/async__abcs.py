# The async ABCs of collections.abc recognise coroutines, async generators and any class
# with the protocol's methods.
from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable,
                             Coroutine)
import collections.abc
import typing


async def coro():
    return 1


async def agen():
    yield 1


class Ticker:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Waits:
    def __await__(self):
        yield


c = coro()
g = agen()
for obj in (c, g, Ticker(), Waits(), 5):
    print(type(obj).__name__, [abc.__name__ for abc in
          (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator)
          if isinstance(obj, abc)])
c.close()
print(issubclass(type(c), Coroutine), issubclass(Waits, Coroutine))
print(AsyncIterator[int], Awaitable[str])
print(hasattr(typing, "AsyncIterator"), hasattr(typing, "Awaitable"), hasattr(typing, "Coroutine"))


class Countdown(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    return [x async for x in Countdown(3)]


m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
try:
    AsyncIterator()
except TypeError as e:
    print("TypeError:", e)
