# A Random survives pickle and copy with its exact state (gauss_next included); the module-level functions share one generator.
import copy
import pickle
import random
r = random.Random(1234)
r.random()
r.gauss()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    clone = pickle.loads(pickle.dumps(r, proto))
    print(proto, type(clone).__name__, clone.getstate() == r.getstate(), clone.random() == random.Random(0).random() or True)
a = copy.copy(r)
b = copy.deepcopy(r)
print([a.random() for _ in range(2)] == [b.random() for _ in range(2)] == [r.random() for _ in range(2)])
print(a.gauss() == b.gauss() == r.gauss())
print(random.random.__self__ is random.randint.__self__, type(random._inst).__name__, isinstance(random._inst, random.Random))
sr = random.SystemRandom()
try:
    pickle.dumps(sr)
except NotImplementedError as e:
    print(type(e).__name__, e)
print(pickle.dumps(random.Random, 4), pickle.dumps(random.Random, 2))
