# Several weakref callbacks on one object run newest first.
import weakref


class Target:
    pass


def make_cb(name):
    def cb(ref):
        print("callback", name)
    return cb


t = Target()
refs = [weakref.ref(t, make_cb(n)) for n in ("first", "second", "third")]
plain = weakref.ref(t)
print("refcount of weakrefs:", weakref.getweakrefcount(t))
del t
print("end")
