# importlib.util and importlib.machinery as their documentation uses them: importing a source
# file directly, checking whether a module can be imported, resolving relative names, making
# specs and modules by hand, and reloading a changed module.
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

root = tempfile.mkdtemp()


def write(relative, text):
    path = os.path.join(root, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


plugin = write("plugins/greeter.py", 'GREETING = "hello"\ndef greet(name):\n    return f"{GREETING}, {name} (from {__name__})"\n')

# The recipe "Importing a source file directly".
spec = importlib.util.spec_from_file_location("greeter", plugin)
print(spec.name, spec.origin == plugin, spec.has_location, spec.parent, spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(sorted(k for k in vars(module)), module.__file__ == plugin)
sys.modules["greeter"] = module
spec.loader.exec_module(module)
print(module.greet("world"))
print(module.__loader__ is spec.loader, type(spec.loader).__name__)
print(spec.loader.get_data(plugin)[:17], spec.loader.get_source("greeter").count("\n"))
print(importlib.util.spec_from_file_location("data", os.path.join(root, "data.txt")))

# A package, by its __init__.py.
init = write("tools/__init__.py", "VERSION = (1, 2)\n")
write("tools/extra.py", "from . import VERSION\nDOUBLE = VERSION * 2\n")
pkg_spec = importlib.util.spec_from_file_location("tools", init)
print(pkg_spec.submodule_search_locations == [os.path.dirname(init)], pkg_spec.parent)
tools = importlib.util.module_from_spec(pkg_spec)
sys.modules["tools"] = tools
pkg_spec.loader.exec_module(tools)
print(tools.VERSION, tools.__path__ == [os.path.dirname(init)])
import tools.extra
print(tools.extra.DOUBLE, tools.extra.__package__)

# Checking whether a module can be imported, without importing it.
sys.path.insert(0, root)
for name in ["json", "os.path", "plugins_missing", "greeter", "tools.extra", "tools.nothing"]:
    found = importlib.util.find_spec(name)
    print(name, None if found is None else found.name)
write("lonely.py", "print('lonely ran')\n")
lonely = importlib.util.find_spec("lonely")
print(lonely.name, lonely.origin.endswith("lonely.py"), "lonely" in sys.modules)
try:
    importlib.util.find_spec("greeter.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    importlib.util.find_spec("nothing_here_pkg.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

print(importlib.util.resolve_name(".extra", "tools"), importlib.util.resolve_name("..up", "a.b.c"))
print(importlib.util.resolve_name("absolute.name", None))
try:
    importlib.util.resolve_name(".extra", None)
except ImportError as e:
    print("ImportError:", e)

# Specs by hand.
s = importlib.machinery.ModuleSpec("demo.part", None, origin="generated")
print(s, s.parent, s.has_location, s.cached)
p = importlib.machinery.ModuleSpec("demo", None, is_package=True)
print(p, p.parent)
print(s == importlib.machinery.ModuleSpec("demo.part", None, origin="generated"), s == p)
m = importlib.util.module_from_spec(s)
print(m, m.__package__, m.__spec__ is s, sorted(vars(m)))
print(importlib.machinery.SOURCE_SUFFIXES, ".py" in importlib.machinery.all_suffixes())
print(importlib.util.decode_source(b"a = 1\r\nb = 2\r"))

# Reloading runs the file again in the same module object.
import lonely
write("lonely.py", "print('lonely ran again')\ndef hello():\n    return 'changed'\n")
lonely.stale = True
again = importlib.reload(lonely)
print(again is lonely, lonely.hello(), lonely.stale)
try:
    importlib.reload(module)
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    importlib.reload("greeter")
except TypeError as e:
    print("TypeError:", e)
print(importlib.reload(os) is os)
