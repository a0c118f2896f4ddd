# NormalDist: construction, pdf/cdf/inv_cdf/quantiles/overlap/zscore, operators, samples, errors.
import statistics as st
import pickle
N = st.NormalDist
d = N(100, 15)
print(d, repr(N()), d.mean, d.median, d.mode, d.stdev, d.variance)
print(d.pdf(100), d.pdf(130), d.cdf(115), d.cdf(70), d.zscore(130))
print(d.inv_cdf(0.5), d.inv_cdf(0.975), d.inv_cdf(0.01), d.inv_cdf(1e-10), d.inv_cdf(0.9999999), N().inv_cdf(1e-300))
print(d.quantiles(), N(0, 1).quantiles(10))
print(N(2.4, 1.6).overlap(N(3.2, 2.0)), N(0, 1).overlap(N(0, 1)), N(0, 1).overlap(N(1, 1)), N(5, 2).overlap(N(1, 1)))
print(d + 5, 5 + d, d - 5, 5 - d, d * 2, 2 * d, d / 4, -d, +d, d * -3)
print(N(1, 3) + N(2, 4), N(1, 3) - N(2, 4), d == N(100, 15), d == N(100.0, 15.0), d != N(1, 2), d == 5)
print(N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), N(1, 2).samples(3, seed=42), len(N().samples(5)))
print(hash(N(1, 2)) == hash(N(1.0, 2.0)), pickle.loads(pickle.dumps(d)) == d, N(3, 0).mean, N(True, 2).mean)
class Sub(N):
    pass
print(Sub(1, 2), hasattr(d, "__dict__"))
tests = [lambda: N(0, -1), lambda: N(1, 0).pdf(1), lambda: N(1, 0).cdf(1), lambda: N(1, 0).zscore(1),
         lambda: d.inv_cdf(0), lambda: d.inv_cdf(1.5), lambda: d.overlap(5), lambda: N(1, 0).overlap(N(1, 1)),
         lambda: N.from_samples([1]), lambda: d + "x", lambda: d * N()]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
