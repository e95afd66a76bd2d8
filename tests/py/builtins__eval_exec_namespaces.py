# Namespaces given to eval/exec: restricted builtins (the "__builtins__" key), any mapping as
# locals, the dicts CPython checks for, and an import tracer installed as builtins.__import__.
import builtins, json
print(builtins.__dict__ is json.__builtins__)
safe = {"__builtins__": {"min": min, "max": max}}
print(eval("max(3, 9) - min(4, 1)", safe))
for expr in ["open('x')", "__import__('os')", "len([])"]:
    try:
        eval(expr, safe)
    except NameError as e:
        print(type(e).__name__, e)
code = """
def area(w, h):
    return abs(w * h)
result = area(-3, 4)
"""
ns = {"__builtins__": {"abs": abs}}
exec(code, ns)
print(ns["result"], ns["area"].__builtins__ is ns["__builtins__"])
def f(): return len
print(f.__builtins__ is builtins.__dict__)
ns2 = {"__builtins__": builtins}
exec("r = len('abc')", ns2)
print(ns2["r"])
try:
    exec("import os", {"__builtins__": {}})
except ImportError as e:
    print("ImportError", e)
try:
    exec("x = 1", {}, 5)
except TypeError as e:
    print(e)
try:
    eval("x", [1])
except TypeError as e:
    print(e)
try:
    exec("x", [1])
except TypeError as e:
    print(e)
class D(dict):
    pass
g = D(a=1)
print(eval("a + 1", g))

import collections
class L(collections.UserDict):
    pass
loc = L()
exec("a = 1\nb = a + 1", {}, loc)
print(dict(loc))
class Spy(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
ns = Spy(q=3)
print(eval("q * 2", {}, ns))

import builtins
seen = []
real = builtins.__import__
def tracer(name, globals=None, locals=None, fromlist=(), level=0):
    if globals is not None and globals.get("__name__") == "__main__":
        seen.append((name, tuple(fromlist or ()), level))
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = tracer
import json
from os import path
import collections.abc
def inner():
    import string
    return string.digits
print(inner())
builtins.__import__ = real
import re
print(seen)
