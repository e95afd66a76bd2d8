# Block 23 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 297
# (its code is lines 298-299), under "### `atexit`".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A plain atexit function runs when the script ends. `cleanup` is not defined by the
# document: the preamble defines one that prints.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. "All registered functions run" holds for a normal exit,
# not for os._exit() or a crash.

def cleanup():
    print("atexit: cleanup ran")

# ---- block 23 (verbatim, document lines 298-299) ----
import atexit
atexit.register(cleanup)
# ---- end of block 23 ----

print("end of script")
