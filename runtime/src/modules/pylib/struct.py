"""Functions to convert between Python values and C structs, as bytes objects.

The work is done by the native module _struct; this module only re-exports it, as
CPython's Lib/struct.py does.
"""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
