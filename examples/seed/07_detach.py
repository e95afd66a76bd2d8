# Block 7 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 90
# (its code is lines 91-91), under "### 4. Detach".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# detach() unregisters the finalizer: the callback never runs, not at the object's
# death and not at exit.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. detach() also returns (obj, func, args, kwargs) while the
# finalizer is alive, and None afterwards; the document discards that value.

import gc
import weakref


class Thing:
    pass


def cleanup():
    print("cleanup ran (it should not)")


obj = Thing()
finalizer = weakref.finalize(obj, cleanup)

# ---- block 7 (verbatim, document lines 91-91) ----
finalizer.detach()  # Prevent cleanup from happening
# ---- end of block 7 ----

print("alive after detach():", finalizer.alive)
print("detach() again returns", finalizer.detach())
del obj
gc.collect()
print("object deleted and collected: no cleanup ran")
