"""ProcessPoolExecutor for Reap: each call runs in this process when it is submitted (see
the package)."""

import os
from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(_base._RunAtSubmit):
    _broken_error = BrokenProcessPool
    _broken_message = 'A child process terminated abruptly, the process pool is not usable anymore'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        self._setup(max_workers, initializer, initargs)
