# An async generator left suspended is handed to the event loop's finalizer hook, which closes
# it with aclose() as a task: its finally block may await.
import asyncio, sys, gc

h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, type(h).__module__, h.firstiter, h[1], len(h))
seen = []
def first(agen):
    seen.append(("first", agen.__name__))
def fin(agen):
    seen.append(("fin", agen.__name__))
    agen.aclose().send(None) if False else None
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks()[1] is fin)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
g = agen()
print(seen)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first value", e.value)
print(seen)
del g
gc.collect()
print(seen)
sys.set_asyncgen_hooks(*old)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(finalizer="x", firstiter=2)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(finalizer=fin)
print(sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "cleanup start")
        await asyncio.sleep(0)
        print(name, "cleanup done")

async def main():
    async for v in ticker("broken", 10):
        if v == 2:
            break
    print("after break")
    t = ticker("dropped", 5)
    print("first", await t.__anext__())
    del t
    # Loop turns rather than a timer: a timer would let a slow run (GC stress) wake main first.
    for _ in range(5):
        await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("after run", sys.get_asyncgen_hooks())
