# dir(obj) asks the class (or a class's metaclass) for __dir__ and sorts what it returns.
class B:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(B()))
class M(type):
    def __dir__(cls): return ['only']
class C(metaclass=M): pass
print(dir(C), len(dir(B)) > 5)
class Bad:
    def __dir__(self): return 5
try: dir(Bad())
except TypeError as e: print(e)
