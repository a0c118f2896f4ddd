# Case-insensitive comparison with casefold vs lower, including ß, Greek sigma and ligatures.
pairs = [("Straße", "STRASSE"), ("ΣΊΣΥΦΟΣ", "σίσυφος"), ("ﬁle", "FILE"), ("İ", "i̇"), ("MASSE", "Maße"), ("ǅ", "ǆ"), ("Ω", "ω"), ("K", "k")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper() == b.upper(), len(a.casefold()), len(b.casefold()))
print(sorted(["b", "A", "ä", "a", "B"], key=str.casefold), "ß".upper(), "ß".lower(), "ẞ".lower(), "ẞ".casefold(), "ﬀ".casefold(), "ŉ".casefold())
