# len() of every builtin container, subclasses, classes with __len__, errors, and len shadowed
# and restored.
class L(list): pass
class N:
    def __len__(self): return 7
import builtins
print(len([1,2]), len((1,)), len("héllo"), len({1:2}), len({1,2,3}), len(b"ab"), len(bytearray(3)), len(L([1,2,3])), len(N()), len(range(5)), len(frozenset([1])))
try: len(5)
except TypeError as e: print(e)
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1, 2, 3]), builtins.len("ab"))
print([len(w) for w in "a bb ccc".split()])
