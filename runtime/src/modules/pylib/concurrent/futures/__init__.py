"""concurrent.futures for Reap: executors and futures with CPython's interface.

Reap runs one thread, so an executor runs each call when it is submitted, to completion, and
hands back a future that is already done (its result or its exception kept for `result()`).
Programs written for a pool get the same results; only the interleaving of their output,
which real threads leave to chance, is fixed: the submission order.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
    Future, Executor, wait, as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')
