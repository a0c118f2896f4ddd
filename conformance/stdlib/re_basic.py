import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m[1])
print(m.start(), m.end(), m.span(2), m.pos, m.endpos, m.lastindex, m.lastgroup, m.re, m.string)
print(re.search(r'\d+', 'abc 123 def 45'), re.search('x', 'abc'), re.fullmatch('a.c', 'abc'), re.fullmatch('a', 'ab'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\w)\d', 'a1 b2'))
print(re.findall('x*', 'axb'), re.sub('x*', '-', 'abxd'), re.split('x*', 'axbc'))
print([m.span() for m in re.finditer(r'\b\w', 'hello big world')])
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site and amy@home'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc'), re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.subn(r'a', 'b', 'banana'), re.subn('a', 'o', 'banana', count=2), re.sub('a', lambda m: m.group().upper(), 'banana'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip(), re.sub('a', r'\n', 'xax'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b,c'), re.split(',', 'a,b,c', maxsplit=1), re.split(r'\b', 'a b'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)?', 'Jane ')
print(m.groupdict(), m.groupdict('?'), m.groups('-'), m.group('first'), m.lastgroup)
p = re.compile(r'(?i)hello')
print(p.search('Say HELLO'), p.flags, p.pattern, p.groups, p.groupindex)
p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)', re.ASCII)
print(p, p.groupindex, p.groupindex['m'], p.match('2024-05').expand(r'\g<m>/\g<y>'))
print(re.findall(r'^\w+$', 'one\ntwo\n', re.M), re.findall(r'^', 'a\nb\n', re.M), re.findall('$', 'a\nb\n'), re.findall('$', 'a\nb\n', re.M))
print(re.findall('a.c', 'a\nc abc'), re.findall('a.c', 'a\nc abc', re.S), re.search(r'\Aab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'))
print(re.findall(r'''\d+  # digits
                      \s* # maybe space''', '12 34', re.X))
print(re.findall(r'[a-c]+', 'xxabcbaxx'), re.findall(r'[^a-c\s]+', 'ab de f'), re.findall(r'[]a]+', 'a]]b'), re.findall(r'[\d.-]+', '1.5-2 x'))
print(re.findall(r'\w+', 'héllo wörld 42'), re.findall(r'\w+', 'héllo', re.A), re.findall(r'\d', '٣4'), re.findall(r'(?i)straße', 'STRASSE Straße'))
print(re.search(r'(a)(b)?', 'ac').groups(), re.search(r'(a|b)*', 'abab').group(1), re.search(r'(?:ab)+', 'xababx').group())
print(re.findall(r'(?<=-)\w+', 'a-b c-d'), re.findall(r'\w+(?=!)', 'hi! yo'), re.findall(r'(?<!x)y', 'xy ay'), re.findall(r'(\w)\1', 'aabbcd'))
print(re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" there').group(), re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}', 'a aa aaa'), re.findall(r'a{,2}', 'aaa'))
print(re.findall('x{', 'x{'), re.findall('a{1', 'a{1'), re.findall(r'\{\}', '{}'), re.findall(r'a+?', 'aaa'), re.findall(r'<.*?>', '<a><b>'))
print(re.escape('1.5*[x]'), re.escape('path/to file'), re.escape(b'a+b'))
print(re.compile(b'(\\d+)').findall(b'a12b3'), re.sub(b'a', b'o', b'banana'), re.match(b'\\w+', b'abc def').group())
print(re.search('😀+', 'x😀😀y').span(), re.sub('(😀)', r'[\1]', 'a😀b'), re.findall('.', 'a😀b'))
print(re.match('a', 'ba', pos=1) if False else re.compile('a').match('ba', 1), re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('b').search('abc', 1, 2), re.compile(r'\d+').findall('12 34 56', 3), re.compile('x').fullmatch('axb', 1, 2))
print(repr(re.compile('a', re.I | re.S)), re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'), re.compile(re.compile('z')).pattern)
print(re.I | re.M, re.IGNORECASE == 2, int(re.VERBOSE), re.compile('a', re.I).flags == re.I | re.U)
m = re.search('(b)', 'abc')
print(m.span(1), m.regs, bool(m), m.expand(r'[\1]'), m.group(), m[0])
for pattern, args in [('a', ('x', 1)), ('(a)', ('a',))]:
    pass
for bad in [lambda: re.compile(5), lambda: re.search('a', 5), lambda: re.search(b'a', 'a'), lambda: re.search('a', b'a'),
            lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('a', re.A | re.U), lambda: re.compile(b'a', re.U),
            lambda: re.match('(a)', 'a').group(2), lambda: re.match('(a)', 'a').group('x'), lambda: re.sub('(a)', r'\2', 'a'),
            lambda: re.sub('a', 5, 'a'), lambda: re.compile('(?P<n>a)').sub(r'\g<m>', 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile('a(b')
except re.error as e:
    print(e, '|', e.msg, e.pattern, e.pos, e.lineno, e.colno)
try:
    re.compile('abc\n(d')
except re.error as e:
    print(e, '|', e.lineno, e.colno)
print(isinstance(re.compile(''), re.Pattern), type(re.match('', '')) is re.Match, re.error.__mro__[1])
print(re.sub('(?m)^', '> ', 'a\nb'), re.sub(r'(?i:B)c', 'X', 'bc Bc BC'), re.findall(r'(?x) a b # c', 'ab'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo)'), re.findall(r'\Bo\B', 'foo boo'), re.split(r'\s', 'a b\tc'), re.findall(r'\S+', ' a bc '))
print(re.findall(r'[\w\s]+', 'a b!c'), re.findall(r'\x41\u00e9\101', 'Aé A'), re.findall(r'\N{LATIN SMALL LETTER A}+', 'aab'), re.findall(r'\t', 'a\tb'))
