# Context variables and asyncio: each task runs in a copy of its creator's context, callbacks
# in a copy of the context they were scheduled in, asyncio.run() in a copy of the caller's;
# a task that handled CancelledError no longer sees it as being handled.
import asyncio, contextvars
var = contextvars.ContextVar("var", default="main")
async def child():
    var.set("child")
async def main():
    await asyncio.create_task(child())
    print(var.get())
    await asyncio.gather(child())
    print(var.get())
    var.set("main")
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    ctx.run(var.set, "isolated")
    seen = []
    loop.call_soon(lambda: seen.append(var.get()), context=ctx)
    await asyncio.sleep(0)
    print(seen)
asyncio.run(main())

async def cbs():
    loop = asyncio.get_running_loop()
    seen = []
    var.set("before")
    loop.call_soon(lambda: seen.append(var.get()))
    var.set("after")
    loop.call_soon(lambda: var.set("set in callback"))
    await asyncio.sleep(0); await asyncio.sleep(0)
    print(seen, var.get())
asyncio.run(cbs())

async def leak():
    var.set("set inside asyncio.run")
var.set("module")
asyncio.run(leak())
print(var.get())
import asyncio, sys
async def worker():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        pass
    print(repr(sys.exc_info()[1]))
    raise ValueError("after cancel")
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ValueError as e:
        print(repr(e.__context__))
asyncio.run(main())
