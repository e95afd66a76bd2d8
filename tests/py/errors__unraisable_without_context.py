# The default unraisablehook prints the exception alone, not the one being handled when
# __del__ or a finalizer ran, nor an explicit cause.
import weakref

class C:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError('x') from e

C()
try:
    raise ValueError('outer')
except ValueError:
    class D:
        def __del__(self):
            raise KeyError('in __del__')
    D()

    def fail(tag):
        raise ValueError('cleanup failed: ' + tag)

    class R:
        pass
    r = R()
    weakref.finalize(r, fail, 't')
    del r
print('done')
