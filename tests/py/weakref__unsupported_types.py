# Builtin values such as list, dict, str, int, tuple and None cannot be weakly referenced.
import weakref

for value in ([1], {"a": 1}, "text", 5, (1, 2), None, 2.0, b"bytes"):
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1])
print("list subclass ok:", weakref.ref(ml)() is ml)
print("dict subclass ok:", type(weakref.ref(MyDict())).__name__)
