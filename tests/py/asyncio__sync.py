# asyncio synchronisation: Queue (producer/consumer, join/task_done), LifoQueue, PriorityQueue,
# Event, Lock, Semaphore, BoundedSemaphore, Condition, Barrier.
import asyncio


def state(obj):
    # The part of a lock's repr after the address.
    return repr(obj).split(" [", 1)[1]


# -- Queue: the docs' worker example, with fixed delays ------------------------------------------

async def worker(name, queue, done):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        done.append((name, sleep_for))
        queue.task_done()


async def docs_queue():
    queue = asyncio.Queue()
    for delay in (0.03, 0.01, 0.02, 0.01, 0.02):
        queue.put_nowait(delay)
    print(str(queue), queue.qsize())
    done = []
    tasks = [asyncio.create_task(worker(f'worker-{i}', queue, done)) for i in range(2)]
    await queue.join()
    print(str(queue), sorted(delay for name, delay in done), len({name for name, delay in done}))
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(docs_queue())


# -- Queue: bounded producer / consumer ----------------------------------------------------------

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize(), "full", q.full())
    await q.put(None)


async def consumer(q, name):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            print(name, "stops")
            return
        print(name, "got", item)
        await asyncio.sleep(0)


async def bounded():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    await asyncio.gather(producer(q, 5), consumer(q, "consumer"))
    print(q.empty(), str(q))

    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(str(q), q.get_nowait(), q.get_nowait())
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # get() waiting, cancelled by wait_for
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out", str(q))
    # put() waiting on a full queue
    q.put_nowait(1)
    q.put_nowait(2)
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q), putter.done())
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(str(q), putter.done())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

asyncio.run(bounded())


async def other_queues():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 4, 1, 5):
        await lq.put(x)
        await pq.put((x, f"item{x}"))
    print(str(lq), str(pq))
    print([lq.get_nowait() for _ in range(5)])
    print([(await pq.get())[1] for _ in range(5)])
    q = asyncio.Queue()
    waiters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("x")
    q.put_nowait("y")
    print(await asyncio.gather(*waiters))

asyncio.run(other_queues())


# -- Event ----------------------------------------------------------------------------------------

async def waiter(event, n):
    print("waiting", n)
    await event.wait()
    print("woken", n)
    return n


async def events():
    event = asyncio.Event()
    print(state(event), event.is_set())
    tasks = [asyncio.create_task(waiter(event, i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(state(event))
    event.set()
    print(state(event), await asyncio.gather(*tasks))
    print(await event.wait())
    event.clear()
    print(event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except TimeoutError:
        print("wait timed out", state(event))

asyncio.run(events())


# -- Lock -----------------------------------------------------------------------------------------

async def locks():
    lock = asyncio.Lock()
    print(state(lock), lock.locked())

    async def critical(n):
        async with lock as value:
            print("enter", n, lock.locked(), value)
            await asyncio.sleep(0.01)
            print("leave", n)
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), state(lock))
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), state(lock))
    lock.release()
    print(state(lock))

    # an exception in the block releases the lock
    try:
        async with lock:
            raise KeyError("in lock")
    except KeyError:
        print("released after error:", lock.locked())

asyncio.run(locks())


# -- Semaphore ------------------------------------------------------------------------------------

async def semaphores():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    active = []

    async def limited(n):
        async with sem:
            active.append(n)
            print("running", sorted(active), "locked", sem.locked())
            for _ in range(n + 1):
                await asyncio.sleep(0)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(state(sem))
    print(await sem.acquire(), await sem.acquire(), state(sem))
    sem.release()
    sem.release()
    sem.release()
    print(state(sem))

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(state(asyncio.Semaphore(0)))

asyncio.run(semaphores())


# -- Condition ------------------------------------------------------------------------------------

async def conditions():
    cond = asyncio.Condition()
    items = []

    async def take(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop(0))

    consumers = [asyncio.create_task(take(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(state(cond))
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["second", "third"])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(state(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print(shared.locked(), c2.locked())

asyncio.run(conditions())


# -- Barrier --------------------------------------------------------------------------------------

async def barriers():
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

    async def arrive(n):
        await asyncio.sleep(0.01 * n)
        print("arrived", n)
        await barrier.wait()
        print("passed", n)

    await asyncio.gather(*(arrive(i) for i in range(3)))
    print(state(barrier))
    await barrier.abort()
    print(state(barrier), barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(barriers())
