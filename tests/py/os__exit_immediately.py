# os._exit ends the process at once: no atexit handlers, no finalizers, no `finally`.
import atexit
import os
import weakref


class Obj:
    def __del__(self):
        print("never printed: __del__")


atexit.register(print, "never printed: atexit")
o = Obj()
weakref.finalize(o, print, "never printed: finalize")
print("flushed", flush=True)
try:
    os._exit(3)
finally:
    print("never printed: finally")
