# gc.freeze() moves objects to a permanent generation that collection ignores until gc.unfreeze().
import gc


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("Node.__del__")


gc.collect()
gc.disable()
n = Node()
del n
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
gc.collect()
print("after collect while frozen")
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
gc.collect()
print("after collect unfrozen")
gc.enable()
