# Block 13 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 160
# (its code is lines 161-164), under "### 3. Resource Pools".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A pooled resource goes back to its pool when the object holding it dies. The pool
# (with `return_resource`) is not defined by the document; the preamble provides one.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. The finalizer holds the bound method
# `pool.return_resource`, so it keeps the pool alive while the resource is out.

import weakref


class Pool:
    def __init__(self, names):
        self.free = list(names)

    def acquire(self):
        return self.free.pop(0)

    def return_resource(self, resource):
        print(f"{resource} returned to the pool")
        self.free.append(resource)

# ---- block 13 (verbatim, document lines 161-164) ----
class PooledResource:
    def __init__(self, pool, resource):
        self.resource = resource
        weakref.finalize(self, pool.return_resource, resource)
# ---- end of block 13 ----

pool = Pool(["conn-1", "conn-2"])
a = PooledResource(pool, pool.acquire())
b = PooledResource(pool, pool.acquire())
print("free while both are out:", pool.free)
del a
print("free after del a:", pool.free)
del b
print("free after del b:", pool.free)
