# Which of `__dict__` and `__weakref__` a class adds, by its bases and `__slots__`, in
# CPython's namespace order.
class S:
    __slots__ = ('a', '__weakref__')
print(S.a, type(S.a).__name__)
s = S(); s.a = 3; print(S.a.__get__(s), S.a.__name__, S.a.__objclass__)
S.a.__set__(s, 4); print(s.a); S.a.__delete__(s)
try: s.a
except AttributeError as e: print(e)
print(list(S.__dict__))
class C: pass
print(list(C.__dict__))
d = C.__dict__['__dict__']
print(d.__name__, d.__objclass__, d.__get__(C()), type(d).__name__)
c = C(); c.x = 1; print(d.__get__(c)); d.__set__(c, {'y': 2}); print(c.y)
print(C.__dict__['__weakref__'].__get__(c))
import weakref
r = weakref.ref(c); print(C.__dict__['__weakref__'].__get__(c) is r)
class E(Exception): pass
print(list(E.__dict__))
class L(list): pass
print(list(L.__dict__))
class T(type): pass
print(list(T.__dict__))
class D(C): pass
print(list(D.__dict__))
class F(int): pass
print(list(F.__dict__))
class G(S): pass
print(list(G.__dict__))
class H:
    __slots__ = ('__dict__',)
print(list(H.__dict__))
import types
print(types.GetSetDescriptorType, types.MemberDescriptorType)
print(int.__dict__['real'], type(int.__dict__['real']))
print(int.real.__get__(5))
print(dir(C()) == sorted(set(dir(C())) ))
print('__dict__' in dir(C()), '__weakref__' in dir(C()))
