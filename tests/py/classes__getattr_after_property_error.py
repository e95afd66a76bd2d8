# An AttributeError raised inside a property's getter is the attribute missing: __getattr__
# answers then, as it does for a name not found.
class A:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return 'fallback ' + n
print(A().p, A().q)
class B:
    @property
    def p(self): raise AttributeError("inner")
try:
    B().p
except AttributeError as e:
    print("AttributeError", e)
