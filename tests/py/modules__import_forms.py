# Different import statement forms.
import math as m
from math import sqrt, floor as fl
from os import path
import collections.abc
import importlib

print(m.sqrt(9), sqrt(16), fl(2.7))
print(path.join("x", "y"))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
print(isinstance(iter([]), collections.abc.Iterator), issubclass(dict, collections.abc.Iterable))
json = importlib.import_module("json")
print(json.dumps({"a": [1, 2, None, True]}), json.loads('{"b": 1.5}'))
import sys
print("math" in sys.modules, m is sys.modules["math"])
try:
    import does_not_exist_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import not_a_function
except ImportError as e:
    # The message ends with the module's file path, which varies; drop it.
    print(type(e).__name__, str(e).split(" (")[0], e.name)
