# Block 16 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 205
# (its code is lines 206-212), under "### 2. Store Finalizer If You Need Control".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# close() runs the stored finalizer only while it is alive; the object's death after an
# explicit close runs nothing more. `cleanup` is not defined by the document: the preamble
# defines one that prints.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. The `alive` test is not needed: calling a dead finalizer
# already does nothing and returns None.

import weakref


def cleanup():
    print("cleanup ran")

# ---- block 16 (verbatim, document lines 206-212) ----
class Resource:
    def __init__(self):
        self.finalizer = weakref.finalize(self, cleanup)
    
    def close(self):
        if self.finalizer.alive:
            self.finalizer()
# ---- end of block 16 ----

r = Resource()
r.close()
r.close()
print("closed twice; alive =", r.finalizer.alive)
del r
print("(nothing ran at del r)")

r2 = Resource()
print("del r2 (never closed):")
del r2
