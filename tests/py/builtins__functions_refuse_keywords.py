# Builtin functions whose parameters are positional-only refuse keywords; the others name
# the keyword they do not know, or the argument that is missing.
import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'dir', 'divmod',
         'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id',
         'isinstance', 'issubclass', 'iter', 'len', 'locals', 'next', 'oct', 'ord', 'repr',
         'setattr', 'vars', 'aiter', 'anext', 'input', 'max', 'min', 'sum', 'round', 'pow',
         'sorted', 'print', 'compile', 'open', '__import__']
for n in names:
    f = getattr(builtins, n)
    try:
        f(zz=1)
        print(n, 'ok')
    except TypeError as e:
        print(n, e)

def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)

t("round(2.675, ndigits=2)")
t("round(number=7.5)")
t("round(2.5, ndigits=None)")
t("pow(2, exp=10)")
t("pow(base=3, exp=4, mod=5)")
t("pow(2)")
t("pow(2, 3, mod=None)")
t("sum([1, 2], start=10)")
t("sum([[1], [2]], start=[])")
t("sum()")
t("sorted([3, 1, 2], key=None, reverse=True)")
t("sorted([3, 1], reversed=True)")
t("sorted([3, 1], key=abs, reverse=False, x=1)")
t("print('a', 'b', sep='-', end='!\\n', file=None, flush=False)")
t("print('a', sep2='-')")
t("__import__('os.path', fromlist=['join']).__name__")
t("__import__('os.path').__name__")
t("__import__(name='json').__name__")
t("__import__('json', level=-1)")
t("__import__('')")
t("__import__(5)")
t("exec('x = 1', {}, closure=None)")
t("exec('x = 1', closure=(1,))")
t("exec()")
t("eval('1 + 1', globals={})")
t("len(obj=[])")
t("isinstance(1, classinfo=int)")
t("getattr(1, 'real', default=0)")
t("open('x', bogus=1)")
t("open(file='does-not-exist')")
t("open('x', 1)")
