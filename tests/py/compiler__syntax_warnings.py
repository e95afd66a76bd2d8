# The compiler's SyntaxWarnings, issued through `warnings` once the module is compiled: `is`
# with a literal (after folding), an always-true assert, calling or subscripting a display or
# a constant (a missing comma). An error filter turns one into the SyntaxError it hints at.
import warnings

x = 1
print(x is (1, 2), x is -1, x is (), x is (x, 1), x is "a" "b", x is 2**3, x is b"", x is 1j)
print(x is not None, x is True, x is ..., x is not 2)
assert (1, 2)
try:
    assert ()
except AssertionError:
    print("empty tuple is false")
(1, 2)(3) if 0 else 0
"abc"(1) if 0 else 0
[1](2) if 0 else 0
f"a"() if 0 else 0
(v for v in [])() if 0 else 0
(lambda: 1)()
print([1, 2][0], (1, 2)[1], "ab"[0:1], [1, 2][True])
for code in ("[1, 2][3, 4]", "5[0]", "{1}[0]", "'abc'['x']", "(1).real", "None[0]"):
    try:
        print(eval(code))
    except TypeError as e:
        print(code, "->", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x is 'a'\nx is not 1.5", "<made>", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("if x:\n    y = x is 'a'", "<made>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset)
