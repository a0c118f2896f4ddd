# str.isidentifier over ASCII, Unicode letters and marks, keywords (still identifiers), and digits.
import keyword
for s in ["a", "_", "_1", "1a", "a-b", "", "class", "None", "match", "é", "ℕ", "℘", "℮", "x\u0301", "\u0301x", "·", "a·", "٣", "a٣",
          "𝔘𝔫𝔦", "ǅ", "ⅰ", "a b", "a\t", "$", "\u1885", "\u2118", "\U00010400", "\u00aa", "\u00b5", "\u2160x"]:
    print(ascii(s), s.isidentifier(), keyword.iskeyword(s), keyword.issoftkeyword(s))
print(sorted(keyword.softkwlist), len(keyword.kwlist))
try:
    str.isidentifier(1)
except TypeError as e:
    print("TypeError", e)
