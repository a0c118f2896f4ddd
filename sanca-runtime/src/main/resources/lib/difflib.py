"""Comparing sequences: SequenceMatcher, Differ and the unified/context/ndiff formats
(CPython's Lib/difflib.py behaviour)."""

import re
import heapq as _heapq
from collections import namedtuple
from types import GenericAlias

__all__ = ['SequenceMatcher', 'Differ', 'Match', 'get_close_matches', 'ndiff',
           'restore', 'unified_diff', 'context_diff', 'diff_bytes',
           'IS_LINE_JUNK', 'IS_CHARACTER_JUNK']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the longest contiguous matching blocks between two sequences of hashables,
    recursively on both sides, ignoring "junk" elements of the second sequence."""

    def __init__(self, isjunk=None, a='', b='',
                 autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def _forget(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._forget()

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._forget()
        self.fullbcount = None
        self.__index_b()

    def __index_b(self):
        b = self.b
        where = {}
        for pos, item in enumerate(b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk is not None:
            junk = {item for item in where if self.isjunk(item)}
            for item in junk:
                del where[item]
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {item for item, spots in where.items() if len(spots) > limit}
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None,
                           blo=0, bhi=None):
        a, b, where = self.a, self.b, self.b2j
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        junk = self.bjunk
        best_i, best_j, best = alo, blo, 0
        # run_end[j] = length of the match of a[..i-1] ending at b[j], from the previous row.
        run_end = {}
        for i in range(alo, ahi):
            row = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = row[j] = run_end.get(j - 1, 0) + 1
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            run_end = row
        # Grow the match over equal non-junk neighbours first, then over equal junk ones, so
        # junk never starts a match but can extend one.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best += 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk
                   and a[best_i + best] == b[best_j + best]):
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:  # cached until a sequence changes
            return self.matching_blocks
        la = len(self.a)
        lb = len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
                continue
            if ck:
                merged.append(Match(ci, cj, ck))
            ci, cj, ck = i, j, k
        if ck:
            merged.append(Match(ci, cj, ck))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for block in self.get_matching_blocks():
            ai, bj, size = block
            if i < ai:
                codes.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        else:
            codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes.pop()
            codes.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
        group = []
        for code in codes:
            tag, i1, i2, j1, j2 = code
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matched = sum(block[-1] for block in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for item in self.a:
            have = left[item] if item in left else self.fullbcount.get(item, 0)
            left[item] = have - 1
            if have > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        sizes = len(self.a), len(self.b)
        return _ratio(min(sizes), sum(sizes))

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3,
                      cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    m = SequenceMatcher()
    m.set_seq2(word)
    for candidate in possibilities:
        m.set_seq1(candidate)
        if (m.real_quick_ratio() >= cutoff and m.quick_ratio() >= cutoff
                and m.ratio() >= cutoff):
            scored.append((m.ratio(), candidate))
    return [candidate for score, candidate in _heapq.nlargest(n, scored)]


def _keep_original_ws(s, tags):
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(s, tags))


_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'), 'equal': (' ', ' ')}


class Differ:
    """Produces human-readable deltas of sequences of lines, ndiff style."""

    def __init__(self, linejunk=None,
                 charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, xlo, xhi, ylo, yhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, xlo, xhi, b, ylo, yhi)
            elif tag == 'delete':
                yield from self._dump('-', a, xlo, xhi)
            elif tag == 'insert':
                yield from self._dump('+', b, ylo, yhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, xlo, xhi)
            else:
                raise ValueError('unknown tag %r' % (tag,))  # an opcode list edited by hand

    def _dump(self, tag, lines, lo, hi):
        prefix = tag + ' '
        for n in range(lo, hi):
            yield prefix + lines[n]

    def _plain_replace(self, a, xlo, xhi, b, ylo, yhi):
        assert xlo < xhi and ylo < yhi
        if yhi - ylo < xhi - xlo:
            yield from self._dump('+', b, ylo, yhi)
            yield from self._dump('-', a, xlo, xhi)
        else:
            yield from self._dump('-', a, xlo, xhi)
            yield from self._dump('+', b, ylo, yhi)

    def _fancy_replace(self, a, xlo, xhi, b, ylo, yhi):
        # Pair the most similar lines (ratio above 0.75) and mark their differences; fall
        # back to the first identical pair, else to a plain delete-then-insert.
        top = 0.74
        cutoff = 0.75
        pair = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        top_i = top_j = None
        for j in range(ylo, yhi):
            pair.set_seq2(b[j])
            for i in range(xlo, xhi):
                if a[i] == b[j]:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                pair.set_seq1(a[i])
                if (pair.real_quick_ratio() > top
                        and pair.quick_ratio() > top
                        and pair.ratio() > top):
                    top, top_i, top_j = pair.ratio(), i, j
        identical = top < cutoff
        if identical:
            if same_i is None:
                yield from self._plain_replace(a, xlo, xhi, b, ylo, yhi)
                return
            top_i, top_j = same_i, same_j
        yield from self._fancy_helper(a, xlo, top_i, b, ylo, top_j)
        old, new = a[top_i], b[top_j]
        if identical:
            yield '  ' + old
        else:
            old_marks = []
            new_marks = []
            pair.set_seqs(old, new)
            for tag, i1, i2, j1, j2 in pair.get_opcodes():
                amark, bmark = _MARKS[tag]
                old_marks.append(amark * (i2 - i1))
                new_marks.append(bmark * (j2 - j1))
            yield from self._qformat(old, new, ''.join(old_marks), ''.join(new_marks))
        yield from self._fancy_helper(a, top_i + 1, xhi, b, top_j + 1, yhi)

    def _fancy_helper(self, a, xlo, xhi, b, ylo, yhi):
        if xlo < xhi:
            if ylo < yhi:
                yield from self._fancy_replace(a, xlo, xhi, b, ylo, yhi)
            else:
                yield from self._dump('-', a, xlo, xhi)
        elif ylo < yhi:
            yield from self._dump('+', b, ylo, yhi)

    def _qformat(self, old, new, old_marks, new_marks):
        old_marks = _keep_original_ws(old, old_marks).rstrip()
        new_marks = _keep_original_ws(new, new_marks).rstrip()
        yield "- " + old
        if old_marks:
            yield "? %s\n" % old_marks
        yield "+ " + new
        if new_marks:
            yield "? %s\n" % new_marks


_blank_or_hash = re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=_blank_or_hash.match):
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _context_range(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _check_types(a, b, *args):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r'
                            % (arg,))


def _headed_groups(a, b, n, marks, names, dates, lineterm):
    """The two file header lines (only when there is a difference), then each group of
    opcodes as a list."""
    _check_types(a, b, *names, *dates, lineterm)
    first = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first:
            first = False
            for mark, name, date in zip(marks, names, dates):
                yield '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)
        yield group


def unified_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    for group in _headed_groups(a, b, n, ('---', '+++'), (fromfile, tofile),
                                (fromfiledate, tofiledate), lineterm):
        if isinstance(group, str):
            yield group
            continue
        head, tail = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(head[1], tail[2]),
                                   _unified_range(head[3], tail[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:  # noqa
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    for group in _headed_groups(a, b, n, ('***', '---'), (fromfile, tofile),
                                (fromfiledate, tofiledate), lineterm):
        if isinstance(group, str):
            yield group
            continue
        head, tail = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(head[1], tail[2]), lineterm)
        if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield '--- %s ----%s' % (_context_range(head[3], tail[4]), lineterm)
        if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    def one(item):
        try:
            return item.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(item).__name__, item)) from err

    def text(items):
        return [one(item) for item in items]

    lines = dfunc(text(a), text(b), one(fromfile), one(tofile),
                  one(fromfiledate), one(tofiledate), n, one(lineterm))
    for line in lines:
        yield line.encode('ascii', errors='surrogateescape')


def ndiff(a, b, linejunk=None,
          charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk=linejunk, charjunk=charjunk).compare(a, b)


def restore(delta, which):
    try:
        mine = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ("  ", mine):
            yield line[2:]

