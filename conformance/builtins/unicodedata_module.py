# unicodedata: names, categories, normalization forms, numeric values, widths.
import unicodedata as ud
for ch in ["A", "é", "€", "1", "٣", "½", " ", "\u0301", "中", "😀", "\n", "Ⅻ"]:
    print(repr(ch), ud.name(ch, "<no name>"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch))
print(ud.lookup("GREEK SMALL LETTER ALPHA"), ud.lookup("SNOWMAN"), ud.decimal("٣"), ud.digit("²"), ud.numeric("½"), ud.numeric("Ⅻ"))
s = "e\u0301 ﬁ ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, s))
print(ud.normalize("NFC", "Å") == "\u00c5", ud.normalize("NFD", "\u00c5") == "A\u030a", ud.decomposition("é"), ud.decomposition("ﬁ"))
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NOT A CHARACTER NAME"), lambda: ud.decimal("a"), lambda: ud.normalize("NFX", "a"), lambda: ud.name("ab")]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(ud.unidata_version >= "15", "ß".upper(), "ǅ".lower(), "ǅ".upper(), "ΣΑΣ".lower(), "İ".lower().encode("unicode_escape"))
