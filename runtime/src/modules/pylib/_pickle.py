"""_pickle, for Reap: CPython's name for the accelerated pickle machinery, which pickle's
exceptions, Pickler and Unpickler give as their module (pickles of them refer to it)."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                    PickleBuffer, dump, dumps, load, loads)
