"""zoneinfo, written in Python for Reap: IANA time zones read from the system's TZif files.

Behaves as CPython 3.11's zoneinfo (whose ZoneInfo is the C `_zoneinfo` type): the same
search path (TZPATH, PYTHONTZPATH), key validation and messages, TZif v1 and v2+ files with
the POSIX TZ string footer for times past the last transition, fold-aware utcoffset / dst /
tzname, fromutc, the weak + 8-entry strong cache, no_cache, clear_cache, from_file, reprs,
pickling by key, and available_timezones().

Differences from CPython:
- This is one module, not a package: `zoneinfo._common`, `zoneinfo._tzpath` and
  `zoneinfo._zoneinfo` do not exist (the exception classes still name them in __module__).
- The `tzdata` PyPI package's data is never read: a key absent from TZPATH is not found.
- A TZif v2+ file cut short inside its footer raises ValueError where CPython loops forever.
"""

import os as _os
from bisect import bisect_right as _bisect_right
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = [
    "ZoneInfo",
    "reset_tzpath",
    "available_timezones",
    "TZPATH",
    "ZoneInfoNotFoundError",
    "InvalidTZPathWarning",
]


class ZoneInfoNotFoundError(KeyError):
    """No TZif file for the key was found on TZPATH (a KeyError)."""


ZoneInfoNotFoundError.__module__ = "zoneinfo._common"


class InvalidTZPathWarning(RuntimeWarning):
    """PYTHONTZPATH named relative paths, which are ignored."""


InvalidTZPathWarning.__module__ = "zoneinfo._tzpath"


# ---------------------------------------------------------------------------
# The search path

# sysconfig's TZPATH of a CPython built for Linux.
_COMPILED_TZPATH = "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"

TZPATH = ()


def _relative_paths_message(paths):
    lines = "".join("\n    " + p for p in paths if not _os.path.isabs(p))
    return "Paths should be absolute but found the following relative paths:" + lines


def _paths_from_string(text):
    if not text:
        return ()
    parts = text.split(_os.pathsep)
    kept = tuple(p for p in parts if _os.path.isabs(p))
    if len(kept) != len(parts):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(parts), InvalidTZPathWarning)
    return kept


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        env = _os.environ.get("PYTHONTZPATH", None)
        paths = _paths_from_string(_COMPILED_TZPATH if env is None else env)
    else:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(_os.path.isabs, to)):
            raise ValueError(_relative_paths_message(to))
        paths = to
    TZPATH = tuple(paths)


def _check_key(key):
    if _os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = _os.path.normpath(key)
    # Only normalisations that change the length matter ('a/../b', 'a/b/', './a', '').
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    # A key that climbs out of its folder ('..', '../x') loses the '_/' prefix here.
    if not _os.path.normpath(_os.path.join("_/", normal)).startswith("_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _check_key(key)
    for folder in TZPATH:
        path = _os.path.join(folder, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of keys of the TZif files found under TZPATH (right/, posix/ and
    posixrules left out)."""
    found = set()
    for root in TZPATH:
        if not _os.path.exists(root):
            continue
        for folder, subfolders, files in _os.walk(root):
            if folder == root:
                # right/ and posix/ hold copies of the whole database.
                for special in ("right", "posix"):
                    if special in subfolders:
                        subfolders.remove(special)
            for name in files:
                path = _os.path.join(folder, name)
                key = _os.path.relpath(path, start=root)
                if not key or key in found:
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            found.add(key)
                except Exception:
                    pass
    found.discard("posixrules")
    return found


# ---------------------------------------------------------------------------
# Reading TZif files

_SIZES = {'l': 4, 'q': 8, 'b': 1, 'B': 1}


def _unpack(fmt, data):
    try:
        import struct
    except ImportError:
        return _unpack_without_struct(fmt, data)
    return struct.unpack(fmt, data)


def _unpack_without_struct(fmt, data):
    # struct.unpack's big-endian l, q, b and B, for a host that built the runtime without the
    # `data` group (which has `struct`).
    codes = []
    count = ''
    for c in fmt[1:]:
        if c.isdigit():
            count += c
        else:
            codes.extend(c * int(count or 1))
            count = ''
    if len(data) != sum(_SIZES[c] for c in codes):
        raise ValueError('truncated TZif data')
    out = []
    pos = 0
    for c in codes:
        size = _SIZES[c]
        out.append(int.from_bytes(data[pos:pos + size], 'big', signed=c != 'B'))
        pos += size
    return tuple(out)


def _read_header(fobj):
    if fobj.read(4) != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    v = fobj.read(1)
    version = 1 if v == b"\x00" else int(v)
    fobj.read(15)
    # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    return (version,) + _unpack(">6l", fobj.read(24))


def _load_data(fobj):
    """(transition type indices, UTC transition times, UTC offsets, isdst flags,
    abbreviations, footer TZ string as bytes or None) of a TZif stream."""
    version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _read_header(fobj)
    size, code = 4, "l"
    if version >= 2:
        # Skip the 32-bit block: the 64-bit one follows with a header of its own.
        fobj.seek(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt, 1)
        version, isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = _read_header(fobj)
        size, code = 8, "q"
    if timecnt:
        times = _unpack(f">{timecnt}{code}", fobj.read(timecnt * size))
        indices = _unpack(f">{timecnt}B", fobj.read(timecnt))
    else:
        times = indices = ()
    utcoffs, isdsts, abbrinds = [], [], []
    for _ in range(typecnt):
        off, isdst, abbrind = _unpack(">lbb", fobj.read(6))
        utcoffs.append(off)
        isdsts.append(isdst)
        abbrinds.append(abbrind)
    chars = fobj.read(charcnt)
    names = {}
    abbrs = []
    for i in abbrinds:
        # Abbreviations may share their tails ("AHST\0" serves "AHST" and "HST").
        if i not in names:
            names[i] = chars[i:chars.find(b"\x00", i)].decode()
        abbrs.append(names[i])
    tz_str = None
    if version >= 2:
        fobj.seek(isutcnt + isstdcnt + leapcnt * 12, 1)
        c = fobj.read(1)
        if c != b"\n":
            raise AssertionError(c)
        parts = []
        while True:
            c = fobj.read(1)
            if c == b"\n":
                break
            if not c:
                raise ValueError("Invalid TZif file: unterminated TZ string")
            parts.append(c)
        tz_str = b"".join(parts)
    return indices, times, tuple(utcoffs), tuple(isdsts), tuple(abbrs), tz_str


_DELTAS = {}


def _delta(seconds):
    d = _DELTAS.get(seconds)
    if d is None:
        d = _DELTAS[seconds] = _timedelta(seconds=seconds)
    return d


class _TTInfo:
    """One local time type: UTC offset, DST amount (timedeltas) and abbreviation."""
    __slots__ = ("utcoff", "dstoff", "tzname", "seconds")

    def __init__(self, utcoff_seconds, dstoff_seconds, tzname):
        self.seconds = utcoff_seconds
        self.utcoff = _delta(utcoff_seconds)
        self.dstoff = _delta(dstoff_seconds)
        self.tzname = tzname

    def same(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)


class _NoTTInfo:
    __slots__ = ()
    utcoff = dstoff = tzname = None


_NO_TTINFO = _NoTTInfo()


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_EPOCH_ORDINAL = 719163


def _ordinal(y, m, d):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] \
        + (m > 2 and _is_leap(y)) + d


class _MonthRule:
    """Mm.w.d[/time]: day d (0 is Sunday) of week w (5: the last) of month m."""
    __slots__ = ("month", "week", "day", "secs")

    def __init__(self, month, week, day, secs):
        if not 0 < month <= 12 or not 0 < week <= 5 or not 0 <= day <= 6:
            raise ValueError
        self.month, self.week, self.day, self.secs = month, week, day, secs

    def local_seconds(self, year):
        first = _ordinal(year, self.month, 1)
        weekday = (first + 6) % 7             # 0 is Monday
        mday = (self.day - (weekday + 1)) % 7 + 1 + (self.week - 1) * 7
        last = _DAYS_IN_MONTH[self.month] + (self.month == 2 and _is_leap(year))
        if mday > last:
            mday -= 7
        return (first + mday - 1 - _EPOCH_ORDINAL) * 86400 + self.secs


class _DayRule:
    """Jn (1..365, February 29 never counted) or n (0..365) with a time of day."""
    __slots__ = ("julian", "day", "secs")

    def __init__(self, julian, day, secs):
        if day < julian or day > 365:
            raise ValueError
        self.julian, self.day, self.secs = julian, day, secs

    def local_seconds(self, year):
        # As CPython counts them: day n falls n days after December 31 of the year before
        # (and J59 and later move one day on in leap years).
        day = self.day
        if self.julian and day >= 59 and _is_leap(year):
            day += 1
        return (_ordinal(year, 1, 1) - _EPOCH_ORDINAL - 1 + day) * 86400 + self.secs


class _Rule:
    """What applies after the last transition: a fixed type, or std/dst with two rules."""
    __slots__ = ("std", "dst", "diff", "start", "end")

    def __init__(self, std, dst=None, start=None, end=None):
        self.std, self.dst, self.start, self.end = std, dst, start, end
        self.diff = dst.seconds - std.seconds if dst is not None else 0

    def find(self, ts, year, fold):
        if self.dst is None:
            return self.std
        start = self.start.local_seconds(year)
        end = self.end.local_seconds(year)
        # The span with the smaller offset takes the gap with fold=1 and the fold with
        # fold=0; which end moves depends on the sign of the DST difference.
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = ts < end or ts >= start
        return self.dst if isdst else self.std

    def find_utc(self, ts, year):
        if self.dst is None:
            return self.std, 0
        start = self.start.local_seconds(year) - self.std.seconds
        end = self.end.local_seconds(year) - self.dst.seconds
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = ts < end or ts >= start
        if self.diff > 0:
            fold = end <= ts < end + self.diff
        else:
            fold = start <= ts < start - self.diff
        return (self.dst if isdst else self.std), fold


# The POSIX TZ string: std offset [dst [offset] ,start[/time],end[/time]]

def _is_alpha(c):
    return "a" <= c <= "z" or "A" <= c <= "Z"


def _is_digit(c):
    return "0" <= c <= "9"


def _scan_abbr(s, i):
    """(abbreviation, index after it); index -1 when malformed."""
    if s[i:i + 1] == "<":
        j = i + 1
        while s[j:j + 1] != ">":
            c = s[j:j + 1]
            if not (_is_alpha(c) or _is_digit(c) or c == "+" or c == "-"):
                return None, -1
            j += 1
        return s[i + 1:j], j + 1
    j = i
    while j < len(s) and _is_alpha(s[j]):
        j += 1
    return s[i:j], j


def _scan_offset(s, i):
    """[+-]h[h[h]][:mm[:ss]], hours at most 24 -> (seconds to add to UTC, index after
    it), or (0, -1) if malformed. '+5' and '5' are west of Greenwich."""
    sign = -1
    if s[i:i + 1] in ("+", "-"):
        if s[i] == "-":
            sign = 1
        i += 1
    hours = 0
    for k in range(3):
        c = s[i:i + 1]
        if not _is_digit(c):
            if k == 0:
                return 0, -1
            break
        hours = hours * 10 + int(c)
        i += 1
    if hours > 24:
        return 0, -1
    more = [0, 0]
    for k in range(2):
        if s[i:i + 1] != ":":
            break
        i += 1
        for _ in range(2):
            c = s[i:i + 1]
            if not _is_digit(c):
                return 0, -1
            more[k] = more[k] * 10 + int(c)
            i += 1
    return sign * (hours * 3600 + more[0] * 60 + more[1]), i


def _scan_time(s, i):
    """The /time of a rule: [+-]h[h[h]][:mm[:ss]], hours at most 167 (RFC 8536), the sign
    applying to every part -> (seconds, index), index -1 if malformed."""
    sign = 1
    if s[i:i + 1] in ("+", "-"):
        if s[i] == "-":
            sign = -1
        i += 1
    hours = 0
    for n in range(3):
        c = s[i:i + 1]
        if not _is_digit(c):
            if n == 0:
                return 0, -1
            break
        hours = hours * 10 + int(c)
        i += 1
    if hours > 167:
        return 0, -1
    parts = [0, 0]
    for k in range(2):
        if s[i:i + 1] != ":":
            break
        i += 1
        for _ in range(2):
            c = s[i:i + 1]
            if not _is_digit(c):
                return 0, -1
            parts[k] = parts[k] * 10 + int(c)
            i += 1
    return sign * (hours * 3600 + parts[0] * 60 + parts[1]), i


def _scan_rule(s, i):
    """(rule, index after it) or (None, -1)."""
    secs = 7200
    if s[i:i + 1] == "M":
        i += 1
        if not _is_digit(s[i:i + 1]):
            return None, -1
        month = int(s[i])
        i += 1
        if s[i:i + 1] != ".":
            if not _is_digit(s[i:i + 1]):
                return None, -1
            month = month * 10 + int(s[i])
            i += 1
        wd = []
        for _ in range(2):
            if s[i:i + 1] != ".":
                return None, -1
            i += 1
            if not _is_digit(s[i:i + 1]):
                return None, -1
            wd.append(int(s[i]))
            i += 1
        if s[i:i + 1] == "/":
            secs, i = _scan_time(s, i + 1)
            if i < 0:
                return None, -1
        try:
            return _MonthRule(month, wd[0], wd[1], secs), i
        except ValueError:
            return None, -1
    julian = 0
    if s[i:i + 1] == "J":
        julian = 1
        i += 1
    day = 0
    for k in range(3):
        c = s[i:i + 1]
        if not _is_digit(c):
            if k == 0:
                return None, -1
            break
        day = day * 10 + int(c)
        i += 1
    if s[i:i + 1] == "/":
        secs, i = _scan_time(s, i + 1)
        if i < 0:
            return None, -1
    try:
        return _DayRule(julian, day, secs), i
    except ValueError:
        return None, -1


def _parse_tz_str(raw):
    s = raw.decode("latin-1")
    std_abbr, i = _scan_abbr(s, 0)
    if i < 1:
        raise ValueError(f"Invalid STD format in {raw!r}")
    std_off, i = _scan_offset(s, i)
    if i < 0:
        raise ValueError(f"Invalid STD offset in {raw!r}")
    if i == len(s):
        return _Rule(_TTInfo(std_off, 0, std_abbr))
    dst_abbr, j = _scan_abbr(s, i)
    if j <= i:
        raise ValueError(f"Invalid DST format in {raw!r}")
    i = j
    if s[i:i + 1] == ",":
        dst_off = std_off + 3600
    else:
        dst_off, i = _scan_offset(s, i)
        if i < 0:
            raise ValueError(f"Invalid DST offset in {raw!r}")
    rules = []
    for _ in range(2):
        if s[i:i + 1] != ",":
            raise ValueError(f"Missing transition rules in TZ string: {raw!r}")
        rule, i = _scan_rule(s, i + 1)
        if rule is None:
            raise ValueError(f"Malformed transition rule in TZ string: {raw!r}")
        rules.append(rule)
    if i != len(s):
        raise ValueError(f"Extraneous characters at end of TZ string: {raw!r}")
    std = _TTInfo(std_off, 0, std_abbr)
    dst = _TTInfo(dst_off, dst_off - std_off, dst_abbr)
    return _Rule(std, dst, rules[0], rules[1])


def _dst_offsets(indices, utcoffs, isdsts):
    """The DST amount of each type, inferred from the neighbouring standard types (the
    files only flag DST); a DST type whose amount cannot be inferred gets one hour."""
    count = len(isdsts)
    dstoffs = [0] * count
    for i in range(1, len(indices)):
        idx = indices[i]
        if not isdsts[idx] or dstoffs[idx]:
            continue
        off = 0
        prev = indices[i - 1]
        if not isdsts[prev]:
            off = utcoffs[idx] - utcoffs[prev]
        if not off and idx < count - 1:
            if i + 1 >= len(indices):
                continue
            nxt = indices[i + 1]
            if isdsts[nxt]:
                continue
            off = utcoffs[idx] - utcoffs[nxt]
        if off:
            dstoffs[idx] = off
    for idx in range(count):
        if isdsts[idx] and not dstoffs[idx]:
            dstoffs[idx] = 3600
    return dstoffs


def _local_transitions(indices, times, utcoffs):
    """Each transition in local wall seconds, as seen with fold=0 (the larger of the
    offsets around it) and with fold=1 (the smaller)."""
    if not times:
        return [[], []]
    wall0, wall1 = [], []
    if len(utcoffs) > 1:
        before, after = utcoffs[0], utcoffs[indices[0]]
    else:
        before = after = utcoffs[0]
    for i, t in enumerate(times):
        if i:
            before, after = utcoffs[indices[i - 1]], utcoffs[indices[i]]
        hi, lo = (after, before) if after > before else (before, after)
        wall0.append(t + hi)
        wall1.append(t + lo)
    return [wall0, wall1]


def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


# ---------------------------------------------------------------------------
# ZoneInfo

_MISSING = object()
_SOURCE_NOCACHE, _SOURCE_CACHE, _SOURCE_FILE = 0, 1, 2
_STRONG_CACHE_SIZE = 8


def _c_args(args, kwargs, names, nreq, npos_only=0, max_pos=None):
    """Bind args as CPython's C argument parser does for `names`, with its messages."""
    n, nargs = len(names), len(args)
    total = nargs + len(kwargs)
    if max_pos is None:
        max_pos = n
    if total > n:
        raise TypeError("function takes at most %d %sargument%s (%d given)"
                        % (n, "keyword " if nargs == 0 else "", "" if n == 1 else "s", total))
    if nargs > max_pos:
        if max_pos == 0:
            raise TypeError("function takes no positional arguments")
        raise TypeError("function takes at most %d positional argument%s (%d given)"
                        % (max_pos, "" if max_pos == 1 else "s", nargs))
    if nargs < npos_only:
        raise TypeError("function takes %s %d positional argument%s (%d given)"
                        % ("at least" if min(npos_only, nreq) < n else "exactly", npos_only,
                           "" if npos_only == 1 else "s", nargs))
    values = list(args) + [_MISSING] * (n - nargs)
    for i in range(npos_only, n):
        name = names[i]
        if name in kwargs:
            if i < nargs:
                raise TypeError(f"argument for function given by name ('{name}') "
                                f"and position ({i + 1})")
            values[i] = kwargs[name]
        elif i >= nargs and i < nreq:
            raise TypeError(f"function missing required argument '{name}' (pos {i + 1})")
    for k in kwargs:
        if k not in names[npos_only:]:
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
    return values


class _ReadOnly:
    """A read-only instance attribute stored in another slot, as C members are."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class ZoneInfo(_tzinfo):
    __slots__ = ("_key", "_file_repr", "_source", "_trans_utc", "_trans_local", "_trans_tti",
                 "_tti_before", "_rule", "_fixed", "__weakref__")

    def __init_subclass__(cls, **kwargs):
        import weakref
        cls._weak_cache = weakref.WeakValueDictionary()

    def __new__(cls, *args, **kwargs):
        key, = _c_args(args, kwargs, ("key",), 1)
        if cls is ZoneInfo:
            for i, (k, zone) in enumerate(_strong_cache):
                if k is key or k == key:
                    if i:
                        del _strong_cache[i]
                        _strong_cache.insert(0, (k, zone))
                    return zone
        weak = _weak_cache if cls is ZoneInfo else cls._weak_cache
        zone = weak.get(key, None)
        if zone is None:
            zone = weak.setdefault(key, cls._new_instance(key))
            zone._source = _SOURCE_CACHE
        if cls is ZoneInfo:
            _strong_cache.insert(0, (key, zone))
            del _strong_cache[_STRONG_CACHE_SIZE:]
        return zone

    @classmethod
    def _new_instance(cls, key):
        path = _find_tzfile(key)
        if path is None:
            # CPython then looks in the tzdata package, and fails while handling that
            # package's ImportError when it is missing.
            try:
                import tzdata
            except ImportError:
                raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        self = _tzinfo.__new__(cls)
        with open(path, "rb") as f:
            self._load(f)
        self._key = key
        self._file_repr = None
        return self

    @classmethod
    def no_cache(cls, *args, **kwargs):
        key, = _c_args(args, kwargs, ("key",), 1)
        self = cls._new_instance(key)
        self._source = _SOURCE_NOCACHE
        return self

    @classmethod
    def from_file(cls, *args, **kwargs):
        fobj, key = _c_args(args, kwargs, ("", "key"), 1, npos_only=1)
        if key is _MISSING:
            key = None
        self = _tzinfo.__new__(cls)
        file_repr = repr(fobj)
        self._load(fobj)
        self._source = _SOURCE_FILE
        self._file_repr = file_repr
        self._key = key
        return self

    @classmethod
    def clear_cache(cls, *args, **kwargs):
        only_keys, = _c_args(args, kwargs, ("only_keys",), 0, max_pos=0)
        if only_keys is _MISSING:
            only_keys = None
        weak = _weak_cache if cls is ZoneInfo else cls._weak_cache
        if only_keys is None:
            weak.clear()
            # CPython empties the base class's strong cache whichever class is asked.
            _strong_cache.clear()
            return None
        for key in only_keys:
            if cls is ZoneInfo:
                for i, (k, zone) in enumerate(_strong_cache):
                    if k is key or k == key:
                        del _strong_cache[i]
                        break
            weak.pop(key, None)
        return None

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        self = cls._new_instance(key)
        self._source = _SOURCE_NOCACHE
        return self

    def __reduce__(self):
        if self._source == _SOURCE_FILE:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (self._unpickle, (self._key, 1 if self._source == _SOURCE_CACHE else 0))

    key = _ReadOnly("_key")

    def _load(self, fobj):
        indices, times, utcoffs, isdsts, abbrs, tz_str = _load_data(fobj)
        count = len(utcoffs)
        for idx in indices:
            if idx >= count:
                raise ValueError(f"Invalid transition index found while reading TZif: {idx}")
        dstoffs = _dst_offsets(indices, utcoffs, isdsts)
        types = [_TTInfo(utcoffs[i], dstoffs[i], abbrs[i]) for i in range(count)]
        self._trans_utc = list(times)
        self._trans_local = _local_transitions(indices, times, utcoffs)
        self._trans_tti = [types[i] for i in indices]
        before = None
        for i in range(count):
            if not isdsts[i]:
                before = types[i]
                break
        if before is None and types:
            before = types[0]
        self._tti_before = before
        if tz_str:
            self._rule = _parse_tz_str(tz_str)
        else:
            if not types:
                raise ValueError("No time zone information found.")
            self._rule = _Rule(types[indices[-1]] if indices else types[-1])
        if count > 1 or self._rule.dst is not None:
            self._fixed = False
        elif count == 0:
            self._fixed = True
        else:
            self._fixed = types[0].same(self._rule.std)

    def _find(self, dt):
        if dt is None:
            return self._rule.std if self._fixed else _NO_TTINFO
        ts = _local_seconds(dt)
        fold = dt.fold
        wall = self._trans_local[1 if fold else 0]
        if wall and ts < wall[0]:
            return self._tti_before
        if not wall or ts > wall[-1]:
            return self._rule.find(ts, dt.year, fold)
        return self._trans_tti[_bisect_right(wall, ts) - 1]

    def utcoffset(self, dt):
        return self._find(dt).utcoff

    def dst(self, dt):
        return self._find(dt).dstoff

    def tzname(self, dt):
        return self._find(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_seconds(dt)
        times = self._trans_utc
        n = len(times)
        fold = 0
        if n and ts < times[0]:
            tti = self._tti_before
        elif not n or ts > times[-1]:
            tti, fold = self._rule.find_utc(ts, dt.year)
            if n:
                # Just after the last listed transition the fold is between the type
                # before it and the rule's, not between the rule's two types.
                prev = self._tti_before if n == 1 else self._trans_tti[n - 2]
                diff = prev.seconds - tti.seconds
                if diff > 0 and ts < times[-1] + diff:
                    fold = 1
        else:
            idx = _bisect_right(times, ts)
            if idx >= 2:
                prev, tti = self._trans_tti[idx - 2], self._trans_tti[idx - 1]
            else:
                prev, tti = self._tti_before, self._trans_tti[0]
            if prev.seconds - tti.seconds > ts - times[idx - 1]:
                fold = 1
        result = dt + tti.utcoff
        if fold:
            result = result.replace(fold=1)
        return result

    def _type_name(self):
        cls = type(self)
        return "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__

    def __repr__(self):
        if self._key is not None:
            return f"{self._type_name()}(key={self._key!r})"
        return f"{self._type_name()}.from_file({self._file_repr})"

    def __str__(self):
        if self._key is not None:
            return self._key
        return repr(self)


ZoneInfo.__module__ = "zoneinfo"

_strong_cache = []         # (key, zone), most recently used first; ZoneInfo itself only


def _new_weak_cache():
    import weakref
    return weakref.WeakValueDictionary()


_weak_cache = _new_weak_cache()

reset_tzpath()


def __dir__():
    # The public names and the module's dunders, as CPython's package shows them.
    return sorted(n for n in globals() if not n.startswith("_") or n.startswith("__"))
