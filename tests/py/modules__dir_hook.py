# A module's own __dir__ (PEP 562) decides what dir(module) lists, sorted.
import sys
import types

m = types.ModuleType("plugin")
m.visible = 1
m._hidden = 2
print(dir(m))
m.__dir__ = lambda: ["zeta", "alpha", "visible"]
print(dir(m))
m.__dir__ = lambda: ("b", "a")
print(dir(m))
m.__dir__ = lambda: 42
try:
    dir(m)
except TypeError as e:
    print(e)

this = sys.modules[__name__]
def __dir__():
    return ["public_api", "version"]
print(dir(this))
