# __bool__ = None or __len__ = None is called, and fails; list() and tuple() ask a Python
# class's __len__ for a length hint after its iterator (a TypeError there means no hint).
class BoolNone:
    __bool__ = None
try:
    print(bool(BoolNone()))
except TypeError as e:
    print("TypeError", e)
class LenNone:
    __len__ = None
try:
    print(bool(LenNone()))
except TypeError as e:
    print("TypeError", e)
class Both:
    def __bool__(self): return True
    __len__ = None
print(bool(Both()))
class It:
    def __iter__(self): print("iter"); return iter([1, 2])
    def __len__(self): print("len"); return 2
print(list(It()), tuple(It()))
class BadLen:
    def __iter__(self): return iter([3])
    def __len__(self): raise TypeError("no")
print(list(BadLen()))
class ErrLen:
    def __iter__(self): return iter([3])
    def __len__(self): raise ValueError("boom")
try:
    list(ErrLen())
except ValueError as e:
    print("ValueError", e)
