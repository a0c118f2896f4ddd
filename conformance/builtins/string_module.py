# string module: constants, Template, capwords, Formatter.
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), string.ascii_letters[:30])
t = string.Template("$who likes ${what}; $$5 costs")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.substitute({"who": "d", "what": "w"}))
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("$1bad").substitute(), lambda: string.Template("trailing $").substitute()]:
    try:
        print(bad())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(t.get_identifiers(), t.is_valid(), string.Template("$ok ${x").is_valid())
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0} {name:>5}", 1, name="x"), list(f.parse("a{b}c{d!r:>3}")), f.vformat("{x}", (), {"x": 7}))
class Tpl(string.Template):
    delimiter = "%"
print(Tpl("%greeting, world").substitute(greeting="hi"))
