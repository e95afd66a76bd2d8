# threading.Timer: start() returns at once, the function runs once the interval is over (here:
# when the program joins the timer or waits for an event it sets), cancel() stops a waiting
# timer, and a non-daemon timer still pending at exit fires before atexit handlers run.
import atexit
import threading

atexit.register(print, "atexit handler")


def hello(who, punct="!"):
    print("hello", who + punct, threading.current_thread().name)


t = threading.Timer(0.2, hello, args=("world",), kwargs={"punct": "?"})
print(t.name, t.interval, t.args, t.kwargs, t.is_alive(), t.daemon)
t.start()
print("started", t.is_alive())
t.join()
print("joined", t.is_alive(), t.finished.is_set())

# cancel() before the interval is over: the function never runs.
t = threading.Timer(30, hello, ("never",))
t.start()
t.cancel()
t.join()
print("cancelled", t.is_alive(), t.finished.is_set())

# Cancelling before start(): started later, it ends without calling the function.
t = threading.Timer(0.1, hello, ("nobody",))
t.cancel()
t.start()
t.join()
print("cancelled before start", t.is_alive())

# An Event set by a timer.
done = threading.Event()
t = threading.Timer(0.1, done.set)
t.start()
print("waiting")
print("event", done.wait(), t.is_alive() and "alive" or "maybe")
t.join()

# Default args and kwargs; a Timer is a Thread.
t = threading.Timer(0, print)
print(t.args, t.kwargs, isinstance(t, threading.Thread), repr(t).startswith("<Timer(Thread-"))
t.start()
t.join()

try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)

# A daemon timer with a long interval does not keep the program alive; a non-daemon one does.
d = threading.Timer(60, hello, ("daemon",))
d.daemon = True
d.start()
threading.Timer(0.1, hello, ("at exit",)).start()
print("end of main")
