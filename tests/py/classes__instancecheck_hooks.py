# A metaclass's __instancecheck__ and __subclasscheck__ decide isinstance and issubclass, except
# for an exact type match, which isinstance answers without asking.

class Never(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return False

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int


class A(metaclass=Never):
    pass


class B(A):
    pass


print(isinstance(A(), A))
print(isinstance(B(), A))
print(issubclass(B, A), issubclass(int, A), issubclass(A, A))
print(isinstance(3, (str, A)))
