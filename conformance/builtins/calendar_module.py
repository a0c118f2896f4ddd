# calendar: text calendars and date helpers (fixed years, Monday first).
import calendar
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.monthcalendar(2023, 1))
print(list(calendar.month_name)[1:4], list(calendar.day_abbr), calendar.MONDAY, calendar.SUNDAY)
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2021, 8, w=3))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
print(calendar.calendar(2024, w=2, l=1, c=3, m=6).splitlines()[:5])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
