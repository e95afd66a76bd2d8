# The last line(s) of a traceback: names, messages, notes and syntax errors.
import traceback


class Outer:
    class Problem(Exception):
        pass


class Silent(Exception):
    def __str__(self):
        return ""


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


for exc in [ValueError("v"), Outer.Problem("nested"), Silent("x"), Broken(), KeyError("k"),
            Exception(), OSError(2, "No such file"), StopIteration(5), SystemExit(3)]:
    print(traceback.format_exception_only(exc))

print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))

try:
    compile("x = (1,\n    2 +* 3)\n", "cfg.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, repr(te.lineno), te.offset, repr(te.text), te.msg)
try:
    compile("def f(:\n    pass\n", "<input>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")

e = ValueError("with notes")
e.__notes__ = ["first note", "second\nline"]
print(traceback.format_exception_only(e))
e.__notes__ = "abc"
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))

try:
    traceback.format_exception(ValueError("x"), None)
except ValueError as err:
    print(type(err).__name__, err)
try:
    traceback.format_exception("not an exception")
except TypeError as err:
    print(type(err).__name__, err)
try:
    traceback.print_last()
except ValueError as err:
    print(type(err).__name__, err)
