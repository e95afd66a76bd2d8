"""signal, written in Python for Reap over its native `_signal`: handlers for the operating
system's signals, run between instructions as CPython runs them. The numbers, handlers and
masks are IntEnums (Signals, Handlers, Sigmasks), as in CPython.

Differences: Reap offers the real-time interval timer only (ITIMER_REAL; the CPU-time ones
raise ItimerError), and none of the thread signal masks (pthread_sigmask, sigwait,
sigpending): Reap runs a script on one thread. Ctrl-C reaches a script as its interpreter's
keyboard interrupt, which runs the SIGINT handler."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()



def _convert(name, wanted):
    """An IntEnum of the module's constants whose names are wanted, which then stand for
    them in the module (lowest value first, a later name an alias of the first one)."""
    members = sorted(((n, v) for n, v in _globals.items() if wanted(n)), key=lambda t: (t[1], t[0]))
    cls = _IntEnum(name, members, module=__name__)
    _globals.update(cls.__members__)
    return cls


Signals = _convert('Signals', lambda n: n.isupper() and n.startswith('SIG') and not n.startswith('SIG_'))
Handlers = _convert('Handlers', lambda n: n in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _convert('Sigmasks', lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


class itimer_error(OSError):
    pass


itimer_error.__module__ = 'signal'
ItimerError = itimer_error
_signal.ItimerError = ItimerError


def _int_to_enum(value, enum_klass):
    """The member of enum_klass with this value, or the value itself."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """An IntEnum member as its plain int; anything else as it is."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values."""
getsignal.__doc__ = """Return the current action for the given signal.

The return value can be SIG_IGN (signal ignored), SIG_DFL (the default action),
None (no Python handler) or a callable Python object."""
valid_signals.__doc__ = """Return a set of valid signal numbers on this platform."""

del _globals, _convert
