# inspect.signature() of builtin functions and of the builtin types' methods: Reap's natives
# carry CPython's __text_signature__ ("($self, iterable, /)"), so signature(), help() and
# whatever reads them (functools.wraps, dataclass tools) see CPython's parameters.
import array
import atexit
import builtins
import gc
import inspect
import math
import operator
import sys
import zlib


def show(label, obj):
    try:
        s = str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        s = "%s: %s" % (type(e).__name__, str(e).replace(repr(obj), "<obj>"))
    print(label, s)


print(len.__text_signature__, str.join.__text_signature__, "x".join.__text_signature__)
print(int.__add__.__text_signature__, (1).__add__.__text_signature__, dict.__dict__["fromkeys"].__text_signature__)
print(object.__init_subclass__.__text_signature__, (lambda: 0).__code__.co_name)

sig = inspect.signature(sorted)
print(sig, list(sig.parameters), sig.parameters["key"].kind, sig.parameters["key"].default)
print(inspect.signature(pow).bind(2, 3, mod=5).arguments)
print(inspect.signature(str.replace).bind("a", "b", "c").arguments)
try:
    inspect.signature(len).bind(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature("x".join), inspect.signature([].append), inspect.signature(dict.fromkeys))

# Every builtin function (the site helpers aside: CPython's are Python objects).
for name in dir(builtins):
    obj = getattr(builtins, name)
    if callable(obj) and not isinstance(obj, type) and name not in (
        "copyright", "credits", "exit", "help", "license", "quit", "finalize"
    ):
        show(name, obj)

# The builtin types' methods. (Reap's dict, set, range and slice share object's __sizeof__
# and __reduce__, which have a signature where the types' own in CPython have none.)
for T in (int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
          memoryview, object, type, BaseException, property, staticmethod, classmethod, super, enumerate, zip):
    for name in sorted(dir(T)):
        obj = getattr(T, name, None)  # (`type.__abstractmethods__` is listed but unreadable)
        if callable(obj) and not isinstance(obj, type) and name not in ("__sizeof__", "__reduce__", "__reduce_ex__"):
            show(T.__name__ + "." + name, obj)

# Native modules' functions.
for mod in (math, gc, atexit, operator, zlib, array, sys):
    for name in sorted(dir(mod)):
        obj = getattr(mod, name)
        if callable(obj) and not isinstance(obj, type) and not name.startswith("_"):
            show(mod.__name__ + "." + name, obj)

# X.__new__(Y) checks Y, as CPython's.
for t, c in [(int, str), (range, int), (list, dict), (str, int), (int, 5)]:
    try:
        print(repr(t.__new__(c, 1)))
    except TypeError as e:
        print("TypeError:", e)
print(int.__new__.__self__, range.__new__(range, 3), tuple.__new__(tuple, [1]))

# Functions of the modules Reap registers under private names (_heapq, _bisect, _struct).
import bisect
import heapq
import struct

for f in (heapq.heappush, heapq.heappop, bisect.bisect_left, struct.calcsize, struct.pack):
    show(f.__name__, f)
print(type(heapq.heappush.__self__).__name__, inspect.signature(heapq.heappush).bind([], 1).arguments)

# Builtin classes: CPython's signature where its class has one, else none (a class statement's
# class without __init__ or __new__ takes no arguments).
class P:
    pass


class Q(list):
    pass


class R(zip):
    pass


for t in (list, tuple, float, complex, enumerate, reversed, memoryview, property, object, zip, map, filter, super, int, str, dict, ValueError, P, Q, R, type):
    try:
        print(t.__name__, inspect.signature(t), t.__text_signature__)
    except ValueError as e:
        print(t.__name__, "ValueError", str(e).split(" at ")[0])
