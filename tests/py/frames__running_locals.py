# The variables of frames that are still running, as debugging helpers, template renderers and
# test frameworks read them: `sys._getframe(n).f_locals`, `inspect.currentframe()`, `locals()`
# from wherever it is called, and `eval`/`exec` inside a function.
import inspect
import sys


def interpolate(template):
    """Fills {names} from the caller's variables, as small template helpers do."""
    caller = sys._getframe(1)
    return template.format(**caller.f_locals)


def greet(user, count):
    unread = count * 2
    return interpolate("{user} has {unread} unread messages ({count} threads)")


print(greet("ada", 3))


def debug(*names):
    frame = inspect.currentframe().f_back
    try:
        for name in names:
            print(f"  {frame.f_code.co_name}: {name} = {frame.f_locals.get(name, '<unbound>')!r}")
    finally:
        del frame


def compute(values):
    total = 0
    for i, v in enumerate(values):
        total += v
    debug("values", "total", "i", "missing")
    return total


compute([4, 5, 6])


# locals() is one dict per frame, brought up to date each time it is asked for.
def snapshot():
    first = locals()
    a = 1
    second = locals()
    print(first is second, sorted(first))
    del a
    locals()
    print(sorted(first))
    first["injected"] = True
    print("injected" in locals(), "a" in locals())


snapshot()


# f_locals of the caller sees the caller's current values, each time it is read.
def watcher():
    frame = sys._getframe(1)
    before = dict(frame.f_locals)
    return frame, before


def watched():
    x = 1
    frame, before = watcher()
    x = 2
    after = frame.f_locals
    print(before["x"], after["x"], frame.f_locals is after)
    del frame


watched()


# Closures: cell and free variables are part of f_locals and locals().
def outer():
    shared = "cell"
    plain = 1

    def inner():
        print(sorted(locals()), shared)
        print(sorted(sys._getframe(1).f_locals))
        return shared

    return inner()


outer()


# eval and exec inside a function read (and exec writes) the function's locals().
def calc(a, b):
    print(eval("a * b + 1"))
    exec("c = a - b")
    print(locals()["c"])
    print(eval("[i * 2 for i in range(a - 4)]"))  # the first iterable is evaluated in the locals
    print(eval("x", {"x": 42}))
    print(eval("a + y", None, {"y": 100}) if False else eval("a", None, {"a": "given"}))


calc(6, 7)


# locals, vars and dir reached indirectly: through a name, passed to map, from a lambda.
def indirect():
    k = 10
    reader = locals
    print(sorted(reader()))
    print([sorted(d) for d in map(lambda _: sys._getframe(1).f_locals, [0])])
    show = vars
    print(sorted(show()))
    print(dir())


indirect()


# A generator's frame: its locals while running and while suspended.
def counter(n):
    i = 0
    while i < n:
        yield sys._getframe().f_locals
        i += 1


gen = counter(2)
first = next(gen)
print(sorted(first), first["i"])
print(gen.gi_frame.f_locals is first, gen.gi_frame.f_locals["i"])
second = next(gen)
print(second is first, second["i"])
print(gen.gi_frame.f_locals["i"])
for _ in gen:
    pass
print(gen.gi_frame)


# A frame object kept after its function returned still shows the last values.
def leaves_frame():
    result = "done"
    temp = [1, 2]
    return sys._getframe()


fr = leaves_frame()
print(sorted(fr.f_locals), fr.f_locals["result"])


# Module and class bodies: f_locals is the namespace itself.
print(sys._getframe().f_locals is globals())


class Config:
    debug = True
    level = 3
    names = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))


print(Config.names)


# Exceptions: a traceback's frames hold the variables of the failing calls.
def parse(text):
    number = int(text)
    return number


def load(items):
    parsed = []
    for item in items:
        parsed.append(parse(item))
    return parsed


try:
    load(["1", "2", "x"])
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        fl = tb.tb_frame.f_locals
        print(tb.tb_frame.f_code.co_name, sorted(k for k in fl if not k.startswith("__"))[:6])
        tb = tb.tb_next
    del tb, fl, e
