# One attribute site meeting instances of many classes (each with its own layout), while
# classes change under it: every read must see what the class and instance say now.
class Task:
    kind = "task"

    def __init__(self, n):
        self.n = n

    def run(self):
        return self.n * 2

    def describe(self):
        return f"{self.kind}:{self.n}:{self.run()}"


class Device(Task):
    kind = "device"

    def __init__(self, n):
        self.pending = None
        self.n = n


class Handler(Task):
    def __init__(self, n):
        self.a = self.b = 0
        self.n = n

    def run(self):
        return -self.n


class Idle(Task):
    __slots__ = ("n",)
    kind = "idle"


class Work(Handler):
    def run(self):
        return self.n + 100


tasks = [cls(i) for i in range(3) for cls in (Task, Device, Handler, Idle, Work)]
for round in range(4):
    print(round, [t.describe() for t in tasks])
    print(round, sum(t.n for t in tasks), [t.kind for t in tasks[:5]])
    if round == 0:
        Handler.kind = "handler"
    if round == 1:
        Work.run = lambda self: self.n * 1000
        tasks[4].kind = "my own"
    if round == 2:
        del Device.kind
        Task.run = lambda self: 7
