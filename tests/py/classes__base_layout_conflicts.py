# Classes CPython refuses to make from their bases: builtin bases whose instances are laid out
# differently (int and str, list and dict...), and a base named twice.
for bases in [(int, str), (list, dict), (int, float), (dict, list), (int, bool.__mro__[1]), (list, object), (tuple, int), (str, bytes)]:
    try:
        X = type("X", bases, {})
        print("ok", [c.__name__ for c in X.__mro__])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
class MyInt(int): pass
class MyStr(str): pass
try:
    class Both(MyInt, MyStr): pass
except TypeError as e:
    print(e)
import collections
class OD(collections.OrderedDict, dict): pass
print(OD.__mro__[1].__name__)
class LL(collections.UserList, list): pass
print(len(LL.__mro__))
class A: pass
class A: pass
try:
    class B(A, A): pass
except TypeError as e:
    print(e)
