print("pkg.mod_a runs")
A_VALUE = "a"
def where():
    return __name__, __package__
