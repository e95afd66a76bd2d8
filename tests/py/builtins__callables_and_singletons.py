# staticmethod objects called, generic enumerate/mappingproxy, NotImplemented's truth (deprecated,
# with its warning at the line that tests it) and repr, frame.clear() on suspended, finished
# and running frames.
import sys, types
sm = staticmethod(len); print(sm([1,2]), sm.__func__, staticmethod.__call__(sm, "abc"))
print(enumerate[int], type(enumerate[int]), types.MappingProxyType[int])
print(bool(NotImplemented))
print(NotImplemented.__bool__())
if NotImplemented:
    print("truthy")
class K:
    def m(self):
        return NotImplemented
print(not K().m())
def g():
    try:
        yield 1
    finally:
        print("finally ran")
it = g(); next(it)
it.gi_frame.clear()
print(it.gi_frame)
def keep():
    x = [1, 2]
    return sys._getframe()
fr = keep()
print(sorted(fr.f_locals))
fr.clear()
print(sorted(fr.f_locals))
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    1/0
except ZeroDivisionError as e:
    import traceback
    traceback.clear_frames(e.__traceback__)
    print("cleared")
print(NotImplemented.__repr__(), NotImplemented.__reduce__(), type(NotImplemented).__bool__(NotImplemented))
print(Ellipsis.__repr__(), (...).__reduce__())
