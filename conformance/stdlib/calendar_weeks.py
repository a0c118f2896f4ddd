# calendar with other first weekdays: month tables, week headers of several widths, year layouts.
import calendar

for first in (calendar.MONDAY, calendar.WEDNESDAY, calendar.SUNDAY):
    c = calendar.TextCalendar(first)
    print(c.getfirstweekday(), [calendar.day_abbr[d] for d in c.iterweekdays()])
    print(c.formatmonth(2025, 2))
    print(c.formatweekheader(1), "|", c.formatweekheader(4), "|", c.formatweekheader(9))
    print(c.monthdayscalendar(2025, 3)[0], c.monthdayscalendar(2025, 3)[-1])
    print(c.formatmonthname(2025, 3, 20), "|", c.formatmonthname(2025, 3, 20, withyear=False), "|")
c = calendar.TextCalendar()
print(c.formatyear(2025, w=2, l=1, c=2, m=4))
print(c.formatyear(1, m=2).splitlines()[:6])
print(c.formatmonth(9999, 12, 4, 2))
print(calendar.monthrange(1, 1), calendar.monthrange(9999, 12), calendar.monthrange(2100, 2), calendar.monthrange(2000, 2))
print([calendar.isleap(y) for y in (1600, 1700, 1996, 2023, 2400)], calendar.leapdays(1600, 2401))
c.firstweekday = 9
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays())[:2])
for bad in (-1, 7):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
try:
    calendar.month(2024, 13)
except IndexError as e:
    print(type(e).__name__, e)
try:
    calendar.monthcalendar(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    list(calendar.Calendar().itermonthdates(1, 1))
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.Calendar(6).monthdatescalendar(2024, 12)[-1][-1], calendar.Calendar().yeardays2calendar(2024, 6)[1][0][0])
