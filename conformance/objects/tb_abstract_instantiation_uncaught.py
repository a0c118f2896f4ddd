# Uncaught TypeError when instantiating a class that misses an abstract method.
import abc
class Storage(abc.ABC):
    @abc.abstractmethod
    def read(self, key): ...
    @abc.abstractmethod
    def write(self, key, value): ...
class Memory(Storage):
    def __init__(self):
        self.data = {}
    def read(self, key):
        return self.data[key]
def open_storage(kind):
    return {"memory": Memory}[kind]()
print("opening")
print(type(open_storage("memory")).__name__)
