# basicConfig: what it sets up on the root logger, that it does nothing a second time
# (unless force=True), and its argument errors; the module-level shortcuts.
import logging
import sys

root = logging.getLogger()
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s [%(name)s] %(message)s")
print(root.level, len(root.handlers), root.handlers)
h = root.handlers[0]
print(type(h).__name__, h.stream is sys.stdout, h.formatter._fmt, h.formatter.datefmt)

logging.debug("debug is below INFO")
logging.info("info %s", "shown")
logging.warning("warning")
logging.error("error %d", 1)
logging.critical("critical")
logging.fatal("fatal")
logging.log(logging.WARNING, "log at %s", "WARNING")
logging.getLogger("child").info("from a child")

# Configured already: no change.
logging.basicConfig(stream=sys.stderr, level=logging.DEBUG, format="IGNORED %(message)s")
print(root.level, len(root.handlers))
logging.debug("still hidden")

# force=True closes and replaces the handlers.
logging.basicConfig(force=True, stream=sys.stdout, style="{",
                    format="{levelname:<8}|{name}|{message}")
print(root.level, len(root.handlers), root.handlers[0] is h, h._closed)
logging.info("info, level unchanged")
logging.warning("brace style")

logging.basicConfig(force=True, stream=sys.stdout, style="$", format="$levelname ~ $message",
                    level="DEBUG")
logging.debug("dollar style at %s", "DEBUG")

# The default format of each style.
for style in "%{$":
    logging.basicConfig(force=True, stream=sys.stdout, style=style)
    print(repr(root.handlers[0].formatter._fmt))
    logging.warning("default format")

# handlers=: each gets the formatter unless it has one already.
a = logging.StreamHandler(sys.stdout)
b = logging.StreamHandler(sys.stdout)
b.setFormatter(logging.Formatter("b: %(message)s"))
logging.basicConfig(force=True, handlers=[a, b], format="a: %(message)s")
print(root.handlers == [a, b])
logging.warning("two handlers")

# A stream of None means sys.stderr.
logging.basicConfig(force=True, stream=None, format="to stderr: %(message)s")
print(root.handlers[0].stream is sys.stderr)
logging.warning("written to stderr")

# Errors.
bad = [
    dict(stream=sys.stdout, filename="x.log"),
    dict(handlers=[a], stream=sys.stdout),
    dict(handlers=[a], filename="x.log"),
    dict(style="!"),
    dict(format="no fields here"),
    dict(style="{", format="%(message)s"),
    dict(stream=sys.stdout, colour=True, size=3),
    dict(level="NOPE"),
]
for kwargs in bad:
    logging.root.handlers.clear()
    try:
        logging.basicConfig(**kwargs)
        print("no error", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    print("  handlers:", len(root.handlers))

# Unknown arguments are reported only when a handler gets configured.
logging.basicConfig(force=True, stream=sys.stdout)
logging.basicConfig(bogus=1)
print("ignored while configured")

# The shortcuts configure the root logger themselves when it has no handlers.
root.handlers.clear()
saved = sys.stderr
sys.stderr = sys.stdout
logging.warning("auto-configured %s", "root")
sys.stderr = saved
print(len(root.handlers), root.handlers[0].formatter._fmt)

# exception() at module level.
try:
    raise KeyError("missing")
except KeyError:
    logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)s %(message)s")
    logging.exception("caught %s", "it")
