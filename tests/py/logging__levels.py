# Level numbers and names: the constants, getLevelName both ways, addLevelName, and the
# errors for a level that is neither a number nor a known name.
import logging

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)

for level in (50, 40, 30, 20, 10, 0, 25, 99, "x"):
    print(repr(level), "->", repr(logging.getLevelName(level)))
for name in ("CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET",
             "debug", "TRACE"):
    print(repr(name), "->", repr(logging.getLevelName(name)))

# A level of one's own, usable by name afterwards.
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items(), key=lambda kv: (kv[1], kv[0])))
mapping["EXTRA"] = 1
print("EXTRA" in logging.getLevelNamesMapping())

log = logging.getLogger("levels")
log.setLevel("NOTICE")
print(log.level, log.getEffectiveLevel(), log)
log.setLevel("DEBUG")
print(log.level)
log.setLevel(logging.ERROR)
print(log.level)

for bad in ("notice", "BOGUS", 1.5, None, [10]):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Handlers check levels the same way.
h = logging.Handler("INFO")
print(h.level, h)
try:
    logging.Handler("LOUD")
except ValueError as e:
    print(type(e).__name__, e)

# log() wants a number, not a name.
try:
    log.log("ERROR", "message")
except TypeError as e:
    print(type(e).__name__, e)
logging.raiseExceptions = False
print(log.log("ERROR", "message"))
logging.raiseExceptions = True

# A logger's records get their level names from the table at the time.
import sys
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelno)s %(levelname)s %(message)s"))
log.addHandler(out)
log.setLevel(1)
log.log(25, "notice")
log.log(5, "custom %s", "level")
logging.addLevelName(5, "TRACE")
log.log(5, "now named")
log.log(logging.CRITICAL, "critical")
log.fatal("fatal")
