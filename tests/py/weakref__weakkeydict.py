# WeakKeyDictionary entries disappear when their keys die.
import weakref


class Key:
    def __init__(self, name):
        self.name = name


data = weakref.WeakKeyDictionary()
k1, k2 = Key("k1"), Key("k2")
data[k1] = "one"
data[k2] = "two"
print("len:", len(data))
print("lookup:", data[k1], data[k2])
del k1
print("after del k1:", len(data), [k.name for k in data.keys()])
print("k2 in data:", k2 in data)
try:
    data[5] = "int key"
except TypeError as e:
    print("TypeError:", e)
k2 = None
print("after dropping k2:", len(data), list(data.items()))
