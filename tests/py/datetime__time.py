# time: construction, attributes, isoformat, replace, comparisons, hashing.
from datetime import time, timezone, timedelta, tzinfo

t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(0, 1)), repr(time(0, 0, 1)), repr(time(1, 2, 3, 4)))
print(repr(time(1, tzinfo=timezone.utc)), repr(time(1, fold=1)))
print(repr(time(23, 59, 59, 999999, timezone(timedelta(hours=-3)), fold=1)))
print(time.min, time.max, repr(time.resolution))

for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(1, 2, 3).isoformat(timespec=spec))
print(time(1, 2, 3, 999).isoformat('milliseconds'))
u = time(7, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(u, u.isoformat(), u.utcoffset(), u.tzname(), u.dst())
print(time(12, tzinfo=timezone(timedelta(seconds=-3661, microseconds=-5))).isoformat())
print(t.utcoffset(), t.tzname(), t.dst())
print(format(t), format(t, '%H:%M'), f'{t:%I %p}')

print(t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc))
print(repr(t.replace(fold=1)), repr(u.replace(tzinfo=None)))

# Comparisons: naive with naive, aware by UTC time (not wrapped at midnight)
print(time(1) < time(2), time(1, 2) == time(1, 2, 0, 0), time(3) >= time(3))
print(time(1, tzinfo=timezone(timedelta(hours=1))) == time(0, tzinfo=timezone.utc))
print(time(23, tzinfo=timezone(timedelta(hours=-2))) > time(0, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
print(time(1, fold=0) == time(1, fold=1), time(1) == 1)
print(hash(time(1, fold=1)) == hash(time(1)))
print(hash(time(1, tzinfo=timezone(timedelta(hours=1)))) == hash(time(0, tzinfo=timezone.utc)))
print(bool(time()), bool(time(0, tzinfo=timezone.utc)))
print(sorted([time(5), time(1, 30), time(1, 29, 59, 999999)]))


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None

    def tzname(self, dt):
        return 'nowhere'

    def dst(self, dt):
        return None

    def __repr__(self):
        return 'NoOffset()'


n = time(4, tzinfo=NoOffset())
print(repr(n), n.isoformat(), n.tzname(), n.utcoffset(), n == time(4), n < time(5))
print(time(1, 2, 3, 4).__reduce__(), time(1, fold=1).__reduce_ex__(4))
print(repr(time(b'\x01\x02\x03\x00\x00\x05')), repr(time(b'\x81\x00\x00\x00\x00\x00')))
