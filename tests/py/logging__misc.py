# The deprecated warn() spellings, the module's public names, and generic aliases.
import logging
import sys
import warnings

log = logging.getLogger("misc")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)
logging.basicConfig(stream=sys.stdout, format="root %(levelname)s %(message)s")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    log.warn("Logger.warn %s", "still works")
    logging.warn("logging.warn too")
    logging.LoggerAdapter(log, {}).warn("and LoggerAdapter.warn")
for w in caught:
    print(w.category.__name__, w.message)

print(sorted(logging.__all__))
print(logging.raiseExceptions, logging.logThreads, logging.logProcesses,
      logging.logMultiprocessing)
print(logging.StreamHandler[int], logging.LoggerAdapter[str])
print(logging.getLogger("misc") is log, logging.Logger.root is logging.root,
      logging.Logger.manager.root is logging.root)

# Loggers may be made directly (outside the manager), with a level.
free = logging.Logger("free", "INFO")
print(free, free.parent, free.level, free.getEffectiveLevel(), free.isEnabledFor(10))
free.addHandler(h)
free.info("a free logger")
print(repr(logging.RootLogger(logging.ERROR)))
