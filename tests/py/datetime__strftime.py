# strftime and format(): the C-locale directives, glibc's flags and widths.
from datetime import date, time, datetime, timedelta, timezone

dt = datetime(2024, 5, 6, 13, 8, 9, 12345, tzinfo=timezone(timedelta(hours=-4, minutes=-30), 'XST'))
for d in ['%Y', '%m', '%d', '%H', '%M', '%S', '%f', '%z', '%Z', '%a', '%A', '%b', '%B', '%j', '%p',
          '%y', '%I', '%U', '%W', '%c', '%x', '%X', '%%', '%G', '%V', '%u', '%w', '%e', '%C', '%D',
          '%F', '%T', '%R', '%h', '%r', '%k', '%l', '%P', '%g', '%n', '%t']:
    print(repr(d), repr(dt.strftime(d)))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f%z'), format(dt, '%d/%m/%y'), f'{dt:%H:%M}')
print(datetime(2024, 5, 6).strftime('[%z][%Z]'), date(2024, 5, 6).strftime('%H:%M:%S.%f [%z]'))
print(time(13, 8, 9, 5).strftime('%H %I %p %M %S %f | %Y-%m-%d %a %j'))
print(time(0, 0, tzinfo=timezone(timedelta(hours=5, seconds=30, microseconds=1))).strftime('%z %Z'))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1), '100%')).strftime('%Z|%z'))

# Week numbers around New Year
for y in [2018, 2019, 2020, 2021, 2022, 2023]:
    for md in [(1, 1), (1, 4), (1, 7), (12, 28), (12, 31)]:
        print(date(y, *md).strftime('%Y-%m-%d %a %U %W %V %G %j'), end=' | ')
    print()

# Small years are not padded by %Y, %G or %C
for y in [1, 5, 99, 999, 1000]:
    print(date(y, 3, 7).strftime('%Y %y %C %G %g %F %c %x'))

# glibc extensions: flags - _ 0 ^ #, widths, E and O modifiers
for f in ['%-d/%-m/%Y', '%_d|%_m|%_H', '%e|%-e|%0e', '%^a %^B', '%#a %#b %#p %#Z', '%10A|', '%-10A|',
          '%010A|', '%5d|%_5d|%-5d', '%4Y|%_6Y|%06Y', '%3C|%-j|%5j', '%Ey %EY %Od %OH %Ec', '%Ea %Oa %EQ',
          '%P %^P %#P', '%^c', '%12x|', '%5%|', '%-%', '%Q', '%5Q|', '%-Q', '%+', '%E', '%O', '%', 'abc%',
          '%%Y', '%%%Y', '%-z|%^Z|%5Z|']:
    print(repr(f), repr(dt.strftime(f)), repr(datetime(5, 1, 2, 3).strftime(f)))
print(repr(date(2024, 1, 1).strftime('')), repr(dt.strftime('%10%f')))
print(date(2024, 5, 6).ctime(), dt.ctime())
