# finalize.atexit defaults to True; setting it False keeps the finalizer from running at exit.
import weakref


class Obj:
    pass


keep = Obj()
runs = weakref.finalize(keep, print, "runs at exit")
skipped = weakref.finalize(keep, print, "skipped at exit (not expected)")
print("defaults:", runs.atexit, skipped.atexit)
skipped.atexit = False
print("after setting:", runs.atexit, skipped.atexit)
tmp = Obj()
dead = weakref.finalize(tmp, print, "tmp finalizer")
del tmp
print("dead finalizer atexit:", dead.atexit)
dead.atexit = True
print("still:", dead.atexit)
print("end of script")
