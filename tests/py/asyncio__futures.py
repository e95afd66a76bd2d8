# asyncio.Future: result/exception/cancel, done callbacks, InvalidStateError, reprs; loop
# callbacks (Handle, TimerHandle) and the loop's exception handler.
import asyncio
import functools

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def run_pending():
    # Run the callbacks scheduled so far.
    loop.run_until_complete(asyncio.sleep(0))


fut = loop.create_future()
print(fut, fut.done(), fut.cancelled(), fut.get_loop() is loop)
for method in (fut.result, fut.exception):
    try:
        method()
    except asyncio.InvalidStateError as e:
        print(method.__name__, "InvalidStateError:", e)


def on_done(f):
    print("on_done:", f.result())


def other(f, tag="x"):
    print("other:", tag, f.done())


fut.add_done_callback(on_done)
print(fut)
fut.add_done_callback(functools.partial(other, tag="partial"))
print(fut)
fut.add_done_callback(other)
fut.add_done_callback(on_done)
print(fut)
print(fut.remove_done_callback(on_done), fut.remove_done_callback(print), fut)
fut.add_done_callback(on_done)
fut.set_result(42)
print(fut, fut.done(), fut.result(), fut.exception())
print("callbacks run by the loop:")
run_pending()
fut.add_done_callback(on_done)
print("added after done, scheduled:")
run_pending()

for action in (lambda: fut.set_result(1), lambda: fut.set_exception(ValueError())):
    try:
        action()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
print(fut.cancel(), fut.cancelled())

# exceptions
f = loop.create_future()
f.set_exception(ValueError)
print(f, repr(f.exception()))
try:
    f.result()
except ValueError as e:
    print("result() raised", repr(e))
f = loop.create_future()
f.set_exception(KeyError("key"))
print(f.done(), f.cancelled(), repr(f.exception()))
for bad in (StopIteration(), StopIteration, 5, "text"):
    f = loop.create_future()
    try:
        f.set_exception(bad)
    except TypeError as e:
        print("TypeError:", e)
    print(f.done())

# cancellation
f = loop.create_future()
f.add_done_callback(lambda f: print("cancel callback:", f.cancelled()))
print(f.cancel("the reason"), f.cancel(), f)
for method in (f.result, f.exception):
    try:
        method()
    except asyncio.CancelledError as e:
        print(method.__name__, "CancelledError", e.args)
run_pending()
for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        action()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

# reprs
f = loop.create_future()
f.set_result("x" * 50)
print(f)
f = loop.create_future()
f.set_result(list(range(20)))
print(f)
f = loop.create_future()
for cb in (on_done, other, other, print):
    f.add_done_callback(cb)
print(f)
f.remove_done_callback(on_done)
f.cancel()
run_pending()


# awaiting futures from coroutines
async def setter(f, value, delay):
    await asyncio.sleep(delay)
    f.set_result(value)


async def awaiting():
    f = loop.create_future()
    asyncio.create_task(setter(f, "value", 0.01))
    print("awaited:", await f)
    f = loop.create_future()
    loop.call_later(0.01, f.set_exception, RuntimeError("failed later"))
    try:
        await f
    except RuntimeError as e:
        print("awaited exception:", e)
    f = loop.create_future()
    loop.call_soon(f.cancel, "cancelled soon")
    try:
        await f
    except asyncio.CancelledError as e:
        print("awaited cancellation:", repr(e))
    f = loop.create_future()
    f.set_result("done already")
    print(await f)
    it = loop.create_future().__await__()
    print(type(next(it)).__name__)
    try:
        it.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t._fut_waiter)
    t.cancel()
    await asyncio.sleep(0)

loop.run_until_complete(awaiting())
print(loop.run_until_complete(loop.create_task(asyncio.sleep(0, "via task"))))
f = loop.create_future()
loop.call_soon(f.set_result, "future passed to run_until_complete")
print(loop.run_until_complete(f))


class Subclass(asyncio.Future):
    pass


s = Subclass(loop=loop)
print(s, asyncio.isfuture(s), isinstance(s, asyncio.Future), asyncio.isfuture(object()))
print(asyncio.Future[int])

# -- Handles --------------------------------------------------------------------------------------
h = loop.call_soon(print, "handle ran", 1)
print(h, h.cancelled())
h2 = loop.call_soon(functools.partial(print, "partial", sep="-"), "arg")
print(h2)
h3 = loop.call_soon(on_done, fut)
h3.cancel()
print(h3, h3.cancelled())
t = loop.call_later(10, print, "never")
print(repr(t).split(" when=")[0], type(t.when()).__name__, t.when() > loop.time())
t.cancel()
print(repr(t).split(" when=")[0], t.cancelled())
run_pending()

# -- exception handlers ---------------------------------------------------------------------------


def boom(x):
    raise KeyError(x)


loop.call_soon(boom, "first")
run_pending()


def handler(lp, context):
    print("handler:", lp is loop, sorted(context), context["message"], repr(context.get("exception")))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(boom, "second")
run_pending()
loop.call_exception_handler({"message": "custom message", "value": 5})
f = loop.create_future()
f.set_exception(ValueError("never retrieved"))
del f


def failing_handler(lp, context):
    raise RuntimeError("handler failed")


loop.set_exception_handler(failing_handler)
loop.call_exception_handler({"message": "goes to the failing handler"})
loop.set_exception_handler(None)
loop.call_exception_handler({"message": "default handler", "future": fut, "extra": [1, 2]})
loop.call_exception_handler({"exception": OSError(2, "missing")})
loop.default_exception_handler({})
try:
    loop.set_exception_handler("not callable")
except TypeError as e:
    print("TypeError:", e)
f = loop.create_future()
f.set_exception(ValueError("default: never retrieved"))
del f
print("after del")

loop.close()
asyncio.set_event_loop(None)
