# atexit.unregister removes every registration of a function; unknown functions are ignored.
import atexit


def a():
    print("a")


def b():
    print("b")


def never_registered():
    pass


atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.register(b)
atexit.unregister(a)
atexit.unregister(never_registered)
print("registered a twice and b twice, then unregistered a")
print("end of script")
