# Block 14 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 169
# (its code is lines 170-173), under "### 4. Temporary Files".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A temporary file removed by a finalizer (`os.unlink`) when its owner dies, or at
# exit. `create_temp_file` is not defined by the document; the preamble makes a real one.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11.

import os
import tempfile
import weakref


def create_temp_file():
    fd, path = tempfile.mkstemp(suffix=".tmp")
    os.close(fd)
    return path

# ---- block 14 (verbatim, document lines 170-173) ----
class TempFile:
    def __init__(self):
        self.path = create_temp_file()
        weakref.finalize(self, os.unlink, self.path)
# ---- end of block 14 ----

import atexit


def at_exit():
    print("at exit, after the finalizers: kept file exists =", os.path.exists(kept_path))


atexit.register(at_exit)  # before any finalizer exists: runs after them

t = TempFile()
path = t.path
print("exists while the object lives:", os.path.exists(path))
del t
print("exists after del t:", os.path.exists(path))

kept = TempFile()
kept_path = kept.path
print("end of script")
