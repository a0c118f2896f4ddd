# conformance: native
# time: clocks, sleep, gmtime/strftime/asctime, struct_time.
import time

t0 = time.time()
print(type(t0).__name__, t0 > 1.6e9, type(time.time_ns()).__name__)
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.02)
print(time.monotonic() - m0 >= 0.015, time.perf_counter() - p0 >= 0.015, time.monotonic_ns() > 0)
print(isinstance(time.process_time(), float), isinstance(time.thread_time(), float))
g = time.gmtime(0)
print(g)
print(g.tm_year, g[0], g.tm_wday, g.tm_yday, g.tm_zone, g.tm_gmtoff, len(g), tuple(g)[:3])
t = time.gmtime(1700000000)
print(time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%a %A %b %B %j %U %W %w %y %p %I %%', t))
print(time.strftime('%c|%x|%X|%D|%F|%T|%R|%e|%C|%G|%V|%u', t))
print(time.asctime(t), time.asctime(time.gmtime(0)))
s = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(s, s.tm_mon, s.tm_zone)
print(time.strftime('%d/%m/%Y', (2020, 1, 2, 3, 4, 5, 3, 2, 0)))
for bad in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.struct_time((1, 2)),
            lambda: time.gmtime(float('nan')), lambda: time.strftime('%Y', (1, 2, 3))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.localtime(0).tm_year in (1969, 1970), isinstance(time.timezone, int), len(time.tzname))
print(time.mktime(time.localtime(1700000000)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
