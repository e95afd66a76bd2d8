# isoformat() and 3.11's fromisoformat() for date, time and datetime.
from datetime import date, time, datetime, timedelta, timezone

dt = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=timezone(timedelta(hours=-4)))
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(sep='x', timespec='minutes'))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0, tzinfo=None).isoformat(timespec=spec))
print(datetime(1, 1, 1).isoformat(), date(5, 6, 7).isoformat(), time(0).isoformat())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=5400, microseconds=1))).isoformat())
print(datetime(2024, 1, 1).isoformat(sep='\u00e9'))

# Round trips
for x in [dt, dt.replace(tzinfo=None), datetime(2024, 1, 1), datetime.max, datetime.min.replace(tzinfo=timezone.utc)]:
    print(datetime.fromisoformat(x.isoformat()) == x, repr(datetime.fromisoformat(str(x))))
for x in [time(1, 2, 3, 4), time(23, 59), time(5, tzinfo=timezone(timedelta(minutes=-90)))]:
    print(repr(time.fromisoformat(x.isoformat())))

# The formats 3.11 accepts
dates = ['2024-05-06', '20240506', '2024-W19', '2024W19', '2024-W19-1', '2024W191', '2020-W53-7', '0001-01-01']
for s in dates:
    print(s, repr(date.fromisoformat(s)), repr(datetime.fromisoformat(s)))
datetimes = ['2024-05-06T07:08', '2024-05-06 07:08:09', '2024-05-06T07', '2024-05-06T0708', '20240506T070809',
             '2024-05-06T07:08:09.5', '2024-05-06T07:08:09,25', '2024-05-06T07:08:09.1234567',
             '2024-05-06T07:08:09.123', '2024-05-06T07:08:09Z', '2024-05-06T07:08+02:00',
             '2024-05-06T07:08-0230', '2024-05-06T07:08:09+01', '2024-05-06T07:08:09-03:04:05',
             '2024-05-06T07:08:09+01:02:03.456', '2024-05-06T07:08:09+00:00', '2024-W19-1T10:00',
             '2024W19T10', '2024-05-06x07:08', '2024-05-06T07:08:09.123456789+05:30',
             '2024-05-06T07:08:09-00:00']
for s in datetimes:
    print(s, repr(datetime.fromisoformat(s)))
times = ['07', '07:08', '0708', '07:08:09', '070809', '07:08:09.1', '07:08:09,123456', 'T07:08',
         '07:08Z', '07:08:09+05:30', '07:08:09.5-01', '12:00:00.', '24', 'T070809']
for s in times:
    try:
        print(s, repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, type(e).__name__, e)

# Rejected strings
bad = ['', '2024', '2024-5-06', '2024-05-6', '2024/05/06', '2024-05-06T', '2024-05-06T7', '2024-05-06T07:8',
       '2024-05-06T07:08:', '2024-05-06T07:08+', '2024-05-06T07:08+1', '2024-05-06T07:08Z+01', '2024-05-06T07:08ZZ',
       '2024-0506', '202405-06', '2024-W1', '2024-W54', '2021-W53', '2024-W01-8', '2024-W01-0', '2024-05-06T07.5',
       '\u0662\u0660\u0662\u0664-05-06', '2024-05-06T07:08:09 ', ' 2024-05-06', '2024-05-06T07:08:09+0102:03']
for s in bad:
    for cls in (date, datetime):
        try:
            print(cls.__name__, repr(s), repr(cls.fromisoformat(s)))
        except ValueError as e:
            print(cls.__name__, repr(s), type(e).__name__, e)
for s in ['25:00', '07:60', '07:08:60', 'x', '07:08:09+24:00', '07-08']:
    try:
        print(repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
# Out-of-range fields are the constructors' errors
for s in ['2024-02-30', '2024-13-01', '0000-01-01', '2024-05-06T24:00', '2024-05-06T07:08+24:00']:
    for cls in (date, datetime):
        try:
            print(repr(cls.fromisoformat(s)))
        except ValueError as e:
            print(cls.__name__, repr(s), type(e).__name__, e)
for arg in [20240506, None, b'2024-05-06']:
    try:
        date.fromisoformat(arg)
    except TypeError as e:
        print(type(e).__name__, e)
