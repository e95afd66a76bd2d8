# A builtin type's methods are descriptors of CPython's four kinds: method_descriptor
# (`str.join`), wrapper_descriptor (`int.__add__`, made from a type slot), method-wrapper (a
# slot method bound: `(1).__add__`) and classmethod_descriptor (`dict.__dict__['fromkeys']`).
# Each has its type, repr, __objclass__, __get__ and __call__ as CPython's, `types` names them,
# and inspect's predicates tell them apart.
import inspect
import types

print(type(str.join), type(int.__add__), type((1).__add__), type(dict.__dict__["fromkeys"]))
print(type([].append), type(len), type(dict.fromkeys), type(int.__new__), type(object.__init_subclass__))
print(str.join, int.__add__, list.__len__, dict.__dict__["fromkeys"], object.__dict__["__subclasshook__"])
print(repr((1).__add__).split(" at ")[0], repr("x".join).split(" at ")[0])

# Their attributes.
for d in (str.join, int.__add__, (1).__add__, dict.__dict__["fromkeys"]):
    print(d.__name__, d.__qualname__, d.__objclass__, callable(d))
print((7).__add__.__self__, "x".upper.__self__)
for obj in ([].append, len):
    try:
        obj.__objclass__
    except AttributeError as e:
        print("AttributeError:", e)

# Calling them: the receiver comes first, and is checked.
print(str.join(",", "ab"), int.__add__(2, 3), (1).__add__(2), type(str.join).__call__(str.join, "-", "xy"))
for call in (lambda: str.join(), lambda: int.__add__(), lambda: str.join(1, "ab"), lambda: int.__add__("x", 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# __get__ binds as attribute access does.
print(str.join.__get__("-")("ab"), int.__add__.__get__(4)(5))
print(str.join.__get__(None, str) is str.join, int.__add__.__get__(None, str) is int.__add__)
for get in (lambda: str.join.__get__(1), lambda: int.__add__.__get__("x"), lambda: str.join.__get__(None)):
    try:
        get()
    except TypeError as e:
        print("TypeError:", e)

# A builtin class method: bound to the class it is reached through, callable with the class.
fromkeys = dict.__dict__["fromkeys"]
print(fromkeys(dict, "ab"), fromkeys.__get__({})("cd"), fromkeys.__get__(None, dict)("e"))


class D(dict):
    pass


print(type(fromkeys(D, "x")).__name__, type(fromkeys.__get__(D())("y")).__name__)
for call in (lambda: fromkeys(), lambda: fromkeys(1), lambda: fromkeys(int), lambda: fromkeys.__get__(1, int)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# object.__subclasshook__ is a class method that takes any arguments.
class C:
    pass


print(C.__subclasshook__(int), C().__subclasshook__(), object.__subclasshook__(1, 2))
print(C.__subclasshook__)


# `types` names the four; inspect's predicates rely on them.
print(types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType)
print(types.MethodDescriptorType is type(str.join), types.ClassMethodDescriptorType is type(dict.__dict__["fromkeys"]))
samples = [str.join, int.__add__, (1).__add__, fromkeys, len, [].append, C.__subclasshook__]
for name in ["ismethoddescriptor", "isbuiltin", "isroutine", "isfunction", "ismethodwrapper", "isdatadescriptor"]:
    print(name, [getattr(inspect, name)(x) for x in samples])

# They cannot be subclassed.
for t in (types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType):
    try:
        type("X", (t,), {})
    except TypeError as e:
        print("TypeError:", e)

# What each builtin type's attributes are, read from the type and from an instance.
samples = {int: 5, float: 1.5, str: "s", bytes: b"b", list: [1], dict: {1: 2}, set: {1}, object: object(),
           type: int, slice: slice(1), BaseException: ValueError("x")}
for T, inst in samples.items():
    kinds = {}
    for name in sorted(dir(T)):
        if name == "__doc__":
            continue
        try:
            kind = (type(getattr(T, name)).__name__, type(getattr(inst, name)).__name__)
        except AttributeError as e:
            kind = ("AttributeError", str(e))
        kinds.setdefault(kind, []).append(name)
    for kind, names in sorted(kinds.items()):
        print(T.__name__, kind, names)
print(type[int], type[int].__origin__)

# copy and pickle find them again by name.
import copy
import pickle

print(copy.copy(str.join), copy.deepcopy(int.__add__))
print(pickle.loads(pickle.dumps(str.join)), pickle.loads(pickle.dumps(list.__len__)))
print(pickle.loads(pickle.dumps((1).__add__))(2))
try:
    copy.copy(dict.__dict__["fromkeys"])
except TypeError as e:
    print("TypeError:", e)
print(str.join.__reduce__(), (3).__add__.__reduce__())

# Qualified names say the type, also where one native serves several types.
print(zip.__next__.__qualname__, iter([]).__next__.__qualname__, list.__class_getitem__.__qualname__)
print(dict.__getitem__.__qualname__, type((lambda: 0).__code__).replace.__qualname__, enumerate.__iter__.__qualname__)
print(zip.__next__.__text_signature__, enumerate.__iter__.__text_signature__)
print(object.__repr__([]).split(" at ")[0], object.__repr__(C()).split(" at ")[0])
print(property().__ne__(1), object().__ne__(object()), (1).__ne__(2))
e = ValueError.__new__(ValueError, 1, 2)
print(type(e).__name__, e.args)
for call in (lambda: object().__sizeof__(x=1), lambda: [1].__reduce_ex__(protocol=2), lambda: (1.5).__round__(ndigits=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(type(property.__set_name__).__name__)
