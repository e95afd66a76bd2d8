# Times after the last transition of the file come from the POSIX TZ string footer.
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone

keys = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
        "America/Santiago", "Pacific/Auckland", "Europe/Dublin",
        "America/Sao_Paulo", "Asia/Tehran"]
for key in keys:
    z = ZoneInfo(key)
    for year in (2037, 2038, 2050, 2100, 2500, 9999):
        row = []
        for month in (1, 4, 7, 10):
            d = datetime(year, month, 15, 12, tzinfo=z)
            row.append("%s %s %s" % (d.utcoffset(), d.dst(), d.tzname()))
        print(key, year, " | ".join(row))

# Exact transitions far in the future, found by fromutc
def transitions(key, year):
    z = ZoneInfo(key)
    off = lambda t: t.astimezone(z).utcoffset()
    u = datetime(year, 1, 1, tzinfo=timezone.utc)
    found = []
    while u.year == year:
        nxt = u + timedelta(days=7)
        if off(nxt) != off(u):
            lo, hi = u, nxt          # bisect down to the quarter hour
            while hi - lo > timedelta(minutes=15):
                mid = lo + (hi - lo) // 2
                mid = mid - timedelta(minutes=mid.minute % 15, seconds=mid.second)
                if mid == lo:
                    mid = lo + timedelta(minutes=15)
                if off(mid) != off(lo):
                    hi = mid
                else:
                    lo = mid
            found.append("%s %s" % (hi.strftime("%m-%d %H:%M"), hi.astimezone(z).isoformat()))
        u = nxt
    return found

for key in ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Auckland"]:
    for year in (2040, 2200):
        print(key, year, transitions(key, year))

# Gap and fold through the footer rule
ny = ZoneInfo("America/New_York")
lh = ZoneInfo("Australia/Lord_Howe")
for d in [datetime(2090, 3, 12, 2, 30), datetime(2090, 11, 5, 1, 30)]:
    for fold in (0, 1):
        a = d.replace(tzinfo=ny, fold=fold)
        print(a.isoformat(), a.tzname(), a.astimezone(timezone.utc))
for d in [datetime(2090, 4, 2, 1, 45), datetime(2090, 10, 1, 2, 15)]:
    for fold in (0, 1):
        a = d.replace(tzinfo=lh, fold=fold)
        print(a.isoformat(), a.tzname(), a.astimezone(timezone.utc))
for h in range(4, 8):
    u = datetime(2090, 11, 5, h, 30, tzinfo=timezone.utc)
    r = u.astimezone(ny)
    print(r.isoformat(), r.fold, r.tzinfo)
print(datetime.max.replace(tzinfo=ny).utcoffset(), datetime.min.replace(tzinfo=ny).utcoffset())
print(datetime(9999, 12, 31, 12, tzinfo=timezone.utc).astimezone(lh))
