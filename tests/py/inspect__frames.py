# currentframe(), stack(), trace(), getframeinfo(), getouterframes(), getinnerframes():
# FrameInfo and Traceback records with their source context.
import inspect
import os
import sys


def show(record):
    print(' ', os.path.basename(record.filename), record.lineno, record.function,
          record.code_context, record.index, record.positions.lineno)


def who_called_me():
    caller = inspect.stack()[1]
    return caller.function, caller.lineno


def innermost():
    frame = inspect.currentframe()
    print(inspect.isframe(frame), frame.f_code.co_name, inspect.getlineno(frame),
          frame.f_back.f_code.co_name)
    records = inspect.stack()
    print(type(records[0]).__name__, len(records[0]), records[0]._fields)
    print(records[0].frame is frame, records[0][3], records[1].function)
    for record in records:
        show(record)
    print([r.function for r in inspect.stack(0)], inspect.stack(0)[0].code_context)
    info = inspect.getframeinfo(frame, context=5)
    print(type(info).__name__, info._fields, info[1] == info.lineno, info.index)
    print(''.join(info.code_context), end='')
    print(inspect.getframeinfo(frame, 0)[3:])
    print(inspect.getframeinfo(frame, 3).code_context)
    return frame


def middle():
    return innermost()


frame = middle()
print(frame.f_code.co_name)
print(who_called_me())


def caller_of_caller():
    return who_called_me()


print(caller_of_caller())
print([r.function for r in inspect.getouterframes(sys._getframe())])


def fail(depth):
    if depth == 0:
        raise ValueError('deep')
    fail(depth - 1)


try:
    fail(2)
except ValueError:
    print('trace:')
    for record in inspect.trace():
        show(record)
    tb = sys.exc_info()[2]
    print('inner frames, 3 lines of context:')
    for record in inspect.getinnerframes(tb, 3):
        show(record)
    info = inspect.getframeinfo(tb)
    print(info.lineno, info.function, info.code_context, inspect.istraceback(tb))
    print(inspect.getframeinfo(tb.tb_next.tb_next.tb_next).function)
print(inspect.trace())

# getargvalues on a frame that has returned.
def arguments(a, b=2, *rest, **options):
    local = a + b
    return sys._getframe()


info = inspect.getargvalues(arguments(1, 5, 6, key='v'))
print(info.args, info.varargs, info.keywords, sorted(info.locals))
print(inspect.formatargvalues(*info))
print(inspect.formatargvalues(['a', 'b'], None, None, {'a': 1, 'b': 'x'},
                              formatvalue=lambda v: ' is ' + str(v)))
print(inspect.getargs(arguments.__code__), inspect.getargs((lambda *, k: 0).__code__))
try:
    inspect.getargs(arguments)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])

# The record types themselves.
print(inspect.Traceback('f.py', 1, 'g', None, None))
print(inspect.Traceback('f.py', 1, 'g', ['x\n'], 0, positions=(1, 1, 0, 1)))
print(inspect.FrameInfo(None, 'f.py', 1, 'g', None, None))
print(inspect.FrameInfo(None, 'f.py', 1, 'g', None, None) == (None, 'f.py', 1, 'g', None, None))
try:
    inspect.getframeinfo(42)
except AttributeError as e:
    print('AttributeError', e)
