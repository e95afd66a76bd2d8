# More subclasses of builtins: str, int, tuple, list with super() calls.
class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, n.shout(), len(n), n + "!", isinstance(n, str), n == "ada")

class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)

e = Even(7)
print(e, e + 1, e * 2, type(e).__name__, isinstance(e, int))

class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))

p = Pair((1, 2))
print(p, p.swap(), len(p), p[0])

class Log(list):
    def append(self, x):
        print("append", x)
        super().append(x)

l = Log()
l.append(3)
l.append(4)
print(l, sum(l), l[::-1])
