# Creating classes dynamically and adding methods after creation.
def hello(self):
    return "hello from " + type(self).__name__

Dyn = type("Dyn", (object,), {"greet": hello, "n": 3})
d = Dyn()
print(d.greet(), d.n, Dyn.__name__)

class Later:
    pass

Later.method = lambda self, x: x * 2
print(Later().method(21))
obj = Later()
obj.attr = "instance attr"
print(obj.attr)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

class Tagged(metaclass=Meta):
    pass

print(Tagged.tag, type(Tagged).__name__)
