# Methods of builtin types that take one positional argument, and list.pop's index, checked
# with CPython's messages.
def t(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


t("range(10).index(value=1)")
t("range(10).count(1, zzz=2)")
t("range(10).count()")
t("range(10).index(3)")
t("slice(1, 2).indices(length=10)")
t("slice(1, 2).indices(10, zzz=1)")
t("slice(1, 2).indices()")
t("slice(1, 9, 2).indices(5)")
t("[3, 1, 2].pop('x')")
t("[3, 1, 2].pop(1.0)")
t("[3, 1, 2].pop(10**30)")
t("[3, 1, 2].pop(-1)")
t("[3, 1, 2].pop(-4)")
t("[3, 1, 2].pop(True)")
for value in [5, 5.0, "s"]:
    for args in [(), (1,), ("d", 2)]:
        t(f"{value!r}.__format__(*{args!r})")
t("(5).__format__('>4')")
