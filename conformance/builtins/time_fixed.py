# time module functions on fixed timestamps (UTC only, no clock or local timezone).
import time
t = time.gmtime(0)
print(t, t.tm_year, t.tm_yday, t.tm_wday, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %w", time.gmtime(1700000000)))
print(time.asctime(time.gmtime(86400 * 365)), time.strptime("2024-02-29", "%Y-%m-%d")[:7])
print(time.gmtime(1e9)[:6], time.gmtime(-86400)[:3], type(time.time()).__name__, time.time() > 1.6e9, type(time.perf_counter()).__name__)
import calendar
print(calendar.timegm(time.gmtime(1234567890)), time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mon)
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
start = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - start >= 0.005)
