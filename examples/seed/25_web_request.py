# Block 25 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 331
# (its code is lines 332-335), under "### Web Frameworks".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A request owning a list of temporary files. The finalizer receives the list itself, so
# files appended after the finalizer was created are removed too. `cleanup_temp_files` is not
# defined by the document; the preamble removes the files and reports how many.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11.

import os
import tempfile
import weakref


def cleanup_temp_files(paths):
    for path in paths:
        os.unlink(path)
    print(f"removed {len(paths)} temporary files")

# ---- block 25 (verbatim, document lines 332-335) ----
class Request:
    def __init__(self):
        self.temp_files = []
        weakref.finalize(self, cleanup_temp_files, self.temp_files)
# ---- end of block 25 ----

request = Request()
for _ in range(3):
    fd, path = tempfile.mkstemp(suffix=".upload")
    os.close(fd)
    request.temp_files.append(path)
paths = list(request.temp_files)
print("files exist:", [os.path.exists(p) for p in paths])
del request
print("files exist after del request:", [os.path.exists(p) for p in paths])
