# A handler's emit() failing: handleError reports it on stderr (or stays quiet when
# raiseExceptions is false), and logging goes on.
import io
import logging
import sys

log = logging.getLogger("errors")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)


def report(action):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        action()
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    lines = text.splitlines()
    # The call stack part differs with what Reap can see of frames: keep the rest.
    keep = [l for l in lines if l.startswith(("---", "Message", "Arguments", "Unable",
                                              "Use the", "Traceback", "TypeError",
                                              "ValueError", "KeyError"))]
    print("\n".join(keep))
    print("--")


report(lambda: log.warning("%d apples", "three"))
report(lambda: log.warning("%s and %s", "one"))
h.setFormatter(logging.Formatter("%(missing)s"))
report(lambda: log.warning("missing field"))
h.setFormatter(None)


class Broken:
    def __str__(self):
        raise KeyError("no str")

report(lambda: log.warning(Broken()))


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")

report(lambda: log.warning("%s", BadRepr()))

logging.raiseExceptions = False
report(lambda: log.warning("%d apples", "three"))
logging.raiseExceptions = True

log.warning("still logging")

# A stream whose write() fails.
class Closed:
    def write(self, s):
        raise ValueError("I/O operation on closed file.")

h.setStream(Closed())
report(lambda: log.warning("to a closed stream"))
h.setStream(sys.stdout)
log.warning("back on stdout")
