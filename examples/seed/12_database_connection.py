# Block 12 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 151
# (its code is lines 152-155), under "### 2. Database Connections".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A connection closed by a finalizer when its wrapper dies, or at exit. `connect` is not
# defined by the document: the preamble provides a stand-in whose close() prints.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11.

import weakref


class FakeDatabaseConnection:
    def __init__(self, host):
        self.host = host
        print(f"connected to {host}")

    def close(self):
        print(f"connection to {self.host} closed")


def connect(host):
    return FakeDatabaseConnection(host)

# ---- block 12 (verbatim, document lines 152-155) ----
class Connection:
    def __init__(self, host):
        self.conn = connect(host)
        weakref.finalize(self, self.conn.close)
# ---- end of block 12 ----

c = Connection("db.example")
del c

kept = Connection("replica.example")
print("end of script")
