# How a warning is shown: FILE:LINE: Category: message, then the source line (from the file).
import sys
import warnings

print(warnings.formatwarning("low disk space", RuntimeWarning, "monitor.py", 12))
print(repr(warnings.formatwarning("m", UserWarning, "f.py", 3, "   call(x)   ")))
print(repr(warnings.formatwarning("m", UserWarning, "f.py", 3, "")))
# With no line given, it is read from the file: line 2 of this script.
print(repr(warnings.formatwarning("here", UserWarning, __file__, 2)).replace(repr(__file__)[1:-1], "FILE"))
print(repr(warnings.formatwarning(UserWarning("as instance"), UserWarning, "f.py", 1)))

warnings.showwarning("to stdout", UserWarning, "g.py", 7, file=sys.stdout, line="call()")
warnings.showwarning("to stderr", DeprecationWarning, "g.py", 8, line="old()")


class Closed:
    def write(self, text):
        raise OSError("closed")


warnings.showwarning("lost", UserWarning, "g.py", 9, file=Closed())

# warn_explicit shows on stderr, with the source line read from the named file.
warnings.simplefilter("always")
warnings.warn_explicit("explicit", UserWarning, __file__, 2)
warnings.warn_explicit("no such file", UserWarning, "missing.py", 5)


# A replaced formatwarning is used when showing.
def short(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message}\n"


warnings.formatwarning = short
warnings.warn_explicit("short form", UserWarning, "x.py", 1)
warnings.showwarning("also short", UserWarning, "x.py", 2, file=sys.stdout)
warnings.formatwarning = warnings._formatwarning_orig

# A replaced showwarning gets the message, category, filename, lineno, file and line.
def collect(*args):
    print("collect", args[1].__name__, str(args[0]), args[2:])


warnings.showwarning = collect
warnings.warn_explicit("collected", UserWarning, "y.py", 3)
warnings.showwarning = 42
try:
    warnings.warn_explicit("not callable", UserWarning, "y.py", 4)
except TypeError as e:
    print(type(e).__name__, e)
