"""Mathematical statistics of numeric data, as CPython 3.12's statistics module computes them.

Averages and spreads of ints, floats, Fractions and Decimals are computed exactly (as
Fractions) and converted to the data's type only at the end, so results agree with CPython to
the last digit. decimal is imported only when the data holds Decimals.
"""

import math
import sys
from fractions import Fraction
from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
    "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high",
    "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance",
]

_SQRT2 = math.sqrt(2.0)


class StatisticsError(ValueError):
    pass


def _decimal_class():
    """decimal.Decimal if a program imported decimal, else None: without the module loaded
    no value can be a Decimal, so statistics never pays for importing it."""
    module = sys.modules.get("decimal")
    return None if module is None else module.Decimal


def _is_decimal_type(kind):
    dec = _decimal_class()
    return dec is not None and issubclass(kind, dec)


# ---- exact arithmetic over mixed numeric types ----

def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _common_type(have, new):
    """The type a result takes when data of types have and new are mixed."""
    if have is new or new is int or new is bool:
        return have
    if have is int:
        return new
    if issubclass(new, have):
        return new
    if issubclass(have, new):
        return have
    if issubclass(have, int):
        return new
    if issubclass(new, int):
        return have
    if issubclass(have, Fraction) and issubclass(new, float):
        return new
    if issubclass(have, float) and issubclass(new, Fraction):
        return have
    raise TypeError("don't know how to coerce %s and %s" % (have.__name__, new.__name__))


def _result_type(kinds):
    result = int
    for kind in kinds:
        result = _common_type(result, kind)
    return result


def _exact_sum(data):
    """(type, exact total, count) of the data; the total is a Fraction unless a value was
    not finite, when it is the float (or Decimal) sum of those values."""
    kinds = []
    by_denominator = {}
    n = 0
    for kind, run in groupby(data, type):
        if kind not in kinds:
            kinds.append(kind)
        for num, den in map(_ratio, run):
            n += 1
            by_denominator[den] = by_denominator.get(den, 0) + num
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(num, den) for den, num in by_denominator.items())
    return _result_type(kinds), total, n


def _sum_of_squares(data, centre=None):
    """(type, sum of squared deviations, centre, count); the centre is the exact mean
    unless one is given."""
    if centre is not None:
        kind, total, n = _exact_sum((d := x - centre) * d for x in data)
        return kind, total, centre, n
    kinds = []
    sx = {}
    sxx = {}
    n = 0
    for kind, run in groupby(data, type):
        if kind not in kinds:
            kinds.append(kind)
        for num, den in map(_ratio, run):
            n += 1
            sx[den] = sx.get(den, 0) + num
            sxx[den] = sxx.get(den, 0) + num * num
    if not n:
        ss = centre = Fraction(0)
    elif None in sx:
        ss = centre = sx[None]
    else:
        lin = sum(Fraction(num, den) for den, num in sx.items())
        quad = sum(Fraction(num, den * den) for den, num in sxx.items())
        ss = (n * quad - lin * lin) / n
        centre = lin / n
    return _result_type(kinds), ss, centre, n


def _convert(value, kind):
    """The exact value as an instance of kind (float when kind is integral but value is not)."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if _is_decimal_type(kind):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _reject_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# ---- correctly rounded square roots of fractions ----

_SQRT_WIDTH = 2 * sys.float_info.mant_dig + 3


def _isqrt_round_odd(n, m):
    """floor(sqrt(n / m)) with its last bit set when inexact (round to odd)."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def _float_sqrt(n, m):
    """sqrt(n / m) correctly rounded to a float."""
    shift = (n.bit_length() - m.bit_length() - _SQRT_WIDTH) // 2
    if shift >= 0:
        return (_isqrt_round_odd(n, m << 2 * shift) << shift) / 1
    return _isqrt_round_odd(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt(n, m):
    """sqrt(n / m) as a Decimal, correctly rounded in the current context."""
    dec = _decimal_class()
    if n <= 0:
        if not n:
            return dec("0.0")
        n, m = -n, -m
    root = (dec(n) / dec(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    # A neighbour wins when the true root lies beyond the midpoint between it and root.
    above = root.next_plus()
    an, ad = above.as_integer_ratio()
    if 4 * n * (rd * ad) ** 2 > m * (rd * an + ad * rn) ** 2:
        return above
    below = root.next_minus()
    bn, bd = below.as_integer_ratio()
    if 4 * n * (rd * bd) ** 2 < m * (rd * bn + bd * rn) ** 2:
        return below
    return root


def _sqrt_of(ratio, kind):
    if _is_decimal_type(kind):
        return _decimal_sqrt(ratio.numerator, ratio.denominator)
    return _float_sqrt(ratio.numerator, ratio.denominator)


# ---- averages ----

def mean(data):
    """Arithmetic mean, computed exactly and returned in the data's type."""
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, kind)


def fmean(data, weights=None):
    """Arithmetic mean as a float, optionally weighted."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            seen = [0]

            def counted(values):
                for seen[0], x in enumerate(values, start=1):
                    yield x
            total = math.fsum(counted(data))
            n = seen[0]
        else:
            total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        weighted = math.sumprod(data, weights)
    except ValueError:
        raise StatisticsError("data and weights must be the same length")
    scale = math.fsum(weights)
    if not scale:
        raise StatisticsError("sum of weights must be non-zero")
    return weighted / scale


def geometric_mean(data):
    """Geometric mean as a float, through the mean of logarithms."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Harmonic mean, optionally weighted; 0 when a value is zero."""
    if iter(data) is data:
        data = list(data)
    negative = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        only = data[0]
        import numbers
        dec = _decimal_class()
        if not isinstance(only, numbers.Real) and not (dec is not None and isinstance(only, dec)):
            raise TypeError("unsupported type")
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = repeat(1, n)
        weight_total = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        weight_total = _exact_sum(_reject_negative(weights, negative))[1]
    try:
        checked = _reject_negative(data, negative)
        kind, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(weight_total / total, kind)


def _sorted_nonempty(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """Middle value, or the mean of the two middle values."""
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Middle value, or the smaller of the two middle values."""
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half if odd else half - 1]


def median_high(data):
    """Middle value, or the larger of the two middle values."""
    ordered = _sorted_nonempty(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in classes of width interval centred on the values."""
    ordered = _sorted_nonempty(data)
    n = len(ordered)
    middle = ordered[n // 2]
    first = bisect_left(ordered, middle)
    past = bisect_right(ordered, middle, lo=first)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - first) / (past - first)


def mode(data):
    """The most common value (the first met among equally common ones)."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError("no mode for empty data")
    return top[0][0]


def multimode(data):
    """Every most common value, in first-seen order."""
    tally = Counter(iter(data))
    if not tally:
        return []
    most = max(tally.values())
    return [value for value, seen in tally.items() if seen == most]


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---- spread ----

def _spread(data, centre, minimum, name):
    kind, ss, _, n = _sum_of_squares(data, centre)
    if n < minimum:
        points = "one data point" if minimum == 1 else "two data points"
        raise StatisticsError(f"{name} requires at least {points}")
    return kind, ss / (n - (minimum - 1))


def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    kind, ratio = _spread(data, xbar, 2, "variance")
    return _convert(ratio, kind)


def pvariance(data, mu=None):
    """Population variance."""
    kind, ratio = _spread(data, mu, 1, "pvariance")
    return _convert(ratio, kind)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    kind, ratio = _spread(data, xbar, 2, "stdev")
    return _sqrt_of(ratio, kind)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    kind, ratio = _spread(data, mu, 1, "pstdev")
    return _sqrt_of(ratio, kind)


def _mean_and_stdev(data):
    _, ss, centre, n = _sum_of_squares(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    ratio = ss / (n - 1)
    try:
        return float(centre), _float_sqrt(ratio.numerator, ratio.denominator)
    except AttributeError:
        return float(centre), float(centre) / float(ss)


# ---- relations between two inputs ----

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def _centred(values, n):
    centre = math.fsum(values) / n
    return centre, [v - centre for v in values]


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = _paired(x, y, "covariance")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.sumprod((a - xbar for a in x), (b - ybar for b in y)) / (n - 1)


def _ranks(values, start):
    """Average ranks (ties share the mean of their positions), counting from start."""
    order = sorted(zip(values, range(len(values))))
    ranks = [0] * len(order)
    taken = start - 1
    for _, group in groupby(order, key=lambda pair: pair[0]):
        members = list(group)
        shared = taken + (len(members) + 1) / 2
        for _, where in members:
            ranks[where] = shared
        taken += len(members)
    return ranks


def correlation(x, y, /, *, method="linear"):
    """Pearson's correlation coefficient, or Spearman's rank one with method='ranked'."""
    n = _paired(x, y, "correlation")
    if method not in ("linear", "ranked"):
        raise ValueError(f"Unknown method: {method!r}")
    if method == "ranked":
        start = (n - 1) / -2
        x = _ranks(x, start)
        y = _ranks(y, start)
    else:
        x = _centred(x, n)[1]
        y = _centred(y, n)[1]
    sxy = math.sumprod(x, y)
    sxx = math.sumprod(x, x)
    syy = math.sumprod(y, y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line (through the origin when
    proportional)."""
    n = _paired(x, y, "linear regression")
    if not proportional:
        xbar, x = _centred(x, n)
        ybar = math.fsum(y) / n
        y = (b - ybar for b in y)
    sxy = math.sumprod(x, y) + 0.0
    sxx = math.sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----

# Wichura's algorithm AS 241 (Applied Statistics, 1988): rational approximations of the
# normal quantile in a central region and two tails, coefficients highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _rational(table, r):
    return _horner(table[0], r) / _horner(table[1], r)


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_AS241_CENTRAL[0], r) * q / _horner(_AS241_CENTRAL[1], r)
        return mu + x * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        x = _rational(_AS241_NEAR, r - 1.6)
    else:
        x = _rational(_AS241_FAR, r - 5.0)
    return mu + (-x if q < 0.0 else x) * sigma


class NormalDist:
    """A normal distribution of a random variable, with its mean mu and standard
    deviation sigma."""

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution whose mean and standard deviation are the data's."""
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        """n random samples, from a fresh generator when seed is given."""
        draw = _gauss_of(seed)
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in repeat(None, n)]

    def _require_spread(self, what):
        if not self._sigma:
            raise StatisticsError(f"{what}() not defined when sigma is zero")

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError("pdf() not defined when sigma is zero")
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """Probability that the variable is at most x."""
        self._require_spread("cdf")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n equally likely intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        lo_var, hi_var = lo.variance, hi.variance
        if not lo_var or not hi_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = hi_var - lo_var
        dm = math.fabs(hi._mu - lo._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * lo._sigma * _SQRT2))
        a = lo._mu * hi_var - hi._mu * lo_var
        b = lo._sigma * hi._sigma * math.sqrt(dm * dm + dv * math.log(hi_var / lo_var))
        left = (a + b) / dv
        right = (a - b) / dv
        return 1.0 - (math.fabs(hi.cdf(left) - lo.cdf(left)) + math.fabs(hi.cdf(right) - lo.cdf(right)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._require_spread("zscore")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean."""
        return self._mu

    @property
    def median(self):
        """Median (equal to the mean)."""
        return self._mu

    @property
    def mode(self):
        """Mode (equal to the mean)."""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


def _gauss_of(seed):
    """The module-level random.gauss, or a fresh generator's gauss for a seed."""
    import random
    return random.gauss if seed is None else random.Random(seed).gauss
