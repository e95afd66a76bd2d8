# LoggerAdapter: extra context for every record, process() overridden, and the methods
# that pass through to the logger.
import logging
import sys

log = logging.getLogger("adapted")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(conn)s] %(message)s"))
log.addHandler(h)

a = logging.LoggerAdapter(log, {"conn": "db-1"})
print(a, a.name, a.logger is log, a.extra, a.manager is log.manager)
a.info("info is below WARNING")
a.warning("warning %s", "one")
a.error("error %d", 2)
a.critical("critical")
a.log(logging.ERROR, "log at ERROR")
print(a.isEnabledFor(logging.INFO), a.getEffectiveLevel(), a.hasHandlers())
a.setLevel(logging.DEBUG)
print(log.level, a)
a.debug("debug now shown")
a.info("info %(x)s", {"x": "mapping"})

# Explicit extra= is replaced by the adapter's (as in CPython 3.11).
a.warning("explicit extra loses", extra={"conn": "ignored"})

try:
    raise ValueError("bad value")
except ValueError:
    a.exception("adapter exception")

# process() can be overridden to change the message.
class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["conn"] = self.extra["conn"]
        return "[%s] %s" % (self.extra["conn"], msg), kwargs

p = Prefixed(log, {"conn": "db-2"})
p.warning("prefixed %s", "message")
print(p)

# Adapters of adapters.
outer = logging.LoggerAdapter(a, {"conn": "outer"})
outer.warning("nested: inner extra wins")
print(outer, outer.name)

# An adapter without extra: a record with no "conn" attribute.
plain = logging.LoggerAdapter(logging.getLogger("plain"))
print(plain.extra)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("%(name)s %(message)s"))
logging.getLogger("plain").addHandler(h2)
plain.warning("no extra")

print(logging.LoggerAdapter[int])
