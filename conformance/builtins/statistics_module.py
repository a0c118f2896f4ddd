# statistics: mean/median/mode/stdev/variance/quantiles on exact data.
import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode(data), st.multimode("aabbc"))
print(st.pstdev(data), st.pvariance(data), round(st.stdev(data), 10), round(st.variance(data), 10))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([1.5, 2.5]), st.median([3, 1, 2]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 2, 4]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 101), n=10)[:3])
print(round(st.correlation([1, 2, 3], [2, 4, 7]), 10), st.linear_regression([1, 2, 3], [2, 4, 6]), round(st.covariance([1, 2, 3], [1, 2, 4]), 10))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print(type(e).__name__, e)
d = st.NormalDist(100, 15)
print(d, d.mean, d.stdev, round(d.cdf(115), 10), round(d.inv_cdf(0.5), 10), d + 5, d * 2)
