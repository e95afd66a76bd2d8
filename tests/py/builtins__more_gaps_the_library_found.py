# More core gaps: __init_subclass__ and __class_getitem__ are implicit class methods, unary
# operators return NotImplemented as given, object.__format__, builtin methods compare equal,
# print with sys.stdout None, correctly rounded int/int division (subnormal results),
# complex division and integer powers rounded as CPython's.
import sys
class B:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
B.__init_subclass__()
class C(B, flag=1): pass
class U:
    def __pos__(self): return NotImplemented
    def __neg__(self): return NotImplemented
print(+U(), -U())
print(object.__format__(1, ''), object.__format__("ab", ''))
try:
    object.__format__(1, 'x')
except TypeError as e:
    print(e)
l = []
print(l.append == l.append, l.append == [].append, hash(l.append) == hash(l.append))
print(7 / 2, (10**30) / 7, 1 / 3, (2**1100) / (3**700))
n = 457134214000595681677116652362251575456763050670477808000
d = 18236016177797358550853894415468377775 << 1089
print((n / d).hex(), (1 / (3 << 1074)).hex(), ((1 << 2000) / (1 << 3074)).hex())
print((0.75+0j) / (2+3j), (1+2j) / (3-4j), (1e308+1e308j) / (1e308+1e308j))
out = sys.stdout
sys.stdout = None
print("gone")
sys.stdout = out
print("back")
import random
random.seed(5)
out = []
for i in range(400):
    a = complex(random.uniform(-5, 5), random.uniform(-5, 5))
    b = complex(random.uniform(-5, 5), random.uniform(-5, 5))
    n = random.randint(-12, 12)
    out.append(repr(a / b))
    try:
        out.append(repr(a ** n))
    except ZeroDivisionError:
        pass
    x = random.getrandbits(random.randint(1, 3000)) + 1
    y = random.getrandbits(random.randint(1, 3000)) + 1
    if x.bit_length() - y.bit_length() > 1000: continue
    out.append((x / y).hex())
for o in out: print(o)
