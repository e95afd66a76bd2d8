# weakref.ref() returns the referent while alive and None after death; repr shows alive/dead.
import weakref


class Target:
    pass


t = Target()
r = weakref.ref(t)
print("alive:", r() is t)
print(repr(r))
print("type:", type(r).__name__, type(r) is weakref.ReferenceType)
del t
print("dead:", r())
print(repr(r))
