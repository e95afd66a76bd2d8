# Typical use of zoneinfo, as the documentation shows it.
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone
import zoneinfo

dt = datetime(2020, 10, 31, 12, tzinfo=ZoneInfo("America/Los_Angeles"))
print(dt)
print(repr(dt))
print(dt.tzname())

dt_add = dt + timedelta(days=1)
print(dt_add)
print(dt_add.tzname())

# Ambiguous time: fold picks the first or second occurrence
dt = datetime(2020, 11, 1, 1, tzinfo=ZoneInfo("America/Los_Angeles"))
print(dt)
print(dt.replace(fold=1))

# Converting from UTC sets fold
dt_utc = datetime(2020, 11, 1, 8, tzinfo=timezone.utc)
dt_pt = dt_utc.astimezone(ZoneInfo("America/Los_Angeles"))
print(dt_pt)
print(repr(dt_pt))
print(dt_pt.fold)
print(dt_pt.astimezone(timezone.utc))

# key, str and repr
z = ZoneInfo("Europe/London")
print(z.key, str(z), repr(z))
print(type(z).__name__, isinstance(z, zoneinfo.ZoneInfo))
from datetime import tzinfo
print(isinstance(z, tzinfo))

# The cache: same key, same object; no_cache bypasses it
a = ZoneInfo("Asia/Kolkata")
print(a is ZoneInfo("Asia/Kolkata"))
b = ZoneInfo.no_cache("Asia/Kolkata")
print(b is a, b == a, repr(b))
print(ZoneInfo(key="Asia/Kolkata") is a)
ZoneInfo.clear_cache()
c = ZoneInfo("Asia/Kolkata")
print(c is a)
ZoneInfo.clear_cache(only_keys=["Asia/Kolkata"])
print(ZoneInfo("Asia/Kolkata") is c)

# utcoffset, dst, tzname for a handful of zones
for key in ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe",
            "Asia/Kolkata", "Etc/GMT+5", "Europe/Berlin", "Asia/Tokyo"]:
    z = ZoneInfo(key)
    for d in [datetime(2021, 1, 15, 12), datetime(2021, 7, 15, 12)]:
        a = d.replace(tzinfo=z)
        print(key, a.isoformat(), a.utcoffset(), a.dst(), a.tzname())

# Arithmetic and comparisons between zones
ny = ZoneInfo("America/New_York")
ldn = ZoneInfo("Europe/London")
t1 = datetime(2021, 6, 1, 9, tzinfo=ny)
t2 = datetime(2021, 6, 1, 14, tzinfo=ldn)
print(t1 == t2, t2 - t1, t1.astimezone(ldn))
print(sorted([t2, t1, datetime(2021, 6, 1, 13, 30, tzinfo=ldn)]))
print(t1.timestamp(), t2.timestamp())
print(datetime.fromtimestamp(1600000000, tz=ny))
print(datetime.fromtimestamp(1600000000, ZoneInfo("Australia/Lord_Howe")))
print(t1.strftime("%Y-%m-%d %H:%M %Z %z"))
print(f"{t2:%H:%M %Z}")
print(t1.utctimetuple()[:6], t1.timetuple().tm_isdst)

# A time with a zone only knows its offset for fixed-offset zones
from datetime import time
print(time(12, tzinfo=ZoneInfo("UTC")).utcoffset(), time(12, tzinfo=ny).utcoffset())
print(time(12, tzinfo=ZoneInfo("Etc/GMT-3")).tzname(), time(12, tzinfo=ny).tzname())

print(sorted(zoneinfo.__all__))
print(zoneinfo.TZPATH[:1])
tzs = zoneinfo.available_timezones()
print(type(tzs).__name__, len(tzs) > 300)
for k in ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata"]:
    print(k, k in tzs)
print("posixrules" in tzs, any(k.startswith(("posix/", "right/")) for k in tzs))
