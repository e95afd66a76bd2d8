#!/usr/bin/env python3
"""Writes runtime/src/vm/text_signatures.txt: the `__text_signature__` CPython 3.11 gives its
builtin functions and its builtin types' methods (`len` -> "(obj, /)", `str.join` ->
"($self, iterable, /)"), keyed by the names Reap gives its natives ("len", "str.join",
"math.sqrt"; a builtin class's own under "type list"), one a line: name, a tab, the signature (with backslashes and line breaks
escaped as \\\\ and \\n). Only the signatures, which describe
the interface; no docstrings. Run with CPython 3.11:
    python3 tools/gen_text_signatures.py > runtime/src/vm/text_signatures.txt"""
import builtins
import importlib
import types

MODULES = ["math", "cmath", "time", "sys", "gc", "atexit", "os", "itertools", "operator",
           "functools", "errno", "signal", "zlib", "binascii", "struct", "unicodedata", "array",
           "_io", "io", "select", "_weakref", "weakref", "codecs", "_codecs", "_thread", "marshal",
           "_json", "_random", "_sre", "_struct", "_functools", "_operator", "_collections",
           "_heapq", "heapq", "_bisect", "bisect", "_string", "_locale", "_stat", "posix", "pwd",
           "grp", "resource", "fcntl", "termios", "_abc", "_warnings", "_imp", "_contextvars"]

entries = {}


def add(key, obj):
    sig = getattr(obj, "__text_signature__", None)
    if isinstance(sig, str) and key not in entries:
        entries[key] = sig


def add_type(tname, t):
    for name, value in vars(t).items():
        if isinstance(value, (classmethod, staticmethod)):
            value = value.__func__
        add(f"{tname}.{name}", value)


seen_types = set()
for name, value in vars(builtins).items():
    if isinstance(value, types.BuiltinFunctionType):
        add(name, value)
    elif isinstance(value, type) and value not in seen_types:
        # A builtin class's own (`list` -> "(iterable=(), /)"), under "type NAME".
        add(f"type {name}", value)
        seen_types.add(value)
        add_type(value.__name__, value)
for value in vars(types).values():
    if isinstance(value, type) and value not in seen_types and "." not in value.__qualname__:
        seen_types.add(value)
        add_type(value.__name__, value)
for t in (type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter(())),
          type(iter("")), type(iter(range(0))), type(iter(set())), type(iter({})),
          type(reversed([])), type(iter({}.values())), type(iter({}.items()))):
    if t not in seen_types:
        seen_types.add(t)
        add_type(t.__name__, t)
for modname in MODULES:
    try:
        mod = importlib.import_module(modname)
    except ImportError:
        continue
    for name, value in vars(mod).items():
        if isinstance(value, types.BuiltinFunctionType):
            add(f"{modname}.{name}", value)
        elif isinstance(value, type) and value not in seen_types and value.__module__ in (modname, "_" + modname):
            seen_types.add(value)
            add_type(value.__name__, value)

# A backslash and a line break inside a signature are written as \\ and \n.
for key in sorted(entries):
    sig = entries[key].replace("\\", "\\\\").replace("\n", "\\n")
    assert "\t" not in sig, key
    print(f"{key}\t{sig}")
