"""Pseudo-random numbers: CPython 3.12"s random module over Sanca"s native _random.

The core generator (Mersenne Twister, seeding, getrandbits, state) is the Java type
_random.Random; every distribution here draws from it with CPython's algorithms, in the same
order, so a seeded generator reproduces CPython's values exactly.
"""

import _random
import math as _math
import os as _os
import bisect as _bisect_mod
import itertools as _itertools
import operator as _operator
import _collections_abc

TWOPI = _math.tau
_bisect = _bisect_mod.bisect
_index = _operator.index

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


def _hash_seed_v1(text):
    """The version-1 string hash older Pythons seeded with."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    acc = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        acc = ((1000003 * acc) ^ code) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _empty_range(*bounds):
    return "empty range in randrange(%s)" % ", ".join(map(format, bounds))


class Random(_random.Random):
    """A generator of its own: the class the module-level functions are bound to."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Seed from None (system entropy), an int, a float, or str/bytes/bytearray."""
        if isinstance(a, (str, bytes)) and version == 1:
            a = _hash_seed_v1(a)
        elif isinstance(a, (str, bytes, bytearray)) and version == 2:
            raw = a.encode() if isinstance(a, str) else a
            a = int.from_bytes(raw + _random._sha512(raw))
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version == 3:
            _, words, self.gauss_next = state
        elif version == 2:
            _, signed, self.gauss_next = state
            try:
                words = tuple(w % (2 ** 32) for w in signed)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but no getrandbits() must draw integers
        # from random(); the first class in the MRO that defines either decides.
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                return
            if "getrandbits" in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if "random" in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    def _randbelow_with_getrandbits(self, n):
        bits = n.bit_length()
        draw = self.getrandbits
        value = draw(bits)
        while value >= n:
            value = draw(bits)
        return value

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        draw = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _math.floor(draw() * n)
        limit = (maxsize - maxsize % n) / maxsize
        u = draw()
        while u >= limit:
            u = draw()
        return _math.floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=_ONE):
        """A random member of range(start, stop, step), for ranges of any size."""
        lo = _index(start)
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)
        hi = _index(stop)
        span = hi - lo
        stride = _index(step)
        if stride == 1:
            if span <= 0:
                raise ValueError(_empty_range(start, stop))
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = (span + stride + (-1 if stride > 0 else 1)) // stride
        if count <= 0:
            raise ValueError(_empty_range(start, stop, step))
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct positions of the population, in selection order."""
        if not isinstance(population, _collections_abc.Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            bounds = list(_itertools.accumulate(counts))
            if len(bounds) != size:
                raise ValueError("The number of counts does not match the population")
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            return [population[_bisect(bounds, pick)]
                    for pick in self.sample(range(total), k=k)]
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        # CPython picks a pool copy for small populations and a set of taken indices for
        # large ones; the threshold decides which random draws happen, so it is kept.
        threshold = 21
        if k > 5:
            threshold += 4 ** _math.ceil(_math.log(k * 3, 4))
        out = [None] * k
        if size <= threshold:
            pool = list(population)
            for i in range(k):
                j = below(size - i)
                out[i] = pool[j]
                pool[j] = pool[size - i - 1]
            return out
        taken = set()
        for i in range(k):
            j = below(size)
            while j in taken:
                j = below(size)
            taken.add(j)
            out[i] = population[j]
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements drawn with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_math.floor(draw() * scale)] for _ in _itertools.repeat(None, k)]
            try:
                cum_weights = list(_itertools.accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f"The number of choices must be a keyword argument: {k=}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in _itertools.repeat(None, k)]

    def uniform(self, a, b):
        """A float between a and b."""
        return a + self.random() * (b - a)

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _math.sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_math.log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller, a pair at a time (not thread-safe)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            draw = self.random
            angle = draw() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - draw()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd."""
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution, by Best and Fisher's method."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _math.sqrt(1.0 + half * half)
        while True:
            z = _math.cos(_math.pi * draw())
            d = z / (rho + z)
            v = draw()
            if v < 1.0 - d * d or v <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / rho
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _math.acos(f)) % TWOPI
        return (mu - _math.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        draw = self.random
        if alpha == 1.0:
            return -_math.log(1.0 - draw()) * beta
        if alpha > 1.0:
            return self._gamma_cheng(alpha, draw) * beta
        return self._gamma_small(alpha, draw) * beta

    @staticmethod
    def _gamma_cheng(alpha, draw):
        # R. C. H. Cheng's rejection method for shape > 1.
        spread = _math.sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + spread
        while True:
            a = draw()
            if not 1e-7 < a < 0.9999999:
                continue
            b = 1.0 - draw()
            v = _math.log(a / (1.0 - a)) / spread
            x = alpha * _math.exp(v)
            z = a * a * b
            r = shift + slope * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                return x

    @staticmethod
    def _gamma_small(alpha, draw):
        # Ahrens and Dieter's GS algorithm for shape < 1.
        while True:
            u = draw()
            bound = (_math.e + alpha) / _math.e
            p = bound * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_math.log((bound - p) / alpha)
            w = draw()
            if p > 1.0:
                if w <= x ** (alpha - 1.0):
                    return x
            elif w <= _math.exp(-x):
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        """Number of successes in n trials of probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if not 0.0 < p < 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        draw = self.random
        if n == 1:
            return _index(draw() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, p=1.0 - p)
        if n * p < 10.0:
            return self._binomial_geometric(n, p, draw)
        return self._binomial_btrs(n, p, draw)

    @staticmethod
    def _binomial_geometric(n, p, draw):
        # Counts geometric jumps between successes (Devroye's second waiting time method).
        hits = jumped = 0
        step = _math.log2(1.0 - p)
        if not step:
            return hits
        while True:
            jumped += _math.floor(_math.log2(draw()) / step) + 1
            if jumped > n:
                return hits
            hits += 1

    @staticmethod
    def _binomial_btrs(n, p, draw):
        # Hormann's transformed rejection with squeeze (BTRS).
        sd = _math.sqrt(n * p * (1.0 - p))
        bb = 1.15 + 2.53 * sd
        aa = -0.0873 + 0.0248 * bb + 0.01 * p
        cc = n * p + 0.5
        v_r = 0.92 - 4.2 / bb
        prepared = False
        while True:
            u = draw() - 0.5
            us = 0.5 - _math.fabs(u)
            k = _math.floor((2.0 * aa / us + bb) * u + cc)
            if k < 0 or k > n:
                continue
            v = draw()
            if us >= 0.07 and v <= v_r:
                return k
            if not prepared:
                alpha = (2.83 + 5.1 / bb) * sd
                log_odds = _math.log(p / (1.0 - p))
                mode = _math.floor((n + 1) * p)
                at_mode = _math.lgamma(mode + 1) + _math.lgamma(n - mode + 1)
                prepared = True
            v *= alpha / (aa / (us * us) + bb)
            bound = at_mode - _math.lgamma(k + 1) - _math.lgamma(n - k + 1) + (k - mode) * log_odds
            if _math.log(v) <= bound:
                return k


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source (os.urandom)."""

    def random(self):
        return (int.from_bytes(_os.urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = (k + 7) // 8
        return int.from_bytes(_os.urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _os.urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
              "sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate",
              "vonmisesvariate", "gammavariate", "gauss", "betavariate", "binomialvariate",
              "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
              "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name
