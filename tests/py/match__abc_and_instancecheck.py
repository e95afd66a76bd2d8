# Class patterns ask isinstance() as the builtin does (ABCs, runtime-checkable protocols),
# and sequence and mapping patterns accept classes registered with the collections ABCs.
# Class patterns must use isinstance() semantics (honouring __instancecheck__, e.g. ABCs)
import numbers, collections.abc
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
def kind(v):
    match v:
        case numbers.Integral(): return "integral"
        case numbers.Real(): return "real"
        case collections.abc.Mapping(): return "mapping"
        case collections.abc.Iterable(): return "iterable"
        case Closable(): return "closable"
        case _: return "other"
print([kind(v) for v in [5, 2.5, {}, [1], F()]])
import collections.abc
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
collections.abc.Sequence.register(MySeq)
match MySeq():
    case [a, b]: print("matched", a, b)
    case _: print("no match")
class MyMap:
    def __getitem__(self, k): return 1
    def __len__(self): return 1
    def __iter__(self): return iter(['a'])
    def keys(self): return ['a']
    def get(self, k, d=None): return 1 if k == 'a' else d
collections.abc.Mapping.register(MyMap)
match MyMap():
    case {"a": v}: print("map matched", v)
    case _: print("no match")
import collections
match collections.ChainMap({"a": 1}):
    case {"a": v}: print("ChainMap matched", v)
    case _: print("ChainMap no match")
match memoryview(b"ab"):
    case [a, b]: print("memoryview matched", a, b)
    case _: print("memoryview no match")
import typing
try:
    match 1:
        case typing.Any():
            pass
except TypeError as e:
    print(e)
