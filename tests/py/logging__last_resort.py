# With no handler anywhere, WARNING and above go to stderr as the bare message; with
# lastResort set to None, one complaint is written instead.
import logging
import sys

log = logging.getLogger("lonely")
log.debug("debug is dropped")
log.info("info is dropped")
log.warning("a warning: %d%%", 50)
log.error("an error")
log.critical("critical")
print(logging.lastResort, logging.lastResort.level)
print("stdout in between", flush=True)

# Records go to whatever sys.stderr is now.
import io
saved = sys.stderr
sys.stderr = io.StringIO()
log.warning("captured")
text = sys.stderr.getvalue()
sys.stderr = saved
print(repr(text))

# Any handler in the chain (even a NullHandler) means lastResort is not used.
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.warning("swallowed by the NullHandler")
print(quiet.hasHandlers(), logging.getLogger("quiet.child").hasHandlers())
logging.getLogger("quiet.child").error("also swallowed")

# A lower lastResort level shows more.
logging.lastResort.setLevel(logging.INFO)
log.setLevel(logging.INFO)
log.info("info through lastResort")
log.setLevel(logging.NOTSET)
logging.lastResort.setLevel(logging.WARNING)

logging.lastResort = None
log.warning("no handlers: complaint instead")
log.warning("only once")
print(logging.Logger.manager.emittedNoHandlerWarning)
