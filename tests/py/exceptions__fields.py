# The fields builtin exception classes declare (errno, msg, name, value...) live beside the
# exception, not in its __dict__; assigning one changes what str() says.
e = ImportError('m', name='x', path='p'); print(e.__dict__, e.name, e.path, e.msg)
e = StopIteration(3); print(e.__dict__, e.value); e.value = 4; print(e.value, e.args)
e = UnicodeDecodeError('utf-8', b'x', 0, 1, 'r'); print(e.__dict__, e.reason, e)
e.reason = 'changed'; print(e)
e = AttributeError('a', name='n', obj=1); print(e.__dict__, e.name, e.obj)
e = NameError('a', name='n'); print(e.__dict__)
e = SystemExit(3); print(e.__dict__, e.code); e.code = 9; print(e.code)
e = KeyError(1); e.errno = 5; print(e.__dict__)
e = OSError(2, 'x'); e.errno = 7; print(e.__dict__, e.errno, e)
e.strerror = 'why'; e.filename = 'ff'; print(e)
class My(Exception):
    def __init__(self): self.name = 'mine'
print(My().__dict__)
print(OSError('x').errno, OSError('x').strerror, AttributeError().name, ImportError().msg, SyntaxError().lineno)
print(OSError.errno, SyntaxError.msg, StopIteration.value)
try: OSError().characters_written
except AttributeError as ex: print(ex)
e = OSError(); e.characters_written = 3; print(e.characters_written, e.__dict__)
del e.characters_written
e = OSError(1, 'a'); del e.errno; print(e.errno)
class E2(OSError): pass
x = E2(2, 'no', 'file'); print(x, x.errno, x.__dict__, x.args)
x.extra = 1; print(x.__dict__)
import pickle, copy
for obj in [OSError(2, 'x', 'f'), ImportError('m', name='n'), SyntaxError('s', ('f', 1, 2, 't')), StopIteration(5), FileNotFoundError(2, 'gone', 'p')]:
    r = pickle.loads(pickle.dumps(obj)); c = copy.copy(obj)
    print(type(r).__name__, r, r.args, r.__dict__, c.__dict__)
try:
    compile('x x', 'f', 'exec')
except SyntaxError as e3:
    print(e3.__dict__, e3.msg, e3.lineno, e3)
try: open('/nonexistent')
except OSError as e4: print(e4.__dict__, e4.filename, repr(e4))
print(dir(OSError(1, 'x')) == dir(OSError))
