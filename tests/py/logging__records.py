# LogRecord: getMessage's %-merge (a single mapping is the mapping), makeLogRecord,
# custom record factories, extra= and its collisions.
import logging
import os
import sys

R = logging.LogRecord
r = R("rec", logging.WARNING, "/a/b/mod.py", 7, "x=%s y=%s", (1, 2), None, "fn")
print(r.getMessage(), r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module,
      r.lineno, r.funcName, r.exc_info, r.exc_text, r.stack_info)
print(r)
print(r.args, r.msg)
print(r.process == os.getpid(), r.processName, r.threadName, type(r.thread).__name__)
print(type(r.created).__name__, type(r.msecs).__name__, 0 <= r.msecs < 1000,
      type(r.relativeCreated).__name__)

cases = [
    ("%(a)s and %(b)s", ({"a": 1, "b": 2},)),   # a single mapping
    ("%s", ({"a": 1},)),                        # ... formatted as a whole by %s
    ("%(a)s %%", ({"a": 1},)),
    ("%(a)s %s", ({"a": 1},)),
    ("%s %s", ({"a": 1},)),
    ("%d", ({"a": 1},)),
    ("%s", ({},)),                              # an empty dict stays a tuple
    ("%s %s", ({"a": 1}, 2)),                   # two arguments: a plain tuple
    ("no args", ()),
    ("100%", ()),                               # no args: no %-formatting at all
    (42, ()),                                   # msg need not be a str
    (["a", "%s"], ()),
    ("%r", ([1, 2],)),
    ("%d%%", (5,)),
]
for msg, args in cases:
    rec = R("n", 20, "p", 1, msg, args, None)
    try:
        print(repr(msg), type(rec.args).__name__, repr(rec.getMessage()))
    except (TypeError, KeyError, ValueError) as e:
        print(repr(msg), type(rec.args).__name__, type(e).__name__, e)

# A path without directories, and one that is not a string.
print(R("n", 20, "plain.py", 1, "m", (), None).module,
      R("n", 20, "", 1, "m", (), None).filename == "")
odd = R("n", 20, None, 1, "m", (), None)
print(odd.filename, odd.module)

# makeLogRecord: a blank record updated from a dict.
m = logging.makeLogRecord({"name": "made", "msg": "hi %s", "args": ("there",), "levelno": 40,
                           "levelname": "ERROR", "custom": [1]})
print(m.getMessage(), m.name, m.levelno, m.levelname, m.custom, m.lineno, repr(m.pathname))
b = logging.makeLogRecord({})
print(b.name, b.msg, b.args, b.levelno, b.levelname, b.funcName, repr(b.filename), b.module)
print(b)

# The record factory is used by loggers and makeLogRecord.
old = logging.getLogRecordFactory()
print(old is logging.LogRecord)
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.tag = "tagged"
    return rec
logging.setLogRecordFactory(factory)
log = logging.getLogger("records")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(tag)s %(name)s %(message)s"))
log.addHandler(h)
log.warning("via factory")
print(logging.makeLogRecord({}).tag)
logging.setLogRecordFactory(old)

# extra= adds attributes; it may not replace the record's own.
h.setFormatter(logging.Formatter("%(user)s/%(ip)s %(message)s"))
log.warning("with extra", extra={"user": "bob", "ip": "10.0.0.1"})
for key in ("message", "asctime", "name", "levelno", "msg", "lineno"):
    try:
        log.warning("clash", extra={key: "x"})
    except KeyError as e:
        print(type(e).__name__, e)
h.setFormatter(logging.Formatter("%(name)s %(message)s"))
log.warning("extra=None is fine: %s", "ok", extra=None)

# A logger's records, captured by a handler.
class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(record)

keep = Keep()
log.addHandler(keep)
log.error("kept %s %s", "a", "b")
rec = keep.records[-1]
print(rec.name, rec.levelname, rec.msg, rec.args, rec.getMessage(), rec.exc_info)
log.info("dropped: below the logger's effective level")
print(len(keep.records))
log.warning("%(k)s", {"k": "mapping arg"})
print(keep.records[-1].args, keep.records[-1].getMessage())
