# Calling the type of None, Ellipsis or NotImplemented gives back the singleton; arguments are
# refused with the type's own name.
import types

print(type(None)(), type(Ellipsis)(), type(NotImplemented)())
print(types.NoneType() is None, types.EllipsisType() is ..., types.NotImplementedType() is NotImplemented)
for t in (type(None), types.EllipsisType, types.NotImplementedType):
    for args, kwargs in (((1,), {}), ((), {'x': 1})):
        try:
            t(*args, **kwargs)
        except TypeError as e:
            print(t.__name__, type(e).__name__, e)
