# An object resurrected from __del__ is not finalized again when it dies later (PEP 442).
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)


p = Phoenix("p")
del p
print("saved:", [x.name for x in saved])
obj = saved.pop()
print("resurrected object still usable:", obj.name)
del obj
print("after second death, saved:", len(saved))
print("end")
