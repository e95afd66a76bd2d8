# Block 9 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 106
# (its code is lines 107-119), under "### `__del__` Issues".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# Two objects with `__del__` in a reference cycle. After `del a, b` nothing happens
# until the cycle collector runs; then both `__del__` methods run.
#
# CPython 3.11 vs the document:
# The document says "__del__ may not run!". Since PEP 442 (Python 3.4) it does: the
# cycle collector calls `__del__` of every object of the cycle, then frees them (before 3.4
# such cycles were left in gc.garbage). It runs no later than `weakref.finalize` would
# (block 10): both wait for the collector.

import gc

gc.disable()  # only the explicit gc.collect() below collects the cycle

# ---- block 9 (verbatim, document lines 107-119) ----
class Bad:
    def __init__(self):
        self.ref = None
    
    def __del__(self):
        print("Cleaning up")

# Circular reference
a = Bad()
b = Bad()
a.ref = b
b.ref = a
del a, b  # __del__ may not run!
# ---- end of block 9 ----

print("right after del a, b: nothing ran yet")
gc.collect()
print("after gc.collect(): both __del__ ran; gc.garbage =", gc.garbage)
gc.enable()
