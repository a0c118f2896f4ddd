# variance/pvariance/stdev/pstdev: exact through Fractions, correctly rounded square roots.
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.pvariance([1, 1, 1]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([F(1, 3), F(2, 3)]), st.stdev([F(1, 4), F(5, 4), F(1, 2)]))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3], mu=2), st.stdev([1, 2, 3], 2), st.pstdev([0.1, 0.2, 0.3], 0.2))
print(st.variance(range(1, 101)), st.pstdev(range(1000)), st.stdev([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 2]))
print(st.stdev([1e100, 2e100, 3e100]), st.pstdev([1e-300, 3e-300]), st.variance([0.1] * 5), st.pvariance([7]))
print(st.stdev([x / 7 for x in range(50)]), st.pvariance([x * 0.37 for x in range(13)]))
print(type(st.variance([1, 2])).__name__, type(st.variance([1, 3])).__name__, type(st.pvariance([F(1), 2])).__name__)
tests = [lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]),
         lambda: st.variance(["a", "b"]), lambda: st.stdev([1, float("inf")])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
