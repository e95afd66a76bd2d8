# sys.version_info is a struct sequence: a tuple whose items also have names.
import sys

v = sys.version_info
print(type(v).__name__, isinstance(v, tuple), len(v))
print(v.major, v.minor, v.releaselevel, v.serial)
print(v[:2], v >= (3, 8), v < (4,), v.major == v[0])
major, minor, *rest = v
print(major, minor, rest[1:])
if sys.version_info >= (3, 11):
    print("3.11 or later")
print("%d.%d" % sys.version_info[:2])
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError:", e)
print(divmod(7, 2), divmod(-7.5, 2))
for a, b in [("a", 1), (1, "b"), ([], []), (1j, 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)
