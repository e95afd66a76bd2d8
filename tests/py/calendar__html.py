# HTMLCalendar: tables for a month, a year and a whole page.
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2), end='')
print(h.formatmonth(2024, 2, withyear=False), end='')
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2023, 10), end='')
print(h.formatday(0, 3), h.formatday(15, 6))
print(h.formatweek([(0, 0), (1, 1), (2, 2)]))
print(h.formatweekday(4), h.formatweekheader())
print(h.formatmonthname(2024, 5), h.formatmonthname(2024, 5, False))
print(h.formatyear(2024))
print(h.formatyear(2024, width=5)[-300:])
print(len(h.formatyear(2024, 0)))
page = h.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page[:400].decode())
print(h.formatyearpage(2024, 4, css=None, encoding='ascii')[:330])


class Custom(calendar.HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_noday = "empty"
    cssclass_month = "cal"
    cssclass_month_head = "head"
    cssclasses_weekday_head = ["h%d" % i for i in range(7)]

    def formatday(self, day, weekday):
        return super().formatday(day, weekday).replace('<td', '<td data-x="1"')


print(Custom(2).formatmonth(2024, 4), end='')


class Accented(calendar.HTMLCalendar):
    def formatmonthname(self, theyear, themonth, withyear=True):
        return '<tr><th>Mär€ %s</th></tr>' % theyear


page = Accented().formatyearpage(2024, 12, encoding='ascii')
print(page.count(b'&#228;'), page.count(b'&#8364;'), page[360:420])
print(Accented().formatyearpage(2024, encoding='latin-1').count(b'\xe4'))
