# captureWarnings(True) turns warnings into records of the "py.warnings" logger;
# captureWarnings(False) puts the original showwarning back.
import logging
import sys
import warnings

warnings.simplefilter("always")
original = warnings.showwarning

logging.captureWarnings(True)
print(warnings.showwarning is original)
pw = logging.getLogger("py.warnings")
print(pw.handlers)

# With no handler of its own, the logger gets a NullHandler: nothing is printed.
warnings.warn_explicit("quiet", UserWarning, "mod.py", 3)
print(pw.handlers)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)r"))
pw.addHandler(h)
warnings.warn_explicit("captured", UserWarning, "mod.py", 10)
warnings.warn_explicit("a %s with args", RuntimeWarning, "other.py", 20)

# The record's message is the formatted warning, and there are no args.
class Keep(logging.Handler):
    def emit(self, record):
        self.record = record

keep = Keep()
pw.addHandler(keep)
warnings.warn_explicit("kept", DeprecationWarning, "dep.py", 1)
print(repr(keep.record.msg), keep.record.args, keep.record.levelname)
pw.removeHandler(keep)

# showwarning with a file goes to the file, as before.
warnings.showwarning("to a file", UserWarning, "f.py", 5, file=sys.stdout)

# Twice True is the same as once; False restores.
logging.captureWarnings(True)
logging.captureWarnings(False)
print(warnings.showwarning is original)
logging.captureWarnings(False)
print(warnings.showwarning is original)
sys.stderr = sys.stdout
warnings.warn_explicit("printed normally", UserWarning, "mod.py", 30)
