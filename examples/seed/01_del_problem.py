# Block 1 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 9
# (its code is lines 10-13), under "## The Problem with `__del__`".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A class whose `__del__` does the cleanup. The epilogue makes `__del__` visible and shows
# when CPython calls it: at once when the last reference goes, and for an object in a
# reference cycle when the cycle collector frees it.
#
# CPython 3.11 vs the document:
# The document lists "May never be called (circular references)". Since PEP 442
# (Python 3.4) the cycle collector does call `__del__` of objects in cycles and then frees
# them; CPython 3.11 runs it at the next collection (here the explicit gc.collect()).
# "Timing is unpredictable" holds only for cycles: without one, CPython runs `__del__` at the
# `del` that drops the last reference. Resurrection is real, but `__del__` runs at most once.

# ---- block 1 (verbatim, document lines 10-13) ----
class Resource:
    def __del__(self):
        # Clean up resources
        pass
# ---- end of block 1 ----

import gc
import weakref

gc.disable()  # only the explicit gc.collect() calls below collect cycles

_document_del = Resource.__del__


def _visible_del(self):
    print("Resource.__del__ ran")
    _document_del(self)


Resource.__del__ = _visible_del

r = Resource()
wr = weakref.ref(r)
print("del r (no cycle):")
del r
print("  object gone:", wr() is None)

r = Resource()
r.me = r  # a reference cycle
wr = weakref.ref(r)
print("del r (in a cycle):")
del r
print("  object gone before gc.collect():", wr() is None)
gc.collect()
print("  object gone after gc.collect():", wr() is None)


class Resurrecting(Resource):
    saved = []

    def __del__(self):
        super().__del__()
        Resurrecting.saved.append(self)  # resurrection: the object lives on


r = Resurrecting()
del r
print("resurrected objects:", len(Resurrecting.saved))
Resurrecting.saved.clear()  # dies for good: __del__ is not called a second time
print("after dropping the resurrected object: nothing more ran")
gc.enable()
