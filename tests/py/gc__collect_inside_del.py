# Calling gc.collect() from __del__ of a refcount-freed object collects other pending cycles.
import gc


class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name)


class Trigger:
    def __del__(self):
        print("Trigger.__del__ collecting")
        n = gc.collect()
        print("collected inside __del__:", n > 0)


gc.disable()
c = Cyc("cycle")
del c
t = Trigger()
del t
print("end")
gc.enable()
