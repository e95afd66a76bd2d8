# Functions are objects: passed, returned, stored, given attributes.
def apply(f, *args):
    return f(*args)

def double(x):
    return 2 * x

print(apply(double, 21), apply(max, 3, 9, 4))
table = [double, abs, str]
print([f(-4) for f in table])
double.note = "attribute on a function"
print(double.note)
print(callable(double), callable(42))
print(double.__name__, type(double).__name__)

def doc():
    """This is the docstring."""

print(doc.__doc__)
print(doc())
print(double.__code__.co_argcount)
