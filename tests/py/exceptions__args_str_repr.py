# Exception args, str() and repr().
e0 = Exception()
e1 = Exception("one")
e2 = Exception("two", 2)
e3 = ValueError(42)
print(e0.args, e1.args, e2.args, e3.args)
print(repr(str(e0)), str(e1), str(e2), str(e3))
print(repr(e0), repr(e1), repr(e2), repr(e3))
k = KeyError("key")
print(str(k), repr(k))
print(str(KeyError("a", "b")))
print(repr(ZeroDivisionError("division by zero")))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.args, str(e))
try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
print(repr(StopIteration(5)), StopIteration(5).value)
print(repr(OSError(2, "No such file")), OSError(2, "nf").errno)
