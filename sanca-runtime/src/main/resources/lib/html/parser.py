"""A tolerant, incremental HTML tokenizer calling handle_* methods (CPython's
Lib/html/parser.py behaviour)."""

import re
import _markupbase

from html import unescape

__all__ = ['HTMLParser']

_lt_or_amp = re.compile('[&<]')
_partial_reference = re.compile('&[a-zA-Z#]')
_entity_reference = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_char_reference = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_tag_open = re.compile('<[a-zA-Z]')
_gt = re.compile('>')
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_space_or_semicolon = re.compile(r'[\s;]')

# Pieces of a start tag, as the tolerant HTML5-like scanner accepts them.
_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_ATTR_NAME = r'(?<=[\'"\s/])[^\s/>][^\s/=>]*'
_ATTR_VALUE = r'\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*'
_GAP = r'(?:\s|/(?!>))*'

_tag_name = re.compile('(' + _NAME + ')' + _GAP)
_attribute = re.compile('(' + _ATTR_NAME + r')(\s*=+\s*(' + _ATTR_VALUE + '))?' + _GAP)
_start_tag_extent = re.compile(
    '<' + _NAME + r'(?:[\s/]*(?:' + _ATTR_NAME + r'(?:\s*=+\s*(?:' + _ATTR_VALUE + r')\s*)?'
    + _GAP + ')*)?' + r'\s*')

_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class HTMLParser(_markupbase.ParserBase):
    """Feed it text with feed() (in as many pieces as wanted) and close() at the end; it
    calls handle_starttag, handle_endtag, handle_data, handle_comment and the others,
    which subclasses override. With convert_charrefs (the default) character references
    in text are converted before handle_data sees them."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _lt_or_amp
        self.cdata_elem = None
        self._starttag_text = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        self.rawdata += data
        self.goahead(0)

    def close(self):
        self.goahead(1)

    def get_starttag_text(self):
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*' + self.cdata_elem + r'\s*>', re.IGNORECASE)

    def clear_cdata_mode(self):
        self.interesting = _lt_or_amp
        self.cdata_elem = None

    def _converting(self):
        """Whether text goes to handle_data with its references converted."""
        return self.convert_charrefs and not self.cdata_elem

    def _text(self, text):
        if self._converting():
            text = unescape(text)
        self.handle_data(text)

    def _text_end(self, i):
        """Where the plain text starting at i ends, or None to wait for more input."""
        text = self.rawdata
        if self._converting():
            j = text.find('<', i)
            if j >= 0:
                return j
            # A reference cut by the end of this piece must wait for the next one.
            amp = text.rfind('&', max(i, len(text) - 34))
            if amp >= 0 and not _space_or_semicolon.search(text, amp):
                return None
            return len(text)
        m = self.interesting.search(text, i)
        if m is not None:
            return m.start()
        return None if self.cdata_elem else len(text)

    def goahead(self, end):
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            j = self._text_end(i)
            if j is None:
                break
            if i < j:
                self._text(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = self._unfinished_markup_end(i)
                    self._text(text[i:k])
                i = self.updatepos(i, k)
            elif text.startswith('&#', i):
                m = _char_reference.match(text, i)
                if m is None:
                    if ';' in text[i:]:
                        self.handle_data(text[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(m.group()[2:-1])
                i = self.updatepos(i, self._after_reference(m))
            elif text.startswith('&', i):
                m = _entity_reference.match(text, i)
                if m is not None:
                    self.handle_entityref(m.group(1))
                    i = self.updatepos(i, self._after_reference(m))
                    continue
                m = _partial_reference.match(text, i)
                if m is not None:
                    if end and m.group() == text[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 == n:
                    break  # a lone '&' at the end may start a reference: wait
                self.handle_data('&')
                i = self.updatepos(i, i + 1)
            else:
                raise AssertionError("interesting.search() lied")
        if end and not self.cdata_elem and i < n:
            self._text(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def _after_reference(self, m):
        # The character that ended the reference is kept unless it is its ';'.
        k = m.end()
        return k if self.rawdata.startswith(';', k - 1) else k - 1

    def _markup(self, i, n):
        """Parses the markup at rawdata[i] ('<'): the index after it, -1 when it is not
        complete yet, or None to stop and wait."""
        text = self.rawdata
        if _tag_open.match(text, i):
            return self.parse_starttag(i)
        if text.startswith("</", i):
            return self.parse_endtag(i)
        if text.startswith("<!--", i):
            return self.parse_comment(i)
        if text.startswith("<?", i):
            return self.parse_pi(i)
        if text.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    def _unfinished_markup_end(self, i):
        text = self.rawdata
        k = text.find('>', i + 1)
        if k >= 0:
            return k + 1
        k = text.find('<', i + 1)
        return k if k >= 0 else i + 1

    def parse_html_declaration(self, i):
        text = self.rawdata
        if text[i:i + 4] == '<!--':
            parse = self.parse_comment
        elif text[i:i + 3] == '<![':
            parse = self.parse_marked_section
        elif text[i:i + 9].lower() == '<!doctype':
            parse = self._parse_doctype
        else:
            parse = self.parse_bogus_comment
        return parse(i)

    def _parse_doctype(self, i):
        text = self.rawdata
        close = text.find('>', i + 9)
        if close < 0:
            return -1
        self.handle_decl(text[i + 2:close])
        return close + 1

    def parse_bogus_comment(self, i, report=1):
        text = self.rawdata
        close = text.find('>', i + 2)
        if close < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:close])
        return close + 1

    def parse_pi(self, i):
        text = self.rawdata
        m = _gt.search(text, i + 2)
        if m is None:
            return -1
        self.handle_pi(text[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        self._starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self._starttag_text = text[i:stop]
        m = _tag_name.match(text, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < stop:
            m = _attribute.match(text, k)
            if m is None:
                break
            name, assigned, value = m.group(1, 2, 3)
            if not assigned:
                value = None
            elif value[:1] in ('"', "'") and value[:1] == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        closing = text[k:stop].strip()
        if closing not in (">", "/>"):
            self.handle_data(text[i:stop])
        elif closing.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:  # their text is not markup
                self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        """The index just after the start tag at i, or -1 when the input may still
        continue it."""
        text = self.rawdata
        j = _start_tag_extent.match(text, i).end()
        following = text[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if text.startswith("/>", j):
                return j + 2
            return -1
        if following == "" or following in _ASCII_LETTERS + "=/":
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        text = self.rawdata
        gt = _gt.search(text, i + 1)
        if gt is None:
            return -1
        after = gt.end()
        m = _end_tag.match(text, i)
        if m is None:
            if self.cdata_elem:
                self.handle_data(text[i:after])
                return after
            named = _tag_name.match(text, i + 2)
            if named is None:
                if text[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i, 1)
            self.handle_endtag(named.group(1).lower())
            return text.find('>', named.end()) + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:after])
            return after
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return after

    # Overridable handlers.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
