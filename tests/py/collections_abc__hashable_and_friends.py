# collections.abc's one-trick ABCs answer for builtin values as CPython's: Hashable looks for
# __hash__ along the MRO (object's included: object.__dict__ holds its methods).
print('__hash__' in object.__dict__, '__hash__' in type(None).__dict__, '__hash__' in int.__dict__)
import collections.abc as c
class A: pass
def f(): pass
for v in [None, A(), f, 1, "s", (), [], {}, set(), frozenset(), len, A, 1.5, b""]:
    print(type(v).__name__, isinstance(v, c.Hashable), isinstance(v, c.Iterable), isinstance(v, c.Sized), isinstance(v, c.Callable), isinstance(v, c.Container))
print(issubclass(list, c.MutableSequence), issubclass(tuple, c.Sequence), issubclass(dict, c.MutableMapping), issubclass(str, c.Sequence), issubclass(range, c.Sequence), issubclass(bytes, c.ByteString))
print(sorted(k for k in object.__dict__))
