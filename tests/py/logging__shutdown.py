# shutdown() runs at exit: it flushes and closes every handler still alive, the newest
# first, and ignores OSError/ValueError from handlers that are gone.
import atexit
import logging
import sys


class Noisy(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def emit(self, record):
        print(self.tag, "emit", record.getMessage())

    def flush(self):
        print(self.tag, "flush")

    def close(self):
        print(self.tag, "close")
        super().close()


class Failing(Noisy):
    def flush(self):
        print(self.tag, "flush fails")
        raise ValueError("I/O operation on closed file")


keep = [Noisy("first"), Failing("failing"), Noisy("last")]
log = logging.getLogger("shut")
for h in keep:
    log.addHandler(h)
log.warning("hello")

# A handler that is no longer referenced is not closed at exit.
temp = Noisy("temporary")
del temp


def before():
    print("registered after logging: runs before shutdown")

atexit.register(before)

# shutdown() can also be called with a list of its own.
extra = Noisy("explicit")
logging.shutdown([lambda: extra, lambda: None])
print("end of script")
