# What the import system leaves in a module's globals, as CPython sets them: __main__'s
# names in order, a file module's spec and loader, a package's __path__, and module reprs
# that come from the spec (a file's "from", a built-in's origin) or from __file__/__loader__.
import sys
import types
import support
import support.lazy_attrs

here = __file__.rsplit("/", 1)[0]


def tidy(text):
    return str(text).replace(here, "$DIR")


print(list(vars())[:9])
print(__name__, __doc__, __package__, __spec__, __annotations__, __cached__)
print(type(__loader__).__name__, type(__loader__).__module__, tidy(__loader__.get_filename()))
print(__builtins__ is sys.modules["builtins"])

print(list(vars(support.lazy_attrs))[:8])
print(tidy(support), tidy(support.lazy_attrs))
spec = support.__spec__
print(spec.name, tidy(spec.origin), tidy(spec.submodule_search_locations), spec.parent, spec.has_location)
print(tidy(support.__path__), support.__package__, support.lazy_attrs.__package__)
print(support.lazy_attrs.__spec__.parent, support.lazy_attrs.__spec__.submodule_search_locations)
print(support.lazy_attrs.__loader__.is_package("support.lazy_attrs"), support.__loader__.is_package("support"))
print(support.__loader__ == support.__spec__.loader, support.__spec__ == support.__spec__)
print(type(support.__loader__).__name__, support.lazy_attrs.__loader__.name)
print(support.lazy_attrs.__loader__.get_source("support.lazy_attrs").splitlines()[0])

print(sys, sys.modules["builtins"])
print(sys.__spec__, sys.__loader__)
print(sys.__spec__.origin, sys.__spec__.has_location, sys.__spec__.parent)

m = types.ModuleType("plain")
print(m, list(vars(m)))
m.__file__ = "/somewhere/plain.py"
print(m)
m2 = types.ModuleType("loaded")
m2.__loader__ = "a loader"
print(m2)
m3 = types.ModuleType("spec'd")
m3.__spec__ = types.SimpleNamespace(name="other", origin=None, loader=None)
print(m3)
m3.__spec__ = types.SimpleNamespace(name="other", origin="elsewhere", loader=None, has_location=False)
print(m3)
