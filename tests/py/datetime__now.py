# Clock-based constructors: only types and plausible ranges are checked.
import datetime as dt_module
from datetime import date, datetime, timedelta, timezone

now = datetime.now()
utc = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, type(utc.tzinfo).__name__, utc.tzinfo is timezone.utc)
print(2024 <= now.year <= 2200, 2024 <= utc.year <= 2200, 0 <= now.microsecond < 10 ** 6)
print(type(datetime.utcnow()).__name__, datetime.utcnow().tzinfo)
print(abs(datetime.utcnow() - utc.replace(tzinfo=None)) < timedelta(minutes=1))
print(type(date.today()).__name__, type(datetime.today()).__name__)
print(abs(date.today() - now.date()) <= timedelta(days=1))
a = datetime.now(timezone(timedelta(hours=3)))
print(a.utcoffset(), abs(a - utc) < timedelta(minutes=1))
ts = utc.timestamp()
print(type(ts).__name__, abs(datetime.fromtimestamp(ts, timezone.utc) - utc) < timedelta(seconds=1))
# A naive local time survives timestamp() and back, whatever the local zone.
n = datetime(2024, 5, 6, 12, 30, 15, 250000)
print(datetime.fromtimestamp(n.timestamp()) == n, type(n.astimezone().tzinfo).__name__)
print(n.astimezone().replace(tzinfo=None) == n, n.astimezone(timezone.utc).tzinfo is timezone.utc)
print(sorted(dt_module.__all__))
print(dt_module.MINYEAR, dt_module.MAXYEAR, dt_module.UTC)
