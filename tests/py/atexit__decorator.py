# atexit.register works as a decorator and leaves the function usable by name.
import atexit
import functools


@atexit.register
def goodbye():
    print("goodbye from decorator")


def greet(name, punctuation="."):
    print("bye " + name + punctuation)


atexit.register(functools.partial(greet, "partial", punctuation="!"))
print("goodbye is a function:", type(goodbye).__name__, goodbye.__name__)
goodbye()
print("end of script")
