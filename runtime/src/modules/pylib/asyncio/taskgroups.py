"""asyncio.TaskGroup: an async context manager that waits for the tasks it created, cancels
them all when one fails, and raises the errors in an ExceptionGroup."""

__all__ = ('TaskGroup',)

import builtins

from . import events
from . import exceptions
from . import tasks

BaseExceptionGroup = getattr(builtins, 'BaseExceptionGroup', None)
ExceptionGroup = getattr(builtins, 'ExceptionGroup', None)

if BaseExceptionGroup is None:
    # Reap has no exception groups yet: a small stand-in with their constructor, attributes,
    # str and repr (not their traceback printing, nor `except*`).
    class BaseExceptionGroup(BaseException):
        def __new__(cls, message, exceptions, *args):
            if not isinstance(message, str):
                raise TypeError(f'argument 1 must be str, not {type(message).__name__}')
            try:
                excs = tuple(exceptions)
            except TypeError:
                raise TypeError('second argument (exceptions) must be a sequence') from None
            if not excs:
                raise ValueError('second argument (exceptions) must be a non-empty sequence')
            for i, e in enumerate(excs):
                if not isinstance(e, BaseException):
                    raise ValueError(f'Item {i} of second argument (exceptions) '
                                     f'is not an exception')
            if cls is BaseExceptionGroup:
                if all(isinstance(e, Exception) for e in excs):
                    cls = ExceptionGroup
            elif issubclass(cls, Exception):
                if not all(isinstance(e, Exception) for e in excs):
                    if cls is ExceptionGroup:
                        raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
                    raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
            self = super().__new__(cls, message, exceptions)
            self._message = message
            self._exceptions = excs
            return self

        def __init__(self, message, exceptions, *args):
            super().__init__(message, exceptions)

        @property
        def message(self):
            return self._message

        @property
        def exceptions(self):
            return self._exceptions

        def __str__(self):
            n = len(self._exceptions)
            return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

        def __repr__(self):
            return f'{type(self).__name__}({self._message!r}, {list(self._exceptions)!r})'

        def derive(self, excs):
            return BaseExceptionGroup(self._message, excs)

        def _matcher(self, condition):
            if isinstance(condition, type) or isinstance(condition, tuple):
                return lambda e: isinstance(e, condition)
            return condition

        def split(self, condition):
            match = self._matcher(condition)
            if match(self):
                return self, None
            yes, no = [], []
            for e in self._exceptions:
                if isinstance(e, BaseExceptionGroup):
                    m, r = e.split(match)
                    if m is not None:
                        yes.append(m)
                    if r is not None:
                        no.append(r)
                elif match(e):
                    yes.append(e)
                else:
                    no.append(e)
            return (self._copy(yes) if yes else None), (self._copy(no) if no else None)

        def subgroup(self, condition):
            return self.split(condition)[0]

        def _copy(self, excs):
            group = self.derive(excs)
            group.__cause__ = self.__cause__
            group.__context__ = self.__context__
            group.__traceback__ = self.__traceback__
            return group

    class ExceptionGroup(BaseExceptionGroup, Exception):
        pass


class TaskGroup:
    """Async context manager for a group of tasks: `async with TaskGroup() as tg:` then
    `tg.create_task(coro)`.  Leaving the block waits for all of them.  An exception (other
    than CancelledError) in a task cancels the others and the block; the errors are then
    raised together in an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested:
            # We cancelled the parent ourselves: take that request back.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                # The parent task is being cancelled, or its block raised.
                self._abort()

        # A loop: _on_completed_fut may be cancelled again and again while the parent task
        # is being cancelled.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    # The parent task is cancelled while its child tasks still run.
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        assert not self._tasks
        if self._base_error is not None:
            raise self._base_error
        # Errors have priority over a CancelledError.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Create a new task in this group and return it (like asyncio.create_task)."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        tasks._set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel the parent to interrupt whatever its block is awaiting; __aexit__
            # takes the request back.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
