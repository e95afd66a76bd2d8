# asyncio cancellation: Task.cancel, CancelledError inside the task, wait_for, timeout(),
# timeout_at(), shield, cancelling()/uncancel(), cancelling gather.
import asyncio

log = []


async def worker(name, delay):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally")


def show(label):
    print(label, log)
    log.clear()


# -- the docs' cancel example ---------------------------------------------------------------------

async def cancel_me():
    print('cancel_me(): before sleep')
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print('cancel_me(): cancel sleep')
        raise
    finally:
        print('cancel_me(): after sleep')


async def docs_example():
    task = asyncio.create_task(cancel_me())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main(): cancel_me is cancelled now")
    print(task.cancelled(), task.done())

asyncio.run(docs_example())


# -- Task.cancel ----------------------------------------------------------------------------------

async def cancelling():
    t = asyncio.create_task(worker("a", 1))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling(), t.cancelled())
    print(t)
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e))
    print(t.cancelled(), t.done(), t.cancel(), t)
    show("a:")
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raised", repr(e))

    # cancelled before it starts: the coroutine never runs
    t = asyncio.create_task(worker("b", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("before start:", repr(e))
    show("b:")

    # cancel twice: cancelling() counts the requests
    t = asyncio.create_task(worker("c", 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel("second"), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), t.cancelling())
    show("c:")

    # a task that swallows the cancellation and returns
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn: ignoring the cancellation")
        await asyncio.sleep(0)
        return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel(), t.cancelling())

    # a CancelledError raised by the coroutine itself cancels the task
    async def raises_cancel():
        raise asyncio.CancelledError("self made")
    t = asyncio.create_task(raises_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("self cancelled:", repr(e), t.cancelled())

    # cancelling the awaiting task cancels what it awaits
    inner = asyncio.create_task(worker("inner", 1))
    async def outer_fn():
        return await inner
    outer = asyncio.create_task(outer_fn())
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(outer.cancelled(), inner.cancelled())
    show("inner:")

asyncio.run(cancelling())


# -- wait_for -------------------------------------------------------------------------------------

async def waiting():
    print(await asyncio.wait_for(worker("quick", 0.01), timeout=1))
    show("quick:")
    try:
        await asyncio.wait_for(worker("slow", 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e), repr(e.__cause__))
    show("slow:")
    try:
        await asyncio.wait_for(worker("zero", 1), timeout=0)
    except TimeoutError as e:
        print("zero timeout:", repr(e))
    show("zero:")
    print(await asyncio.wait_for(worker("none", 0.01), None))
    show("none:")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already done")
    print(await asyncio.wait_for(fut, 0))

    # wait_for itself cancelled: the inner task is cancelled too
    t = asyncio.create_task(asyncio.wait_for(worker("wrapped", 1), 10))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait_for cancelled")
    show("wrapped:")

asyncio.run(waiting())


# -- timeout() / timeout_at() ---------------------------------------------------------------------

async def timeouts():
    try:
        async with asyncio.timeout(0.02) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await worker("t1", 1)
    except TimeoutError as e:
        print("timeout():", repr(e), type(e.__cause__).__name__, cm.expired(), cm)
    show("t1:")

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time:", cm.expired(), cm)

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        print(cm.when())
    print(cm)

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await worker("t2", 1)
    except TimeoutError:
        print("timeout_at expired")
    show("t2:")

    try:
        async with asyncio.timeout_at(loop.time() - 5):
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline in the past")

    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled:", cm.expired())

    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("unscheduled:", cm.expired(), cm.when())

    # errors other than the timeout go through
    try:
        async with asyncio.timeout(1):
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e)

    # nested: the inner one expires first
    try:
        async with asyncio.timeout(1) as outer_cm:
            try:
                async with asyncio.timeout(0.01) as inner_cm:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inner_cm.expired(), outer_cm.expired())
            await asyncio.sleep(0)
        print("outer fine", outer_cm.expired())
    except TimeoutError:
        print("unexpected outer timeout")

    cm = asyncio.timeout(1)
    for f in (lambda: cm.reschedule(1),):
        try:
            f()
        except RuntimeError as e:
            print("RuntimeError:", e)
    async with cm:
        pass
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(timeouts())


# -- shield ---------------------------------------------------------------------------------------

async def shielding():
    inner = asyncio.create_task(worker("shielded", 0.1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("shield timed out; inner done:", inner.done(), inner.cancelled())
    print(await inner)
    show("shielded:")

    inner = asyncio.create_task(worker("shielded2", 0.1))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(w.cancelled(), inner.cancelled(), await inner)
    show("shielded2:")

    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)

asyncio.run(shielding())


# -- gather and cancellation ----------------------------------------------------------------------

async def gathering():
    g = asyncio.gather(worker("g1", 1), worker("g2", 1))
    await asyncio.sleep(0)
    print(g.cancel("gather cancelled"), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather:", repr(e))
    show("g:")

    # a cancelled child: the outer future gets a CancelledError (not cancelled itself)
    t1 = asyncio.create_task(worker("h1", 0.01))
    t2 = asyncio.create_task(worker("h2", 1))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("child cancelled:", repr(e), g.cancelled())
    await asyncio.sleep(0.02)
    show("h:")

    t1 = asyncio.create_task(worker("r1", 0.01))
    t2 = asyncio.create_task(worker("r2", 1))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t2.cancel("bye")
    print(await g)
    show("r:")

asyncio.run(gathering())
