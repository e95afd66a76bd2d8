# An exception in an atexit handler is reported on stderr; other handlers still run; exit status stays 0.
import atexit


def ok_first_registered():
    print("first registered, runs last")


def broken():
    print("broken handler running")
    raise ValueError("handler failed")


def ok_last_registered():
    print("last registered, runs first")


atexit.register(ok_first_registered)
atexit.register(broken)
atexit.register(ok_last_registered)
print("end of script")
