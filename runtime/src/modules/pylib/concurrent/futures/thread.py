"""ThreadPoolExecutor for Reap: each call runs when it is submitted (see the package)."""

import os
from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base._RunAtSubmit):
    _counter = 0
    _broken_error = BrokenThreadPool

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        self._setup(max_workers, initializer, initargs)
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1)))
