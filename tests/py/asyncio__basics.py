# asyncio basics: run, sleep, create_task, gather, Runner, the event loop API, task reprs.
# Short sleeps only; the output shows the order of events, never times.
import asyncio


# -- the docs' first examples -----------------------------------------------------------------

async def hello():
    print('hello')
    await asyncio.sleep(0.01)
    print('world')

asyncio.run(hello())


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def sequential():
    print("started")
    await say_after(0.02, 'hello')
    await say_after(0.01, 'world')
    print("finished")

asyncio.run(sequential())


async def concurrent():
    task1 = asyncio.create_task(say_after(0.01, 'hello'))
    task2 = asyncio.create_task(say_after(0.05, 'world'))
    print("started")
    await task1
    await task2
    print("finished", task1.done(), task2.result())

asyncio.run(concurrent())


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def gathering():
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)

asyncio.run(gathering())


# -- results, sleep(result=...), sleep(0) interleaving ------------------------------------------

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * n


async def results():
    print(await asyncio.sleep(0.01, result="slept"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-1, "negative delay"))
    print(await asyncio.gather(ticker("a", 3), ticker("b", 2), asyncio.sleep(0, "s")))
    print(await asyncio.gather())
    return "main result"

print(asyncio.run(results()))


# -- tasks: names, reprs, current_task, all_tasks -------------------------------------------------

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 3


async def broken():
    await asyncio.sleep(0)
    raise ValueError("broken")


async def tasks_api():
    me = asyncio.current_task()
    print(me.get_name(), type(me).__name__, me.done())
    t = asyncio.create_task(compute(1))
    named = asyncio.create_task(compute(2), name="worker")
    await asyncio.sleep(0)
    print(t)
    print(named.get_name(), named in asyncio.all_tasks(), me in asyncio.all_tasks())
    named.set_name(99)
    print(repr(named.get_name()), named.get_coro().__qualname__)
    print(await t, await named)
    print(t)
    print(named)
    print(t in asyncio.all_tasks(), len(asyncio.all_tasks()))
    b = asyncio.create_task(broken(), name="B")
    await asyncio.sleep(0.01)
    print(b)
    print(repr(b.exception()))
    print(asyncio.current_task() is me, asyncio.current_task(asyncio.get_running_loop()) is me)

asyncio.run(tasks_api())


# -- the loop -------------------------------------------------------------------------------------

async def loop_api():
    loop = asyncio.get_running_loop()
    print(loop, loop is asyncio.get_event_loop())
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    order = []
    loop.call_later(0.06, order.append, "later 0.06")
    loop.call_at(loop.time() + 0.01, order.append, "at +0.01")
    loop.call_soon(order.append, "soon 1")
    loop.call_soon(order.append, "soon 2")
    h = loop.call_later(0.04, order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    fut = loop.create_future()
    loop.call_later(0.08, fut.set_result, "future result")
    print(await fut)
    print(order)
    t = loop.create_task(compute(5), name="by loop")
    print(t.get_name(), await t)
    return loop

loop = asyncio.run(loop_api())
print(loop.is_closed(), loop)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(compute(7)))
print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))
order = []
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
print(order)
loop.call_later(0.01, loop.stop)
loop.run_forever()
print("stopped by call_later")
loop.close()
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(None)


# -- Runner ---------------------------------------------------------------------------------------

with asyncio.Runner() as runner:
    print(runner.run(compute(10)))
    print(runner.run(compute(20)))
    print(type(runner.get_loop()).__name__, runner.get_loop().is_closed())
print("runner closed")
try:
    runner.run(compute(1))
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


# -- leftovers are cancelled at the end of asyncio.run --------------------------------------------

async def forever(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def leaves_tasks():
    global leftover
    leftover = asyncio.create_task(forever("leftover"))
    await asyncio.sleep(0)
    print("main returns")
    return "done"

print(asyncio.run(leaves_tasks()))
print(leftover.cancelled())


# -- helpers --------------------------------------------------------------------------------------

def blocking(a, b=1):
    return a * 10 + b


async def helpers():
    print(await asyncio.to_thread(blocking, 4, b=2))
    print(await asyncio.get_running_loop().run_in_executor(None, blocking, 5))
    f = asyncio.ensure_future(compute(3))
    print(type(f).__name__, await f)

asyncio.run(helpers())
print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutinefunction(blocking))
c = compute(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(compute), asyncio.isfuture(c))
c.close()


async def nested_run():
    coro = compute(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return "outer ok"

print(asyncio.run(nested_run()))
