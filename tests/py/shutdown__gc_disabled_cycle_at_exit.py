# A garbage cycle left uncollected because gc is disabled is still finalized during shutdown.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name)


gc.disable()
n = Node("garbage cycle")
del n
kept = Node("global cycle")
print("end of script, gc enabled:", gc.isenabled())
