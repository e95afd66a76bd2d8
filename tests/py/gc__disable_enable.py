# With gc disabled cycles pile up even under allocation pressure; gc.collect() still works.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name)


print("enabled at start:", gc.isenabled())
gc.disable()
print("enabled after disable:", gc.isenabled())
n = Node("cycle")
del n
junk = [[i] for i in range(5000)]
del junk
print("allocated lots, cycle not collected yet")
gc.collect()
print("after explicit collect")
gc.enable()
print("enabled after enable:", gc.isenabled())
