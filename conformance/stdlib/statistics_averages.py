# mean/fmean/geometric_mean/harmonic_mean/median*/mode/multimode over ints, floats, Fractions, mixed types.
import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3, 4, 4]), st.mean([0.1, 0.2, 0.3]), st.mean([F(1, 3), F(2, 3), 1]))
print(st.mean([1, 2.5]), st.mean([F(1, 2), 0.25]), st.mean(iter(range(10))), st.mean([True, False, True]))
print(st.mean([1e308, 1e308]), st.mean([float("inf"), 1]), st.mean([3]), type(st.mean([2, 4])).__name__)
print(st.fmean([1, 2, 3]), st.fmean(iter([0.1, 0.2])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean((x for x in [5])))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([2, 8]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 0, 3]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([F(1, 2), 4]), st.harmonic_mean([2.5]), st.harmonic_mean(iter([1, 2])))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([F(1, 2), F(3, 2)]), st.median(["b", "a", "c"]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low("dcba"), st.median_high([2.5]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([2, 2, 3, 3, 3, 4]), st.median_grouped([F(5, 2), 3]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red"]), st.mode("aabbb"), st.mode([1, 2]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([3]), st.multimode(iter([1, 1, 2, 2])))
tests = [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.fmean(iter([])), lambda: st.fmean([1, 2], weights=[1]),
         lambda: st.fmean([1, 2], weights=[1, -1]), lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -2]),
         lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -1]), lambda: st.harmonic_mean([-1]),
         lambda: st.harmonic_mean(["x"]), lambda: st.harmonic_mean([1, 2], weights=[1]),
         lambda: st.harmonic_mean([1, 2], weights=[0, 0]), lambda: st.median([]), lambda: st.median_low([]),
         lambda: st.median_high([]), lambda: st.median_grouped([]), lambda: st.median_grouped(["a"]),
         lambda: st.mode([]), lambda: st.mean(["a", "b"]), lambda: st.mean([1, "2"]), lambda: st.mean([F(1), 1.5, 2j])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), sorted(st.__all__))
