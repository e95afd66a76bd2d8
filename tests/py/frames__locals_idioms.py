# Idioms that read a function's variables by name: %-formatting and str.format over locals(),
# string.Template, inspect.stack() frames, a decorator peeking at its caller, exec defining
# names, traceback.walk_stack (which in 3.11 starts four frames out from its own).
import inspect, sys, string, traceback
def report():
    name = "widget"; qty = 3; price = 2.5
    print("%(name)s x%(qty)d @ %(price).2f" % locals())
    print("{name} x{qty} @ {price:.2f}".format(**locals()))
    print(string.Template("$name: $qty").substitute(locals()))
    print("{name}".format_map(vars()))
report()
def where():
    for fi in inspect.stack()[1:3]:
        print(fi.function, sorted(k for k in fi.frame.f_locals if not k.startswith('__'))[:5])
def a():
    x = 1
    b()
def b():
    y = 2
    where()
a()
def trace(fn):
    def wrapper(*args, **kw):
        caller = sys._getframe(1)
        print("called from", caller.f_code.co_name, "with", sorted(caller.f_locals)[:4])
        return fn(*args, **kw)
    return wrapper
@trace
def work(n): return n * 2
def main():
    items = [1, 2]
    total = sum(work(i) for i in items)
    print(total)
main()
def maker():
    src = "def helper(v):\n    return v + base\n"
    base = 100
    ns = {}
    exec(src, {"base": base}, ns)
    return ns["helper"](1)
print(maker())
def exec_defs():
    exec("def inner():\n    return 'inner ran'")
    return locals()["inner"]()
print(exec_defs())
def compr():
    k = 3
    return [eval("k") for _ in range(2)]
try:
    print(compr())
except NameError as e:
    print("NameError", e)
class K:
    def m(self):
        z = 5
        return sorted(locals())
print(K().m())
def g():
    yield 1
it = g()
list(it)
print(it.gi_frame)
def stackwalk():
    for f, lineno in traceback.walk_stack(None):
        print(f.f_code.co_name, 'n' in f.f_locals)
        if f.f_code.co_name == '<module>': break
def rec(n):
    if n == 0:
        stackwalk()
        return
    rec(n - 1)
rec(2)
def mutate():
    v = 1
    locals()["v"] = 99
    print(v)
    sys._getframe().f_locals["w"] = 5
    print("w" in locals(), sorted(locals()))
mutate()
def deleted_later():
    a = 1; b = 2
    d = locals()
    del a
    print(sorted(sys._getframe().f_locals), sorted(d), d is sys._getframe().f_locals)
deleted_later()
print(sorted(k for k in locals() if not k.startswith('__'))[:5] == sorted(k for k in globals() if not k.startswith('__'))[:5])
