# Unicode identifiers: NFKC normalisation, attribute names, keyword arguments.
café = "coffee"
print(café)
ﬁle = "ligature normalised"
print(file)
def größe(länge, breite=2):
    return länge * breite
print(größe(länge=3))
class Ωmega:
    π = 3.14
print(Ωmega.π, getattr(Ωmega, "π"))
print("ℌ".isidentifier(), "1a".isidentifier(), "a1".isidentifier())
try:
    exec("€ = 1")
except SyntaxError as e:
    print(e.msg)
