# textwrap.TextWrapper options: hyphens, em-dashes, sentence endings, whitespace, max_lines.
import textwrap
s = "Hello there -- you goof-ball, use the -b option! It's well-known. Mr. Smith went home.  Done?"
for w in (10, 17, 25, 40):
    print(w, textwrap.wrap(s, w))
print(textwrap.wrap(s, 20, break_on_hyphens=False))
print(textwrap.wrap(s, 30, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc\nd  e", 8, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc\nd  e", 8, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("x\ty", 20, tabsize=4), textwrap.wrap("x\ty", 20, expand_tabs=False))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading", 10, drop_whitespace=False))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz " * 2, 7, break_long_words=False))
print(textwrap.wrap("----------hyphens-and-more-hyphens", 8))
print(textwrap.wrap("long-hyphenated-word-chain-here", 12), textwrap.wrap("e-mail x-ray re-do", 5))
for n in (1, 2, 3):
    print(n, textwrap.wrap("one two three four five six seven eight nine ten", 12, max_lines=n))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("aaaaaaaaaaaaaaaaa bbbb", 9, max_lines=1, placeholder="~"))
print(textwrap.fill("a b c d e f g h", 5, initial_indent="* ", subsequent_indent="    "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 15))
print(textwrap.shorten("The quick brown fox", 50), repr(textwrap.shorten("  ", 5)))
print(textwrap.shorten("Hello world!", width=11, placeholder="..."))
for bad in (0, -1):
    try:
        textwrap.wrap("text", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.shorten("some text here", 4)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.TextWrapper(width=5, max_lines=2, subsequent_indent="    ").wrap("abc def ghi")
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper()
print(w.width, w.placeholder, w.max_lines, w.tabsize, w.break_on_hyphens)
print(repr(textwrap.dedent("  a\n    b\n \n  c")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  x\n\t\n  y\n")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("")), repr(textwrap.dedent("    \n    ")))
print(repr(textwrap.indent("a\n  \nb\r\nc", "> ")), repr(textwrap.indent("a\nb", ">", lambda l: l.startswith("b"))))
