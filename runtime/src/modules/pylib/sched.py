"""sched, written in Python for Reap: a general purpose event scheduler.

A `scheduler(timefunc, delayfunc)` keeps a queue of events, each an `Event` named tuple
(time, priority, sequence, action, argument, kwargs). `enter(delay, ...)`/`enterabs(time, ...)`
add one and return it, `cancel(event)` removes it, `run()` calls each action when its time
comes, waiting with `delayfunc` in between (`run(blocking=False)` runs the events due and
returns the time until the next one). Events due at the same time run by priority (lower
first), then in the order they were entered. As in CPython, the time and delay functions
may be anything consistent, e.g. simulated time.

Differs from CPython 3.11's: the `Event` fields keep the named tuple's default docstrings,
because Reap's named tuple fields (properties) do not accept a new `__doc__` yet.
"""

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
_FIELD_DOCS = {
    "time": "Numeric type compatible with the return value of the\ntimefunc function "
            "passed to the constructor.",
    "priority": "Events scheduled for the same time will be executed\nin the order of "
                "their priority.",
    "sequence": "A continually increasing sequence number that\n    separates events "
                "if time and priority are equal.",
    "action": "Executing the event means executing\naction(*argument, **kwargs)",
    "argument": "argument is a sequence holding the positional\narguments for the action.",
    "kwargs": "kwargs is a dictionary holding the keyword\narguments for the action.",
}
try:
    for _name, _doc in _FIELD_DOCS.items():
        getattr(Event, _name).__doc__ = _doc
except AttributeError:
    pass    # Reap: a property's __doc__ cannot be set yet
del _FIELD_DOCS

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time.

        Returns an ID for the event which can be used to remove it, if necessary.
        """
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue, `delay` time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Execute events until the queue is empty.

        When the first event is not due yet, call the delay function with the time left (or,
        if blocking is false, return that time); otherwise remove the event and call its
        action. After each action the delay function is called with 0. The delay and action
        functions may change the queue or raise; an exception leaves the scheduler usable.
        """
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action, argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """An ordered list of upcoming events (Event named tuples)."""
        with self._lock:
            events = self._queue[:]
        # Popping from the heap gives the order in which they would run.
        return [heapq.heappop(events) for _ in range(len(events))]
