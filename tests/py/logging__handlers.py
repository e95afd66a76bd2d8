# Handlers: levels, filters, names, formatters, StreamHandler's stream and terminator,
# NullHandler, and the base Handler's errors.
import io
import logging
import sys

log = logging.getLogger("handlers")
log.setLevel(logging.DEBUG)
log.propagate = False

out = logging.StreamHandler(sys.stdout)
print(out, out.level, out.formatter, out.name, out.terminator == "\n")
log.addHandler(out)
log.info("no formatter: message only")
out.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
out.setLevel(logging.WARNING)
print(out)
log.info("below the handler level")
log.warning("at the handler level")

# The default stream is sys.stderr (the one of the time of creation).
err = logging.StreamHandler()
print(err.stream is sys.stderr, err)

# setStream returns the old stream (None when unchanged).
buf = io.StringIO()
old = out.setStream(buf)
print(old is sys.stdout, out.setStream(buf))
log.error("into the buffer")
out.terminator = " |"
log.error("custom terminator")
print(repr(buf.getvalue()))
print(out)
out.setStream(sys.stdout)
out.terminator = "\n"

# Names: handlers can be named, and renamed.
out.name = "console"
print(out.name, out.get_name(), repr(out))
out.set_name("stdout")
print(out.name)

# Filters on the handler and on the logger: objects with filter() or plain callables.
class OnlyOdd:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

out.setLevel(logging.NOTSET)
out.addFilter(OnlyOdd())
for i in range(4):
    log.info("number %d", i)
out.filters.clear()

f = logging.Filter("handlers.sub")
print(f.name, f.nlen)
log.addFilter(f)
log.info("dropped by the filter on the logger")
log.removeFilter(f)
log.removeFilter(f)

def no_secrets(record):
    return "secret" not in record.getMessage()

out.addFilter(no_secrets)
out.addFilter(no_secrets)
print(len(out.filters))
log.info("a secret")
log.info("public")
out.removeFilter(no_secrets)

# Filter("a.b") passes a.b and a.b.*, nothing else.
flt = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "x.a.b", "a.b.c.d", ""):
    print(repr(name), flt.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})))

# Filterer.filter says whether a record passes.
rec = logging.makeLogRecord({"name": "a.b.c", "msg": "m"})
fr = logging.Filterer()
print(fr.filter(rec))
fr.addFilter(lambda r: False)
print(fr.filter(rec))

# handle() returns whether the record passed the filters.
print(out.handle(logging.makeLogRecord({"msg": "handled directly", "levelname": "X"})))
out.addFilter(lambda r: 0)
print(out.handle(logging.makeLogRecord({"msg": "filtered"})))

# NullHandler does nothing at all.
n = logging.NullHandler()
print(n, n.lock, n.handle(rec), n.emit(rec))

# The base class has no emit().
h = logging.Handler()
try:
    h.emit(rec)
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    h.handle(rec)
except NotImplementedError as e:
    print(type(e).__name__, e)
print(h.format(logging.makeLogRecord({"msg": "fmt %s", "args": ("ok",)})))
h.acquire()
h.release()
h.flush()
h.close()

# A Handler subclass of one's own.
class ListHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))

lh = ListHandler()
lh.setFormatter(logging.Formatter("%(name)s/%(levelname)s/%(message)s"))
log.addHandler(lh)
log.debug("one")
log.critical("two %s", 2)
print(lh.lines, lh)
