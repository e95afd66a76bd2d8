# eval and exec: in the caller's globals by default, or in given namespaces.
x = 5
print(eval("x + 2"), eval("y * 2", {"y": 21}))
exec("z = x * 3")
print(z)
ns = {}
exec("def f(a):\n    return a * 2\nr = f(4)", ns)
print(ns["r"], sorted(k for k in ns if not k.startswith("__")))
def inner():
    return eval("x + 100")
print(inner())
for src in ["1 +", "x = = 1"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print(globals()["x"], "x" in globals())
