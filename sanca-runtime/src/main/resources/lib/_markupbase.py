"""The part of markup parsing html.parser shares with SGML-style parsers (CPython's
Lib/_markupbase.py behaviour): position tracking, comments and marked sections."""

import re

_declname = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_comment_end = re.compile(r'--\s*>')
# <![CDATA[...]]> and the other SGML keywords end with ]]>; MS Office's <![if ...]> with ]>.
_section_end = re.compile(r']\s*]\s*>')
_office_section_end = re.compile(r']\s*>')
_SGML_KEYWORDS = frozenset({"temp", "cdata", "ignore", "include", "rcdata"})
_OFFICE_KEYWORDS = frozenset({"if", "else", "endif"})


class ParserBase:
    """Keeps rawdata, the line number and the column of the next character; subclasses
    provide the handle_* callbacks."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position over rawdata[i:j] and returns j."""
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    _decl_otherchars = ''

    def parse_comment(self, i, report=1):
        text = self.rawdata
        if text[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        end = _comment_end.search(text, i + 4)
        if end is None:
            return -1
        if report:
            self.handle_comment(text[i + 4:end.start()])
        return end.end()

    def parse_marked_section(self, i, report=1):
        text = self.rawdata
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in _SGML_KEYWORDS:
            end = _section_end.search(text, i + 3)
        elif keyword in _OFFICE_KEYWORDS:
            end = _office_section_end.search(text, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % text[i + 3:j])
        if end is None:
            return -1
        if report:
            self.unknown_decl(text[i + 3:end.start()])
        return end.end()

    def _scan_name(self, i, declstartpos):
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _declname.match(text, i)
        if m is None:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % text[declstartpos:declstartpos + 20])
        if m.end() == len(text):
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
