"""Filename matching with shell patterns (Lib/fnmatch.py's interface):
'*' matches everything, '?' any one character, '[seq]' a character in seq,
'[!seq]' a character not in seq."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    return [name for name in names if fnmatchcase(os.path.normcase(name), pat)]


def _parse(pat):
    """The pattern as a list of items: a literal character, '*', '?', or a
    (negated, ranges) bracket set."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] != '*':
                items.append('*')
        elif c == '?':
            items.append('?')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            items.append((negated, ranges))
        else:
            items.append(('lit', c))
    return items


def _one(item, ch):
    if item == '?':
        return True
    kind, rest = item
    if kind == 'lit':
        return ch == rest
    inside = any(lo <= ch <= hi for lo, hi in rest)
    return inside != kind


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        raise TypeError("cannot use a bytes pattern on a string-like object"
                        if isinstance(pat, bytes) else
                        "cannot use a string pattern on a bytes-like object")
    if isinstance(pat, bytes):
        name = name.decode('latin-1')
        pat = pat.decode('latin-1')
    items = _parse(pat)
    star_item = star_name = -1
    i = j = 0
    while j < len(name):
        if i < len(items) and items[i] == '*':
            star_item, star_name = i, j
            i += 1
        elif i < len(items) and _one(items[i], name[j]):
            i += 1
            j += 1
        elif star_item >= 0:
            star_name += 1
            i, j = star_item + 1, star_name
        else:
            return False
    while i < len(items) and items[i] == '*':
        i += 1
    return i == len(items)


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    out = []
    for item in _parse(pat):
        if item == '*':
            out.append('.*')
        elif item == '?':
            out.append('.')
        elif item[0] == 'lit':
            out.append(_escape(item[1]))
        else:
            negated, ranges = item
            body = ''.join(_escape(lo) if lo == hi else _escape(lo) + '-' + _escape(hi) for lo, hi in ranges)
            out.append('[' + ('^' if negated else '') + body + ']')
    return '(?s:' + ''.join(out) + r')\Z'
