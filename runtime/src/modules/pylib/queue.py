"""queue, written in Python for Reap: synchronized FIFO, LIFO and priority queues.

Behaves as CPython 3.11's `queue` for what a program observes: `Queue`, `LifoQueue`,
`PriorityQueue`, `SimpleQueue`, the `Empty` and `Full` exceptions, `put`/`get` with `block`
and `timeout`, `put_nowait`/`get_nowait`, `qsize`/`empty`/`full`, `task_done`/`join`, the
`mutex` and the `not_empty`/`not_full`/`all_tasks_done` conditions subclasses use.

Differs from CPython's (Reap runs one thread at a time, see `threading`):
- A wait that no other thread can end raises RuntimeError("deadlock: ...") instead of
  blocking forever: `get()` on an empty queue and `put()` on a full one without a timeout, and
  `join()` with unfinished tasks. (A pending `threading.Timer` runs first, if there is one,
  since it could end the wait.) With a timeout, the call sleeps for the timeout and then
  raises Empty or Full, as CPython's does when no other thread helps.
- `SimpleQueue` is a Python class (named `_queue.SimpleQueue`, as CPython's C type).
"""

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = "_queue"


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex, shared by the three conditions (as CPython's).
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Raises a ValueError if called more times than there were items placed in the queue.
        '''
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        '''Block until every item put into the queue has been gotten and processed
        (task_done() called for it).'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done._wait(
                    None, "Queue.join() with %d unfinished task%s" % (
                        self.unfinished_tasks, "" if self.unfinished_tasks == 1 else "s"))

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        With block true and timeout None, wait for a free slot; with a timeout, wait at most
        that long and raise Full. With block false, raise Full at once if the queue is full.
        '''
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full._wait(None, "Queue.put() on a full queue")
                else:
                    _check_timeout(timeout)
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full._wait(remaining, "Queue.put() on a full queue")
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        With block true and timeout None, wait for an item; with a timeout, wait at most that
        long and raise Empty. With block false, raise Empty at once if the queue is empty.
        '''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty._wait(None, "Queue.get() on an empty queue")
            else:
                _check_timeout(timeout)
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty._wait(remaining, "Queue.get() on an empty queue")
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue if a free slot is available, else raise Full.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item if one is available, else raise Empty.'''
        return self.get(block=False)

    # The storage, which subclasses override (called with the mutex held).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    __slots__ = ("_queue", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if cls is SimpleQueue and args:
            raise TypeError("SimpleQueue() takes no positional arguments")
        if cls is SimpleQueue and kwargs:
            raise TypeError("SimpleQueue() takes no keyword arguments")
        self = object.__new__(cls)
        self._queue = deque()
        return self

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (never blocks: block and timeout are ignored).'''
        self._queue.append(item)

    def put_nowait(self, item):
        '''Put an item into the queue without blocking (the same as put(item)).'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        With block true and timeout None, wait for an item; with a timeout, wait at most that
        long and raise Empty. With block false, raise Empty at once if the queue is empty.
        '''
        if block and timeout is not None:
            _check_timeout(timeout)
        if not self._queue and block:
            if threading._block(self._has_items, timeout,
                                "SimpleQueue.get() on an empty queue"):
                return self._queue.popleft()
        if not self._queue:
            raise Empty
        return self._queue.popleft()

    def _has_items(self):
        return bool(self._queue)

    def get_nowait(self):
        '''Remove and return an item if one is available, else raise Empty.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return not self._queue

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = "_queue"
_PySimpleQueue = SimpleQueue
