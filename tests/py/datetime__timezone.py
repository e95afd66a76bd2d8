# timezone and tzinfo: fixed offsets, names, conversions, custom tzinfo classes.
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC

print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'UTC')))
for off, name in [(timedelta(hours=1), None), (timedelta(hours=1), 'X'), (timedelta(hours=-5, minutes=-30), None),
                  (timedelta(seconds=-3630), None), (timedelta(hours=5, microseconds=7), None),
                  (timedelta(minutes=1), ''), (timedelta(hours=23, minutes=59), 'max')]:
    tz = timezone(off) if name is None else timezone(off, name)
    print(repr(tz), str(tz), tz.tzname(None), repr(tz.utcoffset(None)), tz.dst(None))
print(repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'other'), timezone.utc != timezone.min)
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'x')))
print(timezone.utc.__reduce__(), timezone(timedelta(hours=3), 'Z3').__reduce__())

# astimezone between fixed zones
ny = timezone(timedelta(hours=-5), 'EST')
dt = datetime(2024, 1, 15, 12, 0, tzinfo=timezone.utc)
print(repr(dt.astimezone(ny)), dt.astimezone(ny), dt.astimezone(ny).tzname())
print(dt.astimezone(ny).astimezone(timezone.utc) == dt, dt.astimezone(timezone.utc) is dt)
print(datetime(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=5))).astimezone(ny))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(86400 * 365.25, ny))
print(datetime.fromtimestamp(1e9, tz=timezone(timedelta(hours=9))).isoformat())
print(dt.utcoffset(), dt.dst(), dt.tzname(), dt.utctimetuple())
print(datetime(2024, 1, 1, tzinfo=ny).utctimetuple())


class Fixed(tzinfo):
    """A tzinfo subclass with DST information."""

    def __init__(self, hours, name, dst_hours=0):
        self.off = timedelta(hours=hours)
        self.name = name
        self.dst_off = timedelta(hours=dst_hours)

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.dst_off

    def __repr__(self):
        return 'Fixed(%s)' % self.name


cet = Fixed(1, 'CET')
cest = Fixed(2, 'CEST', 1)
x = datetime(2024, 7, 1, 12, tzinfo=cest)
print(repr(x), x, x.utcoffset(), x.dst(), x.tzname(), x.timetuple().tm_isdst)
print(repr(x.astimezone(cet)), repr(x.astimezone(timezone.utc)))
print(repr(datetime(2024, 7, 1, 10, tzinfo=timezone.utc).astimezone(cest)))
print(repr(cest.fromutc(datetime(2024, 7, 1, 10, tzinfo=cest))))
print(x == datetime(2024, 7, 1, 10, tzinfo=timezone.utc), x - datetime(2024, 7, 1, 12, tzinfo=cet))
print(x.strftime('%H:%M %Z %z'), x.isoformat(), time(9, tzinfo=cet).isoformat())
print(repr(datetime.combine(x.date(), time(8), cet)))
print(cet.__reduce__()[0].__name__, sorted(cet.__reduce__()[2]))


class NoneTZ(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


y = datetime(2024, 1, 1, tzinfo=NoneTZ())
print(y.utcoffset(), y.tzname(), y.isoformat(), y == datetime(2024, 1, 1), y - datetime(2023, 12, 31))
print(y.strftime('[%Z][%z]'), y.timetuple().tm_isdst, y.utctimetuple())

# Base-class behaviour
base = tzinfo()
for name in ['utcoffset', 'dst', 'tzname']:
    try:
        getattr(base, name)(None)
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(base.__reduce__()[1:], isinstance(timezone.utc, tzinfo))
