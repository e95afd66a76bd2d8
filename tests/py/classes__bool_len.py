# __bool__ and __len__ drive truthiness.
class AlwaysFalse:
    def __bool__(self):
        print("__bool__ called")
        return False

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n

class Plain:
    pass

print(bool(AlwaysFalse()))
if not AlwaysFalse():
    print("falsy")
print(bool(Sized(0)), bool(Sized(2)))
print(bool(Plain()))
print(AlwaysFalse() or "fallback")
print(Sized(3) and "sized")

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Both()), len(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
