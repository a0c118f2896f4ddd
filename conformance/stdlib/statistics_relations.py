# quantiles (both methods), covariance, correlation (linear and ranked), linear_regression.
import statistics as st
from fractions import Fraction as F
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), method="inclusive"), st.quantiles([1, 2], n=5))
print(st.quantiles([1.5, 2.5, 9.0], n=3, method="inclusive"), st.quantiles([F(1, 2), F(3, 2), 4]), st.quantiles([3, 1], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, y), st.covariance([1.5, 2.5], [0.1, 0.7]))
print(st.correlation(x, x), st.correlation(x, y), st.correlation(x, z), st.correlation([1, 2, 3], [1, 4, 9]))
print(st.correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 100], method="ranked"), st.correlation([3, 1, 2, 2], [10, 30, 20, 25], method="ranked"))
print(st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
r = st.linear_regression([1.5, 2.0, 4.25], [3, 5, 8])
print(r.slope, r.intercept, r._fields, type(r).__name__)
tests = [lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="nope"),
         lambda: st.covariance([1, 2], [1]), lambda: st.covariance([1], [1]), lambda: st.correlation([1, 2], [3]),
         lambda: st.correlation([1], [1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.correlation([1, 2], [1, 2], method="x"),
         lambda: st.linear_regression([1, 2], [1]), lambda: st.linear_regression([1], [1]), lambda: st.linear_regression([2, 2], [1, 3])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
