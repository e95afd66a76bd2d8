# The traceback module formats exception groups as the interpreter prints them.
import traceback

def leaf(n):
    raise ValueError(f"leaf {n}")

def collect(n):
    errors = []
    for i in range(n):
        try:
            leaf(i)
        except ValueError as e:
            e.add_note(f"note {i}")
            errors.append(e)
    return errors

def nested(depth):
    if depth == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {depth}", [nested(depth - 1)])

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ExceptionGroup("many", collect(2) + [ExceptionGroup("inner", [TypeError("t")])])
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)), end="")
    print("---")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("---")
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(len(te.exceptions), [str(x) for x in te.exceptions])

print("---")
for eg in (nested(12), ExceptionGroup("wide", [ValueError(i) for i in range(17)])):
    print("".join(traceback.format_exception(eg)), end="")
    print("---")
te = traceback.TracebackException.from_exception(
    ExceptionGroup("small limits", [ValueError(i) for i in range(5)] + [nested(3)]),
    max_group_width=2, max_group_depth=2)
print("".join(te.format()), end="")
print("---")
te = traceback.TracebackException.from_exception(
    ExceptionGroup("deep", [nested(3)]), max_group_depth=2)
print("".join(te.format()), end="")
print("---")
try:
    raise ExceptionGroup("printed", [ValueError(1)])
except ExceptionGroup:
    traceback.print_exc()
