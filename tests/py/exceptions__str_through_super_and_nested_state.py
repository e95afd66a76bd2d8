# sys.exc_info() and __context__ after a nested handler; BaseException.__str__ reached through super() or the class.
import sys
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise KeyError('inner')
    except KeyError:
        pass
    print(sys.exc_info()[0])
    try:
        raise TypeError('next')
    except TypeError as e:
        print(repr(e.__context__))
def f():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise KeyError('b')
        except KeyError:
            pass
        raise TypeError('c')
try:
    f()
except TypeError as e:
    print(repr(e.__context__))
class E(Exception):
    def __str__(self):
        return 'E:' + super().__str__()
print(str(E('x')), Exception.__str__(E('y', 'z')), repr(E('w')))
class F(Exception):
    def __str__(self):
        return Exception.__str__(self) + '!'
print(F('q'))
class G(KeyError):
    def __str__(self):
        return super().__str__() + '?'
print(G('k'))
print(sys.exc_info())
try:
    raise ValueError('x')
except ValueError:
    def g():
        try:
            raise KeyError
        except KeyError:
            pass
        return sys.exc_info()[0]
    print(g())
