# Stacks from a frame (tb.tb_frame and its f_back chain), limits, sys.tracebacklimit and
# recursion summaries.
import sys
import traceback


def inner(n):
    raise KeyError(n)


def middle(n):
    inner(n * 2)


def outer():
    middle(3)


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
while tb.tb_next:
    tb = tb.tb_next
frame = tb.tb_frame
# Only the frames the exception left: a running frame's line moves on.
print(traceback.extract_stack(frame, limit=2))
print(traceback.format_stack(frame, limit=2)[-1], end="")
traceback.print_stack(frame, limit=2, file=sys.stdout)
stack = traceback.StackSummary.extract(traceback.walk_stack(frame), limit=2, capture_locals=True)
for fs in stack:
    print(fs.name, fs.lineno, fs.locals)
print("".join(stack.format()), end="")
print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(frame)][:2])
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])


def countdown(n):
    if n == 0:
        raise RecursionError("bottom reached")
    countdown(n - 1)


try:
    countdown(10)
except RecursionError as e:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception(e, limit=2))
    print(len(traceback.extract_tb(e.__traceback__, limit=-3)))
    sys.tracebacklimit = 2
    print(traceback.format_exc(), end="")
    sys.tracebacklimit = -1
    print(traceback.format_exc(), end="")
    del sys.tracebacklimit
    traceback.clear_frames(e.__traceback__)
    print(len(traceback.extract_tb(e.__traceback__)))
