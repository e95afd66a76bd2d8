# Month and day names (the C locale's, as CPython gives them by default).
import calendar

print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name))
print(list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.month_abbr), len(calendar.day_name), len(calendar.day_abbr))
print(calendar.month_name[0] == '', calendar.month_name[1], calendar.month_name[-1], calendar.month_abbr[12])
print(calendar.month_name[1:4], calendar.month_abbr[::4], calendar.day_name[5:], calendar.day_abbr[-2:])
print(calendar.day_name[0], calendar.day_abbr[6], calendar.day_name[-1])
for bad in (13, 7):
    try:
        print(calendar.month_name[bad] if bad == 13 else calendar.day_name[bad])
    except IndexError as e:
        print(type(e).__name__, e)
print(type(calendar.month_name).__name__, type(calendar.day_abbr).__name__)
print([calendar.day_abbr[d] for d in calendar.Calendar(6).iterweekdays()])
