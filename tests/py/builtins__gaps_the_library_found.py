# Gaps in the core that writing the standard library in Python found: SystemExit.code, '%' with
# mappings, bound methods' attributes, with_traceback, renaming classes, types.ModuleType,
# __floor__/__ceil__/__complex__, sys.float_info and friends.
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
e = SystemExit(5); e.code = 7; print(e.code)
print("%s" % {'a': 1}, "%(a)s" % {'a': 1}, "x" % {}, "%s" % [1])
class C:
    def m(self): "doc"
C.m.flag = 1
print(C().m.__doc__, C().m.flag, C().m.__name__, C().m.__qualname__, C().m.__module__)
try:
    raise ValueError
except ValueError as e:
    print(e.with_traceback(None).__traceback__)
class B: pass
B.__module__ = 'foo.bar'
print(B, repr(B))
B.__name__ = "Z"; B.__qualname__ = "Q.Z"
print(B, B.__name__, B.__qualname__)
import types
m = types.ModuleType("m", "docs")
print(m, m.__name__, m.__doc__)
m.x = 1
print(m.x, type(m))
import sys
print(type(sys)("q"))
import math, sys
from fractions import Fraction
class A:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __float__(self): return 1.5
print(math.floor(A()), math.ceil(A()))
class Cx:
    def __complex__(self): return 1+2j
print(complex(Cx()), complex(Fraction(1, 2)))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
class M:
    def f(self):
        "fdoc"
print(M().f.__name__, M().f.__doc__, M().f.__qualname__)
try:
    print(M().f.nope)
except AttributeError as e:
    print(e)
try:
    raise KeyError("k")
except KeyError as e:
    t = e.__traceback__
    f = ValueError("v").with_traceback(t)
    print(f.__traceback__.tb_lineno)
print("%s %(a)s" % {"a": 1}, "x" % [], "%s" % [1, 2])
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print("TypeError", e)
from collections import ChainMap
print("%(a)s" % ChainMap({"a": 3}))
