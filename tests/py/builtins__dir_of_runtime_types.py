# The names CPython 3.11 lists in dir() of the runtime's own types (functions, methods,
# generators, coroutines, cells, tracebacks, modules) and of the exceptions with fields,
# that the running interpreter lacks. The lists were generated once with CPython 3.11;
# under CPython every line shows an empty list.
import types


def wanted(name):
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


CPYTHON_311 = {
    'types.FunctionType': [
        '__annotations__', '__builtins__', '__call__', '__class__', '__closure__', '__code__',
        '__defaults__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__',
        '__ge__', '__get__', '__getattribute__', '__getstate__', '__globals__', '__gt__',
        '__hash__', '__init__', '__init_subclass__', '__kwdefaults__', '__le__', '__lt__',
        '__module__', '__name__', '__ne__', '__new__', '__qualname__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__',
    ],
    'types.MethodType': [
        '__call__', '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__',
        '__func__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',
        '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__self__', '__setattr__', '__sizeof__', '__str__',
        '__subclasshook__',
    ],
    'types.GeneratorType': [
        '__class__', '__del__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__',
        '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',
        '__init_subclass__', '__iter__', '__le__', '__lt__', '__name__', '__ne__', '__new__',
        '__next__', '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__',
        '__sizeof__', '__str__', '__subclasshook__', 'close', 'gi_code', 'gi_frame', 'gi_running',
        'gi_suspended', 'gi_yieldfrom', 'send', 'throw',
    ],
    'types.CoroutineType': [
        '__await__', '__class__', '__del__', '__delattr__', '__dir__', '__doc__', '__eq__',
        '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__name__', '__ne__', '__new__',
        '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__',
        '__str__', '__subclasshook__', 'close', 'cr_await', 'cr_code', 'cr_frame', 'cr_origin',
        'cr_running', 'cr_suspended', 'send', 'throw',
    ],
    'types.CellType': [
        '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
        '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__',
        '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__',
        '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'cell_contents',
    ],
    'types.TracebackType': [
        '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
        '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__',
        '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__',
        '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'tb_frame', 'tb_lasti',
        'tb_lineno', 'tb_next',
    ],
    'types.ModuleType': [
        '__annotations__', '__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__',
        '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__',
    ],
    'BaseException': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args',
        'with_traceback',
    ],
    'Exception': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args',
        'with_traceback',
    ],
    'OSError': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args',
        'characters_written', 'errno', 'filename', 'filename2', 'strerror', 'with_traceback',
    ],
    'SyntaxError': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args',
        'end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset', 'print_file_and_line',
        'text', 'with_traceback',
    ],
    'StopIteration': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args', 'value',
        'with_traceback',
    ],
    'UnicodeDecodeError': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args',
        'encoding', 'end', 'object', 'reason', 'start', 'with_traceback',
    ],
    'KeyError': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args',
        'with_traceback',
    ],
    'ImportError': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args', 'msg',
        'name', 'path', 'with_traceback',
    ],
    'AttributeError': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args', 'name',
        'obj', 'with_traceback',
    ],
    'NameError': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args', 'name',
        'with_traceback',
    ],
    'SystemExit': [
        '__cause__', '__class__', '__context__', '__delattr__', '__dict__', '__dir__', '__doc__',
        '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__',
        '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
        '__reduce_ex__', '__repr__', '__setattr__', '__setstate__', '__sizeof__', '__str__',
        '__subclasshook__', '__suppress_context__', '__traceback__', 'add_note', 'args', 'code',
        'with_traceback',
    ],
}

for name, names in CPYTHON_311.items():
    have = set(dir(eval(name)))
    missing = sorted(n for n in names if wanted(n) and n not in have)
    print(name, missing)
