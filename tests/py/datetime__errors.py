# Validation errors and their CPython messages.
from datetime import date, time, datetime, timedelta, timezone, tzinfo


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))


class Idx:
    def __index__(self):
        return 7


attempt('date ok', lambda: date(2024, Idx(), True))
attempt('float year', lambda: date(2024.0, 1, 1))
attempt('str month', lambda: date(2024, '1', 1))
attempt('None day', lambda: date(2024, 1, None))
attempt('year 0', lambda: date(0, 1, 1))
attempt('year 10000', lambda: date(10000, 1, 1))
attempt('month 13', lambda: date(2024, 13, 1))
attempt('month 0', lambda: date(2024, 0, 1))
attempt('day 32', lambda: date(2024, 1, 32))
attempt('Feb 30', lambda: date(2024, 2, 30))
attempt('huge', lambda: date(2 ** 31, 1, 1))
attempt('huger', lambda: date(2 ** 70, 1, 1))
attempt('negative', lambda: date(-2 ** 40, 1, 1))
attempt('overflow first', lambda: date(2024, 13, 2 ** 40))
attempt('no day', lambda: date(2024, 1))
attempt('hour 24', lambda: time(24))
attempt('minute 60', lambda: time(0, 60))
attempt('second 60', lambda: time(0, 0, 60))
attempt('us 1e6', lambda: time(0, 0, 0, 1000000))
attempt('fold 2', lambda: time(fold=2))
attempt('bad tzinfo', lambda: time(tzinfo=1))
attempt('dt hour', lambda: datetime(2024, 1, 1, -1))
attempt('dt date first', lambda: datetime(2024, 13, 1, 25))
attempt('dt tzinfo', lambda: datetime(2024, 1, 1, tzinfo='UTC'))
attempt('dt fold', lambda: datetime(2024, 1, 1, fold=-1))
attempt('replace', lambda: date(2024, 1, 31).replace(month=2))
attempt('replace fold', lambda: datetime(2024, 1, 1).replace(fold=5))
attempt('replace tz', lambda: time(1).replace(tzinfo=3))

attempt('td days', lambda: timedelta(days=1000000000))
attempt('td neg days', lambda: timedelta(days=-1000000000))
attempt('td max+1', lambda: timedelta.max + timedelta.resolution)
attempt('td -max', lambda: -timedelta.max)
attempt('td min-1', lambda: timedelta.min - timedelta.resolution)
attempt('td str', lambda: timedelta('1'))
attempt('td inf', lambda: timedelta(seconds=float('inf')))
attempt('td nan', lambda: timedelta(hours=float('nan')))
attempt('td * inf', lambda: timedelta(1) * float('inf'))
attempt('td * nan', lambda: timedelta(1) * float('nan'))
attempt('td / 0', lambda: timedelta(1) / 0)
attempt('td // 0', lambda: timedelta(1) // 0)
attempt('td / 0.0', lambda: timedelta(1) / 0.0)
attempt('td / td0', lambda: timedelta(1) / timedelta(0))
attempt('td // td0', lambda: timedelta(1) // timedelta(0))
attempt('td % td0', lambda: timedelta(1) % timedelta(0))
attempt('td + int', lambda: timedelta(1) + 1)
attempt('int - td', lambda: 1 - timedelta(1))
attempt('td * None', lambda: timedelta(1) * None)
attempt('td * td', lambda: timedelta(1) * timedelta(1))
attempt('td // float', lambda: timedelta(1) // 1.5)
attempt('td % int', lambda: timedelta(1) % 5)
attempt('str / td', lambda: 'x' / timedelta(1))
attempt('td - date', lambda: timedelta(1) - date(2024, 1, 1))

attempt('date max+1', lambda: date.max + timedelta(1))
attempt('date min-1', lambda: date.min - timedelta(1))
attempt('dt max+1us', lambda: datetime.max + timedelta(microseconds=1))
attempt('dt min-1us', lambda: datetime.min - timedelta(microseconds=1))
attempt('date + date', lambda: date(2024, 1, 1) + date(2024, 1, 1))
attempt('date - int', lambda: date(2024, 1, 1) - 1)
attempt('date - dt', lambda: date(2024, 1, 1) - datetime(2024, 1, 1))
attempt('dt - date', lambda: datetime(2024, 1, 1) - date(2024, 1, 1))
attempt('dt + dt', lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1))
attempt('dt < date', lambda: datetime(2024, 1, 1) < date(2024, 1, 2))
attempt('date < dt', lambda: date(2024, 1, 1) < datetime(2024, 1, 2))
attempt('date == dt', lambda: date(2024, 1, 1) == datetime(2024, 1, 1))
aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
attempt('naive < aware', lambda: datetime(2024, 1, 1) < aware)
attempt('naive == aware', lambda: datetime(2024, 1, 1) == aware)
attempt('naive - aware', lambda: datetime(2024, 1, 1) - aware)
attempt('time naive < aware', lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt('time naive == aware', lambda: time(1) == time(1, tzinfo=timezone.utc))

attempt('fromordinal 0', lambda: date.fromordinal(0))
attempt('fromordinal big', lambda: date.fromordinal(3652060))
attempt('isocal week', lambda: date.fromisocalendar(2024, 53, 1))
attempt('isocal day', lambda: date.fromisocalendar(2024, 1, 0))
attempt('isocal year', lambda: date.fromisocalendar(10000, 1, 1))
attempt('isocal last', lambda: date.fromisocalendar(9999, 52, 6))
attempt('ts nan', lambda: datetime.fromtimestamp(float('nan')))
attempt('ts inf', lambda: datetime.utcfromtimestamp(float('inf')))
attempt('ts huge', lambda: datetime.fromtimestamp(1e20, timezone.utc))
attempt('ts year', lambda: datetime.utcfromtimestamp(1e12))
attempt('ts negative year', lambda: datetime.utcfromtimestamp(-1e12))
attempt('ts str', lambda: datetime.utcfromtimestamp('0'))
attempt('ts tz', lambda: datetime.fromtimestamp(0, 'UTC'))
attempt('now tz', lambda: datetime.now(5))
attempt('combine 1', lambda: datetime.combine(1, time()))
attempt('combine 2', lambda: datetime.combine(date(2024, 1, 1), None))
attempt('combine tz', lambda: datetime.combine(date(2024, 1, 1), time(), 'tz'))
attempt('isoformat spec', lambda: datetime(2024, 1, 1).isoformat(timespec='nanoseconds'))
attempt('isoformat sep', lambda: datetime(2024, 1, 1).isoformat(sep='--'))
attempt('isoformat sep int', lambda: datetime(2024, 1, 1).isoformat(sep=0))
attempt('time isoformat', lambda: time().isoformat(timespec='day'))
attempt('strftime int', lambda: date(2024, 1, 1).strftime(1))
attempt('format int', lambda: format(datetime(2024, 1, 1), 5) if False else datetime(2024, 1, 1).__format__(5))
attempt('td format', lambda: format(timedelta(1), 'x'))
attempt('astimezone', lambda: aware.astimezone('UTC'))

attempt('timezone 24h', lambda: timezone(timedelta(hours=24)))
attempt('timezone -24h', lambda: timezone(-timedelta(hours=24)))
attempt('timezone int', lambda: timezone(3600))
attempt('timezone name', lambda: timezone(timedelta(hours=1), 1))
attempt('timezone None name', lambda: timezone(timedelta(hours=1), None))
attempt('timezone no args', lambda: timezone())
attempt('tz.utcoffset arg', lambda: timezone.utc.utcoffset(5))
attempt('tz.tzname arg', lambda: timezone.utc.tzname('x'))
attempt('tz.dst arg', lambda: timezone.utc.dst(date(2024, 1, 1)))
attempt('tz.fromutc arg', lambda: timezone.utc.fromutc(date(2024, 1, 1)))
attempt('tz.fromutc other', lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))


def subclass_timezone():
    class Bad(timezone):
        pass


attempt('subclass timezone', subclass_timezone)


class Broken(tzinfo):
    def __init__(self, off=None, name=None, dst=None):
        self.off, self.name, self.d = off, name, dst

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.d

    def __repr__(self):
        return 'Broken()'


attempt('utcoffset int', lambda: datetime(2024, 1, 1, tzinfo=Broken(60)).utcoffset())
attempt('utcoffset 24h', lambda: datetime(2024, 1, 1, tzinfo=Broken(timedelta(days=1))).utcoffset())
attempt('utcoffset -24h', lambda: datetime(2024, 1, 1, tzinfo=Broken(-timedelta(days=1))).isoformat())
attempt('tzname int', lambda: datetime(2024, 1, 1, tzinfo=Broken(name=3)).tzname())
attempt('dst str', lambda: time(tzinfo=Broken(dst='1h')).dst())
attempt('strftime tzname', lambda: datetime(2024, 1, 1, tzinfo=Broken(name=3)).strftime('%Z'))
attempt('strftime no Z', lambda: datetime(2024, 1, 1, tzinfo=Broken(name=3)).strftime('%Y'))
attempt('fromutc no offset', lambda: Broken(None, dst=timedelta(0)).fromutc(datetime(2024, 1, 1)))
b = Broken(None, dst=timedelta(0))
attempt('fromutc None offset', lambda: b.fromutc(datetime(2024, 1, 1, tzinfo=b)))
b2 = Broken(timedelta(hours=1))
attempt('fromutc None dst', lambda: b2.fromutc(datetime(2024, 1, 1, tzinfo=b2)))
attempt('astimezone no dst', lambda: aware.astimezone(Broken(timedelta(hours=1))))
attempt('compare bad offset', lambda: datetime(2024, 1, 1, tzinfo=Broken(60)) == aware)
