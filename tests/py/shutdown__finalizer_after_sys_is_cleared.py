# An object kept alive only through a sys attribute dies when sys's namespace is cleared, the
# very last step: its __del__ finds no sys.stdout or sys.stderr, and nothing is printed.
import sys


class D:
    def __del__(self):
        print("del D")


d = D()
sys.excepthook = lambda *a: None
print("main done")
