# The rest of sys that libraries read: build constants, executable and prefix, intern,
# getsizeof, exception(), and the tracing/audit hooks (accepted, never called).
import sys
print(sys.byteorder, sys.maxunicode, sys.hexversion, sys.float_repr_style, sys.api_version, repr(sys.abiflags), sys.platlibdir, sys.pycache_prefix)
print(type(sys.executable).__name__, sys.executable.endswith(("python3", "python3.11", "reap")), type(sys.prefix).__name__, sys.prefix == sys.base_prefix)
print("sys" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
s = sys.intern("".join(["ab", "cd"])); print(s, s is sys.intern("abcd"))
print(sys.getsizeof(1) > 0, type(sys.getsizeof("x")).__name__)
class S:
    def __sizeof__(self): return 42
print(sys.getsizeof(S()))
print(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(repr(sys.exception()))
print(sys.is_finalizing(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getswitchinterval())
print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None), sys.audit("x", 1))
print(sys.call_tracing(max, (3, 4)), sys.meta_path is not None, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
try:
    sys.intern(3)
except TypeError as e:
    print(e)
