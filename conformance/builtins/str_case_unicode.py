# Unicode-correct case mapping: special casings, final sigma, title with apostrophes, casefold.
words = ["straße", "ǆungla", "ΣΊΣΥΦΟΣ", "ﬁne", "İstanbul", "hello world", "they're bill's", "ὈΔΥΣΣΕΎΣ", "ŉ", "ǈ", "ß", "ΐ", "aBc123xYz", "ｆｕｌｌ"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()))
print("ΑΣ ΣΑ Σ".lower(), "ΑΣ.".lower(), "A\u03a3\u0301b".lower())
print("ß".casefold() == "ss", "ﬃ".upper(), "ǅ".istitle(), "Ǆ".isupper(), "ǆ".islower())
