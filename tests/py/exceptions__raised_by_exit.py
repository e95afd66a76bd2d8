# An exception raised by __exit__ while the body's propagates: the with statement's frame is in
# its traceback, and the context it had when raised stays.
class CM:
    def __enter__(self): pass
    def __exit__(self, *a): raise KeyError
def f():
    with CM(): raise ValueError
try:
    f()
except KeyError as e:
    tb = e.__traceback__; names = []
    while tb: names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno)); tb = tb.tb_next
    print(names, repr(e.__context__))
class CM2:
    def __enter__(self): return self
    def __exit__(self, *a):
        e = KeyError('k'); e.__context__ = IndexError('i')
        try: raise e
        except KeyError: e.__context__ = IndexError('j'); raise
try:
    with CM2(): raise ValueError('body')
except KeyError as e: print(repr(e.__context__))
def g():
    with CM():
        raise ValueError("inner")
g()
