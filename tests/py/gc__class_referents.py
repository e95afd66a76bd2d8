# A class is in a cycle through its __mro__, but it does not list itself among what it refers
# to, nor among what refers to it.
import gc


class Base:
    pass


class C(Base):
    pass


refs = gc.get_referents(C)
print(any(r is C for r in refs), any(r is Base for r in refs))
print(sum(1 for r in gc.get_referrers(C) if r is C))
print(any(r is C for r in gc.get_referrers(Base)))
