"""_thread, written in Python for Reap: the low-level threading primitives.

Reap runs Python in one thread of the operating system; `threading` (see its docstring) models
threads on top of this module: a thread started runs at once, in the caller, to completion.
Here are the pieces CPython writes in C: identifiers, `lock` and `RLock`, thread-local data
(`_local`), the default thread exception hook, and `start_new_thread()`, which runs the
function at once as a new thread (an exception other than SystemExit escaping it is reported
as "Exception ignored in thread started by: ..." with its traceback, on stderr).

Differs from CPython 3.11's:
- A blocking wait that no thread can end (a blocking `acquire()` of a held lock, of an RLock
  another thread owns...) raises RuntimeError("deadlock: ...") instead of hanging; with a
  timeout it sleeps for the timeout and fails. A pending `threading.Timer` (the one kind of
  thread that waits to run) runs first if there is one, as it could end the wait.
- Identifiers: the main thread's is the process id (its native id on Linux), each thread
  started gets the next number (CPython's are pthread handles).
- `interrupt_main()` is missing; `stack_size()` only records the size.
"""

import os as _os
import sys as _sys
from time import monotonic as _time, sleep as _sleep
from itertools import count as _itercount
import weakref as _weakref

TIMEOUT_MAX = 9223372036.0
error = RuntimeError
_TIME_T_MAX = 9223372036.854775807

# --- Identities: _stack[-1] is the current thread's; a thread started runs on top of its
# starter until done.

_main_ident = _os.getpid()
_next_ident = _itercount(_main_ident + 1).__next__
_stack = [_main_ident]
_local_refs = {}        # ident -> weak references to the _local objects with data for it
_threads_running = 0    # threads started by start_new_thread, for _count()


def get_ident():
    """Return a non-zero integer that identifies the current thread."""
    return _stack[-1]


def get_native_id():
    """Return the native integral thread ID of the current thread."""
    return _stack[-1]


def _new_ident():
    return _next_ident()


def _push(ident):
    """Make ident the current thread's identifier (a thread starts)."""
    _stack.append(ident)


def _pop():
    """The current thread ends: back to its starter; its thread-local data goes (as in
    CPython, where a thread's local dicts are freed when it ends)."""
    ident = _stack.pop()
    for ref in _local_refs.pop(ident, ()):
        obj = ref()
        if obj is not None:
            d = object.__getattribute__(obj, "_local__impl").dicts.pop(ident, None)
            if d is not None and object.__getattribute__(obj, "__dict__") is d:
                object.__setattr__(obj, "__dict__", {})
            obj = d = None


def _deadlock(what):
    return RuntimeError(
        "deadlock: %s would wait forever (Reap runs each thread to completion inside "
        "Thread.start(), so no other thread can end the wait)" % what)


# Threads that wait to run (threading.Timer): objects with _pending_due() (the monotonic time
# to run at) and _pending_run() (takes it off this list and runs it).
_pending = []


def _next_pending():
    best = None
    for t in _pending:
        if best is None or t._pending_due() < best._pending_due():
            best = t
    return best


def _block(ready, timeout, what):
    """Wait until ready() is true, or for `timeout` seconds (None: forever); return ready().

    Only pending threads can make ready() true, so they run (in the order they are due)
    while the wait lasts; then a wait with a timeout sleeps what is left of it, and one
    without raises the deadlock error."""
    if ready():
        return True
    deadline = None if timeout is None else _time() + timeout
    while _pending:
        t = _next_pending()
        if deadline is not None and t._pending_due() > deadline:
            break
        t._pending_run()
        if ready():
            return True
    if deadline is None:
        raise _deadlock(what)
    remaining = deadline - _time()
    if remaining > 0:
        _sleep(remaining)
    return ready()


def start_new_thread(function, args, kwargs=None, /):
    """Start a new thread running function(*args, **kwargs) and return its identifier: in
    Reap it runs now, to completion."""
    global _threads_running
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    ident = _next_ident()
    _push(ident)
    _threads_running += 1
    try:
        function(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        _report_unraisable("Exception ignored in thread started by", function, exc)
    finally:
        _threads_running -= 1
        _pop()
    return ident


start_new = start_new_thread


def _report_unraisable(message, obj, exc):
    file = _sys.stderr
    if file is None:
        return
    try:
        text = repr(obj)
    except BaseException:
        text = "<object repr() failed>"
    file.write("%s: %s\n" % (message, text))
    file.flush()
    # The traceback starts in the function, as CPython's (whose caller is C code).
    if exc.__traceback__ is not None:
        exc.__traceback__ = exc.__traceback__.tb_next
    _print_exception(type(exc), exc, exc.__traceback__, file)


def exit():
    """Exit the current thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def _count():
    """Return the number of threads started by start_new_thread that are alive."""
    return _threads_running


def _set_sentinel():
    """A lock a thread holds while it lives (for threading; unused by Reap's)."""
    return LockType()


_stack_size = 0


def stack_size(size=0, /):
    """Return the thread stack size used when creating new threads (and set it)."""
    global _stack_size
    size = _as_int(size)
    if size < 0:
        raise ValueError("size must be 0 or a positive value")
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old = _stack_size
    _stack_size = size
    return old


# --- Locks

def _as_int(value):
    if isinstance(value, int):
        return value
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index(value)


def _acquire_args(args, kwargs):
    """Parse acquire(blocking=True, timeout=-1) as the C locks do; return (blocking, timeout)
    with timeout None for 'no limit'."""
    if len(args) > 2:
        raise TypeError("acquire() takes at most 2 arguments (%d given)"
                        % (len(args) + len(kwargs)))
    blocking = True
    timeout = -1
    if args:
        blocking = args[0]
        if len(args) > 1:
            timeout = args[1]
    for key, value in kwargs.items():
        if key == "blocking" and len(args) < 1:
            blocking = value
        elif key == "timeout" and len(args) < 2:
            timeout = value
        elif key in ("blocking", "timeout"):
            raise TypeError("argument for acquire() given by name ('%s') and position (%d)"
                            % (key, 1 if key == "blocking" else 2))
        else:
            raise TypeError("'%s' is an invalid keyword argument for acquire()" % key)
    blocking = _as_int(blocking)
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
    else:
        timeout = _as_int(timeout)
    if abs(timeout) > _TIME_T_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return False, 0
    if timeout == -1:
        return True, None
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    return True, timeout


class LockType:
    """A primitive lock: acquired by one thread at a time, released by any thread."""

    __slots__ = ("_locked", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("_thread.allocate_lock() takes no arguments (%d given)"
                            % (len(args) + len(kwargs)))
        self = object.__new__(cls)
        self._locked = False
        return self

    def acquire(self, *args, **kwargs):
        """Lock the lock; return True if it was acquired, False if not (non-blocking call, or
        the timeout passed)."""
        if args or kwargs:
            blocking, timeout = _acquire_args(args, kwargs)
        else:
            blocking, timeout = True, None
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if _block(self._is_free, timeout, "acquire() of a Lock that is already locked"):
            self._locked = True
            return True
        return False

    def _is_free(self):
        return not self._locked

    def release(self):
        """Release the lock, which may be held by any thread."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        """Return whether the lock is held."""
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked
    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    # A lock is a thing of the running process: it does not copy or pickle, as CPython's.
    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.lock' object")

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._locked else "unlocked", id(self))


LockType.__name__ = LockType.__qualname__ = "lock"


def allocate_lock(*args):
    """Return a new lock object."""
    if args:
        raise TypeError("_thread.allocate_lock() takes no arguments (%d given)" % len(args))
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the thread that acquired it may acquire it again, and must release
    it as many times."""

    __slots__ = ("_owner", "_count", "__weakref__")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._owner = 0
        self._count = 0
        return self

    def acquire(self, *args, **kwargs):
        """Acquire the lock (again, if this thread owns it); return True if acquired."""
        if args or kwargs:
            blocking, timeout = _acquire_args(args, kwargs)
        else:
            blocking, timeout = True, None
        me = _stack[-1]
        if self._count and self._owner == me:
            self._count += 1
            return True
        if self._count:
            if not blocking:
                return False
            if not _block(self._is_free, timeout,
                          "acquire() of an RLock that another thread owns"):
                return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def _is_free(self):
        return not self._count

    def release(self):
        """Release the lock once; it is free when released as often as acquired."""
        if not self._count or self._owner != _stack[-1]:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = 0

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == _stack[-1]

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        if self._count:
            _block(self._is_free, None, "acquire() of an RLock that another thread owns")
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", type(self).__module__,
            type(self).__qualname__, self._owner, self._count, id(self))




# --- Thread-local data

class _LocalImpl:
    __slots__ = ("dicts", "args", "kwargs")


def _local_dict(self):
    """Make self.__dict__ the current thread's dictionary (creating it, and calling
    __init__, the first time this thread uses the object)."""
    impl = object.__getattribute__(self, "_local__impl")
    ident = _stack[-1]
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        impl.dicts[ident] = d
        object.__setattr__(self, "__dict__", d)
        if ident != _main_ident:
            _local_refs.setdefault(ident, []).append(_weakref.ref(self))
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *impl.args, **impl.kwargs)
    elif object.__getattribute__(self, "__dict__") is not d:
        object.__setattr__(self, "__dict__", d)


class _local:
    """Thread-local data: each thread sees its own attributes of the same object."""

    __slots__ = ("_local__impl", "__dict__", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl()
        impl.dicts = {}
        impl.args = args
        impl.kwargs = kw
        object.__setattr__(self, "_local__impl", impl)
        ident = _stack[-1]
        d = {}
        impl.dicts[ident] = d
        object.__setattr__(self, "__dict__", d)
        if ident != _main_ident:
            _local_refs.setdefault(ident, []).append(_weakref.ref(self))
        return self

    def __getattribute__(self, name):
        _local_dict(self)
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is _local:
                raise AttributeError("'_thread._local' object has no attribute '%s'"
                                     % name) from None
            raise

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        _local_dict(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        _local_dict(self)
        if _object_delattr is not None:
            try:
                return _object_delattr(self, name)
            except AttributeError:
                if type(self) is _local:
                    raise AttributeError("'_thread._local' object has no attribute '%s'"
                                         % name) from None
                raise
        # Reap's object has no __delattr__ yet: what it does, for what a local can hold.
        for klass in type(self).__mro__:
            if name in klass.__dict__:
                attr = klass.__dict__[name]
                delete = getattr(type(attr), "__delete__", None)
                if delete is not None:
                    return delete(attr, self)
                break
        d = object.__getattribute__(self, "__dict__")
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name))
        del d[name]


_object_delattr = getattr(object, "__delattr__", None)


def _local_type_name(obj):
    return "_thread._local" if type(obj) is _local else type(obj).__name__



# --- Thread exception reporting

class _ExceptHookArgs(tuple):
    """ExceptHookArgs: (exc_type, exc_value, exc_traceback, thread), as passed to
    threading.excepthook."""

    __slots__ = ()
    n_sequence_fields = 4
    n_fields = 4
    n_unnamed_fields = 0
    _fields = ("exc_type", "exc_value", "exc_traceback", "thread")

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(items))
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        return "_thread._ExceptHookArgs(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(self._fields, self))

    def __reduce__(self):
        return (type(self), (tuple(self),))



def _print_exception(exc_type, exc_value, exc_tb, file):
    native = getattr(_sys, "__excepthook__", None)
    if native is not None and file is getattr(_sys, "__stderr__", None) \
            and file is _sys.stderr:
        # The interpreter's printer writes to the process's stderr and, unlike
        # traceback.print_exception in Reap today, prints CPython's caret lines.
        native(exc_type, exc_value, exc_tb)
    else:
        import traceback
        traceback.print_exception(exc_type, exc_value, exc_tb, file=file)


def _excepthook(args, /):
    """Handle an exception that escaped Thread.run(): print it to stderr (SystemExit is
    ignored)."""
    if type(args) is not _ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    exc_type, exc_value, exc_tb, thread = args
    if isinstance(exc_type, type) and issubclass(exc_type, SystemExit):
        return None
    file = getattr(_sys, "stderr", None)
    if file is None:
        if thread is None:
            return None
        file = thread._stderr
        if file is None:
            return None
    label = None
    if thread is not None:
        try:
            label = str(thread.name)
        except AttributeError:
            label = None
    if label is None:
        label = str(get_ident())
    file.write("Exception in thread ")
    file.write(label)
    file.write(":\n")
    file.flush()
    _print_exception(exc_type, exc_value, exc_tb, file)
    file.flush()
    return None


