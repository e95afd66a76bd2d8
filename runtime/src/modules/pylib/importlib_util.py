"""importlib.util: specs and modules made from files, names resolved, specs found.

Differences from CPython: Reap writes no bytecode caches (`cache_from_source` names one with
Reap's cache tag, and specs' `cached` is None) and has no `LazyLoader` or `source_from_cache`.
"""

import sys
from _frozen_importlib import ModuleSpec, _find_spec
from _frozen_importlib_external import SourceFileLoader

_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of `name`, which may be relative to `package`."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def find_spec(name, package=None):
    """The spec of the module `name` would import: from `sys.modules` if it is there, else
    looked for (importing its parent package first); `None` if there is no such module."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    parent = fullname.rpartition(".")[0]
    if parent:
        package_module = __import__(parent, fromlist=["__path__"])
        try:
            package_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname,
            ) from e
    return _find_spec(fullname)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module `name` in the file `location`, loaded by a `SourceFileLoader`
    unless another loader is given; `None` for a file the import system would not load."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            location = loader.get_filename(name)
    else:
        import os
        location = os.fspath(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, "is_package") and loader.is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(location.rpartition("/")[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for the module `name` that `loader` loads."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for `spec` (made by its loader if the loader makes modules), its globals
    set from the spec; the module is neither run nor put in `sys.modules`."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    if getattr(module, "__name__", None) is None:
        module.__name__ = spec.name
    if getattr(module, "__loader__", None) is None:
        module.__loader__ = spec.loader
    if getattr(module, "__package__", None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None and getattr(module, "__path__", None) is None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if getattr(module, "__file__", None) is None:
            module.__file__ = spec.origin
        if getattr(module, "__cached__", None) is None:
            module.__cached__ = spec.cached
    return module


def decode_source(source_bytes):
    """Source bytes as text, with universal newlines."""
    text = bytes(source_bytes).decode("utf-8")
    # CPython's newline decoder holds a final "\r" back, waiting for a "\n" that never comes.
    if text.endswith("\r"):
        text = text[:-1]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where a bytecode cache of the source file `path` would be (Reap writes none)."""
    import os
    head, tail = os.path.split(os.fspath(path))
    stem = tail.rpartition(".")[0] or tail
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    opt = "" if not optimization else f".opt-{optimization}"
    return os.path.join(head, "__pycache__", f"{stem}.{tag}{opt}.pyc")
