# Pieces of the library scripts reach for: abc's helpers, the async context manager ABCs,
# the set operators of WeakSet and collections.abc.Set, weak dicts' |, subscriptable library
# classes, __all__, UserString's real methods, unittest's submodules, the module-qualified names
# of types CPython writes in C, and random's seed types.
import abc
import asyncio
import collections.abc as cabc
import contextlib
import dataclasses
import datetime
import decimal
import graphlib
import itertools
import random
import tempfile
import weakref
from collections import OrderedDict, UserString, deque


class C:
    def area(self):
        return 1


C.area = abc.abstractmethod(C.area)
C.__abstractmethods__ = frozenset()
abc.update_abstractmethods(C)
print(C.__abstractmethods__, type(abc.get_cache_token()).__name__)
token = abc.get_cache_token()
cabc.Sized.register(type('Fresh', (), {'__len__': lambda self: 0}))
print(abc.get_cache_token() != token)

print(contextlib.AbstractAsyncContextManager, contextlib.AsyncContextDecorator)


class Managed(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("aexit", exc[0])


print(isinstance(Managed(), contextlib.AbstractAsyncContextManager),
      issubclass(contextlib.nullcontext, contextlib.AbstractAsyncContextManager))


@contextlib.asynccontextmanager
async def tag(name):
    print("<" + name + ">")
    yield
    print("</" + name + ">")


@tag("p")
async def body(text):
    print(text)


async def main():
    async with Managed() as m:
        print(type(m).__name__)
    await body("once")
    await body("twice")


asyncio.run(main())


class O:
    pass


a, b, c = O(), O(), O()
s1, s2 = weakref.WeakSet([a, b]), weakref.WeakSet([b, c])
print(len(s1 ^ s2), len(s1.symmetric_difference([c])), s1 < weakref.WeakSet([a, b, c]), s1 != s2)
s1 -= s2
print(len(s1), a in s1)
s1 |= [b]
s1 &= [b, c]
print(len(s1), b in s1)
w = weakref.WeakValueDictionary({'a': a})
print(sorted(w | {'b': b}), sorted({'z': c} | w), len(weakref.WeakKeyDictionary({a: 1}) | {a: 2}))
for cls in (weakref.ref, weakref.WeakSet, weakref.WeakValueDictionary, contextlib.ExitStack,
            graphlib.TopologicalSorter, dataclasses.Field, tempfile.TemporaryDirectory, deque):
    print(cls[int])

from contextlib import *  # noqa: E402
print('wraps' in dir(), 'ABC' in dir(), 'chdir' in dir(), len(contextlib.__all__))
from collections import *  # noqa: E402
print(UserDict(a=1), UserList([1]), len(cabc.__all__))


class S(cabc.MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


x = S([1, 2])
orig = x
x |= {3}
x -= {1}
x ^= {4, 2}
print(x is orig, sorted(x), sorted(S([1, 2]) ^ S([2, 3])), sorted({5, 1} - S([1])), sorted({7} | S([1])))
print(x.pop(), sorted(x), S([1, 2])._hash() == hash(frozenset([1, 2])))
x.clear()
print(len(x))


class Loud(UserString):
    def upper(self):
        return super().upper() + "!"


print(Loud('x').upper(), 'upper' in dir(UserString('x')), type(Loud('a b').title()).__name__,
      Loud('a,b').split(','), UserString('-').join(['a', 'b']), UserString.maketrans('a', 'b'))

from unittest.case import TestCase  # noqa: E402
from unittest.util import safe_repr  # noqa: E402
import unittest  # noqa: E402
print(TestCase, safe_repr([1, 2]), unittest.case.SkipTest, unittest.result.TestResult)

for o in [decimal.Decimal(1), datetime.timedelta(1), datetime.time(1), datetime.date(2024, 1, 1),
          OrderedDict(), deque(), itertools.count(), decimal.Context()]:
    try:
        o + "a"
    except TypeError as e:
        print(e)
try:
    len(datetime.date(2024, 1, 1))
except TypeError as e:
    print(e)
try:
    datetime.datetime(2024, 1, 1).isoformatt()
except AttributeError as e:
    print(e)


class MyDate(datetime.date):
    pass


try:
    MyDate(2024, 1, 1) + "a"
except TypeError as e:
    print(e)

for seed in [[1, 2], (1,), {1: 2}]:
    try:
        random.seed(seed)
    except TypeError as e:
        print(repr(str(e)))
for seed, version in [(1.5, 2), (-2.5, 2), ("abc", 1), (b"abc", 1), ("", 1), (True, 2)]:
    random.seed(seed, version=version)
    print(seed, random.random())
