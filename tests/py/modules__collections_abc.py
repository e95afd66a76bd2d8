# collections.abc: the builtin types are recognised, and subclasses get the mixin methods.

import collections.abc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Sized, Callable, Hashable, Set

print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
print(isinstance(iter([]), Iterator), issubclass(dict, Iterable), isinstance((x for x in []), collections.abc.Generator))
print(isinstance("s", Sequence), isinstance(3, Iterable), isinstance(len, Callable), isinstance([], Hashable))
print(isinstance({1}, Set), isinstance(frozenset(), collections.abc.MutableSet), isinstance({}.keys(), Set))
print(issubclass(list, collections.abc.MutableSequence), isinstance(range(3), Sized))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r.update(a=1, b=2)
r.setdefault("c", 3)
print(len(r), r.get("a"), r.get("z", "none"), "b" in r, sorted(r.keys()), sorted(r.items()), sorted(r.values()))
print(r.pop("a"), r.pop("a", "gone"), r == {"b": 2, "c": 3}, isinstance(r, Mapping))


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


s = Span(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
try:
    Sequence()
except TypeError as e:
    print(e)
print(isinstance(print, Callable), isinstance(r.get, Callable), isinstance(Span, Callable), isinstance(3, Callable))
class H(list):
    def __hash__(self):
        return 1
print(isinstance(H(), Hashable), isinstance((), Hashable), isinstance({}, Hashable))
