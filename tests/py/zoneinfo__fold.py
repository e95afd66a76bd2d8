# Gaps and folds around DST transitions: utcoffset/dst/tzname with fold, fromutc.
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone

def show_local(key, start, hours, step_min=30):
    z = ZoneInfo(key)
    d = start
    end = start + timedelta(hours=hours)
    while d <= end:
        row = []
        for fold in (0, 1):
            a = d.replace(tzinfo=z, fold=fold)
            row.append("%s %s %s" % (a.utcoffset(), a.dst(), a.tzname()))
        print(key, d.strftime("%Y-%m-%d %H:%M"), "|", " | ".join(row))
        d += timedelta(minutes=step_min)

def show_utc(key, start, hours, step_min=30):
    z = ZoneInfo(key)
    u = start.replace(tzinfo=timezone.utc)
    end = u + timedelta(hours=hours)
    while u <= end:
        l = u.astimezone(z)
        back = l.astimezone(timezone.utc)
        print(key, u.strftime("%H:%M"), "->", l.isoformat(), "fold=%d" % l.fold, l.tzname(), back == u)
        u += timedelta(minutes=step_min)

# New York: spring forward 2021-03-14 02:00 -> 03:00, fall back 2021-11-07 02:00 -> 01:00
show_local("America/New_York", datetime(2021, 3, 14, 1), 3)
show_local("America/New_York", datetime(2021, 11, 7, 0), 3)
show_utc("America/New_York", datetime(2021, 3, 14, 6), 3)
show_utc("America/New_York", datetime(2021, 11, 7, 4), 4)

# London: 2021-03-28 01:00 -> 02:00, 2021-10-31 02:00 -> 01:00
show_local("Europe/London", datetime(2021, 3, 28, 0), 3)
show_local("Europe/London", datetime(2021, 10, 31, 0, 30), 2)
show_utc("Europe/London", datetime(2021, 10, 30, 23), 4)

# Lord Howe: half-hour DST. 2021-04-04 02:00 -> 01:30, 2021-10-03 02:00 -> 02:30
show_local("Australia/Lord_Howe", datetime(2021, 4, 4, 1), 1.5, 15)
show_local("Australia/Lord_Howe", datetime(2021, 10, 3, 1, 45), 1, 15)
show_utc("Australia/Lord_Howe", datetime(2021, 4, 3, 14), 1.5, 15)
show_utc("Australia/Lord_Howe", datetime(2021, 10, 2, 15), 1, 15)

# Kolkata and UTC never change now; Kolkata did in the past
show_local("Asia/Kolkata", datetime(2021, 3, 14, 1), 1)
show_local("UTC", datetime(2021, 3, 14, 1), 1)
for y in (1880, 1941, 1942, 1945, 1946, 1950):
    d = datetime(y, 6, 1, tzinfo=ZoneInfo("Asia/Kolkata"))
    print(d.isoformat(), d.tzname(), d.dst())

# Equality between zones is False when one side is ambiguous (PEP 495)
ny = ZoneInfo("America/New_York")
amb0 = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
amb1 = amb0.replace(fold=1)
u0 = amb0.astimezone(timezone.utc)
u1 = amb1.astimezone(timezone.utc)
print(u0, u1)
print(amb0 == u0, amb1 == u1, amb0 == amb1, amb0 < u1)
print(amb1 - amb0, u1 - u0, hash(amb0) == hash(amb1))
gap = datetime(2021, 3, 14, 2, 30, tzinfo=ny)
print(gap.astimezone(timezone.utc), gap.replace(fold=1).astimezone(timezone.utc))
print(gap.timestamp(), gap.replace(fold=1).timestamp())
# Wall-clock arithmetic in one zone ignores the transition
print(datetime(2021, 3, 13, 12, tzinfo=ny) + timedelta(days=1))
print((datetime(2021, 3, 14, 12, tzinfo=ny) - datetime(2021, 3, 13, 12, tzinfo=ny)))
print((datetime(2021, 3, 14, 12, tzinfo=ny).astimezone(timezone.utc)
       - datetime(2021, 3, 13, 12, tzinfo=ny).astimezone(timezone.utc)))

# fromutc directly
for h in range(4, 8):
    u = datetime(2021, 11, 7, h, 30, tzinfo=ny)
    r = ny.fromutc(u)
    print(r.isoformat(), r.fold, r.tzinfo)

# Historical oddities: New York before standard time (LMT), London's double summer time
print(datetime(1850, 1, 1, tzinfo=ny).utcoffset(), datetime(1850, 1, 1, tzinfo=ny).tzname())
ldn = ZoneInfo("Europe/London")
for m in (1, 5, 8):
    d = datetime(1944, m, 15, tzinfo=ldn)
    print(d.isoformat(), d.tzname(), d.dst())
print(datetime(1971, 6, 1, tzinfo=ldn).tzname(), datetime(1971, 6, 1, tzinfo=ldn).dst())
