# reprlib: size-limited reprs with the default limits.
import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()), reprlib.repr((1, 2)))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr({3, 1, 2}))
print(reprlib.repr(frozenset(range(20))), reprlib.repr(frozenset()), reprlib.repr(frozenset({"b", "a"})))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr({"b": 1, "a": 2}))
print(reprlib.repr("x" * 100))
print(reprlib.repr("short"), reprlib.repr("a" * 30), reprlib.repr("a" * 31), reprlib.repr("it's" * 10))
print(reprlib.repr("line\n" * 20))
print(reprlib.repr(2 ** 200), reprlib.repr(10 ** 39), reprlib.repr(10 ** 40), reprlib.repr(-(10 ** 50)))
print(reprlib.repr(3.14159), reprlib.repr(None), reprlib.repr(True), reprlib.repr(b"x" * 50))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([[[[[[[]]]]]]]))
print(reprlib.repr({"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}))
print(reprlib.repr([1, "two", (3,), {4: [5] * 10}, {6}, 7.0, "x" * 40]))
print(reprlib.repr([3, "a", 1, None]), reprlib.repr({3, "a", 1}.__len__()), reprlib.repr({1: 2, "a": 3}))
from collections import deque
print(reprlib.repr(deque(range(10))), reprlib.repr(deque()))


class Long:
    def __repr__(self):
        return "<Long " + "x" * 50 + ">"


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(reprlib.repr(Long()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
print(reprlib.repr([Long(), Long()]))

r = reprlib.aRepr
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)
print(reprlib.repr == reprlib.aRepr.repr, sorted(reprlib.__all__))
