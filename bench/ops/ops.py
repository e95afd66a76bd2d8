"""One operation each, in a loop, timed inside the process: the table of ratios to CPython that
shows which operations cost Reap most (run by bench/ops.sh; `python3 ops.py NAME...` runs some).
Each function is a loop over one kind of operation real programs lean on; the figure printed is
seconds, measured with time.perf_counter around the call."""
import sys
import time

G = 1


def t_genexpr_set():
    cols = range(8); vec=(3,1,4,1,5,9,2,6)
    for _ in range(60000):
        len(set(vec[i] + i for i in cols))


def t_tuple_genexpr():
    pool=(1,2,3,4,5,6,7,8); idx=[0,1,2,3,4,5,6,7]
    for _ in range(60000):
        tuple(pool[i] for i in idx)


def t_listcomp():
    for _ in range(60000):
        [i*2 for i in range(10)]


def t_calls():
    def f(a, b): return a
    for i in range(1000000):
        f(i, 2)


def t_method():
    class C:
        def m(self, x): return x
    c = C()
    for i in range(1000000):
        c.m(i)


def t_attr():
    class C:
        def __init__(self): self.x = 1; self.y = 2
    c = C()
    s = 0
    for i in range(1000000):
        s += c.x + c.y


def t_namedtuple_attr():
    from collections import namedtuple
    P = namedtuple("P", "x y")
    p = P(1, 2)
    s = 0
    for i in range(1000000):
        s += p.x + p.y


def t_setattr():
    class C:
        def __init__(self): self.x = 1
    c = C()
    for i in range(1000000):
        c.x = i


def t_new_instance():
    class C:
        def __init__(self, a): self.a = a
    for i in range(300000):
        C(i)


def t_float():
    x = 0.0
    for i in range(1000000):
        x = x * 0.5 + 1.25


def t_int_arith():
    s = 0
    for i in range(1000000):
        s = (s + i * 3) % 1000003


def t_list_index():
    L = list(range(100))
    s = 0
    for i in range(1000000):
        s += L[i % 100]


def t_dict_str():
    d = {}
    keys = [str(i) for i in range(100)]
    for i in range(10000):
        for k in keys:
            d[k] = d.get(k, 0) + 1


def t_generator():
    def g(n):
        for i in range(n): yield i
    for _ in range(30):
        for x in g(30000): pass


def t_closure():
    def outer():
        a = 1
        def inner(x): return x + a
        return inner
    f = outer()
    for i in range(1000000): f(i)


def t_kwcall():
    def f(a, b=2, c=3): return a
    for i in range(500000): f(i, c=4)


def t_builtin_calls():
    L = [1,2,3]
    for i in range(1000000): len(L); isinstance(i, int)


def t_str_ops():
    for i in range(200000):
        s = "abc" + str(i); s.upper(); s.startswith("ab"); s.split("b")


def t_list_append_pop():
    L = []
    for i in range(1000000):
        L.append(i)
    while L: L.pop()


def t_tuple_unpack():
    for i in range(1000000):
        a, b = i, i+1
        b, a = a, b


def t_super_call():
    class A:
        def m(self): return 1
    class B(A):
        def m(self): return super().m()
    b = B()
    for i in range(300000): b.m()


def t_while():
    i = 0
    while i < 2000000: i += 1


def t_sort_key():
    L = [(i*7919) % 10007 for i in range(200000)]
    sorted(L, key=lambda x: -x)


def t_slices():
    L = list(range(20))
    for i in range(300000):
        L[2:5]; L[i % 10:]


def t_isinstance_class():
    class A: pass
    class B(A): pass
    b = B()
    for i in range(1000000): isinstance(b, A)


def t_property():
    class C:
        @property
        def p(self): return 1
    c = C()
    for i in range(500000): c.p


def t_global_load():
    global G
    for i in range(1000000): G; G; len


def t_try():
    for i in range(500000):
        try:
            pass
        except ValueError:
            pass


def t_raise():
    for i in range(200000):
        try:
            raise ValueError
        except ValueError:
            pass


def t_dunder_add():
    class V:
        def __init__(self, x): self.x = x
        def __add__(self, o): return V(self.x + o.x)
    v = V(1)
    for i in range(200000): v + v


def t_fstring():
    for i in range(300000): f"{i} and {i:>5}"


def t_dict_iter():
    d = {i: i for i in range(1000)}
    for _ in range(300):
        for k, v in d.items(): pass


def t_cmp_chain():
    for i in range(1000000): 0 < i < 10**9


def t_slice_assign():
    perm = list(range(9))
    for i in range(300000):
        k = i % 8
        perm[:k + 1] = perm[k::-1]


def t_bound_builtin():
    p = list(range(9)); ins = p.insert; pop = p.pop
    for i in range(300000):
        ins(3, pop(0))


def t_aug_subscript():
    c = [0] * 10
    for i in range(1000000):
        c[i % 10] -= 1


def t_copy_slice():
    p = list(range(9))
    for i in range(500000):
        q = p[:]


def t_set_ops():
    s = set(range(50)); t = set(range(25, 75))
    for i in range(100000):
        s & t; s | t; 7 in s; s - t


def t_str_methods():
    for i in range(200000):
        "abc def".split(); "x".join(["a", "b"]); "abc".upper()


def t_str_build():
    for i in range(300000):
        s = "abc" + str(i)


def t_dict_get():
    d = {str(i): i for i in range(100)}
    for i in range(1000000):
        d.get("5", 0)


def t_dict_setitem_str():
    d = {}
    for i in range(1000000):
        d["k"] = i


def t_list_append():
    L = []
    for i in range(1000000): L.append(i)


def t_list_pop():
    L = list(range(1000000))
    for i in range(1000000): L.pop()


def t_len_isinstance():
    L = [1]
    for i in range(1000000): len(L)


def t_isinstance():
    for i in range(1000000): isinstance(i, int)


def t_genexpr_sum():
    L = list(range(10))
    for i in range(100000): sum(x for x in L)


def t_gen_resume():
    def g():
        while True: yield 1
    it = g()
    for i in range(1000000): next(it)


def t_str_fmt():
    for i in range(300000): "%d-%s" % (i, "a")


def main():
    names = [n for n in globals() if n.startswith("t_")]
    if len(sys.argv) > 1:
        names = [n for n in names if n[2:] in sys.argv[1:]]
    for n in names:
        f = globals()[n]
        t0 = time.perf_counter()
        f()
        print(n[2:], round(time.perf_counter() - t0, 4))


main()
