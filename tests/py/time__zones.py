# Unusual TZ values as glibc reads them: files by path, POSIX strings with odd rules and
# offsets, names that are neither (UTC under the name read so far), zones with odd histories.
import os, time
for tz in ['Nowhere/Zone', ':America/New_York', '/usr/share/zoneinfo/Asia/Tokyo', 'EST5EDT', 'EST5EDT4', '<+05>-5',
           'XYZ', 'AB5', 'ABC5', 'UTC0', 'GMT+3', 'Etc/GMT+3', 'NZST-12NZDT,M9.5.0,M4.1.0/3',
           'AAA3BBB,J60/2,J300/2', 'AAA3BBB,59,300', 'IST-5:30', 'XXX-25', 'EST+5EDT,M3.2.0/-1,M11.1.0/26',
           'Europe/Dublin', 'Asia/Tehran', 
           'Australia/Lord_Howe', 'America/Caracas', '../etc/passwd', 'UTC ', 'utc']:
    os.environ['TZ'] = tz
    time.tzset()
    out = [time.tzname, time.timezone, time.altzone, time.daylight]
    for t in [0, 1e9, 1.2e9, 1.4e9, 1.6e9, 1.7e9, 1.75e9, 2.5e9, 5e9, -2e9]:
        lt = time.localtime(t)
        out.append((lt[3], lt[4], lt[8], lt.tm_zone, lt.tm_gmtoff))
    out.append([time.mktime((2021, m, 10, 2, 30, 0, 0, 0, -1)) for m in (1, 3, 4, 9, 10, 11)])
    print(tz, out)
