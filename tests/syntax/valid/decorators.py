# decorators on functions and classes
@dec
def f():
    pass

@dec1
@dec2(1, 2)
@mod.attr.dec
def g(x):
    return x

@dec
class C:
    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, value):
        pass

@buttons[0].clicked.connect
def h():
    pass

@(lambda fn: fn)
def k():
    pass
