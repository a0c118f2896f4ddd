"""WeakSet for Sanca: a mutable set whose members are held through weak references, so that a
member leaves the set as soon as nothing else keeps it alive."""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


def _discarder(owner_ref):
    # The callback of every member's reference. It reaches the set through a weak reference
    # of its own, so that members never keep their set alive.
    def discard_dead(dead):
        owner = owner_ref()
        if owner is not None:
            owner.data.discard(dead)
    return discard_dead


class WeakSet:
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _discarder(ref(self))
        if data is not None:
            self.update(data)

    def _tracked(self, obj):
        return ref(obj, self._remove)

    def _plain_refs(self, objs):
        return {ref(obj) for obj in objs}

    def _members(self):
        # Over a snapshot: a member that dies meanwhile must not disturb the loop.
        for r in tuple(self.data):
            obj = r()
            if obj is not None:
                yield obj

    def __iter__(self):
        return self._members()

    def __len__(self):
        return sum(1 for r in tuple(self.data) if r() is not None)

    def __contains__(self, obj):
        try:
            probe = ref(obj)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self._members()),), self.__getstate__()

    __class_getitem__ = classmethod(GenericAlias)

    # Changing the set.

    def add(self, obj):
        self.data.add(self._tracked(obj))

    def update(self, other):
        for obj in other:
            self.add(obj)

    def remove(self, obj):
        self.data.remove(ref(obj))

    def discard(self, obj):
        self.data.discard(ref(obj))

    def clear(self):
        self.data.clear()

    def pop(self):
        while self.data:
            obj = self.data.pop()()
            if obj is not None:
                return obj
        raise KeyError('pop from empty WeakSet')

    def copy(self):
        return type(self)(self._members())

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= self._plain_refs(other)

    def intersection_update(self, other):
        self.data &= self._plain_refs(other)

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= {self._tracked(obj) for obj in other}

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    # New sets.

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def intersection(self, other):
        return type(self)(obj for obj in other if obj in self)

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    # Comparisons.

    def issubset(self, other):
        return self.data <= self._plain_refs(other)

    def issuperset(self, other):
        return self.data >= self._plain_refs(other)

    def __lt__(self, other):
        return self.data < self._plain_refs(other)

    def __gt__(self, other):
        return self.data > self._plain_refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._plain_refs(other)

    def isdisjoint(self, other):
        return not any(obj in self for obj in other)

    __le__ = issubset
    __ge__ = issuperset
