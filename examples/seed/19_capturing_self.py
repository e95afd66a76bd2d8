# Block 19 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 241
# (its code is lines 242-257), under "### 1. Capturing Self".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# Bad passes the bound method `self.cleanup`; Good passes the plain function
# `Good.cleanup`. The epilogue makes both cleanups print, then deletes one instance of each.
#
# CPython 3.11 vs the document:
# It is not a reference cycle the collector could break: the finalize registry holds
# the bound method, which holds `self`, so a Bad instance stays alive whatever gc.collect()
# does and its cleanup runs only at exit (finalizers run at exit by default). A Good instance
# is cleaned at its `del`.

import gc
import weakref

# ---- block 19 (verbatim, document lines 242-257) ----
# Bad - circular reference
class Bad:
    def __init__(self):
        weakref.finalize(self, self.cleanup)  # Keeps self alive!
    
    def cleanup(self):
        pass

# Good
class Good:
    def __init__(self):
        weakref.finalize(self, Good.cleanup)
    
    @staticmethod
    def cleanup():
        pass
# ---- end of block 19 ----

_document_bad_cleanup = Bad.cleanup


def _visible_bad_cleanup(self):
    print("Bad.cleanup ran")
    _document_bad_cleanup(self)


Bad.cleanup = _visible_bad_cleanup

_document_good_cleanup = Good.cleanup


def _visible_good_cleanup():
    print("Good.cleanup ran")
    _document_good_cleanup()


Good.cleanup = staticmethod(_visible_good_cleanup)

bad = Bad()
bad_ref = weakref.ref(bad)
del bad
gc.collect()
print("Bad instance still alive after del and gc.collect():", bad_ref() is not None)

good = Good()
good_ref = weakref.ref(good)
print("del good:")
del good
print("Good instance alive after del:", good_ref() is not None)
print("end of script")
