# An uncaught exception stays reachable as sys.last_value until shutdown clears it, after the
# atexit handlers: the variables of the frames in its traceback die then, not when it is printed.
import atexit
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name, "argv is", sys.argv)


def work():
    local = Resource("local")
    atexit.register(print, "atexit handler runs first")
    raise KeyError("missing")


kept = Resource("global")
work()
