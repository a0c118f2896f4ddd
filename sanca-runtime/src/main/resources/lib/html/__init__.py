"""HTML escaping and unescaping (CPython's Lib/html/__init__.py behaviour): unescape
follows the HTML5 rules for character references, named and numeric."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# HTML5 maps these numeric references to other characters (the Windows-1252 meaning of
# 0x80-0x9F, where defined).
_NUMERIC_REPLACEMENTS = dict(zip(
    (0x00, 0x0d) + tuple(range(0x80, 0xa0)),
    '\ufffd\r'
    '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
    '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'))


def _dropped_codepoint(n):
    """Code points a numeric reference may not produce: they vanish."""
    return (0x1 <= n <= 0x8 or n == 0xb or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f
            or 0xfdd0 <= n <= 0xfdef or (n & 0xfffe) == 0xfffe)


def _numeric(body):
    if body[1] in 'xX':
        n = int(body[2:].rstrip(';'), 16)
    else:
        n = int(body[1:].rstrip(';'))
    if n in _NUMERIC_REPLACEMENTS:
        return _NUMERIC_REPLACEMENTS[n]
    if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
        return '\ufffd'
    if _dropped_codepoint(n):
        return ''
    return chr(n)


def _named(body, table):
    if body in table:
        return table[body]
    # Without a match, the longest known prefix is replaced (some references may omit
    # their semicolon) and the rest stays as it was.
    for end in range(len(body) - 1, 1, -1):
        if body[:end] in table:
            return table[body[:end]] + body[end:]
    return '&' + body


_reference = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    from html.entities import html5

    def replace(match):
        body = match.group(1)
        return _numeric(body) if body[0] == '#' else _named(body, html5)
    return _reference.sub(replace, s)
