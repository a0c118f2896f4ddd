import sys, types
fake = types.ModuleType("fake_module")
fake.value = "from fake"
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.value, fake_module is fake)
from fake_module import value
print(value)
import _replaced
print(type(_replaced).__name__, _replaced.anything)
