# BaseException.add_note and __notes__ (PEP 678), and notes in printed tracebacks.
import sys
import traceback

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nwith two lines")
print(e.__notes__)
for bad in (1, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(err)
try:
    e.add_note()
except TypeError as err:
    print(err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print(err)
e.__notes__ = ("a tuple",)
try:
    e.add_note("x")
except TypeError as err:
    print(err)
del e.__notes__
e.add_note("again")
print(e.__notes__)

class Note(str):
    pass

e.add_note(Note("a str subclass"))
print(e.__notes__, type(e.__notes__[-1]).__name__)

def fail():
    err = KeyError("k")
    err.add_note("while looking up k")
    err.add_note("")
    raise err

try:
    fail()
except KeyError as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
    sys.excepthook(type(err), err, err.__traceback__)

err = RuntimeError("odd notes")
err.__notes__ = 42
sys.excepthook(type(err), err, None)
err.__notes__ = ["ok", 7]
sys.excepthook(type(err), err, None)

eg = ExceptionGroup("with notes", [ValueError(1), TypeError(2)])
eg.add_note("on the group")
eg.exceptions[1].add_note("on a member\nsecond line")
sys.excepthook(type(eg), eg, None)

err = OSError("last")
err.add_note("printed when uncaught")
raise err
