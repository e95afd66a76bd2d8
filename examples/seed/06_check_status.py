# Block 6 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 83
# (its code is lines 84-85), under "### 3. Check Status".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# `finalizer.alive` is true until the finalizer has run (or been detached).
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11.

import weakref


class Thing:
    pass


def cleanup():
    print("cleanup ran")


obj = Thing()
finalizer = weakref.finalize(obj, cleanup)

# ---- block 6 (verbatim, document lines 84-85) ----
if finalizer.alive:
    print("Finalizer hasn't run yet")
# ---- end of block 6 ----

del obj
print("alive after the object died:", finalizer.alive)
if finalizer.alive:
    print("Finalizer hasn't run yet")
else:
    print("Finalizer has run")
