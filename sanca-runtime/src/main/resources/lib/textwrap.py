"""Wrapping and filling of plain text (CPython's Lib/textwrap.py behaviour)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'shorten', 'dedent', 'indent']

# The characters textwrap treats as whitespace: the ASCII ones only, as CPython does.
_whitespace = '\t\n\x0b\x0c\r '

_WS = '[\\t\\n\\x0b\\x0c\\r ]'
_NOT_WS = '[^\\t\\n\\x0b\\x0c\\r ]'
_LETTER = '[^\\d\\W]'
_WORD_PUNCT = '[\\w!"\'&.,?]'

# A chunk is a run of whitespace, a dash run of two or more between words (an em-dash), or a
# word; a word also ends after a hyphen that sits between letters, so "goof-ball" splits in two.
_chunk_alternatives = (
    _WS + '+',
    '(?<=' + _WORD_PUNCT + ')-{2,}(?=\\w)',
    _NOT_WS + '+?(?:'
    + '-(?:(?<=' + _LETTER + '{2}-)|(?<=' + _LETTER + '-' + _LETTER + '-))'
    + '(?=' + _LETTER + '-?' + _LETTER + ')'
    + '|(?=' + _WS + '|\\Z)'
    + '|(?<=' + _WORD_PUNCT + ')(?=-{2,}\\w))',
)


_OPTIONS = ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs',
            'replace_whitespace', 'fix_sentence_endings', 'break_long_words',
            'drop_whitespace', 'break_on_hyphens', 'tabsize', 'max_lines', 'placeholder')


class TextWrapper:
    """Wraps and fills text; the keyword arguments become attributes of the same names."""

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}
    wordsep_re = re.compile('(' + '|'.join(_chunk_alternatives) + ')')
    wordsep_simple_re = re.compile('(' + _WS + '+)')
    sentence_end_re = re.compile('[a-z][.!?]["\']?\\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        given = locals()
        for option in _OPTIONS:
            setattr(self, option, given[option])

    def _munge_whitespace(self, text):
        if self.expand_tabs and '\t' in text:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace and any(c in text for c in _whitespace[:-1]):
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pattern = self.wordsep_re if self.break_on_hyphens else self.wordsep_simple_re
        return [piece for piece in pattern.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        ends_sentence = self.sentence_end_re.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, stack, line, used, width):
        room = width - used if width >= 1 else 1
        if self.break_long_words:
            word = stack[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                # Prefer breaking just after a hyphen that is not part of a leading dash run.
                at = word.rfind('-', 0, room)
                if at > 0 and word[:at].strip('-'):
                    cut = at + 1
            line.append(word[:cut])
            stack[-1] = word[cut:]
        elif not line:
            line.append(stack.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]
        while pending:
            line_indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(line_indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._line_fits(lines, pending, used, room):
                lines.append(line_indent + ''.join(line))
                continue
            self._truncate(lines, line, used, room, line_indent)
            break
        return lines

    def _line_fits(self, lines, pending, used, room):
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = not pending or (
            self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
        return rest_is_blank and used <= room

    def _truncate(self, lines, line, used, room, line_indent):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                line.append(mark)
                lines.append(line_indent + ''.join(line))
                return
            used -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(line_indent + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


_blank_line = re.compile('^[ \t]+$', re.MULTILINE)
_line_margin = re.compile('^([ \t]*)[^ \t\n]', re.MULTILINE)


def dedent(text):
    text = _blank_line.sub('', text)
    margin = None
    for lead in _line_margin.findall(text):
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
            continue
        if margin.startswith(lead):
            margin = lead
            continue
        common = 0
        for x, y in zip(margin, lead):
            if x != y:
                break
            common += 1
        margin = margin[:common]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
