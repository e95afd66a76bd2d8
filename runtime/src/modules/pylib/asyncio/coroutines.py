"""Coroutine tests (`iscoroutine`, `iscoroutinefunction`) and the helpers asyncio's reprs use
to describe coroutines and callbacks (CPython keeps the latter in format_helpers.py)."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import functools
import os
import reprlib
import sys
import types

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


async def _probe():
    pass


_c = _probe()
CoroutineType = type(_c)
_c.close()
del _c, _probe


def _is_debug_mode():
    flags = getattr(sys, 'flags', None)
    if getattr(flags, 'dev_mode', False):
        return True
    if getattr(flags, 'ignore_environment', False):
        return False
    return bool(os.environ.get('PYTHONASYNCIODEBUG'))


# A marker for iscoroutinefunction.
_is_coroutine = object()


def _unwrap_callable(func):
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`, possibly wrapped in a
    method or functools.partial) or marked as one."""
    f = _unwrap_callable(func)
    if isinstance(f, types.FunctionType) and f.__code__.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


_COROUTINE_TYPES = (CoroutineType, types.GeneratorType)
_abc_coroutine = getattr(collections.abc, 'Coroutine', None)
if _abc_coroutine is not None:
    _COROUTINE_TYPES += (_abc_coroutine,)
_iscoroutine_typecache = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False


def _isawaitable(obj):
    if isinstance(obj, CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    return getattr(type(obj), '__await__', None) is not None


def _format_coroutine(coro):
    if getattr(coro, '__qualname__', None):
        name = coro.__qualname__ + '()'
    elif getattr(coro, '__name__', None):
        name = coro.__name__ + '()'
    else:
        name = f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


# -- callbacks, as shown in Handle and Future reprs ---------------------------------------------

def extract_stack(f, limit=10):
    """The stack above frame f (oldest first, at most `limit` frames), without source lines:
    where debug mode records that a future, task or handle was created."""
    import traceback
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit,
                                           lookup_lines=False)
    stack.reverse()
    return stack


def _get_function_source(func):
    while hasattr(func, '__wrapped__') and not isinstance(func, functools.partial):
        func = func.__wrapped__
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    qualname = getattr(func, '__qualname__', None)
    name = getattr(func, '__name__', None)
    if qualname:
        text = qualname
    elif name:
        text = name
    else:
        text = repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix
