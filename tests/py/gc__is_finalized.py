# gc.is_finalized() becomes True once __del__ has run on a resurrected object.
import gc

saved = []


class Res:
    def __del__(self):
        print("__del__ ran")
        saved.append(self)


class NoDel:
    pass


r = Res()
print("before:", gc.is_finalized(r))
del r
print("after resurrection:", gc.is_finalized(saved[0]))
print("plain object:", gc.is_finalized(NoDel()))
print("int:", gc.is_finalized(3))
