# atexit handlers run after the script ends, in reverse order of registration.
import atexit


def make(name):
    def handler():
        print("handler", name)
    return handler


for name in ("first", "second", "third"):
    atexit.register(make(name))
atexit.register(print, "print registered directly")
print("end of script")
