# Many finalizers made and retired in mixed orders; the ones still alive at exit run newest
# first, whatever happened to the others.
import weakref


class Thing:
    def __init__(self, n):
        self.n = n


kept = []
for i in range(300):
    t = Thing(i)
    f = weakref.finalize(t, print, "exit finalizer", i)
    if i % 50 == 7:
        kept.append(t)
    elif i % 3 == 0:
        f.detach()
    elif i % 3 == 1:
        f()
    del t, f
print("kept", [t.n for t in kept])

# Retire the oldest first, then the newest, then make more.
olds = [Thing(i) for i in range(100)]
fins = [weakref.finalize(o, lambda: None) for o in olds]
for f in fins[:60]:
    f.detach()
for f in reversed(fins[60:]):
    f()
late = Thing("late")
weakref.finalize(late, print, "late finalizer")
print("alive:", sum(f.alive for f in fins), weakref.finalize(late, int).alive)
