# Block 18 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 227
# (its code is lines 228-234), under "### 4. Handle Exceptions".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A cleanup wrapper that catches the failure of close() and logs it, so nothing is
# reported as an ignored exception. `log`, `obj` and `resource` are not defined by the
# document: the preamble provides a print-based log, a resource whose close() fails and an
# object to watch.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. Without the wrapper, an exception in a finalizer is not
# raised to the program: when the object dies it goes to sys.unraisablehook, at exit to
# sys.excepthook, and the other finalizers still run.

import weakref


def log(message):
    print("log:", message)


class FlakyResource:
    def close(self):
        raise OSError("device busy")


class Owner:
    pass


obj = Owner()
resource = FlakyResource()

# ---- block 18 (verbatim, document lines 228-234) ----
def safe_cleanup(resource):
    try:
        resource.close()
    except Exception as e:
        log(f"Cleanup failed: {e}")

weakref.finalize(obj, safe_cleanup, resource)
# ---- end of block 18 ----

print("del obj:")
del obj
print("the program goes on")
