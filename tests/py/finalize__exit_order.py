# Finalizers still alive at exit run newest first, after the script's last line.
import weakref


class Obj:
    pass


a = Obj()
b = Obj()
weakref.finalize(a, print, "finalizer 1 (on a)")
weakref.finalize(b, print, "finalizer 2 (on b)")
weakref.finalize(a, print, "finalizer 3 (on a)")
f4 = weakref.finalize(b, print, "finalizer 4 (on b, called early)")
f4()
print("end of script")
