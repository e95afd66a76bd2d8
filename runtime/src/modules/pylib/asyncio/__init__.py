"""asyncio for Reap: single-threaded, in Python.

The event loop keeps a deque of ready callbacks and a heap of timers, and sleeps until the
next timer when nothing is ready; there are no selectors, sockets, pipes, subprocesses or
signals (those loop methods raise NotImplementedError), and no threads: to_thread() and
loop.run_in_executor() run the function inline, in a later loop iteration.

Submodules: base_events (the loop), coroutines, events, exceptions, futures, locks, queues,
runners, taskgroups, tasks (also to_thread), timeouts.  (Absolute imports here: an embedded
package's __init__ has no __package__ for relative ones.)"""

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.exceptions import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.taskgroups import *
from asyncio.tasks import *
from asyncio.timeouts import *

from asyncio import (base_events, coroutines, events, exceptions, futures, locks, queues,
                     runners, taskgroups, tasks, timeouts)

# As in CPython 3.11, TaskGroup is not in __all__ (`from asyncio import *` leaves it out).
__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__ + tasks.__all__ +
           timeouts.__all__)
