# An exception escaping a thread's target: CPython prints "Exception in thread NAME:" and the
# traceback on stderr through threading.excepthook, and the program goes on (exit status 0).
# Then custom hooks, a hook that fails, SystemExit, ExceptHookArgs. Each thread is joined at
# once, so the stderr output comes in a fixed order.
import io
import sys
import threading


def fails(kind):
    if kind == "value":
        raise ValueError("bad value in thread")
    return {}["missing"]


t = threading.Thread(target=fails, args=("value",))
t.start()
t.join()
print("still running after", t.name, t.is_alive())

t = threading.Thread(target=fails, args=("key",), name="keyed")
t.start()
t.join()
print("still running after keyed")


class Broken(threading.Thread):
    def run(self):
        raise RuntimeError("from run() of " + self.name)


b = Broken(name="broken")
b.start()
b.join()
print("still running after broken")

# Chained exceptions are printed with their cause.
def chained():
    try:
        int("x")
    except ValueError as e:
        raise LookupError("lookup failed") from e


t = threading.Thread(target=chained, name="chained")
t.start()
t.join()

# SystemExit in a thread is silent and only ends that thread.
t = threading.Thread(target=sys.exit, args=(3,), name="exits")
t.start()
t.join()
print("SystemExit ignored:", t.is_alive())

# --- A custom hook receives ExceptHookArgs.
seen = []


def hook(args):
    seen.append((type(args).__name__, args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name, len(args)))


threading.excepthook = hook
t = threading.Thread(target=fails, args=("value",), name="hooked")
t.start()
t.join()
print(seen)


# A hook that raises: "Exception in threading.excepthook:" and sys.excepthook's report.
def bad_hook(args):
    raise TypeError("the hook failed")


threading.excepthook = bad_hook
t = threading.Thread(target=fails, args=("value",), name="bad hook")
t.start()
t.join()
print("after the failing hook")

# excepthook set to None after the thread was made: the hook in force at creation is used.
threading.excepthook = hook
t = threading.Thread(target=fails, args=("key",), name="none later")
threading.excepthook = None
t.start()
t.join()
print(seen[-1])

# With excepthook None when a thread is made, Thread() itself fails.
try:
    threading.Thread(target=fails)
except RuntimeError as e:
    print("RuntimeError:", e)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__, threading.excepthook.__name__)

# --- The default hook, called directly, writes to sys.stderr.
buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
try:
    raise KeyError("direct")
except KeyError:
    threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), t]))
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, t]))
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0], "|", lines[1], "|", lines[-1])

try:
    threading.excepthook((ValueError, ValueError(), None, None))
except TypeError as e:
    print("TypeError:", e)

# --- ExceptHookArgs.
a = threading.ExceptHookArgs([ValueError, 1, None, "thread"])
print(a)
print(type(a), a.exc_type, a.exc_value, a.exc_traceback, a.thread, tuple(a))
for bad in ([1, 2], [1, 2, 3, 4, 5]):
    try:
        threading.ExceptHookArgs(bad)
    except TypeError as e:
        print("TypeError:", e)
print("end of main")
