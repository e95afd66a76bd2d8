"""threading, written in Python for Reap: threads, locks and the other synchronization objects.

Reap runs Python in one thread of the operating system, so this module models threads instead
of running them side by side. The model, and where it differs from CPython 3.11:

- `Thread.start()` runs the thread at once, in the caller, to completion: the thread is alive
  (and `current_thread()`, `get_ident()`, thread-local data and lock ownership are its own)
  until its `run()` returns, then `start()` returns. `join()` on a finished thread returns at
  once. Output a thread prints therefore comes before what its starter prints after `start()`,
  which is what CPython prints too when the starter joins the thread right away, the usual
  pattern. An exception escaping `run()` is reported by `threading.excepthook` ("Exception in
  thread NAME:" and the traceback, on stderr) and the program goes on, as in CPython. One
  exception: KeyboardInterrupt (Ctrl-C while a thread runs) is not reported but propagates
  out of `start()`, because in CPython Ctrl-C interrupts the main thread, not the thread.
- A `Timer` is the one kind of thread that waits: `start()` records it (it is alive, in
  `enumerate()`) and returns. It runs, after sleeping until its interval is over, when the
  program waits for something another thread could bring about: `join()`ing it, `Event.wait()`,
  `Condition.wait()`, a blocked `Lock.acquire()`, `Queue.get()`..., and at exit for non-daemon
  timers (as CPython waits for non-daemon threads; the exit hook is an `atexit` handler
  registered while a timer is pending, so handlers registered later run before it). Pending
  timers run in the order they are due. `cancel()` ends a pending timer at once. A timer does
  not fire during `time.sleep()` or a busy loop, where a CPython timer would.
- Waiting that no thread can end raises RuntimeError("deadlock: ...") instead of hanging
  forever: a blocking `acquire()` of a held Lock (or of an RLock another thread owns),
  `Condition.wait()` / `Event.wait()` / `Semaphore.acquire()` / `Barrier.wait()` without a
  timeout, `join()` of a thread that is still running (one that started the current thread),
  when no pending Timer can end the wait. With a timeout, the wait sleeps for the timeout and
  fails as CPython's would (acquire returns False, wait returns False, Barrier breaks).
  So a program whose threads wait for each other differs: e.g. a consumer thread started
  before its producer gets the deadlock error from `Queue.get()` (reported, as an exception
  in that thread, by `excepthook`) where CPython's would wait for the items.
- Thread identifiers: the main thread's `ident` and `native_id` are the process id (its
  native id on Linux); each started thread gets the next number. CPython's idents are
  pthread handles, so the numbers differ (reprs have the same shape).
- `settrace()`/`setprofile()` only record the function (`gettrace()`/`getprofile()` return it):
  threads run in the caller, under the caller's own tracing, if any.
- As in CPython, locks, thread-local data, `excepthook` and `ExceptHookArgs` come from
  `_thread` (written in Python for Reap too). `excepthook` prints the traceback through the
  interpreter's own printer when it writes to the process's stderr (Reap's `sys.excepthook`
  ignores a replaced `sys.stderr`), and through `traceback.print_exception` otherwise (which,
  in Reap today, prints no `^^^` caret lines).
"""

import sys as _sys
import _thread
from time import monotonic as _time
from itertools import count as _count
from collections import deque as _deque
import weakref as _weakref

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
_CRLock = _thread.RLock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
excepthook = _thread._excepthook
ExceptHookArgs = _thread._ExceptHookArgs
_block = _thread._block
_pending = _thread._pending
_next_pending = _thread._next_pending


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# --- Profile and trace hooks (recorded only)

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# --- Locks

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Return a new reentrant lock."""
    return _CRLock(*args, **kwargs)


_RLock = _PyRLock = _CRLock


# --- Condition variables

class Condition:
    """A condition variable: threads wait() on it until another thread notify()s them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # The lock's own versions of these, when it has them (RLock does).
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, wait until notified (or for `timeout` seconds), re-acquire the
        lock; return False if the wait timed out."""
        return self._wait(timeout, "Condition.wait() without a timeout")

    def _wait(self, timeout, what):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                gotit = _block(waiter._is_free, None, what)
            elif timeout > 0:
                gotit = _block(waiter._is_free, timeout, what)
            else:
                gotit = waiter._is_free()
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or the timeout passes); return its last value."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.popleft()
            if waiter._locked:
                waiter.release()
                n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# --- Semaphores

class Semaphore:
    """A counter: acquire() takes one (waiting while it is zero), release() gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s>" % (cls.__module__, cls.__qualname__, id(self),
                                             self._value)

    def acquire(self, blocking=True, timeout=None):
        """Take one from the counter; return False if it could not (non-blocking call or
        timeout)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond._wait(timeout, "Semaphore.acquire() with the counter at zero")
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Add n to the counter, waking up waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may not go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s/%s>" % (cls.__module__, cls.__qualname__, id(self),
                                                self._value, self._initial_value)

    def release(self, n=1):
        """Add n to the counter; ValueError if that goes above the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


# --- Events

class Event:
    """A flag threads can wait for: set() sets it and wakes them, clear() resets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self),
                                       "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag, waking up the threads waiting for it."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set (or for `timeout` seconds); return the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond._wait(timeout, "Event.wait() on an unset Event")
            return signaled


# --- Barriers

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other: wait() returns once all have called it."""

    # _state: 0 filling, 1 draining, -1 resetting, -2 broken (as CPython's).

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%s/%s>" % (cls.__module__, cls.__qualname__, id(self),
                                                  self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties; return this party's index (0 to parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond._wait(None, "Barrier.wait() while the barrier drains")
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        what = "Barrier.wait() before all %s parties arrive" % self._parties
        endtime = None if timeout is None else _time() + timeout
        while self._state == 0:
            if endtime is None:
                self._cond._wait(None, what)
            else:
                remaining = endtime - _time()
                if remaining <= 0:
                    break
                self._cond._wait(remaining, what)
        if self._state == 0:
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; waiting threads get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == 0 or self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: waiting and later wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting at the barrier."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state == -2


# --- Thread administration

_counter = _count(1).__next__


def _newname(name_template):
    return name_template % _counter()


_active = {}      # ident -> Thread, for the threads alive
_limbo = {}       # stays empty: a thread is active from the moment start() sets it up
_active_limbo_lock = RLock()
_dangling = _weakref.WeakSet()
_threading_atexits = []
_SHUTTING_DOWN = False


# --- Thread exception reporting

__excepthook__ = excepthook


def _make_invoke_excepthook():
    # The hooks in force when the thread is made stand in if they are None later.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    module_globals = globals()
    sys_exc_info = _sys.exc_info

    def invoke_excepthook(thread):
        args = None
        try:
            hook = module_globals.get("excepthook")
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            sys_excepthook = _sys.excepthook
            if sys_excepthook is None:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


# --- Threads

class Thread:
    """A thread of control: runs `target(*args, **kwargs)`, or an overriding run() method.

    In Reap, start() runs it to completion at once (see the module's docstring)."""

    _initialized = False
    _deferred = False      # Timers wait in _pending after start()

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()
        _dangling.add(self)

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: in Reap, run it now, to completion (a Timer waits; see the
        module's docstring)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._ident = self._native_id = _thread._new_ident()
        self._started.set()
        _active[self._ident] = self
        if self._deferred:
            self._due = _time() + self.interval
            _pending.append(self)
            _update_exit_hook()
        else:
            self._run_started()

    def _run_started(self):
        _thread._push(self._ident)
        try:
            # A thread starts in a context of its own, as CPython's: context variables (the
            # decimal context among them) set inside it stay there.
            from contextvars import Context
            Context().run(self._bootstrap_inner)
        finally:
            self._stop()
            _thread._pop()      # the thread's local data goes

    def run(self):
        """What the thread does: call the target with its arguments. Subclasses may
        override this."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # As CPython: no reference cycle through the arguments once the thread is done.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        try:
            self.run()
        except KeyboardInterrupt:
            raise       # Ctrl-C: the main thread's business, see the module's docstring
        except:
            self._invoke_excepthook(self)

    def _stop(self):
        self._is_stopped = True
        _active.pop(self._ident, None)

    def _is_done(self):
        return self._is_stopped

    def join(self, timeout=None):
        """Wait until the thread ends (it has, in Reap, unless it is a pending Timer or one
        of the threads that started the current one)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is not None:
            timeout = max(timeout, 0)
        _block(self._is_done, timeout,
               "join() of %r (it started the current thread and cannot end first)" % self)

    @property
    def name(self):
        """The thread's name (for identification only)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The thread's native identifier, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread is running (from start() until its run() returns)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread (the program does not wait for it at exit)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds: Timer(30.0, f, args, kwargs).start();
    cancel() stops it while it waits. In Reap it runs when the program waits for it (join,
    an Event...) or at exit; see the module's docstring."""

    _deferred = True

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()
        self._due = None

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()
        if self in _pending:
            self._pending_run()

    def _pending_due(self):
        # A timer whose event is set runs without delay.
        return -1.0 if self.finished._flag else self._due

    def _pending_run(self):
        _pending.remove(self)
        _update_exit_hook()
        self._run_started()

    def run(self):
        interval = self.interval if self._due is None else self._due - _time()
        self.finished.wait(interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = self._native_id = get_ident()
        _active[self._ident] = self


class _DummyThread(Thread):
    # The current thread when it was started by _thread.start_new_thread, as in CPython.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = self._native_id = get_ident()
        _active[self._ident] = self

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# --- Module functions

def current_thread():
    """Return the Thread object of the caller's thread of control."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return the number of Thread objects alive."""
    return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of the Thread objects alive (the main thread first)."""
    return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread object."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at exit, before waiting for non-daemon threads (as
    CPython's private function)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))
    _update_exit_hook()


def _shutdown():
    """At exit: the registered threading exit functions, then the pending non-daemon
    timers (with the daemon ones due before them)."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    while any(not t._daemonic for t in _pending):
        _next_pending()._pending_run()
    # Daemon timers already due when the last non-daemon one ends fire too.
    while _pending and _next_pending()._pending_due() <= _time():
        _next_pending()._pending_run()


_exit_hook_registered = False


def _update_exit_hook():
    # _shutdown is an atexit handler only while there is something for it to do.
    global _exit_hook_registered
    import atexit
    want = bool(_pending) or bool(_threading_atexits)
    if want and not _exit_hook_registered:
        atexit.register(_shutdown)
        _exit_hook_registered = True
    elif not want and _exit_hook_registered:
        atexit.unregister(_shutdown)
        _exit_hook_registered = False


_main_thread = _MainThread()

