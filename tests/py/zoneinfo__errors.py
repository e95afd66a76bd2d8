# Bad keys, missing zones, bad arguments and their messages.
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, date, time

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, e))
    else:
        print("  ->", r)

print(ZoneInfoNotFoundError.__mro__)
print(issubclass(ZoneInfoNotFoundError, KeyError))
for key in ["/etc/localtime", "../etc", "..", ".", "America/../UTC", "a//b", "a/b/", "./UTC",
            "", "Nope/Nowhere", "America", "america/new_york", "UTC ", 12, None, b"UTC"]:
    print(repr(key))
    attempt(ZoneInfo, key)
    attempt(ZoneInfo.no_cache, key)

try:
    ZoneInfo("Mars/Olympus_Mons")
except KeyError as e:
    print(type(e).__name__, repr(e), str(e), e.args)

# C-style argument handling
attempt(ZoneInfo)
attempt(ZoneInfo, "UTC", "UTC")
attempt(ZoneInfo, "UTC", key="UTC")
attempt(ZoneInfo, foo="UTC")
attempt(ZoneInfo, key="UTC", foo=1)
attempt(ZoneInfo.no_cache)
attempt(ZoneInfo.clear_cache, ["UTC"])
attempt(ZoneInfo.clear_cache, foo=1)
attempt(ZoneInfo.clear_cache, only_keys=["Not/AKey", "UTC"])
attempt(ZoneInfo.from_file)
attempt(ZoneInfo.from_file, None, "k", "j")
attempt(ZoneInfo, ["a"])

z = ZoneInfo("America/New_York")
try:
    z.key = "Europe/Paris"
except AttributeError as e:
    print("AttributeError", e)
print(z.key)

# fromutc wants a datetime whose tzinfo is this zone
attempt(z.fromutc, 1)
attempt(z.fromutc, date(2020, 1, 1))
attempt(z.fromutc, datetime(2020, 1, 1))
attempt(z.fromutc, datetime(2020, 1, 1, tzinfo=ZoneInfo("UTC")))
attempt(z.fromutc, datetime(2020, 1, 1, tzinfo=z))
attempt(z.utcoffset, None)
attempt(z.tzname, None)
attempt(z.dst, None)
attempt(ZoneInfo("UTC").utcoffset, None)
attempt(ZoneInfo("UTC").tzname, None)
attempt(ZoneInfo("UTC").dst, None)
attempt(z.utcoffset, datetime(2020, 7, 1))
attempt(z.utcoffset, 5)

# reset_tzpath
attempt(zoneinfo.reset_tzpath, "/usr/share/zoneinfo")
attempt(zoneinfo.reset_tzpath, b"/usr/share/zoneinfo")
attempt(zoneinfo.reset_tzpath, ["relative/path", "/abs", "also/relative"])
attempt(zoneinfo.reset_tzpath, [1])
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath([])
print(zoneinfo.TZPATH)
attempt(ZoneInfo.no_cache, "UTC")
print(ZoneInfo("America/New_York") is z)     # still cached
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
print(zoneinfo.available_timezones() == zoneinfo.available_timezones())

# The error names its module; CPython raises it while handling the failed tzdata import
try:
    ZoneInfo("Not/A_Zone")
except ZoneInfoNotFoundError as e:
    print(type(e).__module__, type(e).__qualname__, repr(e.__context__), e.__suppress_context__)
