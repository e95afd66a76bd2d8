# asyncio.TaskGroup (3.11): waiting for the group, errors cancelling the others and raised in
# an ExceptionGroup, cancellation of the parent, misuse errors.  The exception groups are
# caught with `except Exception` and inspected (no `except*`).
import asyncio

log = []


async def ok(n, delay):
    await asyncio.sleep(delay)
    log.append(f"ok {n}")
    return n


async def fail(n, delay):
    await asyncio.sleep(delay)
    log.append(f"fail {n}")
    raise ValueError(f"bad {n}")


async def slow(n):
    try:
        await asyncio.sleep(1)
        log.append(f"slow {n} finished")
    except asyncio.CancelledError:
        log.append(f"slow {n} cancelled")
        raise


def show(label, ordered=True):
    # The group cancels its tasks in set order (by address): sort where that shows.
    print(label, log if ordered else sorted(log))
    log.clear()


def describe(e):
    print(type(e).__name__, "|", e, "|", e.message, "|", e.exceptions)
    print(isinstance(e, Exception), isinstance(e, BaseException), e.__cause__, e.__suppress_context__)


async def docs_example():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(ok(1, 0.1))
        task2 = tg.create_task(ok(2, 0.01), name="second")
        print(repr(tg))
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")
    print(task2.get_name(), repr(tg))
    show("docs:")

asyncio.run(docs_example())


async def errors():
    # one failure cancels the siblings and the body
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1))
            tg.create_task(fail(1, 0.01))
            tg.create_task(slow(2))
            await asyncio.sleep(1)
            log.append("body not cancelled?")
    except Exception as e:
        describe(e)
    show("one failure:", False)

    # failures in the same loop iteration are all collected
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(2, 0))
            tg.create_task(fail(3, 0))
            tg.create_task(ok(4, 0))
    except Exception as e:
        describe(e)
    show("two failures:")

    # an error in the body itself
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(3))
            await asyncio.sleep(0)
            raise KeyError("in the body")
    except Exception as e:
        describe(e)
    show("body error:")

    # the group's tasks: cancelled ones are not errors
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(slow(4))
            await asyncio.sleep(0)
            t.cancel()
        print("cancelled child is fine:", t.cancelled())
    except Exception as e:
        describe(e)
    show("cancelled child:")

    # the error can be caught outside and the code continues
    async def guarded():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(5, 0))
                await asyncio.sleep(1)
        except Exception as e:
            return repr(e.exceptions[0])
        finally:
            log.append("guarded finally")
    print(await guarded(), asyncio.current_task().cancelling())
    show("guarded:")

asyncio.run(errors())


async def cancellation():
    # cancelling the parent cancels the children and propagates CancelledError
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(5))
            tg.create_task(slow(6))
            await asyncio.sleep(1)
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())
    show("parent:", False)

    # a timeout around a group
    try:
        async with asyncio.timeout(0.3):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow(7))
                tg.create_task(ok(8, 0))
    except TimeoutError as e:
        print("timeout around the group:", repr(e))
    show("timeout:")

    # results through the tasks; they finish after a count of loop turns rather than on timers,
    # which a slow run (GC stress) could wake in another order
    async def after_turns(n, turns):
        for _ in range(turns):
            await asyncio.sleep(0)
        log.append(f"ok {n}")
        return n

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(after_turns(i, 3 - i)) for i in range(3)]
    print([t.result() for t in tasks])
    show("results:")

asyncio.run(cancellation())


async def misuse():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = ok(0, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        print(repr(tg))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = ok(0, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    async def add_late(group):
        await asyncio.sleep(0.01)
        return group.create_task(ok("late", 0))
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(add_late(tg))
    print("added while exiting:", first.result().result())
    show("misuse:")

asyncio.run(misuse())
