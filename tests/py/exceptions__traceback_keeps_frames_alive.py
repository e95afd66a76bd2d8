# An exception kept after its except block keeps every frame it passed through, and their
# variables, alive until it dies (innermost frame first); one stored in a local of a frame on
# its own traceback makes a cycle that only the collector frees.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def inner():
    a = D('inner a')
    b = D('inner b')
    raise ValueError('x')
def middle():
    m = D('middle m')
    inner()
def outer():
    try:
        o = D('outer o')
        middle()
    except ValueError as e:
        return e
err = outer()
print('got', err)
del err
print('after del')
def keep():
    try:
        middle()
    except ValueError as e:
        saved = e
    print('handler done')
    return saved
x = keep()
print('kept')
x = None
print('end')
