# Block 8 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 96
# (its code is lines 97-99), under "### 5. Get Info".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# The two attributes and detach(). The preamble prints them before the block, the
# epilogue after it: once detached, `alive` and `atexit` are both false.
#
# CPython 3.11 vs the document:
# The document's comments hold, with one detail it leaves out: `atexit` reads False
# for a dead or detached finalizer (it is "will it run at exit", not the flag that was set),
# and setting it on a dead finalizer is ignored.

import weakref


class Thing:
    pass


def cleanup():
    print("cleanup ran (it should not)")


obj = Thing()
finalizer = weakref.finalize(obj, cleanup)
print("before: alive =", finalizer.alive, "atexit =", finalizer.atexit)

# ---- block 8 (verbatim, document lines 97-99) ----
finalizer.alive      # Is it still active?
finalizer.atexit     # Will it run at exit?
finalizer.detach()   # Unregister
# ---- end of block 8 ----

print("after: alive =", finalizer.alive, "atexit =", finalizer.atexit)
finalizer.atexit = True
print("after setting atexit on the detached finalizer:", finalizer.atexit)
f2 = weakref.finalize(obj, cleanup)
f2.atexit = False
print("a live finalizer with atexit = False: alive =", f2.alive, "atexit =", f2.atexit)
print("end of script (neither finalizer runs at exit)")
