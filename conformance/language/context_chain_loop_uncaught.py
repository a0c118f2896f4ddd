# Uncaught: implicit chaining through three handlers.
def parse(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return {}[s]
parse("abc")
