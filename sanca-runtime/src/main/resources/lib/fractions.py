"""Rational numbers of arbitrary precision: the Fraction type."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None when text is not one."""
    s = text.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        num, den = num.rstrip(), den.lstrip()
        if not (_digits(num) and _digits(den)):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in ("e", "E"):
        if marker in s:
            mantissa, _, e = s.partition(marker)
            body = e[1:] if e[:1] in ("+", "-") else e
            if not _digits(body):
                return None
            exp = int(e)
            break
    whole, dot, frac = mantissa.partition(".")
    if not whole and not frac:
        return None
    if (whole and not _digits(whole)) or (frac and not _digits(frac)):
        return None
    digits = int(whole + frac) if (whole + frac) else 0
    exp -= len(frac.replace("_", ""))
    if exp >= 0:
        return sign * digits * 10 ** exp, 1
    return sign * digits, 10 ** -exp


def _digits(s):
    """Whether s is decimal digits with single underscores between them."""
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return False
    return all(c == "_" or c.isdecimal() for c in s)


def _round_half_even(n, d):
    """n / d (d > 0) rounded to the nearest int, ties to even."""
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms with a positive denominator.

    Fraction(7, 3), Fraction(Fraction(1, 2)), Fraction(0.5), Fraction("3/4"), Fraction("-1.25e2").
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, (float, _decimal_type())):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not isinstance(dec, _decimal_type()):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        kind = format_spec[-1]
        if kind not in "eEfFgG%":
            raise ValueError("Invalid format specifier %r for object of type %r" % (format_spec, type(self).__name__))
        return _FractionFormat(self, format_spec).render()

    def _operands(self, other):
        """other as (numerator, denominator) when it is Rational, else None."""
        if isinstance(other, int):
            return other, 1
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, numbers.Rational):
            return other.numerator, other.denominator
        return None

    def _binary(self, other, exact, inexact, reflected):
        pair = self._operands(other)
        if pair is not None:
            a, b = ((pair[0], pair[1]), (self._numerator, self._denominator)) if reflected else \
                ((self._numerator, self._denominator), (pair[0], pair[1]))
            return exact(a, b)
        if isinstance(other, (float, complex)):
            return inexact(other, float(self)) if reflected else inexact(float(self), other)
        return NotImplemented

    def __add__(a, b):
        return a._binary(b, _add, operator.add, False)

    def __radd__(b, a):
        return b._binary(a, _add, operator.add, True)

    def __sub__(a, b):
        return a._binary(b, _sub, operator.sub, False)

    def __rsub__(b, a):
        return b._binary(a, _sub, operator.sub, True)

    def __mul__(a, b):
        return a._binary(b, _mul, operator.mul, False)

    def __rmul__(b, a):
        return b._binary(a, _mul, operator.mul, True)

    def __truediv__(a, b):
        return a._binary(b, _div, operator.truediv, False)

    def __rtruediv__(b, a):
        return b._binary(a, _div, operator.truediv, True)

    def __floordiv__(a, b):
        return a._binary(b, _floordiv, operator.floordiv, False)

    def __rfloordiv__(b, a):
        return b._binary(a, _floordiv, operator.floordiv, True)

    def __mod__(a, b):
        return a._binary(b, _mod, operator.mod, False)

    def __rmod__(b, a):
        return b._binary(a, _mod, operator.mod, True)

    def __divmod__(a, b):
        return a._binary(b, _divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._binary(a, _divmod, divmod, True)

    def __pow__(a, b):
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
                return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_round_half_even(self._numerator * shift, self._denominator), shift)
        return Fraction(_round_half_even(self._numerator, self._denominator * shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _decimal_type():
    """decimal.Decimal when the decimal module is loaded, else a class nothing is an instance of."""
    mod = sys.modules.get("decimal")
    return getattr(mod, "Decimal", _NoDecimal)


class _NoDecimal:
    pass


def _add(a, b):
    (na, da), (nb, db) = a, b
    return Fraction(na * db + nb * da, da * db)


def _sub(a, b):
    (na, da), (nb, db) = a, b
    return Fraction(na * db - nb * da, da * db)


def _mul(a, b):
    (na, da), (nb, db) = a, b
    return Fraction(na * nb, da * db)


def _div(a, b):
    (na, da), (nb, db) = a, b
    if nb == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % (na * db))
    return Fraction(na * db, da * nb)


def _floordiv(a, b):
    (na, da), (nb, db) = a, b
    return (na * db) // (da * nb)


def _mod(a, b):
    (na, da), (nb, db) = a, b
    return Fraction((na * db) % (nb * da), da * db)


def _divmod(a, b):
    (na, da), (nb, db) = a, b
    q, r = divmod(na * db, da * nb)
    return q, Fraction(r, da * db)


class _FractionFormat:
    """Fraction.__format__ for the float presentation types, rounding the exact value."""

    def __init__(self, value, spec):
        self.value = value
        self.spec = spec
        self.parse(spec)

    def parse(self, spec):
        i = 0
        self.fill, self.align = " ", ">"
        if len(spec) >= 2 and spec[1] in "<>=^":
            self.fill, self.align, i = spec[0], spec[1], 2
        elif spec[:1] in ("<", ">", "=", "^"):
            self.align, i = spec[0], 1
        self.sign = "-"
        if spec[i:i + 1] in ("+", "-", " "):
            self.sign = spec[i]
            i += 1
        self.no_neg_zero = spec[i:i + 1] == "z"
        i += self.no_neg_zero
        self.alternate = spec[i:i + 1] == "#"
        i += self.alternate
        if spec[i:i + 1] == "0" and not (len(spec) >= 2 and spec[1] in "<>=^"):
            self.fill, self.align = "0", "="
            i += 1
        j = i
        while j < len(spec) and spec[j].isdigit():
            j += 1
        self.width = int(spec[i:j]) if j > i else 0
        i = j
        self.grouping = ""
        if spec[i:i + 1] in (",", "_"):
            self.grouping = spec[i]
            i += 1
        self.precision = 6
        if spec[i:i + 1] == ".":
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            if j == i + 1:
                raise ValueError("Invalid format specifier %r for object of type %r" % (spec, "Fraction"))
            self.precision = int(spec[i + 1:j])
            i = j
        if i != len(spec) - 1:
            raise ValueError("Invalid format specifier %r for object of type %r" % (spec, "Fraction"))
        self.kind = spec[-1]

    def render(self):
        n, d = self.value.numerator, self.value.denominator
        negative = n < 0
        n = abs(n)
        kind = self.kind
        prec = self.precision
        if kind == "%":
            n *= 100
        if kind in "gG":
            prec = max(prec, 1)
            digits, exp = self.round_sig(n, d, prec)
            if -4 <= exp < prec:
                body = self.fixed(n, d, prec - 1 - exp, not self.alternate)
            else:
                body = self.sci(digits, exp, prec - 1, not self.alternate, "e" if kind == "g" else "E")
        elif kind in "eE":
            digits, exp = self.round_sig(n, d, prec + 1)
            body = self.sci(digits, exp, prec, False, kind.lower() if kind == "e" else "E")
        else:
            body = self.fixed(n, d, prec, False)
        if kind == "%":
            body += "%"
        if negative and self.no_neg_zero and set(body) <= set("0.%eE+-"):
            negative = False
        sign = "-" if negative else ("+" if self.sign == "+" else " " if self.sign == " " else "")
        return self.pad(sign, body)

    @staticmethod
    def round_sig(n, d, sig):
        """(digits, exp): n/d ~ digits * 10**(exp - sig + 1), digits having sig digits."""
        if n == 0:
            return 0, 0
        exp = len(str(n)) - len(str(d))
        if n * 10 ** max(0, -exp) < d * 10 ** max(0, exp):
            exp -= 1
        shift = sig - 1 - exp
        digits = _round_half_even(n * 10 ** max(0, shift), d * 10 ** max(0, -shift))
        if digits >= 10 ** sig:
            digits //= 10
            exp += 1
        return digits, exp

    def sci(self, digits, exp, frac_digits, strip, letter):
        s = str(digits).rjust(frac_digits + 1, "0")
        head, tail = s[0], s[1:]
        if strip:
            tail = tail.rstrip("0")
        mantissa = head + ("." + tail if tail or self.alternate else "")
        return "%s%s%s%02d" % (mantissa, letter, "-" if exp < 0 else "+", abs(exp))

    def fixed(self, n, d, frac_digits, strip):
        frac_digits = max(frac_digits, 0)
        scaled = _round_half_even(n * 10 ** frac_digits, d)
        s = str(scaled).rjust(frac_digits + 1, "0")
        whole, frac = s[:len(s) - frac_digits], s[len(s) - frac_digits:]
        if strip:
            frac = frac.rstrip("0")
        if self.grouping:
            whole = "{:{}}".format(int(whole), self.grouping)
        if frac or self.alternate:
            return whole + "." + frac
        return whole

    def pad(self, sign, body):
        total = len(sign) + len(body)
        if total >= self.width:
            return sign + body
        fill = self.fill * (self.width - total)
        if self.align == "<":
            return sign + body + fill
        if self.align == "^":
            half = (self.width - total) // 2
            return self.fill * half + sign + body + self.fill * (self.width - total - half)
        if self.align == "=":
            return sign + fill + body
        return fill + sign + body
