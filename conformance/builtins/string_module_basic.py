# string module: constants, capwords, Template substitution and its errors, Formatter basics.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"), string.capwords(""))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="ann"), t.substitute({"who": "d", "what": "w"}), t.template)
for f in [lambda: t.substitute(who="x"), lambda: string.Template("$").substitute(), lambda: string.Template("a ${b").substitute(b=1), lambda: string.Template("$1").substitute()]:
    try:
        print(f())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("$a $b").get_identifiers(), string.Template("$a").is_valid(), string.Template("$").is_valid())
fm = string.Formatter()
print(fm.format("{0}-{x}", 1, x=2), fm.vformat("{:>4}", ("a",), {}), list(fm.parse("a{0!r:>3}b{{c}}")))
