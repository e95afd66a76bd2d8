# Block 22 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 284
# (its code is lines 285-287), under "### 4. Using Finalizer After Detach".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A finalizer is detached, then called.
#
# CPython 3.11 vs the document:
# The document says calling a detached finalizer is an error. In CPython 3.11 it is
# not: the call does nothing and returns None (the same as calling a finalizer that already
# ran). The script goes on normally.

import weakref


class Thing:
    pass


def cleanup():
    print("cleanup ran (it should not)")


obj = Thing()

# ---- block 22 (verbatim, document lines 285-287) ----
finalizer = weakref.finalize(obj, cleanup)
finalizer.detach()
finalizer()  # Error! Already detached
# ---- end of block 22 ----

print("no error; calling it again returns", finalizer())
print("alive:", finalizer.alive)
del obj
print("end of script")
