# Block 26 of 26 of docs/seed/weakref-finalize.md: the ```python block opening at line 340
# (its code is lines 341-344), under "### Database ORMs".
# The block's lines are copied verbatim between the two marker comments below; what comes
# before is the preamble it needs to run, what comes after makes its behaviour visible.
#
# What it shows:
# A session closing its connection when it dies, or at exit. `engine` (with
# `connect()`) is not defined by the document; the preamble provides one.
#
# CPython 3.11 vs the document:
# Agrees with CPython 3.11. `self.connection.close` is a bound method of the
# connection, not of the session, so the session itself is not kept alive.

import weakref


class FakeConnection:
    def __init__(self, number):
        self.number = number

    def close(self):
        print(f"connection {self.number} closed")


class Engine:
    def __init__(self):
        self.opened = 0

    def connect(self):
        self.opened += 1
        print(f"connection {self.opened} opened")
        return FakeConnection(self.opened)


engine = Engine()

# ---- block 26 (verbatim, document lines 341-344) ----
class Session:
    def __init__(self, engine):
        self.connection = engine.connect()
        weakref.finalize(self, self.connection.close)
# ---- end of block 26 ----

s = Session(engine)
del s

kept = Session(engine)
print("end of script")
