# Exception text in records: exc_info=True, an exception object, a (type, value, tb)
# tuple, exception(), the cached exc_text, and a Formatter that formats it its own way.
import logging
import sys

log = logging.getLogger("exc")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)


def inner(x):
    raise ValueError("bad x: %r" % (x,))


def outer():
    inner(42)


try:
    outer()
except ValueError:
    log.error("with exc_info=True", exc_info=True)
    log.exception("exception() at %s", "ERROR")
    log.warning("exception-free warning")
    log.critical("exc_info=False", exc_info=False)
    info = sys.exc_info()

# Outside the except block: an exception object, or a saved tuple.
log.error("from the saved tuple", exc_info=info)
err = info[1]
log.warning("from the object", exc_info=err)
log.info("below the level: nothing at all", exc_info=True)
# exc_info=True with no exception being handled.
log.error("nothing being handled", exc_info=True)

# A chained exception.
try:
    try:
        int("key")
    except ValueError as e:
        raise RuntimeError("while looking up") from e
except RuntimeError:
    log.exception("chained")

# An exception without a traceback.
log.error("never raised", exc_info=TypeError("made, not raised"))

# exc_text is computed once and kept on the record.
class Keep(logging.Handler):
    def emit(self, record):
        self.record = record

keep = Keep()
keep.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(keep)
try:
    raise OSError(2, "No such file")
except OSError:
    log.exception("kept")
rec = keep.record
print(rec.exc_info[0].__name__, rec.exc_text)
print(keep.format(rec).splitlines()[-1])
print(rec.exc_text.splitlines()[-1])
rec.exc_text = "replaced text"
print(repr(keep.format(rec)))
log.removeHandler(keep)

# A formatter that changes how exceptions look.
class OneLine(logging.Formatter):
    def formatException(self, ei):
        return "<%s: %s>" % (ei[0].__name__, ei[1])

h.setFormatter(OneLine("%(levelname)s %(message)s"))
try:
    1 + "a"
except TypeError:
    log.exception("one-line")
h.setFormatter(logging.Formatter("%(message)s|"))
try:
    raise IndexError("msg ends with newline")
except IndexError:
    log.exception("trailing newline\n")

# formatException on its own, and stack_info=False.
f = logging.Formatter()
try:
    raise ZeroDivisionError("by hand")
except ZeroDivisionError:
    print(repr(f.formatException(sys.exc_info()).splitlines()[-1]))
print(f.formatStack("stack text"))
log.warning("no stack", stack_info=False)
