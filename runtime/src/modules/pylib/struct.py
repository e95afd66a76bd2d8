# The work is done by the native module _struct; this module re-exports it (and its
# docstring), as CPython's Lib/struct.py does.

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
from _struct import __doc__
