# Basics: the most used str methods on simple inputs.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
w = s.strip()
print(w.lower(), w.upper(), w.title(), w.swapcase())
print(w.replace("World", "There"), w.find("o"), w.count("l"), w.startswith("He"), w.endswith("!"))
print(w.split(", "), " ".join(["a", "b", "c"]), w.center(17, "*"), w.ljust(15, ".") + "|", "7".zfill(3))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "Title Case".istitle())
