# Builtin iterators reduce as CPython 3.11's (iter(seq) plus a position, enumerate(inner,
# count), zip(*inners)...), so pickle and copy make them again at the same place, and
# __setstate__ moves them (clamped to the sequence). A callable iterator stays exhausted once
# its sentinel came.
import copy
import pickle

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError(i)


its = {"list": lambda: iter([1, 2, 3]), "tuple": lambda: iter((1, 2, 3)), "str": lambda: iter("abc"), "range": lambda: iter(range(1, 9, 2)),
       "bytes": lambda: iter(b"abc"), "set": lambda: iter({1, 2, 3}), "dictk": lambda: iter({1: 2, 3: 4}),
       "dictv": lambda: iter({1: 2, 3: 4}.values()), "dicti": lambda: iter({1: 2, 3: 4}.items()), "revlist": lambda: reversed([1, 2, 3]),
       "rev": lambda: reversed((1, 2, 3)), "enum": lambda: enumerate("abc", 5), "zip": lambda: zip([1, 2], "ab"), "map": lambda: map(abs, [-1, -2]),
       "filter": lambda: filter(None, [0, 1, 2]), "revrange": lambda: reversed(range(1, 9, 2)),
       "seq": lambda: iter(Seq()), "call": lambda: iter(iter([1, 2, 3, 4]).__next__, 4)}
for name, make in its.items():
    it = make()
    next(it)
    try:
        r = it.__reduce__()
        print(name, r[0], r[1:] if name not in ("set", "dictk", "dictv", "dicti", "revdict") else "")
    except Exception as e:
        print(name, "reduce", type(e).__name__, e)
    try:
        print(name, list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(it))
    except Exception as e:
        print(name, "pickle", type(e).__name__, e)
    it2 = make()
    list(it2)
    try:
        print(name, "exhausted", it2.__reduce__()[1:])
    except Exception as e:
        print(name, "exhausted", type(e).__name__, e)
it = iter([1, 2, 3, 4])
it.__setstate__(2)
print(list(it))
it = iter("abcdef")
it.__setstate__(-3)
print(list(it))
it = iter(range(10))
it.__setstate__(7)
print(list(it))
it = reversed([1, 2, 3, 4])
it.__setstate__(1)
print(list(it))
z = zip([1], [2])
z.__setstate__(True)
print(z.__reduce__())
it = iter(Seq())
it.__setstate__(2)
print(list(it), it.__reduce__())
it = iter(range(10))
next(it), next(it), next(it)
it.__setstate__(1)
print(list(it))
for bad in (lambda: iter([]).__setstate__("x"), lambda: iter([]).__setstate__(), lambda: iter([]).__reduce__(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
calls = []


def ticker():
    calls.append(1)
    return len(calls)


ci = iter(ticker, 2)
print(list(ci), list(ci), len(calls), ci.__reduce__())
e = enumerate("xyz")
next(e)
print(list(copy.deepcopy(e)), list(e))

# Ranges past 64 bits have longrange_iterator objects, as CPython's.
r = range(2**64, 2**64 + 5)
it = iter(r)
print(type(it), next(it), it.__length_hint__(), it.__reduce__())
print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(it), it.__reduce__())
it = reversed(range(0, 2**70, 2**68))
print(type(it).__name__, list(it))
it = iter(r)
it.__setstate__(3)
print(list(it), repr(iter(r)).split(" at ")[0])
try:
    type(iter(r))()
except TypeError as e:
    print(e)
print(sorted(set(dir(iter(r))) - set(dir(object))))

# An array's iterator pickles; a memoryview's does not, as in CPython.
import array

ai = iter(array.array("i", [1, 2, 3]))
next(ai)
print(list(pickle.loads(pickle.dumps(ai))), list(copy.copy(ai)))
try:
    pickle.dumps(iter(memoryview(b"ab")))
except TypeError as e:
    print("TypeError:", e)
print(iter(range(0, 2**70, 7)).__reduce__())

# A bytearray's iterator reads the bytearray as it is then (one that grows is read on).
b = bytearray(b"ab")
it = iter(b)
print(type(it), next(it))
b.append(99)
print(list(it), list(it))
b.append(100)
print(list(it))
it = iter(bytearray(b"xyz")); next(it)
print(it.__reduce__(), list(pickle.loads(pickle.dumps(it))), it.__length_hint__())
it = iter(b"hello"); next(it)
print(type(it).__name__, it.__reduce__(), list(copy.copy(it)), list(it), it.__reduce__())
print(sum(b"abc"), list(b"\x00\xff"), [x for x in bytearray(3)], max(b"az"), sorted(b"cab"))

# A dict's reverse iterators are of CPython's types and reduce to what they have left.
d = {"a": 1, "b": 2, "c": 3}
for r in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(r).__name__, next(r), r.__length_hint__(), r.__reduce__(), list(copy.copy(r)), list(pickle.loads(pickle.dumps(r))), list(r), list(r))
print(sorted(set(dir(reversed(d))) - set(dir(object))))
print(list(reversed({})), list(reversed({1: 2}.items())))
