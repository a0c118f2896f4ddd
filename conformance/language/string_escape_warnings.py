# Invalid escape sequences warn at compile time (SyntaxWarning on stderr) but still work.
s = "\d+"
print(s, len(s))
b = b"\q"
print(b)
r = r"\d"
print(r)
print("\N{BULLET} \u2022 \x41 \101 \0".encode("utf-8"))
