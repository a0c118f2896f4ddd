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


def _truncated(top, bottom):
    """top / bottom rounded toward zero (bottom > 0)."""
    size = abs(top) // bottom
    return size if top >= 0 else -size


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms with a positive denominator.

    Fraction(7, 3), Fraction(Fraction(1, 2)), Fraction(0.5), Fraction("3/4"), Fraction("-1.25e2").
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            return cls._from_one(numerator)
        top, bottom = numerator, denominator
        if not (type(top) is int and type(bottom) is int):
            if not (isinstance(top, numbers.Rational) and isinstance(bottom, numbers.Rational)):
                raise TypeError("both arguments should be Rational instances")
            top, bottom = (top.numerator * bottom.denominator,
                           bottom.numerator * top.denominator)
        return cls._reduced(top, bottom)

    @classmethod
    def _from_one(cls, value):
        """Fraction(value): from an int, a Rational, a float or Decimal, or a string."""
        if type(value) is int:
            return cls._from_coprime_ints(value, 1)
        if isinstance(value, numbers.Rational):
            return cls._from_coprime_ints(value.numerator, value.denominator)
        if isinstance(value, (float, _decimal_type())):
            return cls._from_coprime_ints(*value.as_integer_ratio())
        if not isinstance(value, str):
            raise TypeError("argument should be a string or a Rational instance")
        parsed = _parse(value)
        if parsed is None:
            raise ValueError("Invalid literal for Fraction: %r" % value)
        return cls._reduced(*parsed)

    @classmethod
    def _reduced(cls, top, bottom):
        """top/bottom in lowest terms with the sign on the numerator."""
        if bottom == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % top)
        common = math.gcd(top, bottom)
        if bottom < 0:
            common = -common
        return cls._from_coprime_ints(top // common, bottom // common)

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        made = object.__new__(cls)
        made._numerator = numerator
        made._denominator = denominator
        return made

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f."""
        if not isinstance(f, float):
            if isinstance(f, numbers.Integral):
                return cls(f)
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        top, bottom = f.as_integer_ratio()
        return cls._from_coprime_ints(top, bottom)

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not isinstance(dec, _decimal_type()):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        top, bottom = dec.as_integer_ratio()
        return cls._from_coprime_ints(top, bottom)

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two convergents
        # (below and last); stop before a denominator passes the bound.
        below_top, below_bottom, last_top, last_bottom = 0, 1, 1, 0
        rest_top, rest_bottom = self._numerator, self._denominator
        while True:
            term = rest_top // rest_bottom
            next_bottom = below_bottom + term * last_bottom
            if next_bottom > max_denominator:
                break
            below_top, below_bottom, last_top, last_bottom = (
                last_top, last_bottom, below_top + term * last_top, next_bottom)
            rest_top, rest_bottom = rest_bottom, rest_top - term * rest_bottom
        # The best semiconvergent within the bound competes with the last convergent.
        steps = (max_denominator - below_bottom) // last_bottom
        semi_top = below_top + steps * last_top
        semi_bottom = below_bottom + steps * last_bottom
        if 2 * rest_bottom * semi_bottom <= self._denominator:
            return Fraction._from_coprime_ints(last_top, last_bottom)
        return Fraction._from_coprime_ints(semi_top, semi_bottom)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

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
            mine = (self._numerator, self._denominator)
            return exact(pair, mine) if reflected else exact(mine, pair)
        if isinstance(other, (float, complex)):
            return inexact(other, float(self)) if reflected else inexact(float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._binary(other, _add, operator.add, False)

    def __radd__(self, other):
        return self._binary(other, _add, operator.add, True)

    def __sub__(self, other):
        return self._binary(other, _sub, operator.sub, False)

    def __rsub__(self, other):
        return self._binary(other, _sub, operator.sub, True)

    def __mul__(self, other):
        return self._binary(other, _mul, operator.mul, False)

    def __rmul__(self, other):
        return self._binary(other, _mul, operator.mul, True)

    def __truediv__(self, other):
        return self._binary(other, _div, operator.truediv, False)

    def __rtruediv__(self, other):
        return self._binary(other, _div, operator.truediv, True)

    def __floordiv__(self, other):
        return self._binary(other, _floordiv, operator.floordiv, False)

    def __rfloordiv__(self, other):
        return self._binary(other, _floordiv, operator.floordiv, True)

    def __mod__(self, other):
        return self._binary(other, _mod, operator.mod, False)

    def __rmod__(self, other):
        return self._binary(other, _mod, operator.mod, True)

    def __divmod__(self, other):
        return self._binary(other, _divmod, divmod, False)

    def __rdivmod__(self, other):
        return self._binary(other, _divmod, divmod, True)

    def __pow__(self, other):
        if isinstance(other, (float, complex)):
            return float(self) ** other
        if not isinstance(other, numbers.Rational):
            return NotImplemented
        if other.denominator != 1:
            return float(self) ** float(other)
        power = other.numerator
        top, bottom = self._numerator, self._denominator
        if power < 0:
            if top == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (bottom ** -power))
            # Invert, keeping the sign on the numerator.
            top, bottom, power = bottom, top, -power
            if bottom < 0:
                top, bottom = -top, -bottom
        return Fraction._from_coprime_ints(top ** power, bottom ** power)

    def __rpow__(self, base):
        whole = self._denominator == 1
        if whole and self._numerator >= 0:
            # An int base stays an int.
            return base ** self._numerator
        if isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        return base ** (self._numerator if whole else float(self))

    def _with_numerator(self, top):
        return Fraction._from_coprime_ints(top, self._denominator)

    def __pos__(self):
        return self._with_numerator(self._numerator)

    def __neg__(self):
        return self._with_numerator(-self._numerator)

    def __abs__(self):
        return self._with_numerator(abs(self._numerator))

    def __int__(self):
        return operator.index(_truncated(self._numerator, self._denominator))

    def __trunc__(self):
        return _truncated(self._numerator, self._denominator)

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        quotient, remainder = divmod(self._numerator, self._denominator)
        return quotient + 1 if remainder else quotient

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_round_half_even(self._numerator * shift, self._denominator), shift)
        return Fraction(_round_half_even(self._numerator, self._denominator * shift) * shift)

    def __hash__(self):
        # The hash of n/d is n * d**-1 modulo the hash prime, so it agrees with int,
        # float and Decimal; a d that has no inverse there hashes as infinity.
        if self._denominator % _HASH_MODULUS:
            inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        else:
            magnitude = _HASH_INF
        value = -magnitude if self._numerator < 0 else magnitude
        return -2 if value == -1 else value

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, numbers.Rational):
            return (self._numerator, self._denominator) == (other.numerator, other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return self == self.from_float(other)
        # Every finite value compares with an infinity or a NaN as zero does.
        return 0.0 == other

    def _compare(self, other, test):
        if isinstance(other, numbers.Rational):
            return test(self._numerator * other.denominator,
                        other.numerator * self._denominator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return test(self, self.from_float(other))
        return test(0.0, other)

    def __lt__(self, other):
        return self._compare(other, operator.lt)

    def __gt__(self, other):
        return self._compare(other, operator.gt)

    def __le__(self, other):
        return self._compare(other, operator.le)

    def __ge__(self, other):
        return self._compare(other, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        # Fractions are immutable: only a subclass instance (which may carry more) is rebuilt.
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return Fraction.__copy__(self)


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
        # CPython 3.12.7 names the divisor's denominator here.
        raise ZeroDivisionError("Fraction(%s, 0)" % db)
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
