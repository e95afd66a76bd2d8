# sys.unraisablehook's default (also as __unraisablehook__), which a custom hook can call to
# print the usual report after its own.
import sys
print(sys.unraisablehook is sys.__unraisablehook__, sys.getallocatedblocks() > 0)
class D:
    def __del__(self):
        raise ValueError("in del")
D()
def hook(u):
    print("hooked:", type(u.exc_value).__name__, u.err_msg, type(u.object).__name__)
    sys.__unraisablehook__(u)
sys.unraisablehook = hook
D()
sys.unraisablehook = sys.__unraisablehook__
D()
print("end")
