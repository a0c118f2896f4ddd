# hash equality across int, float, bool and complex; hashes of special floats; dict/set merging.
import sys
vals = [0, 1, -1, 2, -2, 10**20, 2**61, 2**61 - 1, -(2**61), 0.5, -0.5, 1.5, 1e300, 2.0**-20, 123.456]
for v in vals:
    fv = float(v)
    same = (v == fv) == (hash(v) == hash(fv))
    print(v, same, hash(fv) == hash(complex(fv, 0)), hash(v) == hash(v))
print(hash(float("inf")) == sys.hash_info.inf, hash(float("-inf")) == -sys.hash_info.inf, hash(-0.0) == hash(0.0) == 0)
print(len({1, 1.0, 1 + 0j, True}), len({0.5, 1 / 2, complex(0.5, 0)}), {2.0: "x"}.get(2), {1 + 0j: 1}.get(1.0))
nan = float("nan")
print(nan in {nan}, float("nan") in {nan}, len({nan, float("nan")}), hash(nan) == hash(nan))
