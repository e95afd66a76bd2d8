# Local time under several TZ values: localtime, mktime (isdst -1/0/1, gaps and folds),
# the zone attributes, and datetime's local-time methods. TZ unset is left out: it is the
# machine's zone, which differs where the recording is checked.
import os
import time
from datetime import datetime, timezone, timedelta

ZONES = ['UTC', '', 'America/New_York', 'Europe/Berlin', 'EST+5EDT,M3.2.0,M11.1.0',
         'Australia/Sydney', 'Asia/Kolkata', 'CET-1CEST,M3.5.0,M10.5.0/3', 'JST-9',
         '<+0330>-3:30', 'Europe/London', 'America/Sao_Paulo']

STAMPS = [0, 1e9, 1615705199, 1615705200, 1615708800, 1636261200, 1636264800, 1636268400,
          1616893200, 1616896800, 1635638400, 1635642000, 1700000000, 1720000000, -1e9,
          2e9, 4e9]

LOCALS = [
    (2021, 3, 14, 1, 59, 59), (2021, 3, 14, 2, 0, 0), (2021, 3, 14, 2, 30, 0),
    (2021, 3, 14, 3, 0, 0), (2021, 11, 7, 0, 59, 0), (2021, 11, 7, 1, 0, 0),
    (2021, 11, 7, 1, 30, 0), (2021, 11, 7, 2, 0, 0), (2021, 3, 28, 2, 30, 0),
    (2021, 10, 31, 2, 30, 0), (2021, 7, 1, 12, 0, 0), (2021, 1, 15, 12, 0, 0),
    (2050, 7, 1, 0, 0, 0), (1960, 1, 1, 0, 0, 0), (2021, 13, 35, 25, 61, 61),
]

for tz in ZONES:
    if tz is None:
        os.environ.pop('TZ', None)
    else:
        os.environ['TZ'] = tz
    time.tzset()
    print('== TZ', repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    for t in STAMPS:
        lt = time.localtime(t)
        print(t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.ctime(t))
    for isdst in (-1, 0, 1):
        row = []
        for fields in LOCALS:
            t = time.mktime(fields + (0, 0, isdst))
            lt = time.localtime(t)
            row.append('%d/%s' % (t, lt.tm_zone))
        print('mktime isdst=%d' % isdst, ' '.join(row))
    # Round trips.
    print(all(time.mktime(time.localtime(t)) == int(t) for t in STAMPS))
    # datetime's local time.
    for t in [0, 1e9, 1615708800.5, 1636264800.25, 1700000000]:
        d = datetime.fromtimestamp(t)
        print(d, d.timestamp(), d.astimezone(), d.astimezone().tzname(),
              datetime.fromtimestamp(t, timezone.utc).astimezone())
    for fields in LOCALS[:12]:
        for fold in (0, 1):
            d = datetime(*fields, fold=fold)
            print(d, fold, d.timestamp(), d.astimezone().utcoffset(), d.astimezone().tzname())
    now = datetime.now()
    print(abs(now.timestamp() - time.time()) < 5, now.tzinfo)
    print(datetime(2021, 6, 1, 12).timetuple(), datetime(2021, 6, 1, 12).strftime('%s %Z|%z'))
    print(datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1e9).isoformat())

# glibc reads TZ again in mktime, not in localtime.
os.environ['TZ'] = 'UTC'
time.tzset()
os.environ['TZ'] = 'Asia/Tokyo'
print(time.localtime(0).tm_hour, time.tzname)
print(time.mktime((1970, 1, 1, 9, 0, 0, 0, 0, -1)), time.localtime(0).tm_hour, time.tzname)
time.tzset()
print(time.tzname, time.timezone)

# Ambiguous times with isdst=-1 depend on mktime's last result, as in glibc.
os.environ['TZ'] = 'America/New_York'
time.tzset()
seq = [(2021, 7, 1, 12, 0, 0, 0, 0, -1), (2021, 11, 7, 1, 30, 0, 0, 0, -1),
       (2021, 1, 1, 12, 0, 0, 0, 0, -1), (2021, 11, 7, 1, 30, 0, 0, 0, -1),
       (2021, 11, 7, 1, 30, 0, 0, 0, 1), (2021, 11, 7, 1, 30, 0, 0, 0, -1)]
print([time.mktime(s) for s in seq])
