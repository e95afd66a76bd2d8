class C:
    def __enter__(self):
        print("enter"); return 5
    def __exit__(self, *a):
        print("exit", a[0]); return True
with C() as x:
    print(x); raise KeyError
class D(C):
    def __enter__(self):
        del C.__enter__
        return super().__exit__
c = C()
with c: pass
class E:
    __slots__ = ()
    def __enter__(self): return 1
    def __exit__(self, t, v, tb): print("E exit"); return False
try:
    with E() as e: 1 / 0
except ZeroDivisionError as z: print("ZDE", z)
class F:
    def __enter__(self): return self
F.__exit__ = lambda self, *a: print("F exit")
with F(): print("in F")
class G: pass
try:
    with G(): pass
except TypeError as t: print(t)
