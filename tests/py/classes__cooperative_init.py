# Cooperative __init__ through super() in a diamond.
class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))

class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)

class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)

class Both(Left, Right):
    def __init__(self, **kw):
        print("Both")
        super().__init__(**kw)

Both(left=1, right=2)
print([c.__name__ for c in Both.__mro__])
