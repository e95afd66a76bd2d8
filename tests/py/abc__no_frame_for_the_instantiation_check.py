# An abc.ABC subclass's __init__ sees its caller as sys._getframe(1) and f_back: ABCMeta's
# check, which CPython makes in C, leaves no frame (warnings' stacklevel points at the caller).
import sys, abc, warnings, traceback, inspect
class C(abc.ABC):
    def __init__(self):
        f = sys._getframe(1)
        print(f.f_code.co_filename.endswith('.py'), f.f_code.co_name, f.f_lineno)
        print(sys._getframe(0).f_back.f_code.co_name)
        print([fr.function for fr in inspect.stack()][:3])
        print(len(traceback.extract_stack()))
        warnings.warn("old", DeprecationWarning, stacklevel=2)
warnings.simplefilter("always")
def make():
    return C()
make()
