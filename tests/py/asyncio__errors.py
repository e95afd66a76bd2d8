# Errors in asyncio: exceptions from tasks, gather(return_exceptions=...), the loop's reports
# ("Task exception was never retrieved", ...), and asyncio.run() with a failing main (last: the
# traceback and the exit status are compared).
import asyncio
import gc


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def ok(value, delay=0):
    await asyncio.sleep(delay)
    return value


async def nested(msg):
    await fail(msg)


# -- exceptions travel through await --------------------------------------------------------------

async def propagation():
    try:
        await fail("direct")
    except ValueError as e:
        print("direct:", repr(e))
    t = asyncio.create_task(nested("from task"))
    try:
        await t
    except ValueError as e:
        print("task:", repr(e), t.done(), repr(t.exception()))
    try:
        await t
    except ValueError as e:
        print("awaited again:", repr(e))
    try:
        t.result()
    except ValueError as e:
        print("result():", repr(e))

    async def chained():
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    try:
        await asyncio.create_task(chained())
    except RuntimeError as e:
        print("chained:", repr(e), repr(e.__cause__))

    async def context():
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("while handling")
    try:
        await context()
    except TypeError as e:
        print("context:", repr(e), repr(e.__context__))

    async def exits():
        raise SystemExit(3)
    t = asyncio.create_task(ok(1, 0.01))
    await t
    print("task ok:", t.result())

asyncio.run(propagation())


# -- gather -----------------------------------------------------------------------------------------

async def gathering():
    print(await asyncio.gather(ok(1), fail("g1"), ok(3, 0.01), fail("g2", 0.02),
                               return_exceptions=True))
    try:
        await asyncio.gather(ok(1, 0.01), fail("first failure"), ok(2))
    except ValueError as e:
        print("gather raised:", repr(e))
    await asyncio.sleep(0.02)
    t1 = asyncio.create_task(fail("t1"))
    t2 = asyncio.create_task(ok("t2", 0.1))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as e:
        print("gather with tasks:", repr(e), t2.done())
    print("t2 still runs:", await t2)
    try:
        await asyncio.gather(fail("x"), fail("y"))
    except ValueError as e:
        print("only the first:", repr(e))
    await asyncio.sleep(0)

    # as_completed and wait keep the exceptions in the futures
    results = []
    for coro in asyncio.as_completed([fail("ac", 0.01), ok("fine")]):
        try:
            results.append(await coro)
        except ValueError as e:
            results.append(repr(e))
    print(results)
    tasks = [asyncio.create_task(fail("w", 0.01)), asyncio.create_task(ok("w2", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [repr(t.exception()) for t in done])
    await asyncio.wait(pending)

asyncio.run(gathering())


# -- errors the loop reports ------------------------------------------------------------------------

async def reports():
    t = asyncio.create_task(fail("never retrieved"))
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("after the task is dropped")
    t = asyncio.create_task(nested("nested, never retrieved"))
    await asyncio.sleep(0.01)
    t = None
    print("after the nested task is dropped")
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("future, never retrieved"))
    del f
    async def times_out():
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    t = asyncio.create_task(times_out())
    await asyncio.sleep(0.05)
    del t
    print("after the wait_for task is dropped")
    t = asyncio.create_task(fail("retrieved"))
    await asyncio.sleep(0.01)
    t.exception()
    del t
    t = asyncio.create_task(fail("cancelled"))
    t.cancel()
    await asyncio.sleep(0)
    del t
    print("no reports for these")

    def callback_fails():
        raise RuntimeError("in a callback")
    asyncio.get_running_loop().call_soon(callback_fails)
    await asyncio.sleep(0)
    print("after the callback")

    global leftover
    async def fails_when_cancelled():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise KeyError("raised at shutdown")
    leftover = asyncio.create_task(fails_when_cancelled())
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(reports())
print("leftover:", repr(leftover.exception()))

loop = asyncio.new_event_loop()
# Which of the cycle's objects is finalized first (the task or its coroutine) is up to the
# collector: show only the message and the task's name.
loop.set_exception_handler(lambda lp, ctx: print(ctx["message"], ctx["task"].get_name()))


async def pending_forever():
    await asyncio.sleep(10)

t = loop.create_task(pending_forever())
loop.run_until_complete(asyncio.sleep(0))
print(t)
del t
loop.close()
# The pending task is in a reference cycle (its coroutine awaits a future whose callback is
# the task's): it goes with the cycle collector.
gc.collect()
print("closed and collected")


# -- exceptions from run_until_complete -------------------------------------------------------------

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fail("run_until_complete"))
except ValueError as e:
    print("run_until_complete:", repr(e))
try:
    loop.run_until_complete(asyncio.wait_for(ok(1, 1), 0.01))
except TimeoutError as e:
    print("TimeoutError", repr(e))
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print("RuntimeError:", e)
fut.cancel()
loop.close()

try:
    asyncio.run(fail("run"))
except ValueError as e:
    print("asyncio.run:", repr(e))


async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("main cancelled:", repr(e))


# -- a failing main, uncaught ------------------------------------------------------------------------

async def helper(n):
    await asyncio.sleep(0)
    if n == 0:
        raise LookupError("deep failure")
    await helper(n - 1)


async def main():
    print("main starts")
    task = asyncio.create_task(helper(2))
    await task

asyncio.run(main())
