# AsyncMock as unittest.mock's documentation uses it: awaited calls recorded and asserted, side
# effects (exceptions, iterators, functions, coroutine functions), wraps, and MagicMock's
# async magic methods under async with and async for.
import asyncio, inspect
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, call

async def main():
    m = AsyncMock(return_value=42)
    print(await m(1, x=2), m.await_count, m.await_args, m.await_args_list, m.call_count)
    print(type(m.return_value).__name__, type(AsyncMock().return_value).__name__, type(m.child).__name__)
    c0 = m(1, x=2); print(inspect.iscoroutinefunction(m), asyncio.iscoroutinefunction(m), inspect.isawaitable(c0)); await c0
    m.assert_awaited(); m.assert_awaited_with(1, x=2); m.assert_any_await(1, x=2)
    try:
        m.assert_awaited_once()
    except AssertionError as e:
        print("once:", e)
    try:
        m.assert_awaited_with(5)
    except AssertionError as e:
        print("with:", e)
    try:
        m.assert_not_awaited()
    except AssertionError as e:
        print("not:", e)
    try:
        m.assert_any_await(9)
    except AssertionError as e:
        print("any:", e)
    m.assert_has_awaits([call(1, x=2)])
    try:
        m.assert_has_awaits([call(7)])
    except AssertionError as e:
        print("has:", e)
    m.reset_mock()
    print(m.await_count, m.await_args, m.await_args_list)
    try:
        m.assert_awaited()
    except AssertionError as e:
        print("awaited:", e)
    n = AsyncMock(name='fetch')
    try:
        n.assert_awaited_once_with(1)
    except AssertionError as e:
        print("once_with:", e)
    try:
        n.assert_awaited_with(1)
    except AssertionError as e:
        print("with none:", e)
    e = AsyncMock(side_effect=ValueError('boom'))
    try:
        await e()
    except ValueError as x:
        print("side effect:", x, e.await_count)
    s = AsyncMock(side_effect=[1, 2])
    print(await s(), await s())
    try:
        await s()
    except StopAsyncIteration as x:
        print("exhausted", type(x).__name__)
    async def real(a): return a * 2
    f = AsyncMock(side_effect=real)
    print(await f(21))
    g = AsyncMock(side_effect=lambda a: a + 1)
    print(await g(1))
    w = AsyncMock(wraps=real)
    print(await w(5))
    c = m()
    print(m.call_count, m.await_count)
    await c
    print(m.await_count)
    mm = MagicMock()
    async with mm as v:
        print("entered", type(v).__name__)
    print(mm.__aenter__.await_count, mm.__aexit__.await_count, type(mm.__aenter__).__name__)
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    mm2 = MagicMock()
    print([x async for x in mm2])
    spec = AsyncMock(spec=real)
    print(type(await spec(3)).__name__)

asyncio.run(main())
print(repr(AsyncMock())[:15], repr(AsyncMock(name="x"))[:25])
