# The truth of an instance is decided by its class (its __bool__, else __len__), looked up
# again when a class changes; an instance attribute does not count; a class is true unless
# its metaclass says otherwise.
class Plain: pass
class WithLen:
    def __len__(self): return 0
class Sub(WithLen): pass
class WithBool:
    def __bool__(self): return False
p = Plain()
print(bool(p), not p, bool(Sub()), bool(WithBool()))
p.__bool__ = lambda: False      # an instance attribute is not the type's slot
print(bool(p))
Plain.__bool__ = lambda self: False   # the class changes: instances follow
print(bool(p), bool(Plain()))
del Plain.__bool__
print(bool(p))
Plain.__len__ = lambda self: 3
print(bool(p))
setattr(Plain, "__l" + "en__", lambda self: 0)
print(bool(p))
del Plain.__len__
print(bool(p))
class Meta(type):
    def __len__(cls): return 0
class M(metaclass=Meta): pass
print(bool(M), bool(M()), bool(Plain), bool(type))
class L(list): pass
print(bool(L()), bool(L([1])))
class Mixin:
    pass
Mixin.__len__ = lambda self: 0
class Later(Mixin): pass
print(bool(Later()), [bool(Plain()) for _ in range(3)])
if Later(): print("wrong")
while Plain():
    print("loop body runs")
    break
