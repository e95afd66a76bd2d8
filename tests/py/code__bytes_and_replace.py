# The code attributes CPython 3.11 adds beyond names and counts: co_code (Reap's own
# instructions, two bytes each, so offsets agree with co_lines and tb_lasti), co_linetable and
# co_lnotab, co_exceptiontable (empty: Reap's handlers are set up by instructions), replace()
# of the name, qualname, file and first line, _varname_from_oparg. (co_stacksize is missing:
# Reap's frames grow their stack as they need.)
import types
def f(a, b=1):
    x = a + b
    return x
c = f.__code__
print(sorted(set(dir(c)) - set(dir(object)) - {"co_stacksize"}))
print(type(c.co_code), len(c.co_code) % 2, type(c.co_linetable), type(c.co_lnotab), c.co_exceptiontable)
def empty(): pass
def also_empty(): pass
print(empty.__code__.co_code == also_empty.__code__.co_code)
print(c.co_code == c._co_code_adaptive)
g = types.FunctionType(c.replace(co_name="g", co_qualname="g"), globals())
print(g.__name__, g.__qualname__, g(2, 3), c.replace(co_filename="other.py").co_filename)
def boom():
    raise ValueError("x")
moved = types.FunctionType(boom.__code__.replace(co_firstlineno=100, co_filename="moved.py"), globals())
try:
    moved()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_firstlineno)
print(c.replace(co_consts=c.co_consts, co_names=c.co_names).co_name)
for kw in [dict(x=1), dict(co_name=5), dict(co_firstlineno="a")]:
    try:
        c.replace(**kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError:", e)
def outer(a, b):
    def inner():
        return a
    return inner
oc = outer.__code__
print([oc._varname_from_oparg(i) for i in range(3)])
try:
    oc._varname_from_oparg(9)
except IndexError as e:
    print("IndexError:", e)


# The line table decodes, in CPython's format, to the lines co_lines gives.
def decode(code):
    table, i, line, offset, out = code.co_linetable, 0, code.co_firstlineno, 0, []

    def varint():
        nonlocal i
        shift = value = 0
        while True:
            b = table[i]
            i += 1
            value |= (b & 63) << shift
            shift += 6
            if not b & 64:
                return value

    while i < len(table):
        head = table[i]
        i += 1
        form, length = (head >> 3) & 15, (head & 7) + 1
        if form == 15:
            here = None
        elif form == 14 or form == 13:
            delta = varint()
            line += -(delta >> 1) if delta & 1 else delta >> 1
            if form == 14:
                varint(), varint(), varint()
            here = line
        elif form >= 10:
            line += form - 10
            i += 2
            here = line
        else:
            i += 1
            here = line
        out.append((offset, offset + 2 * length, here))
        offset += 2 * length
    return out


def runs(pairs):
    merged = []
    for start, end, line in pairs:
        if merged and merged[-1][2] == line and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end, line)
        else:
            merged.append((start, end, line))
    return merged


def sample(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    return total


for fn in (f, boom, outer, sample):
    print(fn.__name__, runs(decode(fn.__code__)) == runs(list(fn.__code__.co_lines())))


# co_lnotab walks the same lines: offsets rise, and the line changes add up.
def lnotab_lines(code):
    tab, line, lines = code.co_lnotab, code.co_firstlineno, []
    for i in range(0, len(tab), 2):
        delta = tab[i + 1] - 256 if tab[i + 1] > 127 else tab[i + 1]
        line += delta
        lines.append(line)
    return lines


for fn in (f, boom, sample):
    seen = [line for _, _, line in fn.__code__.co_lines() if line is not None]
    print(fn.__name__, lnotab_lines(fn.__code__)[-1] == seen[-1], set(lnotab_lines(fn.__code__)) <= set(seen))


# A function's code can be replaced, and the function then runs it.
def a():
    return "a"


def b():
    return "b"


a.__code__ = b.__code__
print(a(), a.__name__)


def kaboom():
    raise KeyError("k")


kaboom.__code__ = kaboom.__code__.replace(co_filename="other.py", co_firstlineno=1000)
try:
    kaboom()
except KeyError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
for bad in (5, outer.__code__):
    try:
        a.__code__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


# co_varnames lists the locals that are not only cells; the slot numbers follow CPython's.
def cells(a):
    x = 1
    y = 2

    def inner():
        return x + a

    return inner, y


cc = cells.__code__
print(cc.co_varnames, cc.co_nlocals, cc.co_cellvars, [cc._varname_from_oparg(i) for i in range(4)])


# Code objects compare and hash by what they say, so they work as dict keys.
print(a.__code__ == a.__code__, {a.__code__: 1}.get(a.__code__))
c1, c2, c3 = (compile(src, "s", "exec") for src in ("x = 1", "x = 1", "x = 2"))
print(c1 == c2, hash(c1) == hash(c2), c1.replace() == c1, c1 == c3, c1 != c3, c1.replace(co_name="z") == c1)
