# Block 10 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 124
# (its code is lines 125-135), under "### `weakref.finalize` Solution".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# The same cycle, cleaned by finalizers: they run when the collector frees the cycle,
# and a cycle still uncollected at the end of the script is finalized at exit.
#
# CPython 3.11 vs the document:
# The document implies finalize beats `__del__` on cycles. In CPython 3.11 both run
# at the same moment, when the collector frees the cycle (block 9 shows `__del__` running).
# What finalize adds is the exit guarantee: a cycle never collected is still cleaned at exit.
# "Cleanup WILL run" is not at `del`: right after it nothing has run.

import gc
import weakref

gc.disable()  # only the explicit gc.collect() below collects cycles

# ---- block 10 (verbatim, document lines 125-135) ----
class Good:
    def __init__(self):
        self.ref = None
        weakref.finalize(self, print, "Cleaning up")

# Circular reference
a = Good()
b = Good()
a.ref = b
b.ref = a
del a, b  # Cleanup WILL run
# ---- end of block 10 ----

print("right after del a, b: nothing ran yet")
gc.collect()
print("after gc.collect()")

c = Good()
d = Good()
c.ref = d
d.ref = c
del c, d
print("end of script: a second cycle, never collected, is cleaned at exit")
