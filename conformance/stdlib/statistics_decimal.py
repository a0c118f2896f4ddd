# statistics over Decimal data: results keep the Decimal type, stdev through Decimal.sqrt.
import statistics as st
from decimal import Decimal as D
from fractions import Fraction
data = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
print(st.mean(data), st.median(data), st.variance(data), st.pvariance(data))
print(st.stdev(data), st.pstdev(data), st.harmonic_mean([D("2"), D("4")]), st.harmonic_mean([D("1.5")]))
print(st.mean([D(1), 2]), st.mode(data), st.median_low(data), st.quantiles(data))
print(repr(st.stdev([D("1"), D("2"), D("4")])), repr(st.pstdev([D(0), D(0)])))
try:
    st.mean([D(1), 1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.mean([D(1), Fraction(1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
