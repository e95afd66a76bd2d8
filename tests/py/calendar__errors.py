# IllegalMonthError / IllegalWeekdayError and errors from datetime.
import calendar

for args in [(2024, 0), (2024, 13), (2024, -1)]:
    try:
        calendar.monthrange(*args)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, e.args, isinstance(e, ValueError))
try:
    calendar.monthcalendar(2024, 13)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.month(2024, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(calendar.Calendar().itermonthdays(2024, 14))
except ValueError as e:
    print(type(e).__name__, e)
for wd in (-1, 7, 100):
    try:
        calendar.setfirstweekday(wd)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday, e.args, isinstance(e, ValueError))
print(calendar.firstweekday())
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.weekday(2024, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)
e = calendar.IllegalMonthError('x')
print(str(e), repr(e.month))
print(issubclass(calendar.IllegalWeekdayError, ValueError), calendar.IllegalMonthError.__mro__[1].__name__)
