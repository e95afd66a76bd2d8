# sys.displayhook writes to sys.stdout as the script set it.
import sys, io
s = io.StringIO(); o = sys.stdout; sys.stdout = s; sys.displayhook(42); sys.stdout = o
print(repr(s.getvalue()))
sys.stdout = None
try:
    sys.displayhook(5)
except RuntimeError as e:
    sys.stdout = o
    print("RuntimeError", e)

