# Gaps the library modules ran into: each as CPython 3.11 behaves.
import collections
import io
import sys

# str methods over a window of a long string cost what the window costs.
s = "é" + "ab" * 50_000
print(s.find("b", 99_990), s.rfind("a", 0, 5), s.count("ab", 10, 21), s.startswith("ab", 99_999))
print(s.endswith(("x", "ab"), 0, 5), s.index("b", 4), s.rindex("a", 0, 5), s.find("", 100_001))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".count("", 1), "abc".find("c", -1))
try:
    "abc".startswith(("a", 1))
    "abc".startswith(("x", 1))
except TypeError as e:
    print("TypeError:", e)

# bytes() asks __bytes__.
class Blob:
    def __bytes__(self):
        return b"blob"

class Bad:
    def __bytes__(self):
        return "text"

print(bytes(Blob()))
try:
    bytes(Bad())
except TypeError as e:
    print("TypeError:", e)

# `in` on something that cannot be iterated names the container.
for container in (None, 5, 2.5):
    try:
        "x" in container
    except TypeError as e:
        print("TypeError:", e)

# object.__delattr__, also through super().
class Logged:
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)

o = Logged()
o.a = 1
del o.a
print(vars(o))
try:
    object.__delattr__(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)

# A property's docstring can be set (namedtuple's fields get theirs that way).
Point = collections.namedtuple("Point", "x y")
Point.x.__doc__ = "The x coordinate"
print(Point.x.__doc__)

# sys.excepthook writes to sys.stderr, whatever it is now.
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    {}["k"]
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
captured, sys.stderr = sys.stderr.getvalue(), saved
print(captured.splitlines()[0], "...", captured.splitlines()[-1])

# The builtin exception classes scripts name.
for cls in (StopAsyncIteration, BrokenPipeError, ConnectionResetError, ConnectionRefusedError,
            ConnectionAbortedError, BlockingIOError, ChildProcessError, InterruptedError,
            ProcessLookupError, PendingDeprecationWarning, SyntaxWarning, FutureWarning,
            ImportWarning, UnicodeWarning, BytesWarning, EncodingWarning):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])
try:
    raise BrokenPipeError("pipe")
except ConnectionError as e:
    print(type(e).__name__, e, isinstance(e, OSError))

# Binary files take any bytes-like; encoding="locale" is the locale's (UTF-8 here).
import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data")
    with open(path, "wb") as f:
        print(f.write(bytearray(b"xyz")), f.write(b"!"))
    with open(path, encoding="locale") as f:
        print(f.read())
