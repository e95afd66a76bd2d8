# Subclassing TextCalendar and the Locale calendars (C locale).
import calendar


class Marked(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        if day and weekday >= 5:
            s = s.replace(' ', '*', 1) if s.startswith(' ') else s
        return s


print(Marked().formatmonth(2024, 6), end='')
lt = calendar.LocaleTextCalendar(locale='C')
print(lt.locale, lt.formatmonth(2024, 1), end='')
lh = calendar.LocaleHTMLCalendar(6, 'C')
print(lh.locale, lh.formatweekheader())
print(lh.formatmonthname(2024, 7))
print(isinstance(lt, calendar.TextCalendar), isinstance(lh, calendar.HTMLCalendar))
