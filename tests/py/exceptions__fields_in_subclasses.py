# Builtin exception fields in subclasses that redefine them, set by constructors past any
# attribute of the same name, and read by the exit status, str() and del as CPython's members.
import subprocess, sys

# --- 01_readonly_property_field_crash
class E(ImportError):
    @property
    def name(self): return "fixed"
e = E("m", name="real")
print(e.name, vars(e))

# --- 02_subclass_shadowed_field_written_to_dict
class E(NameError):
    name = "cls"
e = E("x", name="inst"); print(e.name, vars(e))
class O(OSError):
    filename = property(lambda s: "P")
print(str(O(2, "nf", "real")))

# --- 05_code_value_follow_args
e = SystemExit(1); e.args = (7,); print(e.code)
s = StopIteration(1); s.args = (5,); print(s.value)
e = SystemExit(1); e.code = 2; del e.code; print(e.code)

# --- 07_stopasynciteration_args_none
async def agen():
    return; yield
try: agen().__anext__().send(None)
except StopAsyncIteration as e: print(e.args, len(e.args))

# --- 11_del_field
for e, f in [(SystemExit(1), "code"), (StopIteration(1), "value"), (OSError(), "errno"), (ImportError(), "name"), (NameError(), "name")]:
    try: delattr(e, f); print(f, repr(getattr(e, f)))
    except AttributeError as x: print(f, "AttributeError:", x)

# --- 12_oserror_nonint_errno
e = OSError("a", "b"); print(repr(e.errno), repr(e.strerror), str(e))
print(str(OSError(2.5, "x")), str(OSError(None, "x")), str(OSError(2, None)))
e = OSError(1, "x", "f"); e.filename = None; print(str(e))

# --- 13_oserror_intenum_errno_class
import enum
class Code(enum.IntEnum):
    NOENT = 2
print(type(OSError(Code.NOENT, "nf")).__name__)

# --- 14_characters_written
e = BlockingIOError(11, "Resource temporarily unavailable", 5)
print(e.characters_written, e.args)

# --- 15_unicodeerror_members
e = UnicodeError("x")
print(hasattr(e, "encoding"), "encoding" in vars(UnicodeError), "encoding" in vars(UnicodeDecodeError))

# --- 16_init_resets_fields
class ModErr(ImportError):
    def __init__(self, name):
        self.name = name
        super().__init__(f"cannot import {name}")
print(ModErr("foo").name)
e = SyntaxError("a", ("f", 1, 2, "t")); e.__init__("b"); print(e.lineno)
e = SystemExit(1); e.__init__(); print(e.code)

# --- 20_sys_exit_args
try: sys.exit()
except SystemExit as e: print(e.args)
try: sys.exit((1, 2))
except SystemExit as e: print(e.args)

# --- 27_importerror_str_after_args
e = ImportError("m"); e.args = ("z",); print(str(e))

# --- the exit status is the SystemExit's code attribute, however the class defines it
for src in [
    "class Usage(SystemExit):\n    code = 2\nraise Usage()",
    "class Abort(SystemExit):\n    def __init__(self, msg): self.msg = msg\nraise Abort(3)",
    "import sys\nclass Done(SystemExit): pass\nsys.exit(Done(5))",
    "class E(SystemExit):\n    @property\n    def code(self): return 11\nraise E(1)",
]:
    run = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    print(run.returncode, repr(run.stdout), repr(run.stderr))
