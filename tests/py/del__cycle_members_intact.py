# During gc finalization of a cycle, __del__ sees all cycle members still intact.
import gc


class Node:
    def __init__(self, name, data):
        self.name = name
        self.data = data
        self.next = None

    def __del__(self):
        print(self.name, "sees next:", self.next.name, self.next.data)


gc.collect()
a = Node("a", [1, 2])
b = Node("b", {"k": "v"})
c = Node("c", (3,))
a.next = b
b.next = c
c.next = a
del a, b, c
n = gc.collect()
print("collected something:", n > 0)
