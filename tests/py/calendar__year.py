# Whole-year text calendars.
import calendar

print(calendar.calendar(2024))
calendar.prcal(2023)
print(calendar.calendar(2025, 2, 1, 6, 4))
print(calendar.calendar(2026, w=3, l=2, c=3, m=2))
print(calendar.TextCalendar(6).formatyear(2024, m=6, c=1))
print(calendar.TextCalendar().formatyear(1900, 1, 0, 0, 12))
calendar.TextCalendar(calendar.SUNDAY).pryear(2000, m=1)
