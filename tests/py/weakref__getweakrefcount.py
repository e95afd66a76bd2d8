# getweakrefcount()/getweakrefs() count refs and proxies to a live object and drop to 0/[] after death.
import weakref


class Target:
    pass


t = Target()
print("none yet:", weakref.getweakrefcount(t), weakref.getweakrefs(t))
r1 = weakref.ref(t)
r2 = weakref.ref(t, lambda r: None)
p = weakref.proxy(t)
print("count:", weakref.getweakrefcount(t))
refs = weakref.getweakrefs(t)
print("listed:", len(refs), "contains r1:", any(x is r1 for x in refs), "contains r2:", any(x is r2 for x in refs))
del refs
del r2
print("after dropping r2:", weakref.getweakrefcount(t))
del t
print("int:", weakref.getweakrefcount(5), weakref.getweakrefs(5))
print("r1 dead:", r1())
