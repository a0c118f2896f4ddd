# str methods on edge inputs: empty strings, one character, very long repeats, astral characters.
for s in ["", "a", "😀", "a😀b", " ", "\t", "ab" * 50]:
    print(repr(s[:10]), len(s), s.upper()[:6], s.zfill(3)[:6], repr(s.center(5, "·")[:12]), s.count("a"), s.find("😀"), s.isspace(), s.title()[:6], s.swapcase()[:6], s.split("a")[:3], s.encode()[:8])
print("😀".ljust(3, "x"), "x".rjust(3, "😀"), "😀😀".replace("😀", "ab", 1), "a😀".index("😀"), "😀a".rfind("a"), "😀".isprintable(), "😀".isalpha(), "😀".encode("utf-16-le"))
