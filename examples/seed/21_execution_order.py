# Block 21 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 275
# (its code is lines 276-279), under "### 3. Relying on Execution Order".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# Two objects with finalizers, both alive when the script ends. `Resource` is not
# defined by the block: the preamble numbers its instances and prints in their finalizers.
#
# CPython 3.11 vs the document:
# The order is not undefined in CPython 3.11. The weakref documentation guarantees
# that finalizers still alive at exit run in reverse order of creation (so b before a), and
# objects freed by `del` are finalized at the `del`, in program order (block 20).

import weakref


class Resource:
    count = 0

    def __init__(self):
        Resource.count += 1
        weakref.finalize(self, print, f"cleanup of Resource #{Resource.count}")

# ---- block 21 (verbatim, document lines 276-279) ----
# Don't assume order!
a = Resource()
b = Resource()
# Cleanup order is undefined
# ---- end of block 21 ----

print("end of script: a (#1) and b (#2) are finalized at exit")
