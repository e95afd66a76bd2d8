# Multiple context managers exit in reverse order.
class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append("exit " + self.name)

log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log) as c:
    log.append("body " + a + b + c)
print(log)
log = []
try:
    with CM("x", log), CM("y", log):
        raise ValueError
except ValueError:
    log.append("handled")
print(log)
log = []
with (CM("p", log) as p,
      CM("q", log) as q):
    log.append(p + q)
print(log)
