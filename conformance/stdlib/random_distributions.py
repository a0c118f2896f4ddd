# Every distribution of random.Random with fixed seeds: values must be CPython's to the last digit.
import random
r = random.Random(2024)
print(r.uniform(-3, 7), r.triangular(), r.triangular(0, 10, 2), r.triangular(5, 5, 5))
print(r.normalvariate(), r.normalvariate(50, 3), r.gauss(), r.gauss(1, 2), r.gauss(1, 2))
print(r.lognormvariate(0, 0.5), r.expovariate(), r.expovariate(0.25))
print(r.vonmisesvariate(1.0, 0.0), r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(3.0, 100))
print(r.gammavariate(0.5, 2.0), r.gammavariate(1.0, 3.0), r.gammavariate(5.0, 1.5))
print(r.betavariate(2, 5), r.betavariate(0.5, 0.5), r.paretovariate(3), r.weibullvariate(1, 1.5))
print([r.binomialvariate(1, 0.3) for _ in range(8)])
print([r.binomialvariate(20, 0.2) for _ in range(6)], r.binomialvariate(100, 0.9), r.binomialvariate(1000, 0.4))
print(r.binomialvariate(10, 0.0), r.binomialvariate(10, 1.0), r.binomialvariate(0, 0.5))
for bad in [lambda: r.gammavariate(0, 1), lambda: r.gammavariate(1, -1), lambda: r.binomialvariate(-1),
            lambda: r.binomialvariate(5, 1.5), lambda: r.expovariate(0)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
