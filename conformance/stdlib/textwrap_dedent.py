# textwrap.dedent/indent edge cases and TextWrapper reuse, subclassing and attribute changes.
import textwrap
cases = ["    a\n    b\n", "\ta\n\tb", "  a\n\tb", " \t a\n \t b\n", "a\n  b", "\n\n    x\n\n", "   \n  x\n", "  x\r\n  y", "        deep\n    shallow\n            deeper"]
for c in cases:
    print(repr(textwrap.dedent(c)))
print(repr(textwrap.indent("one\ntwo\n\nthree\n", "  ")), repr(textwrap.indent("", "> ")), repr(textwrap.indent("\n", "> ")), repr(textwrap.indent("a\n \nb", "# ", lambda s: True)))
w = textwrap.TextWrapper(width=12)
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit."
print(w.wrap(text))
w.width = 20
w.initial_indent = "-> "
print(w.fill(text))
w.expand_tabs = False; w.replace_whitespace = False
print(w.wrap("a\tb\nc d"))
class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]
print(Upper(width=10).wrap("make these words shout"))
print(textwrap.TextWrapper.sentence_end_re.pattern is not None, len(textwrap.TextWrapper.unicode_whitespace_trans))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("x" * 25, 10, break_long_words=False), textwrap.wrap("ab cd", 1))
print(textwrap.fill("Ünïcödé wörds ärë wräppëd töö", 10), textwrap.wrap("日本語の文章 と 英語", 4))
print(textwrap.shorten("a" * 10 + " b", 10), textwrap.shorten("hello   world   again", 14, placeholder=".."))
try:
    textwrap.shorten("x y", 3, break_long_words=False)
except ValueError as e:
    print("ValueError", e)
