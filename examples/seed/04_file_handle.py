# Block 4 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 59
# (its code is lines 60-63), under "### 1. Automatic Cleanup".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# FileHandle closes its file through a finalizer when the handle dies. The epilogue
# opens a real temporary file and shows the file closed right after `del`.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11: without a cycle the file is closed at the `del` itself.
# `self.file.close` is a bound method of the file, not of the handle, so it does not keep the
# handle alive.

import os
import tempfile
import weakref

fd, filename = tempfile.mkstemp(suffix=".txt")
with os.fdopen(fd, "w") as f:
    f.write("some data\n")

# ---- block 4 (verbatim, document lines 60-63) ----
class FileHandle:
    def __init__(self, filename):
        self.file = open(filename)
        weakref.finalize(self, self.file.close)
# ---- end of block 4 ----

handle = FileHandle(filename)
file = handle.file
print("read:", repr(file.readline()))
print("closed while the handle lives:", file.closed)
del handle
print("closed after del handle:", file.closed)
os.unlink(filename)
