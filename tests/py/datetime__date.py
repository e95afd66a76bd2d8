# date: construction, calendar queries, ordinals, ISO calendar, replace, arithmetic.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar())
print(d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday, tuple(d.isocalendar()))
print(d.isocalendar() == (2024, 9, 4), d.isocalendar()[1])
print(d.ctime(), d.isoformat(), str(d), format(d), format(d, '%d.%m.%Y'), f'{d:%A}')
print(d.timetuple())
print(d.timetuple().tm_yday, d.timetuple()[:3])
print(d.replace(year=2025, day=28), d.replace(month=3), d.replace())
print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))

# Ordinals round-trip; weekdays and ISO weeks at year edges
print(date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059))
for o in [1, 2, 365, 366, 146097, 146098, 693595, 719163, 730120, 738000, 3652059]:
    x = date.fromordinal(o)
    print(o, x, x.toordinal() == o, x.weekday(), x.isocalendar())
for y in [1, 4, 100, 400, 1900, 2000, 2004, 2015, 2020, 2021, 9999]:
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(),
          date(y, 12, 28).isocalendar().week)
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1),
      date.fromisocalendar(2015, 53, 5), date.fromisocalendar(1, 1, 1))
print(date.fromisocalendar(year=2004, week=1, day=1))

# Leap years
for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    try:
        print(y, date(y, 2, 29))
    except ValueError as e:
        print(y, type(e).__name__, e)

# Arithmetic: only whole days of a timedelta count
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(weeks=1) + d)
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(seconds=1))
print(d - date(2024, 1, 1), date(2000, 1, 1) - d, repr(d - d))
print(date(2024, 3, 1) - timedelta(days=1), date(2023, 3, 1) - timedelta(days=1))

# Comparisons and hashing
print(date(2024, 1, 1) < d, d <= d, d > date(2025, 1, 1), d == date(2024, 2, 29), d != d)
print(d == '2024-02-29', d != 0)
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 15)]))
print(len({date(2020, 1, 1), date(2020, 1, 1), date.fromordinal(737425)}))
print({date(2020, 1, 1): 'new year'}[date.fromisoformat('2020-01-01')])
print(date(1, 1, 1) == date.min, date(9999, 12, 31) == date.max)

# Pickle-style state
print(d.__reduce__(), date(b'\x07\xe8\x02\x1d'))
print(type(date.today()).__name__, date.today().year >= 2024)
print(datetime.date is date, datetime.MINYEAR, datetime.MAXYEAR)
