# Carets under source lines containing non-ASCII characters.
données = {"clé": 1}
def résumé(d):
    return d["clé"] + d["värde"]
print(données["clé"])
résumé(données)
