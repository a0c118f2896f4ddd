# Non-ASCII identifiers and NFKC normalization of names.
café = "coffee"
print(café)
π = 3.14159
Δx = 0.5
print(π * Δx)
def größe(länge):
    return länge * 2
print(größe(21), größe.__name__)
class Ñandú:
    ñ = "enye"
print(Ñandú.ñ, Ñandú.__name__)
ﬁle = "ligature normalized to fi"
print(file)
ℌ = "script H becomes H"
print(H)
ｗｉｄｅ = "fullwidth letters normalize to ASCII"
print(wide)
変数 = [1, 2]
print(len(変数), "変数" in globals())
print("ﬁle" in globals(), "file" in globals())
print("größe".isidentifier(), "1abc".isidentifier(), "a-b".isidentifier(), "_".isidentifier(), "ℌ".isidentifier())
try:
    exec("€ = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
ns = {}
exec("µ = 'micro sign'", ns)
print([k for k in ns if k != "__builtins__"], "\u03bc" in ns, "\u00b5" in ns)
