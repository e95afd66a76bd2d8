# object.__new__ and object.__init__ refuse extra arguments as CPython's do: when the class
# overrides the other method and passed them on, or has neither to take them.
class Cnt:
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, v): self.v = v
class NI:
    def __init__(self, x): super().__init__(x)
class Plain: pass
class OnlyNew:
    def __new__(cls, x): return super().__new__(cls)
class OnlyInit:
    def __init__(self, x): self.x = x
class NewPassesArgs:
    def __new__(cls, x): return object.__new__(cls, x)
class InitPassesKw:
    def __init__(self, **kw): object.__init__(self, **kw)
for make in (lambda: Cnt(1), lambda: NI(1), lambda: Plain(1), lambda: Plain(a=1), lambda: OnlyNew(1).__class__.__name__,
             lambda: NewPassesArgs(1), lambda: InitPassesKw(a=1).__class__.__name__,
             lambda: InitPassesKw().__class__.__name__, lambda: object(1), lambda: object.__new__(Plain, 1), lambda: object.__init__(Plain(), 1),
             lambda: object.__new__(OnlyInit, 1).__class__.__name__, lambda: object.__init__(OnlyNew(1), 2)):
    try: print(make())
    except TypeError as e: print('TypeError', e)
