# Block 11 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 142
# (its code is lines 143-146), under "### 1. File Handles".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# The same pattern as block 4. The epilogue keeps one ManagedFile alive until the
# script ends: its file is closed by the finalizer at exit, before the atexit function
# registered earlier looks at it.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11 (atexit functions run last-registered first, and the
# finalizers' own exit function is registered when the first finalizer is created).

import os
import tempfile
import weakref

fd, filename = tempfile.mkstemp(suffix=".txt")
with os.fdopen(fd, "w") as f:
    f.write("some data\n")

# ---- block 11 (verbatim, document lines 143-146) ----
class ManagedFile:
    def __init__(self, filename):
        self.file = open(filename)
        weakref.finalize(self, self.file.close)
# ---- end of block 11 ----

import atexit


def at_exit():
    print("at exit, after the finalizers: file closed =", kept_file.closed)
    os.unlink(filename)


atexit.register(at_exit)  # before any finalizer exists: runs after them

m = ManagedFile(filename)
f = m.file
del m
print("closed after del m:", f.closed)

kept = ManagedFile(filename)
kept_file = kept.file
print("kept open until exit:", not kept_file.closed)
print("end of script")
