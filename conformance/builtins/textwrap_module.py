# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20), textwrap.shorten("short", 10), textwrap.shorten("word " * 20, 25, placeholder=" [more]"))
block = """
    indented line
      more indented
    back
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "+ "), textwrap.indent("x\n\ny", "> ", lambda line: True), sep="\n---\n")
print(textwrap.wrap("supercalifragilisticexpialidocious", 10), textwrap.wrap("a-b-c-d-e-f", 4), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
w = textwrap.TextWrapper(width=15, break_long_words=False, max_lines=2, placeholder="...")
print(w.wrap("one two three four five six seven"))
print(textwrap.fill("tab\there", 20, expand_tabs=True), textwrap.fill("a  b", 10))
