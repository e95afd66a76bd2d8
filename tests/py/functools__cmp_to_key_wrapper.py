# functools.cmp_to_key returns a KeyWrapper as CPython's (a callable object, not a class), with its
# argument messages and ordering rules.
import functools
k = functools.cmp_to_key(lambda a,b: a-b)
print(type(k), k.__class__.__module__, type(k(1)), hasattr(functools, 'KeyWrapper'))
print(sorted([3,1,2], key=k), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
print(min([5, 3, 9], key=k), max([5, 3, 9], key=k))
for call in [lambda: k(), lambda: k(1, 2), lambda: k(1) < 3, lambda: k(x=1), lambda: functools.cmp_to_key()]:
    try: call()
    except TypeError as e: print(e)
print(k(1).obj, k(obj=4).obj, k(1) < k(2), k(1) == k(1), k(2) >= k(1), k(2) <= k(1), k(3) > k(1))
w = k(1); w.obj = 5; print(w.obj)
print(functools.cmp_to_key(mycmp=len) is not None)
import locale
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(locale.strcoll)))
