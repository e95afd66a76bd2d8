# Subclasses keep their type where CPython keeps it, and go through their constructor.
from datetime import date, datetime, time, timedelta, timezone


class MyDate(date):
    def __new__(cls, *args):
        # today's date would make the recording change every day
        shown = args if not args or not isinstance(args[0], int) or args[0] < 2025 else '(today)'
        print('  MyDate.__new__', shown)
        return super().__new__(cls, *args)

    def __repr__(self):
        return 'MyDate<%s>' % self.isoformat()


class MyDT(datetime):
    def __new__(cls, *args, **kwargs):
        print('  MyDT.__new__', args, kwargs)
        return super().__new__(cls, *args, **kwargs)

    def isoformat(self, sep='T', timespec='auto'):
        return 'custom ' + super().isoformat(sep, timespec)


class MyTime(time):
    pass


class MyTD(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


d = MyDate(2024, 1, 31)
print(d, repr(d), type(d).__name__)
for label, f in [('add', lambda: d + timedelta(days=1)), ('radd', lambda: timedelta(days=1) + d),
                 ('sub', lambda: d - timedelta(days=31)), ('replace', lambda: d.replace(day=1)),
                 ('fromordinal', lambda: MyDate.fromordinal(738000)),
                 ('fromisoformat', lambda: MyDate.fromisoformat('2024-02-03')),
                 ('fromisocalendar', lambda: MyDate.fromisocalendar(2024, 1, 1)),
                 ('fromtimestamp', lambda: type(MyDate.fromtimestamp(43200))),
                 ('today', lambda: type(MyDate.today())),
                 ('difference', lambda: d - MyDate(2024, 1, 1))]:
    print(label)
    r = f()
    print(' ', repr(r), type(r).__name__)

x = MyDT(2024, 1, 2, 3, fold=1)
print(str(x), repr(x), x.fold)
for label, f in [('add', lambda: x + timedelta(hours=1)), ('sub', lambda: x - timedelta(days=1)),
                 ('replace', lambda: x.replace(minute=30)), ('combine', lambda: MyDT.combine(d, time(4, fold=1))),
                 ('fromisoformat', lambda: MyDT.fromisoformat('2024-01-02T03:04+01:00')),
                 ('strptime', lambda: MyDT.strptime('2024-01-02 03:04', '%Y-%m-%d %H:%M')),
                 ('strptime tz', lambda: MyDT.strptime('2024 +0100', '%Y %z')),
                 ('utcfromtimestamp', lambda: MyDT.utcfromtimestamp(86400)),
                 ('fromtimestamp utc', lambda: MyDT.fromtimestamp(86400, timezone.utc)),
                 ('fromordinal', lambda: MyDT.fromordinal(738000)),
                 ('astimezone', lambda: x.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-2)))),
                 ('date', lambda: x.date()), ('time', lambda: x.time()),
                 ('difference', lambda: x - MyDT(2024, 1, 1))]:
    print(label)
    r = f()
    print(' ', repr(r), type(r).__name__)

t = MyTime(5, 6)
print(repr(t), repr(t.replace(hour=7)), type(MyTime.fromisoformat('01:02')).__name__)
td = MyTD(hours=36)
print(repr(td), td.hours(), repr(td + td), repr(td * 2), repr(-td), repr(abs(td)), repr(+td))
print(type(td + td).__name__, type(td // 2).__name__, type(td / td).__name__)
print(isinstance(x, date), isinstance(d, datetime), issubclass(MyDT, date))
print(MyDate(2024, 1, 1) == date(2024, 1, 1), MyDT(2024, 1, 1) == datetime(2024, 1, 1))
print(hash(MyDate(2024, 1, 1)) == hash(date(2024, 1, 1)))
