"""importlib: imports by a name known only at run time, and reloading.

Reap's import system is native; `importlib.util` and `importlib.machinery` expose its specs
and loaders (`_frozen_importlib`). Differences from CPython: no bytecode caches and no
import hooks (`sys.meta_path` is not consulted).
"""

import sys


def import_module(name, package=None):
    if name.startswith("."):
        if not package:
            raise TypeError(
                f"the 'package' argument is required to perform a relative import for {name!r}"
            )
        level = len(name) - len(name.lstrip("."))
        base = package.rsplit(".", level - 1)[0] if level > 1 else package
        name = f"{base}.{name[level:]}" if name[level:] else base
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Reap's finders keep no caches: nothing to forget."""


def reload(module):
    """Runs a module's file again in its own namespace, as CPython's `reload`."""
    from _frozen_importlib import _find_spec
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent = name.rpartition(".")[0]
    if parent and parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    spec = _find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    if spec.origin == "built-in":
        return module
    module.__spec__ = spec
    module.__loader__ = spec.loader
    spec.loader.exec_module(module)
    return sys.modules[name]
