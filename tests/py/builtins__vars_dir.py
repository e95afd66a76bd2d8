# vars() and dir() of a simple user class.
class Config:
    version = 1

    def __init__(self):
        self.host = "localhost"
        self.port = 8080

    def url(self):
        return "%s:%d" % (self.host, self.port)

    @property
    def pretty(self):
        return self.url()

c = Config()
print(vars(c))
c.debug = True
print(vars(c))
print([n for n in dir(c) if not n.startswith("_")])
print([n for n in dir(Config) if not n.startswith("_")])
print(sorted(k for k in vars(Config) if not k.startswith("_")))
vars(c)["extra"] = 1
print(c.extra)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
