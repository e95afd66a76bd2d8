# Block 17 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 217
# (its code is lines 218-222), under "### 3. Pass Data, Not Object".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# The "Bad" lambda and the "Good" call, on the same module-level `obj`. Then the same
# "Bad" lambda inside a function, where it does keep its object alive.
#
# CPython 3.11 vs the document:
# At module level, as written, the "Bad" lambda does not keep `obj` alive: it reads the
# global name `obj` when it is called, so `del obj` frees the object, both finalizers run
# (newest first), and the lambda then fails with NameError (reported by sys.unraisablehook,
# replaced here so the output holds no paths). Inside a function the lambda closes over the
# local and does keep the object alive: it is cleaned only at exit.

import sys
import weakref


class Thing:
    def __init__(self, data):
        self.data = data

    def cleanup(self):
        print("obj.cleanup() ran")


def cleanup(data):
    print("cleanup", data)


def unraisablehook(unraisable):
    exc = unraisable.exc_value
    print("exception in a finalizer:", type(exc).__name__ + ":", exc)


sys.unraisablehook = unraisablehook

obj = Thing("data of obj")

# ---- block 17 (verbatim, document lines 218-222) ----
# Bad - keeps object alive
weakref.finalize(obj, lambda: obj.cleanup())

# Good - pass data separately
weakref.finalize(obj, cleanup, obj.data)
# ---- end of block 17 ----

print("del obj:")
del obj


def make():
    local = Thing("data of local")
    weakref.finalize(local, lambda: local.cleanup())
    return weakref.ref(local)


wr = make()
print("object of the lambda closure alive after make() returned:", wr() is not None)
print("end of script")
