# Small agreements with CPython: percentages of inf/nan, a set looked up in a set as its
# frozenset, exact tuples and frozensets are their own copies, the mutable containers' __hash__
# is None, powers of 0/1/-1 with huge exponents, complex() with underscores, int() and
# float() of buffers.
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)
nan = float('nan')
L = [nan]
t("nan in L")
t("L.count(nan)")
t("L.index(nan)")
t("nan is nan")
t("L == L")
t("[nan] == [nan]")
t("(nan,) == (nan,)")
t("{nan: 1}[nan]")
t("nan in {nan}")
t("float('-nan')")
t("str(float('-nan'))")
t("import_math := __import__('math')")
t("import_math.copysign(1, float('-nan'))")
t("format(float('inf'), '%')")
t("format(float('-inf'), '%')")
t("format(float('nan'), '%')")
t("format(float('inf'), '.2%')")
d = {1: 2}
def f():
    global d
    d |= [(3, 4)]
    return d
t("f()")
t("frozenset({1}) in {frozenset({1}): 2}")
t("{1} in {frozenset({1})}")
t("{frozenset({1}): 2}[{1}]")
t("{1} in {frozenset({1}): 2}")
fs = frozenset([1])
t("frozenset(fs) is fs")
t("tuple(T := (1, 2)) is T")
t("list.__hash__")
t("dict.__hash__")
t("set.__hash__")
t("bytearray.__hash__")
t("2 ** -(2**100)")
t("1 ** (2**100)")
t("(-1) ** (2**100 + 1)")
t("0 ** (2**100)")
t("pow(1, 2**100, 7)")
t("complex('1_000+2_0j')")
t("complex('1__0j')")
t("int(memoryview(b'12'))")
t("float(memoryview(b'1.5'))")
s = {frozenset({1}), frozenset({2})}
s.discard({1})
print(s)
s.remove({2})
print(s)
try:
    s.remove({3})
except KeyError as e:
    print('KeyError', e)
try:
    print([1] in s)
except TypeError as e:
    print('TypeError', e)
class L(list): pass
try:
    hash(L())
except TypeError as e:
    print('TypeError', e)
class H(list):
    __hash__ = object.__hash__
print(type(hash(H())))
print(hash(()) == hash(tuple([])), {(): 1}[tuple()])
import array
for f in (int, float):
    for v in (memoryview(b'x'), array.array('b', [49, 50]), memoryview(b'12')[::2]):
        try:
            print(f(v))
        except Exception as e:
            print(type(e).__name__, e)
for text in ['1_0', '_1', '1e5_0j', '-1.5e-3-2_0.0_1j', '1 + 2j', '１', 'infj', '1__0']:
    try:
        print(repr(text), complex(text))
    except ValueError as e:
        print(repr(text), e)
