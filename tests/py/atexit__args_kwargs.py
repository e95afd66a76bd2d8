# atexit.register passes positional and keyword arguments and returns the function itself.
import atexit


def report(*args, **kwargs):
    print("report", args, sorted(kwargs.items()))


returned = atexit.register(report, 1, 2, sep="-", end="!")
print("register returned func:", returned is report)
atexit.register(report)
atexit.register(report, "only positional")
print("end of script")
