# Finalizer churn: 300,000 finalizers created, then each called, detached or dropped with
# its object.
import weakref


class Resource:
    pass


def noop(*args):
    pass


called = 0


def count():
    global called
    called += 1


detached = 0
for i in range(300_000):
    r = Resource()
    f = weakref.finalize(r, count)
    kind = i % 3
    if kind == 0:
        f()
    elif kind == 1:
        if f.detach() is not None:
            detached += 1
    del r, f
print(called, detached)
