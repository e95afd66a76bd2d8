# struct_time and UTC: gmtime, asctime, ctime in UTC, argument checks.
import os
import time
os.environ['TZ'] = 'UTC'
time.tzset()

st = time.gmtime(1234567890)
print(st)
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday,
      st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(st[0], st[-1], st[2:5], tuple(st), list(st)[:3])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)
s2 = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s2, s2.tm_zone, s2.tm_gmtoff)
s3 = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, 'XYZ', 3600))
print(s3, s3.tm_zone, s3.tm_gmtoff, len(s3))
print(s2 == (2020, 1, 2, 3, 4, 5, 3, 2, 0), hash(s2) == hash(tuple(s2)))
for bad in [(1, 2, 3), (1,) * 12]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError')
for t in [0, 1, -1, 86399, 86400, 951782400, 951868800, 1e9, 1e9 + 0.9, -1.5, 2 ** 31,
          -2 ** 31, 253402300799, -62135596800, 10 ** 12]:
    print(t, tuple(time.gmtime(t)))
for bad in ['x', None.__class__, float('nan'), float('inf'), 2 ** 70, 1e20]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(time.gmtime(None).tm_year >= 2024, time.gmtime().tm_zone)
print(time.asctime(st), time.ctime(1234567890), time.ctime(0))
print(time.asctime((2020, 2, 9, 1, 2, 3, 6, 40, 0)))
print(time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((12345, 12, 31, 23, 59, 61, 6, 366, 5)))
print(time.asctime((-5, 12, 31, 23, 59, 60, -1, 366, 0)))
print(type(time.asctime()).__name__, type(time.ctime()).__name__, len(time.ctime(None)))
bad_tuples = [
    (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, -1, 1, 0, 0, 0, 0, 1, 0),
    (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, -1, 0, 0, 0, 0, 1, 0),
    (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, -1, 0, 0, 0, 1, 0),
    (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0),
    (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
    (2020, 1, 1, 0, 0, 0, 0, -1, 0), (1, 2, 3), [2020, 1, 1, 0, 0, 0, 0, 1, 0], 'abc',
    (2020.0, 1, 1, 0, 0, 0, 0, 1, 0), ('2020', 1, 1, 0, 0, 0, 0, 1, 0),
    (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0),
]
for fn in [time.asctime, time.mktime, lambda t: time.strftime('%Y', t)]:
    for b in bad_tuples:
        try:
            print(repr(fn(b)))
        except Exception as e:
            print(type(e).__name__, e)
print(time.mktime(time.gmtime(1234567890)), time.mktime((2020, 14, 40, 30, 70, 80, 0, 0, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, 0)), time.mktime((1900, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.localtime(1234567890), time.localtime(1234567890).tm_zone)
import pickle
print(pickle.loads(pickle.dumps(st)) == st)
