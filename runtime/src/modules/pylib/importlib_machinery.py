"""importlib.machinery: the import system's specs, loaders and file suffixes.

Reap finds `.py` files and its own built-in modules; it loads no extension modules and writes
no bytecode, so `EXTENSION_SUFFIXES` is empty.
"""

from _frozen_importlib import ModuleSpec, BuiltinImporter
from _frozen_importlib_external import SourceFileLoader

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every suffix of a file the import system would load as a module."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
