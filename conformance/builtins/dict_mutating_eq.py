# dict lookups whose __eq__ mutates the dict: lookups restart or fail cleanly, no crash.
class K:
    def __init__(self, d, name):
        self.d = d
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, o):
        if self.d:
            self.d.clear()
        return False
    def __repr__(self):
        return self.name
d = {}
d[K(None, "a")] = 1
probe = K(d, "b")
print(probe in d, len(d))
d2 = {K(None, "x"): 1, K(None, "y"): 2}
print(d2.get(K(d2, "z")), d2)
class H:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        raise ValueError("eq boom")
e = {H(): 1}
try:
    e[H()]
except ValueError as err:
    print("ValueError", err)
try:
    e[H()] = 2
except ValueError as err:
    print("ValueError", err, len(e))
s = {H()}
try:
    H() in s
except ValueError as err:
    print("ValueError", err)
