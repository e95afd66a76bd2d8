# threading.local: each thread sees its own attributes; a subclass's __init__ runs once per
# thread that uses the object; a thread's data goes when the thread ends. Then the errors.
import threading

# --- As the docs (Lib/_threading_local.py) show it.
mydata = threading.local()
mydata.number = 42
print(mydata.number, mydata.__dict__)
mydata.__dict__.setdefault("widgets", [])
print(mydata.widgets)
log = []


def f():
    items = sorted(mydata.__dict__.items())
    log.append(items)
    mydata.number = 11
    log.append(mydata.number)


thread = threading.Thread(target=f)
thread.start()
thread.join()
print(log, mydata.number)


class MyLocal(threading.local):
    number = 2
    initialized = False

    def __init__(self, /, **kw):
        if self.initialized:
            raise SystemError("__init__ called too many times")
        self.initialized = True
        self.__dict__.update(kw)
        print("__init__ in", threading.current_thread().name, sorted(kw))

    def squared(self):
        return self.number ** 2


mydata = MyLocal(color="red")
print(mydata.number, mydata.color, mydata.squared(), sorted(mydata.__dict__))
del mydata.color
log = []


def f2():
    log.append(mydata.color)
    mydata.number = 7
    log.append(mydata.squared())


thread = threading.Thread(target=f2, name="second")
thread.start()
thread.join()
print(log, mydata.number, hasattr(mydata, "color"))

# --- Several threads, each with its own value.
counter = threading.local()
seen = []


def count_to(n):
    counter.value = 0
    for _ in range(n):
        counter.value += 1
    seen.append((threading.current_thread().name, counter.value))


for i in range(1, 4):
    t = threading.Thread(target=count_to, args=(i,), name="c%d" % i)
    t.start()
    t.join()
print(seen, hasattr(counter, "value"))

# --- A thread's data is freed when the thread ends (before join() returns).
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("freed", self.tag)


data = threading.local()


def keep():
    data.obj = Noisy("thread's")
    print("thread done")


t = threading.Thread(target=keep)
t.start()
t.join()
print("joined")
data.obj = Noisy("main's")
del data
print("local deleted")

# --- Errors.
def check(label, fn):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


check("args without __init__:", lambda: threading.local(1))
check("kwargs without __init__:", lambda: threading.local(a=1))


class Plain(threading.local):
    pass


check("subclass args:", lambda: Plain(1))
loc = threading.local()
check("missing:", lambda: loc.nope)
check("del missing:", lambda: delattr(loc, "nope"))
check("set __dict__:", lambda: setattr(loc, "__dict__", {}))
check("del __dict__:", lambda: delattr(loc, "__dict__"))
check("subclass missing:", lambda: Plain().nope)
check("subclass set __dict__:", lambda: setattr(Plain(), "__dict__", {}))
print(type(loc), isinstance(MyLocal(), threading.local), repr(loc).split(" at ")[0])
