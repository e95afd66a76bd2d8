# An uncaught exception group printed as CPython prints it: the tree, margins, separators,
# notes, chained exceptions inside members, and the depth and width limits.
import sys

def leaf(n):
    raise ValueError(f"leaf {n}")

def collect(n):
    errors = []
    for i in range(n):
        try:
            leaf(i)
        except ValueError as e:
            errors.append(e)
    return errors

def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise TypeError("while handling") from e

def nested(depth):
    if depth == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {depth}", [nested(depth - 1)])

def show(eg):
    try:
        raise eg
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print("=" * 20, file=sys.stderr)

show(ExceptionGroup("plain", [ValueError(1), TypeError(2)]))
show(ExceptionGroup("with tracebacks", collect(3)))
try:
    chained()
except TypeError as e:
    show(ExceptionGroup("chained member", [e, OSError("os")]))
show(nested(12))
show(ExceptionGroup("wide", [ValueError(i) for i in range(20)]))
show(ExceptionGroup("exactly 16", [ValueError(i) for i in range(16)]))
show(ExceptionGroup("exactly 15", [ValueError(i) for i in range(15)]))
show(ExceptionGroup("groups in groups", [ExceptionGroup("a", [ValueError(1)]), ExceptionGroup("b", [TypeError(2), ExceptionGroup("c", [KeyError(3)])])]))

def process():
    try:
        raise ExceptionGroup("tasks", collect(2) + [OSError("disk")])
    except* ValueError as e:
        e.add_note("handling values")
        raise RuntimeError("handler failed")

def main():
    try:
        process()
    except* OSError as e:
        print("main saw", repr(e))
        raise

main()
