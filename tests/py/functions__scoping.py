# LEGB scoping rules.
x = "global"

def f():
    print("f sees", x)

def g():
    x = "local g"
    def h():
        print("h sees", x)
    h()
    print("g sees", x)

f()
g()
print("module sees", x)
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def uses_builtin_later():
    return max([1, 5, 2])

print(uses_builtin_later())
for k in range(2):
    pass
print("k leaked:", k)
