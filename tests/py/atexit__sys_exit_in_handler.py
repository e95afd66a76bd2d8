# sys.exit() inside an atexit handler is swallowed like other exceptions; remaining handlers still run.
import atexit
import sys


def after():
    print("handler registered first still runs")


def exiter():
    print("exiter calling sys.exit(7)")
    sys.exit(7)


atexit.register(after)
atexit.register(exiter)
print("end of script")
