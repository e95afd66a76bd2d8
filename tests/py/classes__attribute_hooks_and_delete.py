# Attribute hooks a class takes from builtins (the AttrDict recipe), descriptors' __delete__,
# and a bare object() without a __dict__.
class AttrDict(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__
d = AttrDict(); d.x = 1; d.y = 2; print(d, d.x, d.missing); del d.x; print(d)
class D:
    def __get__(s, o, t=None): return 1
    def __set__(s, o, v): print("set", v)
    def __delete__(s, o): print("__delete__ called")
class C: attr = D()
c = C(); c.attr = 5; print(c.attr); del c.attr
class OnlySet:
    def __get__(s, o, t=None): return 1
    def __set__(s, o, v): pass
class E: attr = OnlySet()
try: del E().attr
except AttributeError as e: print('AttributeError', e)
class Del:
    def __delete__(s, o): print('delete only')
class F: attr = Del()
del F().attr
o = object()
try: o.x = 1
except AttributeError as e: print(e)
class Plain: pass
p = Plain(); p.x = 1; print(p.x)
class G(dict):
    def __setattr__(self, k, v): self[k] = v * 2
g = G(); g.a = 3; print(g)
try: object().__dict__
except AttributeError as e: print(e)
try: vars(object())
except TypeError as e: print(e)
q = object.__new__(Plain); q.z = 3; print(vars(q))
