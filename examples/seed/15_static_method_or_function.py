# Block 15 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 180
# (its code is lines 181-198), under "### 1. Use Static Methods or Functions".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# Two versions of Resource. The epilogue shows what the block really does when run as
# one piece of code.
#
# CPython 3.11 vs the document:
# As written the block does not work. Neither class sets `self.data`, so
# `Resource()` raises AttributeError. Both classes are named Resource, so the second replaces
# the first, and the first one's `Resource._cleanup` would find the second class, which has no
# `_cleanup`. The epilogue shows both problems, then gives the second class its data (via a
# subclass) so that it works.

import weakref

# ---- block 15 (verbatim, document lines 181-198) ----
# Good - static method
class Resource:
    def __init__(self):
        weakref.finalize(self, Resource._cleanup, self.data)
    
    @staticmethod
    def _cleanup(data):
        # Clean up data
        pass

# Good - standalone function
def cleanup(data):
    # Clean up data
    pass

class Resource:
    def __init__(self):
        weakref.finalize(self, cleanup, self.data)
# ---- end of block 15 ----

try:
    Resource()
except AttributeError as e:
    print("Resource() as written:", type(e).__name__ + ":", e)

print("Resource._cleanup still exists:", hasattr(Resource, "_cleanup"))

_document_cleanup = cleanup


def cleanup(data):
    print("cleanup", data)
    _document_cleanup(data)


class DataResource(Resource):
    def __init__(self, data):
        self.data = data
        super().__init__()


r = DataResource(["buffer"])
del r
