# The syntax errors CPython reports for patterns, from the parser and from the compiler.
sources = [
    "match x:\n case C(a=1, 2): pass",
    "match x:\n case 1j+2: pass",
    "match x:\n case 1+2: pass",
    "match x:\n case f'a': pass",
    "match x:\n case y as _: pass",
    "match x:\n case {**_}: pass",
    "match x:\n case {**r, 'a': 1}: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case a | b: pass",
    "match x:\n case y:\n  pass\n case 1: pass",
    "match x:\n case _:\n  pass\n case 1: pass",
    "match x:\n case y if y:\n  pass\n case 1: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case [a] | (b,): pass",
    "match x:\n case (a, b) | (b, c): pass",
    "match x:\n case __debug__: pass",
    "match *x:\n case 1: pass",
    "match x:\ncase 1: pass",
    "match x:\n case (1 as y) | y: pass",
    "match x:\n case a.b as c | d: pass",
]
for src in sources:
    try:
        exec(src, {"x": 0})
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_offset)
    except Exception as e:
        print("compiled, then", type(e).__name__)
