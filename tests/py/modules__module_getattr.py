# A module's own __getattr__ (PEP 562) answers for the names it lacks, through attribute access
# and from-imports; %-formatting takes a namedtuple's items as a tuple's.
from collections import namedtuple

import support.lazy_attrs as lazy

print(lazy.ANSWER)
from support.lazy_attrs import ANSWER

print(ANSWER)
try:
    lazy.MISSING
except AttributeError as e:
    print("AttributeError:", e)
try:
    from support.lazy_attrs import MISSING
except ImportError as e:
    print("ImportError:", str(e).replace(__file__.rsplit("/", 1)[0], "$DIR"))
Point = namedtuple("Point", "x y")
print("%d,%d" % Point(3, 4), "%s and %r" % Point("a", "b"))
