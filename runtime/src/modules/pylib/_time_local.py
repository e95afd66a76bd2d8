"""Local time for Reap's `time` module, as glibc computes it: the zone named by TZ (a TZif
file, else a POSIX TZ string) or /etc/localtime, UTC seconds to local fields, and mktime's
search for the UTC seconds of local fields.

Kept free of `datetime` and `zoneinfo`, which import `time` themselves.
"""

import _reap_os
import sys as _sys

_ZONEINFO = '/usr/share/zoneinfo'
_EPOCH_ORDINAL = 719163
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, any day)."""
    p = y - 1
    return (p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m]
            + (1 if m > 2 and is_leap(y) else 0) + d - _EPOCH_ORDINAL)


def civil_from_days(n):
    """(year, month, day, yday 0-based, wday with Monday 0) of days since the epoch."""
    wday = (n + 3) % 7                  # 1970-01-01 was a Thursday
    # 400-year cycles keep the arithmetic exact for any year.
    n += _EPOCH_ORDINAL - 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        y -= 1
        n = 365
    leap = is_leap(y)
    yday = n
    m = 1
    while m < 12:
        dim = _DAYS_IN_MONTH[m] + (1 if m == 2 and leap else 0)
        if n < dim:
            break
        n -= dim
        m += 1
    return y, m, n + 1, yday, wday


def fields(t, off):
    """(y, m, d, hh, mm, ss, wday, yday 1-based) of UTC seconds t shown at offset off."""
    days, secs = divmod(t + off, 86400)
    y, m, d, yday, wday = civil_from_days(days)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return y, m, d, hh, mm, ss, wday, yday + 1


# ---------------------------------------------------------------------------
# Zones: a list of transitions (UTC seconds, type), types (offset, isdst, abbreviation),
# and a POSIX rule for what follows the last transition.

class _Rule:
    __slots__ = ('std', 'dst', 'start', 'end')

    def __init__(self, std, dst=None, start=None, end=None):
        self.std, self.dst, self.start, self.end = std, dst, start, end

    def find(self, t):
        if self.dst is None:
            return self.std
        # glibc takes the year of the UTC time and both changes of that year.
        y = civil_from_days(t // 86400)[0]
        # For 1970 and before glibc counts the changes from 1970-01-01 (at that year's
        # places within the year), so earlier times all fall before both.
        base = 0 if y <= 1970 else days_from_civil(y, 1, 1) * 86400
        first = days_from_civil(y, 1, 1) * 86400
        start = _rule_local(self.start, y) - first + base - self.std[0]
        end = _rule_local(self.end, y) - first + base - self.dst[0]
        if start < end:
            isdst = start <= t < end
        else:
            isdst = not (end <= t < start)
        return self.dst if isdst else self.std


def _rule_local(rule, y):
    """Local seconds (in the offset before the change) at which a change rule falls in y."""
    kind, a, b, c, secs = rule
    if kind == 'M':
        month, week, wday = a, b, c
        first = days_from_civil(y, month, 1)
        first_wday = (first + 4) % 7          # 0 is Sunday; 1970-01-01 was a Thursday
        day = (wday - first_wday) % 7 + 1 + (week - 1) * 7
        dim = _DAYS_IN_MONTH[month] + (1 if month == 2 and is_leap(y) else 0)
        while day > dim:
            day -= 7
        return (first + day - 1) * 86400 + secs
    n = a
    if kind == 'J' and n >= 60 and is_leap(y):
        n += 1
    if kind == 'J':
        n -= 1
    return (days_from_civil(y, 1, 1) + n) * 86400 + secs


class Zone:
    __slots__ = ('times', 'types', 'before', 'rule')

    def __init__(self, times, types, before, rule):
        self.times, self.types, self.before, self.rule = times, types, before, rule

    def at(self, t):
        """(offset, isdst, abbreviation) in force at UTC seconds t."""
        times = self.times
        if not times:
            return self.rule.find(t) if self.rule is not None else self.before
        if t < times[0][0]:
            return self.before
        if t >= times[-1][0] and self.rule is not None:
            return self.rule.find(t)
        lo, hi = 0, len(times)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if times[mid][0] <= t:
                lo = mid
            else:
                hi = mid
        return times[lo][1]


UTC = Zone((), (), (0, 0, 'UTC'), None)


def _be(data, i, n, signed=True):
    return int.from_bytes(data[i:i + n], 'big', signed=signed)


def _read_tzif(data):
    if data[:4] != b'TZif':
        return None
    version = data[4]
    pos = 0
    size = 4
    for _ in range(2):
        counts = [_be(data, pos + 20 + 4 * k, 4) for k in range(6)]
        isut, isstd, leap, timecnt, typecnt, charcnt = counts
        body = pos + 44
        block = timecnt * (size + 1) + typecnt * 6 + charcnt + leap * (size + 4) + isstd + isut
        if version >= 0x32 and size == 4:
            pos = body + block
            size = 8
            continue
        break
    i = body
    stamps = [_be(data, i + k * size, size) for k in range(timecnt)]
    i += timecnt * size
    idx = list(data[i:i + timecnt])
    i += timecnt
    types = []
    tinfo = []
    for k in range(typecnt):
        tinfo.append((_be(data, i, 4), data[i + 4], data[i + 5]))
        i += 6
    chars = data[i:i + charcnt]
    for off, isdst, ai in tinfo:
        end = chars.find(b'\0', ai)
        types.append((off, 1 if isdst else 0, chars[ai:end if end >= 0 else len(chars)].decode('latin-1')))
    i += charcnt + leap * (size + 4) + isstd + isut
    rule = None
    if size == 8 and data[i:i + 1] == b'\n':
        end = data.find(b'\n', i + 1)
        if end > i + 1:
            footer = parse_posix(data[i + 1:end].decode('latin-1'))
            rule = footer.rule if footer is not None else None
    if not types:
        return None
    before = types[0]
    for ty in types:
        if not ty[1]:
            before = ty
            break
    times = tuple((stamps[k], types[idx[k]]) for k in range(timecnt))
    return Zone(times, types, before, rule)


def _abbr(s, i):
    if s[i:i + 1] == '<':
        j = s.find('>', i)
        if j < 0:
            return None, -1
        return s[i + 1:j], j + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    if j - i < 3:
        return None, -1
    return s[i:j], j


def _hms(s, i, max_hours):
    """[+-]hh[:mm[:ss]] -> (seconds, index), index -1 when malformed."""
    sign = 1
    if s[i:i + 1] in ('+', '-'):
        sign = -1 if s[i] == '-' else 1
        i += 1
    parts = []
    while True:
        j = i
        while j < len(s) and s[j].isdigit() and j - i < 3:
            j += 1
        if j == i:
            return 0, -1
        parts.append(int(s[i:j]))
        i = j
        if len(parts) == 3 or s[i:i + 1] != ':':
            break
        i += 1
    parts += [0] * (3 - len(parts))
    if max_hours == 24:
        # glibc caps a zone's offset rather than refusing it.
        parts = [min(parts[0], 24), min(parts[1], 59), min(parts[2], 59)]
    elif parts[0] > max_hours:
        return 0, -1
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), i


def _change(s, i):
    """A change rule: ('M', month, week, wday, secs) or ('J'/'n', day, 0, 0, secs)."""
    if s[i:i + 1] == 'M':
        j = i + 1
        nums = []
        for k in range(3):
            e = j
            while e < len(s) and s[e].isdigit():
                e += 1
            if e == j:
                return None, -1
            nums.append(int(s[j:e]))
            j = e
            if k < 2:
                if s[j:j + 1] != '.':
                    return None, -1
                j += 1
        m, w, d = nums
        if not (1 <= m <= 12 and 1 <= w <= 5 and 0 <= d <= 6):
            return None, -1
        rule = ['M', m, w, d]
    else:
        kind = 'n'
        j = i
        if s[j:j + 1] == 'J':
            kind = 'J'
            j += 1
        e = j
        while e < len(s) and s[e].isdigit():
            e += 1
        if e == j:
            return None, -1
        rule = [kind, int(s[j:e]), 0, 0]
        j = e
    secs = 7200
    if s[j:j + 1] == '/':
        secs, j = _hms(s, j + 1, 167)
        if j < 0:
            return None, -1
    return tuple(rule + [secs]), j


def parse_posix(s, lenient=False):
    """A Zone of a POSIX TZ string ('EST+5EDT,M3.2.0,M11.1.0'), or None if malformed; when
    lenient, as glibc reads TZ: UTC under the standard name read so far, if any."""
    name, i = _abbr(s, 0)
    if i < 0:
        return _fixed(0, '') if lenient else None
    off, i = _hms(s, i, 24)
    if i < 0:
        return _fixed(0, name) if lenient else None
    std = (-off, 0, name)
    if i == len(s):
        return Zone((), (std,), std, _Rule(std))
    dname, i = _abbr(s, i)
    if i < 0:
        return None
    doff = std[0] + 3600
    if i < len(s) and s[i] != ',':
        o, i = _hms(s, i, 24)
        if i < 0:
            return None
        doff = -o
    dst = (doff, 1, dname)
    if i == len(s):
        # No rules: glibc's default, the US rules of 2007.
        start, end = ('M', 3, 2, 0, 7200), ('M', 11, 1, 0, 7200)
    else:
        if s[i] != ',':
            return None
        start, i = _change(s, i + 1)
        if i < 0 or s[i:i + 1] != ',':
            return None
        end, i = _change(s, i + 1)
        if i != len(s):
            return None
    return Zone((), (std, dst), std, _Rule(std, dst, start, end))


def _fixed(off, name):
    std = (off, 0, name)
    return Zone((), (std,), std, _Rule(std))


def _read_file(path):
    try:
        with open(path, 'rb') as f:
            return _read_tzif(f.read())
    except (OSError, ValueError, IndexError):
        return None


def load():
    """The zone TZ names now (glibc's tzset)."""
    os = _sys.modules.get('os')
    # os.environ is where a script sets TZ (Reap's has no putenv beneath it).
    env = os.environ if os is not None else _reap_os.environ()
    tz = env.get('TZ')
    if tz is None:
        return _read_file('/etc/localtime') or UTC
    if tz.startswith(':'):
        tz = tz[1:]
    if not tz:
        return UTC
    if tz.startswith('/'):
        path = tz
    else:
        tzdir = env.get('TZDIR') or _ZONEINFO
        path = tzdir + '/' + tz
    zone = None if '..' in tz else _read_file(path)
    if zone is None:
        zone = parse_posix(tz, True)
    return zone or UTC


class State:
    """The zone in use and mktime's memory of its last offset (glibc starts its guess there,
    which decides ambiguous times)."""
    zone = UTC
    last_offset = 0


def mktime(zone, y, mon, mday, hh, mi, ss, isdst):
    """(UTC seconds, (offset, isdst, abbreviation)) of local fields, as glibc's mktime."""
    y += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    wanted = days_from_civil(y, mon, 1) * 86400 + (mday - 1) * 86400 + hh * 3600 + mi * 60 + ss

    def local(t):
        ty = zone.at(t)
        return t + ty[0], ty

    t0 = wanted - State.last_offset
    t = t1 = t2 = t0
    gap = False
    for _ in range(7):
        lt, ty = local(t)
        gt = t + (wanted - lt)
        if gt == t:
            break
        if t == t1 and t != t2 and (ty[1] != 0 if isdst < 0 else (isdst != 0) != (ty[1] != 0)):
            # Oscillating across a gap: glibc settles on the side with DST when none was
            # asked for, else on the side with the other isdst than asked.
            gap = True
            break
        t1, t2, t = t2, t, gt
    else:
        return None
    if not gap and isdst >= 0 and (isdst != 0) != (ty[1] != 0):
        # glibc probes a week apart (shorter than any DST period in tzdata) up to half
        # its longest DST period each way; past that it assumes a one-hour difference.
        found = False
        stride = 601200
        delta = stride
        while delta < 457243200 // 2 + stride and not found:
            for direction in (-1, 1):
                ot = t + delta * direction
                oty = zone.at(ot)
                if (oty[1] != 0) == (isdst != 0):
                    gt = wanted - oty[0]
                    t = gt
                    ty = zone.at(t)
                    found = True
                    break
            delta += stride
        if not found:
            t += ((isdst == 0) - (ty[1] == 0)) * 3600
            ty = zone.at(t)
    State.last_offset = wanted - t
    return t, ty
