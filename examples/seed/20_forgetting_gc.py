# Block 20 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 262
# (its code is lines 263-268), under "### 2. Forgetting GC".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# `del obj` followed by gc.collect(). A gc.callbacks entry shows when the collection
# happens: the finalizer has already run at `del obj`, before gc.collect() starts. `Resource`
# is not defined by the block: the preamble defines one with a finalizer.
#
# CPython 3.11 vs the document:
# For an object in no reference cycle CPython runs the finalizer at `del obj` itself,
# so gc.collect() has nothing to do; "may not run immediately" holds only for objects in
# cycles (see blocks 9 and 10).

import gc
import weakref

gc.disable()  # no automatic collection: only the explicit gc.collect() below


class Resource:
    def __init__(self):
        weakref.finalize(self, print, "Resource finalizer ran")


def gc_callback(phase, info):
    print("gc.collect():", phase)


gc.callbacks.append(gc_callback)

# ---- block 20 (verbatim, document lines 263-268) ----
obj = Resource()
del obj
# Finalizer may not run immediately!

import gc
gc.collect()  # Force collection if needed
# ---- end of block 20 ----

gc.callbacks.remove(gc_callback)
gc.enable()
print("end of script")
