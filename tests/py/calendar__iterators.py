# The Calendar class: weekday order, month iterators and matrices.
import calendar
import datetime

c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
s = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(s.firstweekday, list(s.iterweekdays()))
print(calendar.Calendar(9).firstweekday, list(calendar.Calendar(9).iterweekdays()))
print(calendar.Calendar(-1).firstweekday)
s.setfirstweekday(3)
print(s.getfirstweekday(), list(s.iterweekdays()))
s.firstweekday = 6

print(list(c.itermonthdays(2024, 2)))
print(list(s.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 3))[:9])
print(list(s.itermonthdays2(2024, 3))[-9:])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays3(2024, 1))[-5:])
print(list(c.itermonthdays4(2023, 12))[-4:])
print(list(s.itermonthdays4(2024, 3))[:6])
dates = list(c.itermonthdates(2024, 2))
print(len(dates), dates[0], dates[-1], type(dates[0]).__name__)
print(all(isinstance(d, datetime.date) for d in dates))
# Ends of the year range work for the day iterators.
print(list(c.itermonthdays3(1, 1))[:2], list(c.itermonthdays3(9999, 12))[-4:])
print(list(c.itermonthdays(9999, 12)))
try:
    list(c.itermonthdates(9999, 12))
except OverflowError as e:
    print(type(e).__name__, e)
except ValueError as e:
    print(type(e).__name__, e)

print(c.monthdayscalendar(2015, 2))
print(s.monthdayscalendar(2015, 2))
print(c.monthdays2calendar(2024, 6)[0])
print([[str(d) for d in w] for w in c.monthdatescalendar(2024, 9)][:2])
for row in c.yeardayscalendar(2024, 4):
    print(len(row), [len(m) for m in row], row[0][0])
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 5)), len(c.yeardayscalendar(2024, 12)))
print(c.yeardays2calendar(2024, 6)[1][5][-1])
ydc = c.yeardatescalendar(2023, 2)
print(len(ydc), [len(r) for r in ydc], str(ydc[0][0][0][0]), str(ydc[-1][-1][-1][-1]))
