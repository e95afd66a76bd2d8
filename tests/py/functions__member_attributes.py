# A function's __globals__, __closure__ and __builtins__ are read-only struct members, as in
# CPython; __module__ is a writable one.
import types
for n in ['__globals__', '__closure__', '__module__', '__builtins__', '__code__', '__defaults__', '__name__']:
    print(n, type(types.FunctionType.__dict__[n]).__name__)
def f(): pass
f.__module__ = 'x'
print(f.__module__)
for name in ['__globals__', '__closure__', '__builtins__']:
    try:
        setattr(f, name, {})
    except AttributeError as e:
        print(name, e)
    try:
        delattr(f, name)
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)
print(sorted(f.__dict__))
