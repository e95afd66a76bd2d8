"""asyncio.Future: a result that becomes available later, with done-callbacks run by the loop."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import reprlib
import sys
from types import GenericAlias

from . import coroutines
from . import events
from . import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future (or an object advertising itself as one via
    _asyncio_future_blocking)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


# The functions that CPython writes in C (Task.__step, Future.result, ...), as pairs (id of
# the module globals, function name): Reap's code objects have no stable identity.
_INTERNAL_FUNCTIONS = set()


def _internal(*funcs):
    for func in funcs:
        _INTERNAL_FUNCTIONS.add((id(func.__globals__), func.__name__))


def _skip_own_frames(exc):
    """Drop the leading traceback entries of the functions in _INTERNAL_FUNCTIONS.

    CPython's Future and Task are written in C and add no frames to the exceptions they store
    or pass on; dropping ours keeps tracebacks the same and avoids reference cycles through
    our frames (which would delay "exception was never retrieved" reports)."""
    tb = exc.__traceback__
    start = tb
    while tb is not None and ((id(tb.tb_frame.f_globals), tb.tb_frame.f_code.co_name)
                              in _INTERNAL_FUNCTIONS):
        tb = tb.tb_next
    if tb is not start:
        exc.with_traceback(tb)
    return exc


def _format_callbacks(cb):
    size = len(cb)

    def format_cb(callback):
        return coroutines._format_callback_source(callback, ())

    if size == 1:
        text = format_cb(cb[0][0])
    elif size == 2:
        text = '{}, {}'.format(format_cb(cb[0][0]), format_cb(cb[1][0]))
    elif size > 2:
        text = '{}, <{} more>, {}'.format(format_cb(cb[0][0]), size - 2, format_cb(cb[-1][0]))
    else:
        text = ''
    return f'cb=[{text}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


_repr_running = set()


def _future_repr(future):
    key = id(future)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        info = ' '.join(future._repr_info())
    finally:
        _repr_running.discard(key)
    return f'<{future.__class__.__name__} {info}>'


class Future:
    """A result that is set later (set_result / set_exception / cancel); awaiting it waits
    for that.  Callbacks are always called via the loop's call_soon()."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # Marks the Future protocol; True while an awaiting Task should block on it.
    _asyncio_future_blocking = False

    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events._get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = coroutines.extract_stack(sys._getframe(1))

    def __repr__(self):
        return _future_repr(self)

    def _repr_info(self):
        return _future_repr_info(self)

    def __del__(self):
        if not self.__log_traceback:
            return
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    __class_getitem__ = classmethod(GenericAlias)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future (the saved one, once)."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks; False if it is already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future has a result or exception, or was cancelled."""
        return self._state != _PENDING

    def result(self):
        """Return the result; raise the exception set, CancelledError, or InvalidStateError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            # Raised with the traceback it has now, as CPython's C Future does.
            raise self._exception
        return self._result

    def exception(self):
        """Return the exception set (or None); raise CancelledError or InvalidStateError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) via the loop once the future is done."""
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove all instances of fn from the callbacks; return how many were removed."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        """Mark the future done with a result."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done with an exception."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
            if self._state != _PENDING:
                raise exceptions.InvalidStateError('invalid state')
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # tells the Task to wait for completion
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    _internal(result)


_PyFuture = Future


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Make destination follow source's outcome (and cancel source if destination is)."""
    def _call_check_cancel(destination):
        if destination.cancelled() and not source.done():
            source.cancel()

    def _call_set_state(source):
        if destination.cancelled():
            return
        _copy_future_state(source, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a future-like object in an asyncio Future (Reap has no concurrent.futures: only
    asyncio futures are accepted, and returned as they are)."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
