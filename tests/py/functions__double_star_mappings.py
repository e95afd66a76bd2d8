# f(**m) with a dict subclass that iterates its own way, or any mapping with keys() and [].
from collections import UserDict, OrderedDict


class D(dict):
    def __iter__(self):
        return super().__iter__()


class Upper(dict):
    def keys(self):
        return [k.upper() for k in super().keys()]

    def __iter__(self):
        return iter(self.keys())

    def __getitem__(self, k):
        return dict.__getitem__(self, k.lower()) * 10


def kw(**k):
    return k


print(kw(**D(a=1)), kw(**UserDict(b=2)), kw(**OrderedDict(c=3)), kw(**Upper(d=4)))
print("{a}-{b}".format(**D(a=1, b=2)))
try:
    kw(**D(a=1), a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(**[1])
except TypeError as e:
    print("TypeError:", e)
