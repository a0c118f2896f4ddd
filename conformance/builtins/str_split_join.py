# str.split/rsplit/splitlines/join/partition/rpartition.
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "x".split("x"), "one".split(maxsplit=0), " one two ".split(maxsplit=0))
print("a\tb\nc\x0bd\x0ce\rf\x1cg\u2028h".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("l1\nl2\r\nl3\rl4\n".splitlines(), "l1\nl2\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(3))), ", ".join({"k": 1}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("a b".split(" ", -1), "a b c".rsplit(" ", -5), "1 2 3".rsplit(maxsplit=1))
print("résumé naïve".split("é"), "日本語 テキスト".split())
