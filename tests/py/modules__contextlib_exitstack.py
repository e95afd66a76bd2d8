# contextlib.ExitStack unwinds everything it entered, in reverse order.
from contextlib import contextmanager, ExitStack, nullcontext

@contextmanager
def tag(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ["a", "b", "c"]]
    stack.callback(print, "callback runs first")
    print("entered", names)

try:
    with ExitStack() as stack:
        stack.enter_context(tag("x"))
        stack.enter_context(tag("y"))
        raise KeyError("boom")
except KeyError as e:
    print("propagated", repr(e))

with ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
print("stack exited; moved still open")
moved.close()
with nullcontext(5) as five:
    print(five)
