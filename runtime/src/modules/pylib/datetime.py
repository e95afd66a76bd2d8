"""datetime, written in Python for Reap.

Behaves as CPython 3.11's (C-accelerated) datetime for what scripts observe: values, reprs,
error messages, 3.11's wider `fromisoformat` grammar, and which constructor a subclass
goes through.  `strftime` does the C library's work itself (glibc, C locale: flags
`-_0^#`, widths, `E`/`O` modifiers, unknown directives copied through), and `strptime`
accepts what CPython's regular-expression based `_strptime` accepts, matched here by a
small backtracking matcher since Reap has no `re`.

Differences from CPython:
- Local time comes from `time.localtime` (and is UTC in an embedding whose `time` lacks
  it, with a stand-in `time.struct_time` defined here).
- Type names in errors raised by the interpreter itself say `date`, not `datetime.date`:
  ordering comparisons with unrelated types, `time` with arithmetic operators (CPython's
  `time` defines none, so the interpreter reports it), `divmod()`, unexpected keyword
  arguments.  The messages this module raises spell CPython's type names.
- `strptime` with a directive given twice uses the last value, where CPython's regular
  expression fails with `re.error` ("redefinition of group name").
"""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MISSING = object()
_new = object.__new__

_US_PER_DAY = 86400000000
_MAX_ORDINAL = 3652059          # date.max.toordinal()
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_FULL = (None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')


# ---------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian; ordinal 1 is 0001-01-01)

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    n = _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord2ymd(n):
    # Guess the year from the mean Gregorian year, then step to the right one: the
    # guess is never off by more than one.  Works for any integer (year 0, negatives).
    y = (n * 400) // 146097 + 1
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    doy = n - _days_before_year(y)
    leap = 1 if _is_leap(y) else 0
    m = (doy - 1) // 31 + 1         # never past the real month: no month is longer
    while m < 12 and doy > _DAYS_BEFORE_MONTH[m + 1] + (leap if m >= 2 else 0):
        m += 1
    return y, m, doy - _DAYS_BEFORE_MONTH[m] - (leap if m > 2 else 0)


def _iso_week1_monday(y):
    jan4 = _ymd2ord(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_to_ord(y, week, day):
    """Ordinal of ISO (year, week, day), or -2 (bad week) / -3 (bad day) as C's iso_to_ymd."""
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first = (_ymd2ord(y, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(y))
        if not ok:
            return -2, 0
    if day <= 0 or day >= 8:
        return -3, 0
    return 0, _iso_week1_monday(y) + (week - 1) * 7 + day - 1


# ---------------------------------------------------------------------------
# Argument checking, with the C implementation's messages

def _tpname(cls):
    # CPython's messages use tp_name: 'datetime.date' for its own types, the bare
    # class name for subclasses defined in Python.
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _argname(x):
    return 'None' if x is None else _tpname(type(x))


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    if not isinstance(v, float):
        index = getattr(type(v), '__index__', None)
        if index is not None:
            r = index(v)
            if not isinstance(r, int):
                raise TypeError("__index__ returned non-int (type %s)" % type(r).__name__)
            return int(r)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _c_int(v):
    # C `int` arguments overflow before any range check runs.
    if v > 2147483647:
        if v > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        if v < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return v


def _check_date_fields(year, month, day):
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    _c_int(year), _c_int(month), _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _as_int(hour), _as_int(minute), _as_int(second)
    microsecond, fold = _as_int(microsecond), _as_int(fold)
    for v in (hour, minute, second, microsecond, fold):
        _c_int(v)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -_US_PER_DAY < off._us < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _missing(name, pos):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


# Binary operators.  CPython's own types never handle ours in a reflected operation, so
# when the other operand is builtin, or of a type without the reflected method (or with
# only this module's), raising here gives CPython's message with CPython's type names.
def _fwd(op, rname, a, b):
    t = type(b)
    r = getattr(t, rname, None)
    if r is not None and t.__module__ != 'builtins' and r not in _OWN_REFLECTED:
        return NotImplemented
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _tpname(type(a)), _tpname(t)))


def _rev(op, a, b):
    # Reflected: `b op a` failed on b's side, unless a's type, a subclass of b's, was
    # asked first; then b's forward method still gets its turn.
    if type(a) is not type(b) and isinstance(a, type(b)):
        return NotImplemented
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _tpname(type(b)), _tpname(type(a))))


# ---------------------------------------------------------------------------
# Float helpers (Reap's float lacks as_integer_ratio and math lacks modf)

def _c_round(x):
    # C's round(): halves away from zero.
    r = float(int(x))
    if abs(x - r) >= 0.5:
        r += 1.0 if x > 0 else -1.0
    return r


_as_ratio = getattr(float, 'as_integer_ratio', None)


def _ratio(f):
    if f != f:
        raise ValueError("cannot convert NaN to integer ratio")
    if f - f != 0.0:
        raise OverflowError("cannot convert Infinity to integer ratio")
    if _as_ratio is not None:
        return _as_ratio(f)
    d = 1
    while f != int(f):          # doubling is exact; ends within 1074 steps
        f *= 2.0
        d *= 2
    n = int(f)
    while d > 1 and n % 2 == 0:
        n //= 2
        d //= 2
    return n, d


def _div_nearest(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if (r2 > b or (r2 == b and q & 1)) if b > 0 else (r2 < b or (r2 == b and q & 1)):
        q += 1
    return q


# ---------------------------------------------------------------------------
# timedelta

_TD_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
             ('minutes', 60000000), ('hours', 3600000000), ('days', _US_PER_DAY),
             ('weeks', 7 * _US_PER_DAY))


def _td_total(values):
    # Mixed int/float arguments: whole parts add up exactly, fractions of microseconds
    # are pooled and rounded once at the end (half to even), as CPython does.
    total = 0
    left = 0.0
    for v, (name, factor) in zip(values, _TD_UNITS):
        if isinstance(v, int):
            total += int(v) * factor
        elif isinstance(v, float):
            whole = int(v)
            total += whole * factor
            frac = v - float(whole)
            if frac:
                x = frac * factor
                whole = int(x)
                total += whole
                left += x - whole
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (name, type(v).__name__))
    if left:
        r = _c_round(left)
        if abs(r - left) == 0.5:
            odd = total & 1
            r = 2.0 * _c_round((left + odd) * 0.5) - odd
        total += int(r)
    return total


def _td(cls, us):
    days, rest = divmod(us, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = _new(cls)
    self._days = days
    self._seconds, self._microseconds = divmod(rest, 1000000)
    self._us = us
    return self


class timedelta:
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    __slots__ = ('_days', '_seconds', '_microseconds', '_us')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                  + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            us = _td_total((microseconds, milliseconds, seconds, minutes, hours,
                            days, weeks))
        return _td(cls, us)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tpname(type(self)), ', '.join(parts) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, %s' % (self._days, '' if abs(self._days) == 1 else 's', s)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    # Arithmetic: results are plain timedeltas, whatever the operands' classes.
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(timedelta, self._us + other._us)
        if isinstance(other, date):
            return NotImplemented       # date.__radd__ does it
        return _fwd('+', '__radd__', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td(timedelta, self._us + other._us)
        return _rev('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(timedelta, self._us - other._us)
        return _fwd('-', '__rsub__', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(timedelta, other._us - self._us)
        return _rev('-', self, other)

    def __neg__(self):
        return _td(timedelta, -self._us)

    def __pos__(self):
        return _td(timedelta, self._us)

    def __abs__(self):
        return _td(timedelta, -self._us if self._us < 0 else self._us)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(timedelta, self._us * other)
        if isinstance(other, float):
            n, d = _ratio(other)
            return _td(timedelta, _div_nearest(self._us * n, d))
        t = type(other)
        if t is not complex and hasattr(t, '__rmul__'):
            if t.__module__ == 'builtins' or getattr(t, '__rmul__') not in _OWN_REFLECTED:
                return NotImplemented       # a sequence's repeat reports its own error
        return _fwd('*', '__rmul__', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _rev('*', self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("division by zero")
            return self._us / other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(timedelta, _div_nearest(self._us, other))
        if isinstance(other, float):
            n, d = _ratio(other)
            if not n:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(timedelta, _div_nearest(self._us * d, n))
        return _fwd('/', '__rtruediv__', self, other)

    def __rtruediv__(self, other):
        return _rev('/', self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us // other._us
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(timedelta, self._us // other)
        return _fwd('//', '__rfloordiv__', self, other)

    def __rfloordiv__(self, other):
        return _rev('//', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer modulo by zero")
            return _td(timedelta, self._us % other._us)
        return _fwd('%', '__rmod__', self, other)

    def __rmod__(self, other):
        return _rev('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us, other._us)
            return q, _td(timedelta, r)
        return _fwd('divmod()', '__rdivmod__', self, other)

    def __rdivmod__(self, other):
        return _rev('divmod()', self, other)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us != other._us
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us < other._us
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us <= other._us
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us > other._us
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us >= other._us
        return NotImplemented

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0

    def __format__(self, fmt):
        return _no_format(self, fmt)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = _td(timedelta, -999999999 * _US_PER_DAY)
timedelta.max = _td(timedelta, 1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td(timedelta, 1)
_ZERO = _td(timedelta, 0)


# ---------------------------------------------------------------------------
# Local time

_localtime = getattr(_time, 'localtime', None)
_struct_time = getattr(_time, 'struct_time', None)

if _struct_time is None:
    class struct_time(tuple):
        """Stand-in for time.struct_time while Reap's time module lacks it."""
        __slots__ = ()
        __module__ = 'time'
        _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                   'tm_wday', 'tm_yday', 'tm_isdst')

        def __new__(cls, seq):
            return tuple.__new__(cls, tuple(seq)[:9])

        def __repr__(self):
            return 'time.struct_time(%s)' % ', '.join(
                '%s=%r' % (k, v) for k, v in zip(self._fields, self))

        def __reduce__(self):
            return (type(self), (tuple(self),))

        tm_year = property(lambda self: self[0])
        tm_mon = property(lambda self: self[1])
        tm_mday = property(lambda self: self[2])
        tm_hour = property(lambda self: self[3])
        tm_min = property(lambda self: self[4])
        tm_sec = property(lambda self: self[5])
        tm_wday = property(lambda self: self[6])
        tm_yday = property(lambda self: self[7])
        tm_isdst = property(lambda self: self[8])
        tm_zone = property(lambda self: None)
        tm_gmtoff = property(lambda self: None)

    _struct_time = struct_time
    del struct_time


def _mktuple(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + d + (1 if m > 2 and _is_leap(y) else 0)
    return _struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _utc_fields(t):
    """(y, m, d, hh, mm, ss) of POSIX seconds t, as gmtime gives them."""
    days, secs = divmod(t, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    if not -2147481748 <= y <= 2147485547:      # gmtime's int tm_year overflows
        raise OSError(75, 'Value too large for defined data type')
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return y, m, d, hh, mm, ss


def _local_fields(t):
    if _localtime is None:
        return _utc_fields(t)
    tm = _localtime(t)
    return tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59)


def _wall(t):
    """Local wall-clock time of POSIX seconds t, counted in seconds since the epoch."""
    if _localtime is None:
        return t
    y, m, d, hh, mm, ss = _local_fields(t)
    return ((_ymd2ord(y, m, d) - _EPOCH_ORDINAL) * 24 + hh) * 3600 + mm * 60 + ss


def _local_to_posix(y, m, d, hh, mm, ss, fold):
    """POSIX seconds at which the local clock shows the given time: in a repeated hour
    fold picks the first (0) or second (1) reading; in a skipped hour fold 0 gives the
    later instant and fold 1 the earlier, as CPython does."""
    t = ((_ymd2ord(y, m, d) - _EPOCH_ORDINAL) * 24 + hh) * 3600 + mm * 60 + ss
    if _localtime is None:
        return t
    # Solve wall(u) == t.  Try the offset in force at t, then the one a day away on the
    # side fold asks for.
    off1 = _wall(t) - t
    u1 = t - off1
    hit1 = _wall(u1) == t
    if hit1:
        probe = u1 + 86400 if fold else u1 - 86400
        off2 = _wall(probe) - probe
        if off2 == off1:
            return u1
    else:
        off2 = _wall(u1) - u1
    u2 = t - off2
    if _wall(u2) == t:
        return u2
    if hit1:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone(t):
    """The fixed-offset timezone local time has at POSIX seconds t."""
    if _localtime is None:
        return timezone(_ZERO, 'UTC')
    tm = _localtime(t)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


def _split_timestamp(t, round_half_even):
    """POSIX seconds and microseconds of a timestamp, with C's errors."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t - t != 0.0:
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(t)
        if round_half_even:
            us = round((t - float(secs)) * 1e6)
            if us >= 1000000:
                us -= 1000000
                secs += 1
            elif us < 0:
                us += 1000000
                secs -= 1
        else:
            us = 0
            if float(secs) > t:
                secs -= 1
    else:
        secs = _as_int(t)
        us = 0
    if not -9223372036854775808 <= secs <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, us


# ---------------------------------------------------------------------------
# Formatting helpers

def _format_offset(off, sep):
    if off is None:
        return ''
    us = off._us
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    hh, us = divmod(us, 3600000000)
    mm, us = divmod(us, 60000000)
    ss, us = divmod(us, 1000000)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _ctime(y, m, d, hh, mm, ss):
    wd = (_ymd2ord(y, m, d) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[wd], _MONTH_NAMES[m], d,
                                              hh, mm, ss, y)


# strftime: glibc's conversions in the C locale.
_STRF_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'D': '%m/%d/%y', 'x': '%m/%d/%y',
                   'F': '%Y-%m-%d', 'r': '%I:%M:%S %p', 'R': '%H:%M', 'T': '%H:%M:%S',
                   'X': '%H:%M:%S'}
_STRF_E = set('cnprstuxyzCPRTXYZ%')
_STRF_O = set('bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%')
_STRF_SPACEPAD = set('ekls')


class _Fields:
    """What strftime reads: the broken-down time, isdst (from dst(), asked up front as
    CPython's timetuple() does), and the object whose utcoffset() and tzname() fill in
    %z and %Z (asked only when the format uses them)."""
    __slots__ = ('y', 'm', 'd', 'hh', 'mm', 'ss', 'us', 'src', 'dst')

    def __init__(self, y, m, d, hh, mm, ss, us, src, dst=-1):
        self.y, self.m, self.d, self.hh, self.mm, self.ss = y, m, d, hh, mm, ss
        self.us, self.src, self.dst = us, src, dst

    def z(self):
        if self.src is None or self.src._tzinfo is None:
            return ''
        return _format_offset(self.src.utcoffset(), '')

    def zname(self):
        if self.src is None or self.src._tzinfo is None:
            return ''
        return self.src.tzname() or ''

    def isdst(self):
        return self.dst

    # What glibc reads from the struct tm beside the date: the weekday (Sunday 0), the
    # day of the year (from 0), the zone name and offset, and mktime() of the fields.
    # time.strftime gives its own, from the tuple.
    def wday(self):
        return _ymd2ord(self.y, self.m, self.d) % 7

    def yday(self):
        return _ymd2ord(self.y, self.m, self.d) - _ymd2ord(self.y, 1, 1)

    def zone(self):
        # Only with flags: the C library shows its own zone name, and none when the
        # tuple's isdst is -1 (always so for naive and date/time values).
        isdst = self.isdst()
        return '' if isdst < 0 else _local_zone_names()[1 if isdst else 0]

    def gmtoff(self):
        return 0            # the tuple carries no offset

    def posix(self):
        t = _local_to_posix(self.y, self.m, self.d, self.hh, self.mm, self.ss, 0)
        if self.dst > 0 and not getattr(_time, 'daylight', 0):
            t -= 3600       # mktime() takes isdst=1 in a zone without DST as an hour ahead
        return t


def _strf_number(f, c):
    """(value, minimum digits) of numeric conversion c, or None."""
    if c == 'd':
        return f.d, 2
    if c == 'e':
        return f.d, 2
    if c == 'm':
        return f.m, 2
    if c == 'Y':
        return f.y, 1
    if c == 'y':
        return f.y % 100, 2
    if c == 'C':
        return f.y // 100, 1
    if c == 'H' or c == 'k':
        return f.hh, 2
    if c == 'I' or c == 'l':
        return (f.hh % 12 or 12), 2
    if c == 'M':
        return f.mm, 2
    if c == 'S':
        return f.ss, 2
    if c == 'j':
        return f.yday() + 1, 3
    if c == 'u':
        return f.wday() or 7, 1
    if c == 'w':
        return f.wday(), 1
    if c == 'U' or c == 'W':
        wd = f.wday() if c == 'U' else (f.wday() + 6) % 7   # days since the week's first day
        return (f.yday() + 7 - wd) // 7, 2
    if c == 'G' or c == 'g' or c == 'V':
        iy, week = _iso_week_of(f.y, f.yday(), f.wday())
        if c == 'G':
            return iy, 1
        if c == 'g':
            return iy % 100, 2
        return week, 2
    if c == 's':
        return f.posix(), 1
    return None


def _iso_days(yday, wday):
    # Days since the Monday of the year's ISO week 1 (glibc's arithmetic, so that a tuple
    # whose weekday disagrees with its date gives what the C library gives).
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _iso_week_of(y, yday, wday):
    days = _iso_days(yday, wday)
    if days < 0:
        y -= 1
        days = _iso_days(yday + 365 + _is_leap(y), wday)
    else:
        d = _iso_days(yday - 365 - _is_leap(y), wday)
        if d >= 0:
            y += 1
            days = d
    return y, days // 7 + 1


def _strftime(fmt, f):
    # First CPython's own pass: %z, %Z and %f (each only right after a '%'; a '%' and
    # the character after it are otherwise passed on as a pair), stopping at a NUL as
    # the C string does.  Then the C library's pass over the result.
    out = []
    n = fmt.find('\0')
    if n < 0:
        n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find('%', i, n)
        if j < 0 or j + 1 >= n:
            out.append(fmt[i:n])
            break
        out.append(fmt[i:j])
        c = fmt[j + 1]
        if c == 'z':
            out.append(f.z())
        elif c == 'Z':
            out.append(f.zname().replace('%', '%%'))
        elif c == 'f':
            out.append('%06d' % f.us)
        else:
            out.append(fmt[j:j + 2])
        i = j + 2
    fmt = ''.join(out)
    # time.strftime doubles its buffer from 1024 characters up to 256 per format
    # character; output that never fits comes back empty.
    room = 1024
    while room < 256 * len(fmt):
        room *= 2
    return _libc_strftime(fmt, f, room)


def _libc_strftime(fmt, f, room=None):
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        i = j + 1
        pad = None
        upcase = swapcase = False
        while i < n and fmt[i] in '_-0^#':
            c = fmt[i]
            if c == '^':
                upcase = True
            elif c == '#':
                swapcase = True
            else:
                pad = c
            i += 1
        width = 0
        while i < n and '0' <= fmt[i] <= '9':
            width = width * 10 + ord(fmt[i]) - 48
            i += 1
        if room is not None and width >= room:
            return ''
        mod = None
        if i < n and fmt[i] in 'EO':
            mod = fmt[i]
            i += 1
        c = fmt[i] if i < n else ''
        i += 1
        if c and (mod is None or c in (_STRF_E if mod == 'E' else _STRF_O)):
            s = _strf_convert(c, f, pad, upcase, swapcase, width)
            if s is not None:
                out.append(s)
                continue
        s = fmt[j:i]                # not a conversion: copied through, padded
        if upcase or (swapcase and c in 'bBh'):
            s = s.upper()
        out.append(s.rjust(width, '0' if pad == '0' else ' '))
    s = ''.join(out)
    if room is not None and len(s) >= room:
        return ''
    return s


def _strf_convert(c, f, pad, upcase, swapcase, width):
    num = _strf_number(f, c)
    if num is not None:
        v, digits = num
        if pad == '-':
            return str(v).rjust(width)
        if pad is None:
            pad = '_' if c in _STRF_SPACEPAD else '0'
        w = max(digits, width)
        if pad == '_':
            return str(v).rjust(w)
        if v < 0 and c != 's':
            return '-' + str(-v).rjust(w - 1, '0')   # a year's sign goes before the zeros
        return str(v).rjust(w, '0')      # a '-' of %s ends up after them
    lower = False
    if c in 'aAbBh':
        if c == 'a':
            s = _DAY_NAMES[(f.wday() + 6) % 7]
        elif c == 'A':
            s = _DAY_FULL[(f.wday() + 6) % 7]
        elif c == 'B':
            s = _MONTH_FULL[f.m]
        else:
            s = _MONTH_NAMES[f.m]
        if swapcase:
            upcase = True
    elif c == 'p' or c == 'P':
        s = 'AM' if f.hh < 12 else 'PM'
        lower = c == 'P' or swapcase
    elif c in _STRF_COMPOSITE:
        s = _libc_strftime(_STRF_COMPOSITE[c], f)
    elif c == 'n':
        s = '\n'
    elif c == 't':
        s = '\t'
    elif c == '%':
        s = '%'
    elif c == 'Z':
        s = f.zone()
        lower = swapcase
    elif c == 'z':
        if f.isdst() < 0:
            return ''
        off = f.gmtoff()
        # The sign is padded on its own, then hhmm as a number.
        sign = '-' if off < 0 else '+'
        sign = sign.rjust(width, '0' if pad == '0' else ' ')
        off = abs(off) // 60
        v = str(off // 60 * 100 + off % 60)
        if pad == '-':
            return sign + v.rjust(width)
        return sign + v.rjust(max(4, width), ' ' if pad == '_' else '0')
    else:
        return None
    if lower:
        s = s.lower()
    elif upcase:
        s = s.upper()
    return s.rjust(width, '0' if pad == '0' else ' ')


def _local_zone_names():
    return getattr(_time, 'tzname', ('UTC', 'UTC'))


def _check_fmt(fmt):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _argname(fmt))


def _no_format(self, fmt):
    # object.__format__, with CPython's type name in the message.
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument must be str, not %s" % type(fmt).__name__)
    if fmt:
        raise TypeError("unsupported format string passed to %s.__format__"
                        % _tpname(type(self)))
    return str(self)


def _format(self, fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _argname(fmt))
    if fmt:
        return self.strftime(fmt)
    return str(self)


# ---------------------------------------------------------------------------
# date

def _date_new(cls, y, m, d):
    self = _new(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


def _date_sub(cls, y, m, d):
    # Results for subclasses go through the subclass's constructor, as in CPython.
    if cls is date:
        return _date_new(date, y, m, d)
    if cls is datetime:
        return _dt_new(datetime, y, m, d, 0, 0, 0, 0, None, 0)
    return cls(y, m, d)


class date:
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if (type(year) is int and type(month) is int and type(day) is int
                and 1 <= month <= 12 and 1 <= year <= 9999 and 1 <= day
                and (day <= 28 or day <= _days_in_month(year, month))):
            return _date_new(cls, year, month, day)
        if month is _MISSING:
            if (day is _MISSING and isinstance(year, bytes) and len(year) == 4
                    and 1 <= year[2] <= 12):
                return _date_new(cls, year[0] * 256 + year[1], year[2], year[3])
            if year is _MISSING:
                _missing('year', 1)
            _missing('month', 2)
        if day is _MISSING:
            _missing('day', 3)
        return _date_new(cls, *_check_date_fields(year, month, day))

    # Constructors
    @classmethod
    def fromtimestamp(cls, t):
        secs, _ = _split_timestamp(t, False)
        y, m, d, hh, mm, ss = _local_fields(secs)
        return _date_sub(cls, *_check_date_fields(y, m, d))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        if y > MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        return _date_sub(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = _bytes_view(date_string)
        if s is not None and len(s) in (7, 8, 10):
            r = _parse_iso_date(s, len(s))
            if r is not None:
                y, m, d = r
                if cls is date and 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= 28:
                    return _date_new(date, y, m, d)
                return _date_sub(cls, *_check_date_fields(y, m, d))
        raise ValueError("Invalid isoformat string: %r" % date_string)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _as_int(year), _as_int(week), _as_int(day)
        _c_int(year), _c_int(week), _c_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        rv, o = _iso_to_ord(year, week, day)
        if rv == -2:
            raise ValueError("Invalid week: %d" % week)
        if rv == -3:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return _date_sub(cls, *_check_date_fields(*_ord2ymd(o)))

    # Fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(type(self)), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        _check_fmt(format)
        return _strftime(format, _Fields(self._year, self._month, self._day,
                                      0, 0, 0, 0, None))

    def __format__(self, fmt):
        return _format(self, fmt)

    def timetuple(self):
        return _mktuple(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        return _ymd2ord(self._year, self._month, self._day) % 7 or 7

    def isocalendar(self):
        y = self._year
        o = _ymd2ord(y, self._month, self._day)
        first = _iso_week1_monday(y)
        if o < first:
            y -= 1
            first = _iso_week1_monday(y)
        elif o >= _iso_week1_monday(y + 1):
            y += 1
            first = _iso_week1_monday(y)
        week, wd = divmod(o - first, 7)
        return IsoCalendarDate(y, week + 1, wd + 1)

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING):
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        return _date_new(type(self), *_check_date_fields(year, month, day))

    # Comparisons: a date equals a date with the same fields; datetime refuses dates.
    def _key(self):
        return (self._year * 13 + self._month) * 32 + self._day

    def __eq__(self, other):
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    # Arithmetic: only whole days of a timedelta count.
    def _plus_days(self, days):
        o = _ymd2ord(self._year, self._month, self._day) + days
        if not 1 <= o <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return _date_sub(type(self), *_ord2ymd(o))

    def __add__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            return self._plus_days(other._days)
        return _fwd('+', '__radd__', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            return self._plus_days(other._days)
        return _rev('+', self, other)

    def __sub__(self, other):
        if not isinstance(self, datetime) and not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self._plus_days(-other._days)
            if isinstance(other, date):
                return _td(timedelta, (self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return _fwd('-', '__rsub__', self, other)

    def __rsub__(self, other):
        return _rev('-', self, other)

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255,
                                    self._month, self._day)),))


date.min = _date_new(date, 1, 1, 1)
date.max = _date_new(date, 9999, 12, 31)
date.resolution = _td(timedelta, _US_PER_DAY)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_tpname(type(self)),
                                                     self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


# ---------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset('utcoffset', self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _check_offset('dst', dt.dst())
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __format__(self, fmt):
        return _no_format(self, fmt)

    def __reduce__(self):
        initargs = getattr(self, '__getinitargs__', None)
        args = initargs() if initargs is not None else ()
        state = getattr(self, '__dict__', None) or None
        return (type(self), args, state)


def _check_dt_arg(name, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (name, _tpname(type(dt))))


class timezone(tzinfo):
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    __slots__ = ('_offset', '_name')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset=_MISSING, name=_MISSING):
        if offset is _MISSING:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argname(offset))
        if name is _MISSING:
            if not offset._us:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argname(name))
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        return _tz_new(offset, name)

    def utcoffset(self, dt):
        _check_dt_arg('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        _check_dt_arg('dst', dt)
        return None

    def tzname(self, dt):
        _check_dt_arg('tzname', dt)
        if self._name is not None:
            return self._name
        us = self._offset._us
        if not us:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)


def _tz_new(offset, name):
    self = _new(timezone)
    self._offset = offset
    self._name = name
    return self


_UTC = _tz_new(_ZERO, None)
timezone.utc = _UTC
timezone.min = _tz_new(timedelta(hours=-23, minutes=-59), None)
timezone.max = _tz_new(timedelta(hours=23, minutes=59), None)
UTC = _UTC


# ---------------------------------------------------------------------------
# time

def _time_new(cls, hh, mm, ss, us, tz, fold):
    self = _new(cls)
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _time_state(self, proto):
    hh = self._hour
    if self._fold and proto > 3:
        hh += 128
    us = self._microsecond
    return bytes((hh, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))


class time:
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (type(hour) is int and type(minute) is int and type(second) is int
                and type(microsecond) is int and 0 <= hour <= 23 and 0 <= minute <= 59
                and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and (fold == 0 or fold == 1) and type(fold) is int
                and (tzinfo is None or isinstance(tzinfo, _tzinfo_class))):
            return _time_new(cls, hour, minute, second, microsecond, tzinfo, fold)
        if (isinstance(hour, bytes) and len(hour) == 6 and (hour[0] & 127) < 24
                and second == 0 and microsecond == 0 and tzinfo is None and fold == 0):
            # Pickle state: time(state[, tzinfo]).
            tz = None if type(minute) is int and minute == 0 else minute
            _check_tzinfo(tz)
            h = hour
            return _time_new(cls, h[0] & 127, h[1], h[2], (h[3] << 16) | (h[4] << 8) | h[5],
                             tz, h[0] >> 7)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _time_new(cls, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = _bytes_view(time_string)
        if s is not None:
            if s[:1] == 'T':
                s = s[1:]
            r = _parse_iso_time(s, 0)
            if r is not None:
                hh, mm, ss, us, tz = r
                if cls is time:
                    return time(hh, mm, ss, us, tz)
                return cls(hh, mm, ss, us, tz)
        raise ValueError("Invalid isoformat string: %r" % time_string)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def replace(self, hour=_MISSING, minute=_MISSING, second=_MISSING,
                microsecond=_MISSING, tzinfo=_MISSING, *, fold=_MISSING):
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._microsecond
        if tzinfo is _MISSING:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _time_new(type(self), hour, minute, second, microsecond, tzinfo, fold)

    def isoformat(self, timespec='auto'):
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s" % _argname(timespec))
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ':')
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_tpname(type(self)), s)

    def strftime(self, format):
        _check_fmt(format)
        return _strftime(format, _Fields(1900, 1, 1, self._hour, self._minute, self._second,
                                      self._microsecond, self))

    def __format__(self, fmt):
        return _format(self, fmt)

    # Comparisons: aware times compare as minutes past midnight UTC (not wrapped).
    def _cmp(self, other, eq):
        """-1/0/1, or 2 for 'unequal' when eq and naive meets aware."""
        if self._tzinfo is other._tzinfo:
            a, b = self._key(0), other._key(0)
        else:
            oa, ob = self.utcoffset(), other.utcoffset()
            if oa == ob:
                a, b = self._key(0), other._key(0)
            elif oa is not None and ob is not None:
                a = self._key(oa._days * 86400 + oa._seconds)
                b = other._key(ob._days * 86400 + ob._seconds)
            elif eq:
                return 2
            else:
                raise TypeError("can't compare offset-naive and offset-aware times")
        return 0 if a == b else (1 if a > b else -1)

    def _key(self, off_seconds):
        return ((self._hour * 3600 + self._minute * 60 + self._second - off_seconds)
                * 1000000 + self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            self._hashcode = hash(self._key(0 if off is None
                                            else off._days * 86400 + off._seconds))
        return self._hashcode

    def __reduce_ex__(self, proto):
        if self._tzinfo is None:
            return (type(self), (_time_state(self, proto),))
        return (type(self), (_time_state(self, proto), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_tzinfo_class = tzinfo
time.min = _time_new(time, 0, 0, 0, 0, None, 0)
time.max = _time_new(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(timedelta, 1)


# ---------------------------------------------------------------------------
# datetime

def _dt_new(cls, y, m, d, hh, mm, ss, us, tz, fold):
    self = _new(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._total = None
    return self


def _dt_sub(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    if cls is datetime:
        return _dt_new(datetime, y, m, d, hh, mm, ss, us, tz, fold)
    return cls(y, m, d, hh, mm, ss, us, tz)     # CPython 3.11 drops fold here


def _dt_from_us(cls, total, tz):
    """The datetime `total` microseconds after 0001-01-01 00:00 minus one day."""
    o, rest = divmod(total, _US_PER_DAY)
    if not 1 <= o <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(o)
    hh, rest = divmod(rest, 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    if cls is datetime:
        self = _dt_new(datetime, y, m, d, hh, mm, ss, us, tz, 0)
        self._total = total
        return self
    return cls(y, m, d, hh, mm, ss, us, tz)


class datetime(date):
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    # _total caches _us_total(), the wall-clock time as one integer.
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_total')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (type(year) is int and type(month) is int and type(day) is int
                and type(hour) is int and type(minute) is int and type(second) is int
                and type(microsecond) is int and 1 <= month <= 12 and 1 <= year <= 9999
                and 1 <= day and (day <= 28 or day <= _days_in_month(year, month))
                and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59
                and 0 <= microsecond <= 999999 and (fold == 0 or fold == 1)
                and type(fold) is int
                and (tzinfo is None or isinstance(tzinfo, _tzinfo_class))):
            self = _new(cls)
            self._year = year
            self._month = month
            self._day = day
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond
            self._tzinfo = tzinfo
            self._fold = fold
            self._total = None
            return self
        if month is _MISSING or (isinstance(year, bytes) and day is _MISSING):
            if (day is _MISSING and isinstance(year, bytes) and len(year) == 10
                    and 1 <= (year[2] & 127) <= 12):
                tz = None if month is _MISSING else month
                _check_tzinfo(tz)
                s = year
                return _dt_new(cls, s[0] * 256 + s[1], s[2] & 127, s[3], s[4], s[5], s[6],
                               (s[7] << 16) | (s[8] << 8) | s[9], tz, s[2] >> 7)
            if year is _MISSING:
                _missing('year', 1)
            if month is _MISSING:
                _missing('month', 2)
        if day is _MISSING:
            _missing('day', 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _dt_new(cls, year, month, day, hour, minute, second, microsecond,
                       tzinfo, fold)

    # Constructors
    @classmethod
    def _from_posix(cls, secs, us, tz):
        if tz is None:
            y, m, d, hh, mm, ss = _local_fields(secs)
            fold = 0
            if _localtime is not None:
                # Ambiguous wall time: a clock set back within the last day shows this
                # time twice; the later occurrence gets fold=1.
                here = _wall(secs)
                shift = here - _wall(secs - 86400) - 86400
                if shift < 0 and _wall(secs + shift) == here:
                    fold = 1
        else:
            y, m, d, hh, mm, ss = _utc_fields(secs)
            fold = 0
        if cls is datetime and 1 <= y <= 9999:
            return _dt_new(datetime, y, m, d, hh, mm, ss, us, tz, fold)
        if not 1 <= y <= 9999:
            raise ValueError("year %d is out of range" % y)
        return _dt_sub(cls, y, m, d, hh, mm, ss, us, tz, fold)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(timestamp, True)
        result = cls._from_posix(secs, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t, True)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        if not 1 <= y <= 9999:
            raise ValueError("year %d is out of range" % y)
        return _dt_sub(cls, y, m, d, hh, mm, ss, us, None)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        secs, us = _now()
        result = cls._from_posix(secs, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcnow(cls):
        secs, us = _now()
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return _dt_sub(cls, y, m, d, hh, mm, ss, us, None)

    @classmethod
    def combine(cls, date, time, tzinfo=_MISSING):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argname(time))
        if tzinfo is _MISSING:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _dt_sub(cls, date._year, date._month, date._day, time._hour, time._minute,
                       time._second, time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso_datetime(date_string)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % date_string)
        y, m, d, hh, mm, ss, us, tz = r
        if cls is datetime:
            return datetime(y, m, d, hh, mm, ss, us, tz)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % _argname(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _argname(format))
        return cls(*_strptime(date_string, format))

    # Fields
    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def date(self):
        return _date_new(_date_class, self._year, self._month, self._day)

    def time(self):
        return _time_new(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        return _time_new(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def replace(self, year=_MISSING, month=_MISSING, day=_MISSING, hour=_MISSING,
                minute=_MISSING, second=_MISSING, microsecond=_MISSING, tzinfo=_MISSING,
                *, fold=_MISSING):
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        if hour is _MISSING:
            hour = self._hour
        if minute is _MISSING:
            minute = self._minute
        if second is _MISSING:
            second = self._second
        if microsecond is _MISSING:
            microsecond = self._microsecond
        if tzinfo is _MISSING:
            tzinfo = self._tzinfo
        if fold is _MISSING:
            fold = self._fold
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _dt_new(type(self), year, month, day, hour, minute, second, microsecond,
                       tzinfo, fold)

    def _us_total(self):
        """Microseconds since 0001-01-01 00:00, minus one day (wall clock)."""
        t = self._total
        if t is None:
            t = self._total = ((((_ymd2ord(self._year, self._month, self._day) * 24
                                  + self._hour) * 60 + self._minute) * 60 + self._second)
                               * 1000000 + self._microsecond)
        return t

    def _posix(self):
        """POSIX seconds of this naive local time."""
        return _local_to_posix(self._year, self._month, self._day, self._hour,
                               self._minute, self._second, self._fold)

    def timestamp(self):
        if self._tzinfo is None:
            return float(self._posix()) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            if tz is mytz:
                return self
            off = self.utcoffset()
        if off is None:
            mytz = _local_timezone(self._posix())
            if tz is mytz:
                return self
            off = mytz.utcoffset(self)
        utc = _dt_from_us(type(self), self._us_total() - off._us, self._tzinfo)
        if tz is None:
            tz = _local_timezone((utc._us_total() - _EPOCH_US) // 1000000)
        utc._tzinfo = tz
        return tz.fromutc(utc)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _mktuple(self._year, self._month, self._day, self._hour, self._minute,
                        self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _mktuple(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def ctime(self):
        return _ctime(self._year, self._month, self._day, self._hour, self._minute,
                      self._second)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _argname(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s" % _argname(timespec))
        s = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep,
                                    _format_time(self._hour, self._minute, self._second,
                                                 self._microsecond, timespec))
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ':')
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d, %d, %d, %d' % (
                self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d, %d, %d, %d' % (self._year, self._month, self._day,
                                            self._hour, self._minute, self._second)
        else:
            s = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour,
                                        self._minute)
        # CPython's C datetime writes fold before tzinfo (its time, after).
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_tpname(type(self)), s)

    def strftime(self, format):
        _check_fmt(format)
        isdst = -1
        if self._tzinfo is not None:
            # CPython builds timetuple() first, which asks dst().
            dst = self.dst()
            if dst is not None:
                isdst = 1 if dst else 0
        return _strftime(format, _Fields(self._year, self._month, self._day, self._hour,
                                      self._minute, self._second, self._microsecond, self,
                                      isdst))

    # Comparisons
    def _cmp(self, other, eq):
        """-1/0/1, or 2 for 'unequal' (eq only: naive vs aware, or a PEP 495 exception)."""
        if self._tzinfo is other._tzinfo:
            a, b = self._us_total(), other._us_total()
        else:
            oa, ob = self.utcoffset(), other.utcoffset()
            if oa == ob:
                a, b = self._us_total(), other._us_total()
            elif oa is not None and ob is not None:
                a, b = self._us_total() - oa._us, other._us_total() - ob._us
            elif eq:
                return 2
            else:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if eq and a == b and (_fold_matters(self, oa) or _fold_matters(other, ob)):
                return 2
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._us_total() == other._us_total()
            return self._cmp(other, True) == 0
        if isinstance(other, _date_class):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._us_total() != other._us_total()
            return self._cmp(other, True) != 0
        if isinstance(other, _date_class):
            return True
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False)
        if isinstance(other, _date_class):
            raise TypeError("can't compare %s to %s" % (_tpname(type(self)),
                                                         _tpname(type(other))))
        return None

    def __lt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._us_total() < other._us_total()
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._us_total() <= other._us_total()
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._us_total() > other._us_total()
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._us_total() >= other._us_total()
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        total = self._us_total()
        if self._tzinfo is not None:
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            if off is not None:
                total -= off._us
        return hash(total)

    # Arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us_total() + other._us, self._tzinfo)
        return _fwd('+', '__radd__', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us_total() + other._us, self._tzinfo)
        return _rev('+', self, other)

    def __sub__(self, other):
        if isinstance(other, datetime):
            a = self._total
            if a is None:
                a = self._us_total()
            b = other._total
            if b is None:
                b = other._us_total()
            if self._tzinfo is not other._tzinfo:
                oa, ob = self.utcoffset(), other.utcoffset()
                if (oa is None) != (ob is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if oa is not None:
                    a -= oa._us
                    b -= ob._us
            return _td(timedelta, a - b)
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us_total() - other._us, self._tzinfo)
        return _fwd('-', '__rsub__', self, other)

    def __rsub__(self, other):
        return _rev('-', self, other)

    def __reduce_ex__(self, proto):
        y, us = self._year, self._microsecond
        m = self._month + (128 if self._fold and proto > 3 else 0)
        state = bytes((y >> 8, y & 255, m, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _fold_matters(dt, off):
    # PEP 495: an aware datetime whose offset depends on fold never equals one in
    # another zone.
    flipped = dt.replace(fold=1 - dt._fold).utcoffset()
    return flipped is not off and flipped != off


def _now():
    ns = getattr(_time, 'time_ns', None)
    if ns is not None:
        secs, rest = divmod(ns(), 1000000000)
        return secs, rest // 1000
    return _split_timestamp(_time.time(), True)


_date_class = date
_time_class = time
datetime.min = _dt_new(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _dt_new(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td(timedelta, 1)
_EPOCH = _dt_new(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
_EPOCH_US = _EPOCH_ORDINAL * _US_PER_DAY

_OWN_TYPES = (timedelta, date, datetime, time, tzinfo, timezone, IsoCalendarDate)
_OWN_REFLECTED = []
for _cls in _OWN_TYPES:
    for _name in ('__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__',
                  '__rmod__', '__rdivmod__'):
        if _name in _cls.__dict__:
            _OWN_REFLECTED.append(_cls.__dict__[_name])
del _cls, _name


# ---------------------------------------------------------------------------
# fromisoformat: the grammar and quirks of CPython 3.11's C parser, which reads a
# NUL-terminated buffer (so looking past the end sees '\0').

def _bytes_view(s):
    """s as the C parser sees it, UTF-8 encoded: each byte of a non-ASCII character
    becomes a '\\x80' (which nothing in the grammar matches); None if s has surrogates."""
    if not s or max(s) < '\x80':
        return s
    out = []
    for c in s:
        o = ord(c)
        if o < 0x80:
            out.append(c)
        elif 0xd800 <= o <= 0xdfff:
            return None
        else:
            out.append('\x80' * (2 if o < 0x800 else 3 if o < 0x10000 else 4))
    return ''.join(out)


def _digits(s, p, n):
    v = 0
    for i in range(p, p + n):
        c = s[i] if i < len(s) else '\0'
        if not '0' <= c <= '9':
            return None
        v = v * 10 + ord(c) - 48
    return v


def _ch(s, i):
    return s[i] if 0 <= i < len(s) else '\0'


def _parse_iso_date(s, length):
    """(y, m, d) of the date starting s (`length` chars long), or None."""
    y = _digits(s, 0, 4)
    if y is None:
        return None
    p = 4
    sep = _ch(s, p) == '-'
    if sep:
        p += 1
    if _ch(s, p) == 'W':
        week = _digits(s, p + 1, 2)
        if week is None:
            return None
        p += 3
        day = 1
        if p < length:
            if sep:
                if _ch(s, p) != '-':
                    return None
                p += 1
            day = _digits(s, p, 1)
            if day is None:
                return None
        rv, o = _iso_to_ord(y, week, day)
        if rv:
            return None
        return _ord2ymd(o)
    m = _digits(s, p, 2)
    if m is None:
        return None
    p += 2
    if sep:
        if _ch(s, p) != '-':
            return None
        p += 1
    d = _digits(s, p, 2)
    if d is None:
        return None
    return y, m, d


def _parse_hms(s, p, end):
    """Parse HH[:?MM[:?SS[{.,}ffffff...]]] from s[p:end] (reading on past end as C
    does): (status, hh, mm, ss, us) with status 0 (done), 1 (text left over) or None."""
    vals = [0, 0, 0]
    sep = True
    for i in range(3):
        v = _digits(s, p, 2)
        if v is None:
            return None
        vals[i] = v
        p += 2
        c = _ch(s, p)
        p += 1
        if i == 0:
            sep = c == ':'
        if p >= end:
            return (1 if c != '\0' else 0), vals[0], vals[1], vals[2], 0
        if sep and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if not sep:
            p -= 1
        else:
            return None
    n = min(end - p, 6)
    us = 0
    for i in range(p, p + n):
        c = _ch(s, i)
        if not '0' <= c <= '9':
            return None
        us = us * 10 + ord(c) - 48
    p += n
    us *= 10 ** (6 - n) if n else 0
    while '0' <= _ch(s, p) <= '9':
        p += 1
    return (1 if _ch(s, p) != '\0' else 0), vals[0], vals[1], vals[2], us


def _parse_iso_time(s, start):
    """(hh, mm, ss, us, tzinfo) of the time in s[start:], or None if malformed."""
    end = len(s)
    tzpos = start
    while True:
        if _ch(s, tzpos) in 'Z+-':
            break
        tzpos += 1
        if tzpos >= end:
            break
    r = _parse_hms(s, start, tzpos)
    if r is None:
        return None
    rv, hh, mm, ss, us = r
    if tzpos == end:
        if rv == 1:
            return None
        return hh, mm, ss, us, None
    if _ch(s, tzpos) == 'Z':
        if _ch(s, tzpos + 1) != '\0':
            return None
        return hh, mm, ss, us, _UTC
    sign = -1 if _ch(s, tzpos) == '-' else 1
    r = _parse_hms(s, tzpos + 1, end)
    if r is None or r[0]:
        return None
    off = sign * ((r[1] * 3600 + r[2] * 60 + r[3]) * 1000000 + r[4])
    if not off:
        return hh, mm, ss, us, _UTC
    return hh, mm, ss, us, timezone(_td(timedelta, off))


def _iso_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n > 8 and s[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= s[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        i = 7
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_datetime(s):
    if len(s) < 7:
        return None
    # A surrogate separator is tolerated: CPython swaps in 'T' before encoding.
    for pos in (7, 8, 10):
        if pos < len(s) and '\ud800' <= s[pos] <= '\udfff':
            s = s[:pos] + 'T' + s[pos + 1:]
            break
    s = _bytes_view(s)
    if s is None:
        return None
    sep = _iso_separator(s)
    if sep < 0:
        return None
    r = _parse_iso_date(s, sep)
    if r is None:
        return None
    y, m, d = r
    if len(s) > sep:
        t = _parse_iso_time(s, sep + 1)
        if t is None:
            return None
        return (y, m, d) + t
    return y, m, d, 0, 0, 0, 0, None


# ---------------------------------------------------------------------------
# strptime: what CPython's _strptime regular expressions accept, in the C locale.
# A pattern is a list of alternatives tried in order; each alternative is a sequence
# of character sets, None standing for \d (any decimal digit).

_D = None
_N19 = '123456789'
_STRP_NUM = {
    'd': (('3', '01'), ('12', _D), ('0', _N19), (_N19,), (' ', _N19)),
    'H': (('2', '0123'), ('01', _D), (_D,)),
    'I': (('1', '012'), ('0', _N19), (_N19,)),
    'G': ((_D, _D, _D, _D),),
    'Y': ((_D, _D, _D, _D),),
    'y': ((_D, _D),),
    'j': (('3', '6', '0123456'), ('3', '012345', _D), ('12', _D, _D), ('0', _N19, _D),
          ('0', '0', _N19), (_N19, _D), ('0', _N19), (_N19,)),
    'm': (('1', '012'), ('0', _N19), (_N19,)),
    'M': (('012345', _D), (_D,)),
    'S': (('6', '01'), ('012345', _D), (_D,)),
    'U': (('5', '0123'), ('01234', _D), (_D,)),
    'W': (('5', '0123'), ('01234', _D), (_D,)),
    'w': (('0123456',),),
    'u': (('1234567',),),
    'V': (('5', '0123'), ('0', _N19), ('1234', _D), (_D,)),
}
_STRP_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_REGEX_SPECIAL = '\\.^$*+?(){}[]|'


def _by_length(names):
    return sorted(names, key=len, reverse=True)


_strp_names_cache = [None, None]


def _strp_names():
    tzname = getattr(_time, 'tzname', ('UTC', 'UTC'))
    key = (tuple(tzname), getattr(_time, 'daylight', 0))
    if _strp_names_cache[0] == key:
        return _strp_names_cache[1]
    zones = {'utc', 'gmt', tzname[0].lower()}
    if key[1]:
        zones.add(tzname[1].lower())
    _strp_names_cache[0] = key
    _strp_names_cache[1] = names = {
        'a': _by_length([n.lower() for n in _DAY_NAMES]),
        'A': _by_length([n.lower() for n in _DAY_FULL]),
        'b': _by_length([n.lower() for n in _MONTH_NAMES[1:]]),
        'B': _by_length([n.lower() for n in _MONTH_FULL[1:]]),
        'p': ['am', 'pm'],
        'Z': _by_length(sorted(zones)),
    }
    return names


_strp_cache = {}


def _strp_compile(fmt):
    toks = _strp_cache.get(fmt)
    if toks is not None:
        return toks
    toks = []
    _strp_tokens(fmt, fmt, toks)
    if len(_strp_cache) > 20:
        _strp_cache.clear()
    _strp_cache[fmt] = toks
    return toks


def _strp_tokens(fmt, whole, toks):
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % whole)
            k = fmt[i + 1]
            i += 2
            if k in _STRP_NUM or k in 'aAbBpZzf':
                toks.append(('d', k))
            elif k in _STRP_EXPAND:
                _strp_tokens(_STRP_EXPAND[k], whole, toks)
            elif k == '%':
                toks.append(('l', '%'))
            else:
                if k.isspace() or k in _REGEX_SPECIAL:
                    k = '%'     # CPython escaped these first, then met a '\\'
                raise ValueError("'%s' is a bad directive in format '%s'" % (k, whole))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append(('s', None))
        else:
            toks.append(('l', c.lower()))
            i += 1


def _strp_alts(s, i, alts):
    n = len(s)
    ends = []
    for alt in alts:
        j = i
        for cls in alt:
            if j >= n:
                break
            c = s[j]
            if cls is None:
                if not ('0' <= c <= '9' or c.isdecimal()):
                    break
            elif c not in cls:
                break
            j += 1
        else:
            ends.append(j)
    return ends


def _strp_z(s, i):
    n = len(s)
    ends = []

    def dig(j):
        return j < n and ('0' <= s[j] <= '9' or s[j].isdecimal())

    def d05(j):
        return j < n and '0' <= s[j] <= '5'

    if i < n and s[i] in '+-' and dig(i + 1) and dig(i + 2):
        for colon in (True, False):
            j = i + 3
            if colon:
                if j < n and s[j] == ':':
                    j += 1
                else:
                    continue
            if not (d05(j) and dig(j + 1)):
                continue
            j += 2
            for colon2 in (True, False):
                k = j
                if colon2:
                    if k < n and s[k] == ':':
                        k += 1
                    else:
                        continue
                if not (d05(k) and dig(k + 1)):
                    continue
                k += 2
                if k < n and s[k] == '.':
                    f = 0
                    while f < 6 and dig(k + 1 + f):
                        f += 1
                    for g in range(f, 0, -1):
                        ends.append(k + 1 + g)
                ends.append(k)
            ends.append(j)
    if i < n and s[i] == 'Z':
        ends.append(i + 1)
    return ends


def _strp_candidates(tok, s, i, names):
    kind, arg = tok
    n = len(s)
    if kind == 'l':
        if i < n and s[i].lower() == arg:
            return (i + 1,)
        return ()
    if kind == 's':
        j = i
        while j < n and s[j].isspace():
            j += 1
        return range(j, i, -1)
    if arg in _STRP_NUM:
        return _strp_alts(s, i, _STRP_NUM[arg])
    if arg == 'f':
        j = i
        while j < n and j - i < 6 and '0' <= s[j] <= '9':
            j += 1
        return range(j, i, -1)
    if arg == 'z':
        return _strp_z(s, i)
    ends = []
    for name in names[arg]:
        if s[i:i + len(name)].lower() == name:
            ends.append(i + len(name))
    return ends


def _strp_match(toks, s, names):
    found = {}

    def walk(ti, i):
        if ti == len(toks):
            return i
        tok = toks[ti]
        for j in _strp_candidates(tok, s, i, names):
            if tok[0] == 'd':
                found[tok[1]] = s[i:j]
            end = walk(ti + 1, j)
            if end >= 0:
                return end
        return -1

    end = walk(0, 0)
    if end < 0:
        return None, -1
    order = {}
    for kind, arg in toks:
        if kind == 'd' and arg not in order:
            order[arg] = found[arg]
    return order, end


def _strptime(data, fmt):
    (year, month, day, hour, minute, second, fraction, _, _, gmtoff, gmtoff_fraction,
     tzname) = _strptime_fields(data, fmt)
    args = (year, month, day, hour, minute, second, fraction)
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (timezone(delta, tzname) if tzname else timezone(delta),)
    return args


def _strptime_fields(data, fmt):
    """(year, month, day, hour, minute, second, microsecond, weekday, day of the year,
    UTC offset or None, its microseconds, %Z text or None): also time.strptime's."""
    toks = _strp_compile(fmt)
    names = _strp_names()
    found, end = _strp_match(toks, data, names)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    monday_first = False
    weekday = julian = None
    for key, text in found.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = [n.lower() for n in _MONTH_FULL[1:]].index(text.lower()) + 1
        elif key == 'b':
            month = [n.lower() for n in _MONTH_NAMES[1:]].index(text.lower()) + 1
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key == 'A':
            weekday = [n.lower() for n in _DAY_FULL].index(text.lower())
        elif key == 'a':
            weekday = [n.lower() for n in _DAY_NAMES].index(text.lower())
        elif key == 'w':
            weekday = (int(text) + 6) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key == 'U' or key == 'W':
            week_of_year = int(text)
            monday_first = key == 'W'
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            z = text
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" % text)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_fraction = int(rest + '0' * (6 - len(rest)))
                if z[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    feb29 = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904     # a leap year, so the day can be validated
            feb29 = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = date(year, 1, 1).weekday()
            wd = weekday
            if not monday_first:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + wd
        elif iso_year is not None and iso_week is not None:
            o = (iso_week * 7 + weekday + 1) - (date(iso_year, 1, 4).isoweekday() + 3)
            if o < 1:
                o += date(iso_year, 1, 1).toordinal()
                iso_year -= 1
                o -= date(iso_year, 1, 1).toordinal()
            year, julian = iso_year, o
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = date(year, month, day).toordinal() - _ymd2ord(year, 1, 1) + 1
    else:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d._year, d._month, d._day
    if weekday is None:
        weekday = (_ymd2ord(year, month, day) + 6) % 7
    if feb29:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, weekday, julian, gmtoff,
            gmtoff_fraction, found.get('Z'))
