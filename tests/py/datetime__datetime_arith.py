# datetime: construction, fields, combine/date/time, arithmetic and comparisons.
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 1, 2, 3, 4, 5, 600000)
print(repr(dt), str(dt))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 0, 1)), repr(datetime(2024, 1, 2, 0, 0, 5)))
print(repr(datetime(2024, 1, 2, fold=1)), repr(datetime(2024, 1, 2, tzinfo=timezone.utc)))
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30))))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc), tzinfo=None)))
print(repr(datetime.combine(datetime(2020, 5, 17, 23), time(1, fold=1))))
print(datetime.min, datetime.max, repr(datetime.resolution))
print(dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime())
print(dt.timetuple())
print(repr(dt.replace(year=2000, microsecond=0)), repr(dt.replace(tzinfo=timezone.utc)))
print(repr(datetime.fromordinal(738000)), repr(datetime.fromisocalendar(2024, 1, 1)))

# Arithmetic
print(dt + timedelta(days=30), timedelta(hours=22) + dt, dt - timedelta(microseconds=600001))
print(dt + timedelta(days=365, seconds=-1), dt - timedelta(weeks=520))
print(repr(dt - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - dt))
print(repr(datetime(2024, 3, 1) - datetime(2024, 2, 28)), repr(datetime(2023, 3, 1) - datetime(2023, 2, 28)))
print(repr(datetime.max - datetime.min), repr(datetime.min - datetime.max))
print(datetime(2020, 2, 29) + timedelta(days=365), datetime(2019, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
d2 = dt
for step in range(3):
    d2 = d2 + timedelta(hours=7, minutes=13)
    print(d2, d2 - dt)

# Aware arithmetic keeps tzinfo; subtraction across zones uses UTC
east = timezone(timedelta(hours=2))
a = datetime(2024, 6, 1, 12, tzinfo=east)
b = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
print(repr(a + timedelta(hours=1)), repr(a - b), repr(b - a))
print(a < b, a == b - timedelta(hours=2), a == datetime(2024, 6, 1, 10, tzinfo=timezone.utc))
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc).timestamp())
print(datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc).timestamp())

# Comparisons and hashing
print(datetime(2024, 1, 1) < dt, dt <= dt, dt > datetime.max, dt == dt.replace(fold=1))
print(dt == dt.date(), dt != dt.date(), dt.date() == date(2024, 1, 2))
print(hash(dt) == hash(dt.replace(fold=1)), hash(a) == hash(datetime(2024, 6, 1, 10, tzinfo=timezone.utc)))
print(sorted([datetime(2020, 1, 1, 5), datetime(2020, 1, 1), datetime(2019, 12, 31, 23, 59)]))
print(len({a, datetime(2024, 6, 1, 10, tzinfo=timezone.utc), datetime(2024, 6, 1, 11, 0, tzinfo=timezone(timedelta(hours=1)))}))
print(max([dt, dt + timedelta(1), dt - timedelta(1)]))

# A long run of additions stays consistent with ordinals
x = datetime(1999, 12, 25, 18)
total = timedelta()
for i in range(50):
    step = timedelta(days=i * 3, hours=i, seconds=i * 37)
    x += step
    total += step
print(x, x - datetime(1999, 12, 25, 18) == total, x.toordinal())
print(dt.__reduce__())
print(repr(datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x09\x27\xc0')))
