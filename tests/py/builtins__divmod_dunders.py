# divmod() asks __divmod__ then __rdivmod__ of script classes; a subclass of int divides as
# its value.
class D:
    def __divmod__(self, o): return 'd'
    def __rdivmod__(self, o): return 'rd'
print(divmod(D(), 2), divmod(2, D()))
try:
    divmod(object(), 2)
except TypeError as e:
    print(e)
class I(int): pass
print(divmod(I(7), 2), divmod(7.5, I(2)))
