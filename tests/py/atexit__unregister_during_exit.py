# A handler can unregister another handler that has not run yet, and it is then skipped.
import atexit


def victim():
    print("victim (should be skipped)")


def other():
    print("other handler")


def remover():
    print("remover unregisters victim")
    atexit.unregister(victim)


atexit.register(victim)
atexit.register(other)
atexit.register(remover)
print("end of script")
