# Block 24 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 307
# (its code is lines 308-308), under "### `weakref.finalize`".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A per-object finalizer runs when its object dies. The epilogue also leaves a second
# object alive until the end: its finalizer runs at exit.
#
# CPython 3.11 vs the document:
# The document says finalize runs "only for deleted objects". In CPython 3.11 a
# finalizer whose object is still alive at exit runs then (its `atexit` attribute is true by
# default), like an atexit function.

import weakref


class Thing:
    def __init__(self, name):
        self.name = name


def cleanup():
    print("cleanup ran")


obj = Thing("obj")

# ---- block 24 (verbatim, document lines 308-308) ----
weakref.finalize(obj, cleanup)
# ---- end of block 24 ----

print("del obj:")
del obj

kept = Thing("kept")
weakref.finalize(kept, print, "cleanup of kept, at exit")
print("end of script")
