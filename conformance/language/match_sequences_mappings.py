# match: sequence and mapping patterns, star captures, **rest.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [0, 1, 2, 3], (5, 6, 7), "ab", b"ab", range(3), {1: 2}, 42]:
    print(repr(v), "->", seq(v))
print("iterator ->", seq(iter([1])))

def mapping(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle extra {rest}"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 9}, {"type": "circle", "r": 3}, {"other": 1}, {}, [1], "s"]:
    print(v, "->", mapping(v))

def nested(v):
    match v:
        case {"items": [{"id": id_}, *others]}:
            return f"first id {id_}, {len(others)} more"
        case [(a, b), [c, *d]]:
            return f"{a} {b} {c} {d}"
    return "no match"
print(nested({"items": [{"id": 7}, {"id": 8}]}))
print(nested([(1, 2), [3, 4, 5]]))
print(nested([(1, 2, 3), [3]]))

from collections import defaultdict
dd = defaultdict(int)
match dd:
    case {"missing": _}:
        print("defaultdict default used?!")
    case _:
        print("mapping pattern uses get, not __getitem__ default")
print(dict(dd))
match [1, [2, 3]]:
    case [1, [2, 3] as inner] as whole:
        print(inner, whole)
