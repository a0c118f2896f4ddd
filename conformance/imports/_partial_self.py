import _partial_self
print("inside:", _partial_self.__name__)
try:
    _partial_self.later
except AttributeError as e:
    print(e)
later = 1
