import os, os.path as osp
from collections import namedtuple as nt, deque
class A:
    attr = 1
    def m(self):
        return super().m() + attr
    def n(self):
        return __class__
    def o(self):
        return self.attr
    class B:
        def p(self):
            return A, B
def f():
    v = 1
    class C:
        v = 2
        def meth(self):
            return v
        w = v
    return C
class __Private:
    __x = 1
    def __m(self, __a):
        return self.__x + __a
