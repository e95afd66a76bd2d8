# Block 5 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 70
# (its code is lines 71-76), under "### 2. Manual Cleanup".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A stored finalizer can be called early by close(); it runs the callback once, and the
# object's death later does not run it again. An object never closed is cleaned at its death.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. A second close() is harmless: calling a dead finalizer
# returns None and does nothing.

import weakref


def cleanup_func():
    print("cleanup_func ran")

# ---- block 5 (verbatim, document lines 71-76) ----
class Resource:
    def __init__(self):
        self.finalizer = weakref.finalize(self, cleanup_func)
    
    def close(self):
        self.finalizer()  # Call explicitly
# ---- end of block 5 ----

r = Resource()
print("close():")
r.close()
print("alive after close():", r.finalizer.alive)
print("close() again:")
r.close()
print("del r:")
del r
print("(nothing ran: the finalizer was already dead)")

r2 = Resource()
print("del r2 (never closed):")
del r2
