"""time, as CPython 3.11's on Linux with glibc: the clocks and struct_time are native
(_reap_time); broken-down times, the local zone (_time_local), strftime (datetime's C
library conversions) and strptime are written here.

Differences from CPython:
- Tracebacks of errors raised in the functions written here show their frames.
- Local time follows TZ as os.environ holds it (Reap's os.environ changes no process
  environment).
"""

from _reap_time import (
    time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns, sleep,
    process_time, process_time_ns, thread_time, thread_time_ns,
    clock_gettime, clock_gettime_ns, clock_getres, clock_settime, clock_settime_ns,
    struct_time,
    CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID,
    CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME, CLOCK_TAI,
)
import _time_local as _local

_STRUCT_TM_ITEMS = 11
_WDAY = ('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat')
_MON = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_INT_MIN = -2 ** 31
_INT_MAX = 2 ** 31 - 1

_CLOCK_INFO = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True, CLOCK_REALTIME),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False,
                     CLOCK_PROCESS_CPUTIME_ID),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False,
                    CLOCK_THREAD_CPUTIME_ID),
}


def get_clock_info(name, /):
    if not isinstance(name, str):
        raise TypeError("get_clock_info() argument 1 must be str, not %s" % type(name).__name__)
    info = _CLOCK_INFO.get(name)
    if info is None:
        raise ValueError("unknown clock")
    from types import SimpleNamespace
    return SimpleNamespace(implementation=info[0], monotonic=info[1], adjustable=info[2],
                           resolution=clock_getres(info[3]))


# ---------------------------------------------------------------------------
# Timestamps and tuples, checked as CPython converts them to time_t and struct tm

def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        return type(v).__index__(v)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


def _time_t(secs):
    if secs is None:
        t = time()
        n = int(t)
        return n - 1 if n > t else n
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e18 <= secs < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        n = int(secs)
        return n - 1 if n > secs else n
    n = _index(secs)
    if not -2 ** 63 <= n < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return n


def _c_int(v):
    n = _index(v)
    if not _INT_MIN <= n <= _INT_MAX:
        raise OverflowError("signed integer is greater than maximum" if n > 0
                            else "signed integer is less than minimum")
    return n


class _Tm:
    """A struct tm: C's fields (year from 1900, month and yday from 0, Sunday 0), the zone
    name and offset, and what datetime's strftime asks of them."""
    __slots__ = ('year', 'mon', 'mday', 'hour', 'min', 'sec', 'cwday', 'cyday', 'dst',
                 'tm_zone', 'tm_gmtoff')

    def __init__(self, t, who):
        if not isinstance(t, tuple):
            raise TypeError("Tuple or struct_time argument required")
        if len(t) != 9 and not (type(t) is struct_time and len(t) >= 9):
            raise TypeError("%s(): illegal time tuple argument" % who)
        y, mon, mday, hour, mi, sec, wday, yday, dst = [_c_int(v) for v in t[:9]]
        if y < _INT_MIN + 1900:
            raise OverflowError("year out of range")
        self.year, self.mon, self.mday = y - 1900, mon - 1, mday
        self.hour, self.min, self.sec = hour, mi, sec
        w = wday + 1
        self.cwday = w - int(w / 7) * 7         # C's remainder keeps the sign
        self.cyday, self.dst = yday - 1, dst
        self.tm_zone = self.tm_gmtoff = None
        if type(t) is struct_time:
            self.tm_zone = t.tm_zone
            self.tm_gmtoff = t.tm_gmtoff

    def check(self):
        """CPython's checktm, for what indexes tables (asctime, strftime)."""
        if self.mon == -1:
            self.mon = 0
        elif not 0 <= self.mon <= 11:
            raise ValueError("month out of range")
        if self.mday == 0:
            self.mday = 1
        elif not 0 <= self.mday <= 31:
            raise ValueError("day of month out of range")
        if not 0 <= self.hour <= 23:
            raise ValueError("hour out of range")
        if not 0 <= self.min <= 59:
            raise ValueError("minute out of range")
        if not 0 <= self.sec <= 61:
            raise ValueError("seconds out of range")
        if self.cwday < 0:
            raise ValueError("day of week out of range")
        if self.cyday == -1:
            self.cyday = 0
        elif not 0 <= self.cyday <= 365:
            raise ValueError("day of year out of range")

    # For datetime's strftime engine.
    @property
    def y(self):
        return self.year + 1900

    @property
    def m(self):
        return self.mon + 1

    @property
    def d(self):
        return self.mday

    @property
    def hh(self):
        return self.hour

    @property
    def mm(self):
        return self.min

    @property
    def ss(self):
        return self.sec

    def isdst(self):
        return self.dst

    def wday(self):
        return self.cwday

    def yday(self):
        return self.cyday

    def zone(self):
        if self.tm_zone:
            return self.tm_zone
        return tzname[1 if self.dst else 0] if self.dst >= 0 else ''

    def gmtoff(self):
        return self.tm_gmtoff or 0

    def posix(self):
        r = _local.mktime(_zone(), self.year + 1900, self.mon + 1, self.mday, self.hour,
                          self.min, self.sec, self.dst)
        return -1 if r is None else r[0]


def _asctime(y, mon, mday, hour, mi, sec, cwday):
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_WDAY[cwday], _MON[mon], mday, hour, mi, sec, y)


# ---------------------------------------------------------------------------
# Broken-down time

def _tuple(t, off, isdst, zone):
    y, m, d, hh, mm, ss, wday, yday = _local.fields(t, off)
    if not _INT_MIN <= y - 1900 <= _INT_MAX:
        raise OSError(75, 'Value too large for defined data type')
    return struct_time((y, m, d, hh, mm, ss, wday, yday, isdst, zone, off))


def gmtime(seconds=None, /):
    return _tuple(_time_t(seconds), 0, 0, 'GMT')


def localtime(seconds=None, /):
    t = _time_t(seconds)
    off, isdst, name = _local.State.zone.at(t)
    return _tuple(t, off, isdst, name)


def _zone():
    """The zone TZ names, read again only when TZ changed (as glibc's tzset)."""
    os = _local._sys.modules.get('os')
    key = os.environ.get('TZ') if os is not None else _local._reap_os.environ().get('TZ')
    if key != _local.State.key:
        _local.State.zone = _local.load()
        _local.State.key = key
    return _local.State.zone


def mktime(t, /):
    tm = _Tm(t, 'mktime')
    r = _local.mktime(_zone(), tm.year + 1900, tm.mon + 1, tm.mday, tm.hour, tm.min,
                      tm.sec, tm.dst)
    if r is None:
        raise OverflowError("mktime argument out of range")
    return float(r[0])


def asctime(t=None, /):
    if t is None:
        t = localtime()
    tm = _Tm(t, 'asctime')
    tm.check()
    return _asctime(tm.year + 1900, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.cwday)


def ctime(seconds=None, /):
    t = localtime(seconds)
    return _asctime(t[0], t[1] - 1, t[2], t[3], t[4], t[5], (t[6] + 1) % 7)


def strftime(format, t=None, /):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    tm = _Tm(t, 'strftime')
    tm.check()
    tm.dst = max(-1, min(1, tm.dst))
    if '\0' in format:
        raise ValueError("embedded null character")
    from datetime import _libc_strftime
    # CPython doubles its buffer from 1024 bytes up to 256 per format byte; output that
    # never fits comes back empty.
    n = len(format.encode('utf-8', 'surrogateescape'))
    room = 1024
    while room < 256 * n:
        room *= 2
    return _libc_strftime(format, tm, room)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    for i, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (i, type(arg)))
    from datetime import _strptime_fields
    (y, m, d, hh, mi, ss, _, wday, yday, gmtoff, _, zone) = _strptime_fields(data_string,
                                                                             format)
    isdst = -1
    if zone is not None:
        z = zone.lower()
        if z in ('utc', 'gmt'):
            isdst = 0
        elif z == tzname[0].lower() and not (tzname[0] == tzname[1] and daylight):
            isdst = 0
        elif daylight and z == tzname[1].lower():
            isdst = 1
    return struct_time((y, m, d, hh, mi, ss, wday, yday, isdst, zone, gmtoff))


# ---------------------------------------------------------------------------
# The zone's names and offsets, as CPython works them out from January and July

def tzset():
    global timezone, altzone, daylight, tzname
    _zone()
    year = (365 * 24 + 6) * 3600
    # The system's clock, as CPython's time(NULL): a host's clock (time()) is not read.
    t = (int(clock_gettime(CLOCK_REALTIME)) // year) * year
    jan = _local.State.zone.at(t)
    jul = _local.State.zone.at(t + year // 2)
    janzone, julzone = -jan[0], -jul[0]
    if janzone < julzone:
        # DST is reversed in the southern hemisphere.
        timezone, altzone = julzone, janzone
        tzname = (jul[2], jan[2])
    else:
        timezone, altzone = janzone, julzone
        tzname = (jan[2], jul[2])
    daylight = int(janzone != julzone)


_local.State.key = object()
tzset()


class _BuiltinFunction:
    # What the functions written here are to scripts: CPython's are built-in functions,
    # which show as such and do not bind as methods (logging's `Formatter.converter =
    # time.localtime` is called with the record's time only). (No docstring: `__doc__` is
    # a slot.)
    __slots__ = ('_f', '_arity', '__name__', '__qualname__', '__doc__')

    def __init__(self, f, name, arity):
        self._f, self._arity = f, arity
        self.__name__ = self.__qualname__ = name
        self.__doc__ = f.__doc__

    def __call__(self, *args, **kwargs):
        # CPython's messages for its argument parsers, which differ from one to another.
        lo, hi, shown, style = self._arity
        n = len(args)
        if kwargs:
            raise TypeError('%s() takes no keyword arguments' % shown)
        if n > hi or n < lo:
            if style == 'exactly':
                raise TypeError('%s() takes exactly %s argument (%d given)'
                                % (shown, 'one' if shown.startswith('time.') else '1', n))
            if style == 'none':
                raise TypeError('%s() takes no arguments (%d given)' % (shown, n))
            if style == 'expected':
                raise TypeError('%s expected at most %d argument, got %d' % (shown, hi, n))
            if style == 'python':
                return self._f(*args)
            word = 'at most' if n > hi else 'at least'
            k = hi if n > hi else lo
            raise TypeError('%s() takes %s %d argument%s (%d given)'
                            % (shown, word, k, '' if k == 1 else 's', n))
        return self._f(*args)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__

    def __reduce__(self):
        return self.__name__

    @property
    def __module__(self):
        return 'time'

    @property
    def __self__(self):
        return _sys.modules.get('time')


_sys = _local._sys
for _f, _arity in (
        (get_clock_info, (1, 1, 'get_clock_info', 'exactly')),
        (gmtime, (0, 1, 'gmtime', 'range')),
        (localtime, (0, 1, 'localtime', 'range')),
        (ctime, (0, 1, 'ctime', 'range')),
        (mktime, (1, 1, 'time.mktime', 'exactly')),
        (asctime, (0, 1, 'asctime', 'expected')),
        (strftime, (1, 2, 'strftime', 'range')),
        (_strptime_time, (1, 2, 'strptime', 'python')),
        (tzset, (0, 0, 'time.tzset', 'none'))):
    globals()[_arity[2].rpartition('.')[2]] = _BuiltinFunction(_f, _arity[2].rpartition('.')[2],
                                                               _arity)
del _f, _arity
