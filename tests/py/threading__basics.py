# threading: threads started and joined at once, as the docs show them, then the Thread API's
# edge cases and errors. (No thread waits on another, so single-threaded Reap and CPython agree;
# identifiers are never printed, only their types.)
import threading

# --- Typical use: a target with arguments, started and joined.
results = []


def work(n, scale=1):
    me = threading.current_thread()
    results.append((n * scale, me.name, me is threading.main_thread()))


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(results)
print([t.name for t in threads])
print([t.is_alive() for t in threads])

# A subclass overriding run().
class Worker(threading.Thread):
    def __init__(self, label):
        super().__init__(name="worker-" + label)
        self.label = label
        self.seen = None

    def run(self):
        self.seen = (threading.current_thread() is self, self.is_alive(), self.label)


w = Worker("a")
w.start()
w.join()
print(w.name, w.seen, w.is_alive())

# --- Names: "Thread-N (target)" with one counter for all threads; given names are str()'d.
def f():
    pass


print(threading.Thread(target=f).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread().name)
print(threading.Thread(target=len).name)
print(threading.Thread(name=42).name, repr(threading.Thread(name="").name[:7]))
t = threading.Thread(target=f, name="custom")
t.name = 3.5
print(repr(t.name))

# --- State: initial, running, stopped; ident/native_id None until started.
t = threading.Thread(target=f, name="S")
print(repr(t), t.ident, t.native_id, t.is_alive())
seen = {}


def look():
    me = threading.current_thread()
    seen["alive"] = me.is_alive()
    seen["ident ok"] = me.ident == threading.get_ident() and type(me.ident) is int
    seen["native ok"] = type(threading.get_native_id()) is int
    seen["count"] = threading.active_count()
    seen["names"] = [x.name for x in threading.enumerate()]
    seen["repr"] = repr(me).split(",")[1].split()[0]


t = threading.Thread(target=look, name="L")
t.start()
t.join()
print(seen)
print(t.is_alive(), type(t.ident) is int, repr(t).startswith("<Thread(L, stopped "))
t.join()     # joining again is fine
t.join(0.5)
print(threading.active_count(), [x.name for x in threading.enumerate()])

# --- Daemon flag: inherited from the creating thread, settable before start().
print(threading.Thread(target=f).daemon, threading.Thread(target=f, daemon=True).daemon)
inner = {}


def make_inner():
    inner["daemon"] = threading.Thread(target=f).daemon


d = threading.Thread(target=make_inner, daemon=True)
d.start()
d.join()
print(inner)
u = threading.Thread(target=f, name="U")
u.daemon = True
print(repr(u))

# --- The main thread.
main = threading.main_thread()
print(main.name, main.is_alive(), main.daemon, type(main).__name__, main is threading.current_thread())
print(repr(main).startswith("<_MainThread(MainThread, started "))

# --- Threads starting threads.
trail = []


def outer():
    trail.append(("outer", threading.current_thread().name, threading.active_count()))
    t = threading.Thread(target=lambda: trail.append(
        ("inner", threading.current_thread().name, threading.active_count())), name="in")
    t.start()
    t.join()
    trail.append(("outer again", threading.current_thread().name))


t = threading.Thread(target=outer, name="out")
t.start()
t.join()
print(trail)

# --- Errors.
def check(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "no error")


t = threading.Thread(target=f)
check("join before start:", t.join)
t.start()
check("start twice:", t.start)

def set_daemon():
    t.daemon = True


check("daemon after start:", set_daemon)
check("join current:", threading.current_thread().join)


class NoInit(threading.Thread):
    def __init__(self):
        pass


check("no __init__ start:", NoInit().start)
check("no __init__ join:", NoInit().join)

def set_nd():
    NoInit().daemon = True


check("no __init__ daemon:", set_nd)

# --- Module functions and constants.
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(type(threading.get_ident()) is int, threading.get_ident() == main.ident)
print(threading.stack_size(), threading.stack_size(0))
check("stack_size(10):", lambda: threading.stack_size(10))
check("stack_size(-1):", lambda: threading.stack_size(-1))
print(threading.gettrace(), threading.getprofile())


def tracer(*args):
    return None


threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(sorted(set(threading.__all__)) == sorted(threading.__all__), "Thread" in threading.__all__)

# --- Barrier(1) and Event shared with a thread.
b = threading.Barrier(1, action=lambda: print("barrier action"))
print(b.wait(), b.parties, b.n_waiting, b.broken)
ev = threading.Event()
t = threading.Thread(target=ev.set)
t.start()
t.join()
print(ev.is_set(), ev.wait(), ev.wait(0))
print("done")
