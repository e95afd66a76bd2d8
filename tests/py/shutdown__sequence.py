# Exit sequence: atexit handlers (LIFO, finalize's hook among them), then module globals' __del__.
import atexit
import weakref


class Global:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Global.__del__", self.name)


g = Global("g")
atexit.register(print, "atexit handler registered before first finalize")
weakref.finalize(g, print, "finalizer on g")
atexit.register(print, "atexit handler registered after first finalize")
print("end of script")
