# Subclassing list and dict.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), type(s).__name__)

class DefaultDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

d = DefaultDict(a=1)
print(d["a"], d["b"], d)

class CountingDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)

c = CountingDict()
c["x"] = 5
print(c)
print(isinstance(c, dict), issubclass(CountingDict, dict))
