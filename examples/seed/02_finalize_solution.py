# Block 2 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 24
# (its code is lines 25-34), under "## The Solution: `weakref.finalize`".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# The recommended pattern: the callback is a static method and receives only data, so
# it keeps nothing alive. An instance dies at `del`; one in a cycle at gc.collect(); one still
# alive when the script ends is finalized at exit (finalizers have `atexit` true by default).
#
# CPython 3.11 vs the document:
# "Reliable - always runs" is too strong: a finalizer runs at exit only if its `atexit`
# attribute is true (the default), and never if the process ends with os._exit() or a crash.
# Here `self.cleanup` is fine only because `cleanup` is a static method; had it been an
# ordinary method, `self.cleanup` would be a bound method keeping the object alive (block 19).
# The finalizer is not stored, so this class cannot call it "manually" (block 5 does).

# ---- block 2 (verbatim, document lines 25-34) ----
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
        weakref.finalize(self, self.cleanup, name)
    
    @staticmethod
    def cleanup(name):
        print(f"Cleaning up {name}")
# ---- end of block 2 ----

import gc

r = Resource("first")
del r  # no cycle: the finalizer runs right here

r = Resource("in a cycle")
r.me = r
del r
print("before gc.collect()")
gc.collect()  # the collector frees the cycle: its finalizer runs
print("after gc.collect()")

kept = Resource("kept until exit")
print("end of script")
