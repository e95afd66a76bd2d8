"""Futures, the executor base class, wait() and as_completed(), for Reap's one thread."""

import collections
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

import logging
LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


class Future(object):
    """The result of a call that an executor runs (here: has already run, unless cancelled
    before it started, which only a future made by hand can be)."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        state = _STATE_TO_DESCRIPTION_MAP[self._state]
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self), state,
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self), state,
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancels the future if it has not started; returns whether it is cancelled."""
        if self._state in [RUNNING, FINISHED]:
            return False
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # Break a reference cycle with the exception in self._exception.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done: at once if it already is."""
        if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _not_done(self, timeout):
        # With one thread nothing else can finish the future while this one waits.
        raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value; its exception raised; CancelledError if cancelled."""
        try:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            self._not_done(timeout)
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised, or None."""
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == FINISHED:
            return self._exception
        self._not_done(timeout)

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


def _run_into(future, fn, args, kwargs):
    """Runs fn(*args, **kwargs) for `future`, which keeps what it returned or raised."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:
        future.set_exception(exc)
    else:
        future.set_result(result)


class Executor(object):
    """The base class of executors: submit() schedules a call, map() many."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with every call submitted first; the results come in
        order, a call's exception raised when its result is reached."""
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result()
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _RunAtSubmit(Executor):
    """What Reap's executors share: each call runs when it is submitted, after the
    initializer, which runs before the first."""

    _broken_error = BrokenExecutor
    _broken_message = 'A thread initializer failed, the thread pool is not usable anymore'

    def _setup(self, max_workers, initializer, initargs):
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise self._broken_error(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                # The pool breaks: the call waiting for it fails, later submissions too.
                LOGGER.critical('Exception in initializer:', exc_info=True)
                self._broken = self._broken_message
                f.set_exception(self._broken_error(self._broken))
                return f
        _run_into(f, fn, args, kwargs)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


def as_completed(fs, timeout=None):
    """The futures of fs as they complete: here, those done first, then none is left to
    wait for (a future made by hand and never finished times out)."""
    fs = set(fs)
    total_futures = len(fs)
    finished = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]

    def iterate():
        for f in finished:
            yield f
        if pending:
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
    return iterate()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """The futures of fs that are done and those that are not, as a named pair of sets."""
    fs = set(fs)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)
