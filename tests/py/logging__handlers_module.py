# logging.handlers: RotatingFileHandler (rollover by size, backups, namer/rotator),
# BufferingHandler, MemoryHandler and QueueHandler.
import logging
import logging.handlers
import os
import shutil
import sys
import tempfile
from logging.handlers import (BufferingHandler, MemoryHandler, QueueHandler,
                              RotatingFileHandler)

print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
print(RotatingFileHandler.__mro__[1:4])

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "rot.log")


def read(p):
    with open(p) as f:
        return f.read()


def files():
    return sorted(os.listdir(tmp))


log = logging.getLogger("rot")
log.propagate = False
rh = RotatingFileHandler(path, maxBytes=20, backupCount=2)
print(rh.mode, rh.maxBytes, rh.backupCount, rh.encoding, rh.namer, rh.rotator)
log.addHandler(rh)
for i in range(7):
    log.warning("line %d: %s", i, "x" * i)
    print(i, files())
for name in files():
    print(name, repr(read(os.path.join(tmp, name))))
rh.close()
log.removeHandler(rh)

# maxBytes=0 never rolls over; mode "w" is kept then.
p2 = os.path.join(tmp, "plain.log")
plain = RotatingFileHandler(p2, mode="w")
print(plain.mode, plain.shouldRollover(logging.makeLogRecord({"msg": "m" * 100})))
plain.close()

# namer and rotator.
p3 = os.path.join(tmp, "named.log")
nh = RotatingFileHandler(p3, maxBytes=10, backupCount=3, delay=True)
nh.namer = lambda name: name + ".bak"
def rotator(source, dest):
    print("rotate", os.path.basename(source), "->", os.path.basename(dest))
    os.rename(source, dest)
nh.rotator = rotator
log.addHandler(nh)
for i in range(3):
    log.error("record number %d", i)
nh.close()
log.removeHandler(nh)
print(files())
shutil.rmtree(tmp)

# BufferingHandler drops its records when full.
class Counting(BufferingHandler):
    def flush(self):
        print("flushing", [r.getMessage() for r in self.buffer])
        super().flush()

b = Counting(3)
log.addHandler(b)
for i in range(7):
    log.warning("buffered %d", i)
print(len(b.buffer), b.capacity)
b.close()
log.removeHandler(b)

# MemoryHandler passes records on when full, at flushLevel, and at close.
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target: %(levelname)s %(message)s"))
mh = MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mh)
log.warning("m1")
log.warning("m2")
print("buffered:", len(mh.buffer))
log.warning("m3 fills the buffer")
log.warning("m4")
log.error("m5 at flushLevel")
log.warning("m6 waits for close")
mh.close()
print(mh.target, mh.buffer)
log.removeHandler(mh)

mh = MemoryHandler(2, flushOnClose=False)
log.addHandler(mh)
log.warning("no target yet")
log.warning("still none")
print(len(mh.buffer))
mh.setTarget(target)
log.warning("target set")
mh.close()
log.removeHandler(mh)

# QueueHandler: a formatted copy of the record goes on the queue.
class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)

q = ListQueue()
qh = QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
log.addHandler(qh)
log.warning("queued %s", "item")
try:
    raise ValueError("oops")
except ValueError:
    log.exception("with exception")
for r in q:
    print(type(r).__name__, repr(r.msg), r.args, r.exc_info, r.exc_text,
          r.message.splitlines()[0], r.levelname)
print(q[1].msg.splitlines()[-1])
