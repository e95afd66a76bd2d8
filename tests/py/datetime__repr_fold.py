# A datetime's repr writes fold before tzinfo; a time's writes it after.
import datetime

utc = datetime.timezone.utc
print(repr(datetime.datetime(2020, 11, 1, 1, 30, fold=1)))
print(repr(datetime.datetime(2020, 11, 1, 1, 30, tzinfo=utc, fold=1)))
print(repr(datetime.datetime(2020, 11, 1, 1, 30, 5, 7, tzinfo=utc, fold=1)))
print(repr(datetime.datetime(2020, 11, 1, 1, 30, tzinfo=utc)))
print(repr(datetime.time(1, 2, tzinfo=utc, fold=1)), repr(datetime.time(1, 2, fold=1)))
