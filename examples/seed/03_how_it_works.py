# Block 3 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 45
# (its code is lines 46-46), under "## How It Works".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# The signature: finalize(obj, callback, *args, **kwargs). When obj dies, the finalizer
# calls callback(*args, **kwargs), once; afterwards the finalizer is dead.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. (obj and callback are positional-only: the keywords
# `obj=` and `func=` would go to the callback, see tests/py/cpython_weakref_finalize__arg_errors.py.)

import weakref


class Thing:
    pass


def callback(*args, **kwargs):
    print("callback called with", args, kwargs)
    return "callback result"


obj = Thing()
args = ("first", 2)
kwargs = {"verbose": True}

# ---- block 3 (verbatim, document lines 46-46) ----
finalizer = weakref.finalize(obj, callback, *args, **kwargs)
# ---- end of block 3 ----

print("alive:", finalizer.alive)
print("peek gives the callback and its arguments:", finalizer.peek()[1:] == (callback, args, kwargs))
del obj  # the object dies: callback(*args, **kwargs) runs now
print("alive after the object died:", finalizer.alive)
print("calling it again returns", finalizer())
