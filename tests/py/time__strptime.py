# time.strptime: directives, defaults, zone names, week-based dates, and CPython's errors.
import os
import time

os.environ['TZ'] = 'America/New_York'
time.tzset()

CASES = [
    ('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'),
    ('Thu Mar  5 10:00:00 2020', None),
    ('Sun Feb 29 00:00:00 2004', None),
    ('29 Feb', '%d %b'),
    ('1 1', '%m %d'),
    ('', ''),
    ('12:30 PM', '%I:%M %p'),
    ('12:30 am', '%I:%M %p'),
    ('7 pm', '%I %p'),
    ('December 25, 99', '%B %d, %y'),
    ('July 4 69', '%B %d %y'),
    ('68', '%y'),
    ('2021 100', '%Y %j'),
    ('2021 1 0', '%Y %U %w'),
    ('2021 0 3', '%Y %W %u'),
    ('2020 53 Thu', '%G %V %a'),
    ('2021 1 Monday', '%G %V %A'),
    ('2020 UTC', '%Y %Z'),
    ('2020 gmt', '%Y %Z'),
    ('2020 EST', '%Y %Z'),
    ('2020 EDT', '%Y %Z'),
    ('2020-06-01 +0530', '%Y-%m-%d %z'),
    ('2020-06-01 -07:30', '%Y-%m-%d %z'),
    ('2020-06-01 Z', '%Y-%m-%d %z'),
    ('10:11:12.345', '%H:%M:%S.%f'),
    ('  2020   5 ', ' %Y %m '),
    ('2020%', '%Y%%'),
    ('06/07/08', '%x'),
    ('01:02:03', '%X'),
    ('Mon Jan  2 03:04:05 2006', '%c'),
    ('61', '%S'),
    ('5', '%w'),
]
for data, fmt in CASES:
    try:
        st = time.strptime(data) if fmt is None else time.strptime(data, fmt)
        print(repr(data), repr(fmt), st, st.tm_zone, st.tm_gmtoff)
    except Exception as e:
        print(repr(data), repr(fmt), type(e).__name__, e)

ERRORS = [
    ('2020', '%Y-'), ('2020-01', '%Y'), ('13', '%m'), ('32', '%d'), ('x', '%Y'),
    ('2020', '%Q'), ('2020', '%'), ('2020 1', '%G %V'), ('2020 1 1', '%Y %V %u'),
    ('2020 1', '%V %u'), ('2020 100 1', '%G %j %V'), ('Feb 30 2020', '%b %d %Y'),
    ('2021 366', '%Y %j'), ('2020 XYZ', '%Y %Z'), ('24', '%H'), (5, '%Y'), ('5', 5),
    ('2020-06-01 +05:3', '%Y-%m-%d %z'),
]
for data, fmt in ERRORS:
    try:
        print(time.strptime(data, fmt))
    except (ValueError, TypeError) as e:
        print(repr(data), repr(fmt), type(e).__name__, e)

st = time.strptime('2024-02-29 23:59:59', '%Y-%m-%d %H:%M:%S')
print(time.mktime(st), time.strftime('%c %j %a', st))
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.strptime('UTC 2020', '%Z %Y').tm_isdst, time.strptime('EST 2020', '%Z %Y') if 0 else '')
try:
    time.strptime('EST 2020', '%Z %Y')
except ValueError as e:
    print(e)
