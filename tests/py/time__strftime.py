# time.strftime: every directive, flags and widths, zone fields, tuples whose weekday or
# day of the year disagree with the date, and errors.
import os
import time

ALL = 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%'

for tz in ['UTC', 'America/New_York', 'Europe/Berlin', 'EST+5EDT,M3.2.0,M11.1.0', 'Asia/Kolkata']:
    os.environ['TZ'] = tz
    time.tzset()
    print('== TZ', tz)
    for t in [0, 1e9, 1615708800, 1636264800, 1704067199, 1735603200, -1e9, 951782400]:
        lt = time.localtime(t)
        print(t, '|'.join(time.strftime('%' + c, lt) for c in ALL))
        gt = time.gmtime(t)
        print('  gm', '|'.join(time.strftime('%' + c, gt) for c in 'zZsc'))
    plain = (2021, 7, 4, 13, 5, 9, 6, 185, 1)
    print(' plain', '|'.join(time.strftime('%' + c, plain) for c in 'zZsaAjUWVGuw'))
    plain = (2021, 1, 4, 1, 5, 9, 0, 4, -1)
    print(' plain', '|'.join(time.strftime('%' + c, plain) for c in 'zZs'))
    plain = (2021, 1, 4, 1, 5, 9, 0, 4, 5)
    print(' plain', '|'.join(time.strftime('%' + c, plain) for c in 'zZs'))

os.environ['TZ'] = 'UTC'
time.tzset()
st = time.gmtime(1e9)
for fmt in ['%-d %-m %-H %-j', '%_d %_m %_H %_j', '%0e %05d %10Y %-10Y %_10Y', '%^a %^B %#b %#p %#Z %^p',
            '%Ey %EY %Od %OH %Ec %Ex %EX %Ez', '%Ed %Oa %Q %q %f %i %3', '%', 'a%', '%%%', '',
            'no directives', '%10z %-z %_z %010z', '%5Z %-5Z %^Z', '%+ %E', 'é%Yé', '%5%',
            '%c|%x|%X|%D|%r|%T|%R|%F', '%G-W%V-%u %g', '%C %y', '%s', '%n%t']:
    print(repr(fmt), repr(time.strftime(fmt, st)))

# The ISO week and week numbers around the year's ends.
for y, m, d in [(2018, 12, 31), (2019, 1, 1), (2020, 12, 31), (2021, 1, 1), (2021, 1, 3),
                (2021, 1, 4), (2015, 12, 31), (2016, 1, 1), (2026, 12, 28), (2027, 1, 1)]:
    t = time.mktime((y, m, d, 12, 0, 0, 0, 0, 0))
    print(y, m, d, time.strftime('%G %g %V %U %W %j %a %u %w', time.localtime(t)))
# Tuples as given: the weekday and day of the year are not worked out from the date.
for tup in [(2020, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 6, 300, 0),
            (2020, 2, 30, 0, 0, 0, 3, 60, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0),
            (1, 1, 1, 0, 0, 0, 0, 1, 0), (-44, 3, 15, 0, 0, 0, 0, 74, 0),
            (12345, 12, 31, 23, 59, 61, -1, 366, 0), (99, 1, 1, 0, 0, 0, 0, 1, 0)]:
    print(tup, time.strftime('%Y %y %C %m %d %a %A %j %U %W %V %G %u %w %e|%c', tup))

print(time.strftime('%Y', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 5400))))
print(time.strftime('%Z %z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 5400))))
print(time.strftime('%Z %z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -5430))))
print(time.strftime('%Z %z', time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, -1, 'ABC', 5400))))
print(type(time.strftime('%Y')).__name__, time.strftime('%Y') == time.strftime('%Y', time.localtime()))
print(len(time.strftime('%Y' * 300, st)), repr(time.strftime('%2000Y', st))[:20],
      len(time.strftime('%1000Y', st)))
for bad in [(1, '%Y'), ('%Y\0', st), ('%Y', 5), ('%Y', (1, 2)), (b'%Y', st)]:
    try:
        print(repr(time.strftime(*bad)))
    except Exception as e:
        print(type(e).__name__, e)
