# threading's synchronization objects: Lock, RLock, Condition, Semaphore, BoundedSemaphore,
# Event, Barrier, as the docs use them, then their edge cases and CPython's error messages.
# Threads are started and joined at once; no call waits for another thread.
import threading

# --- A counter shared by threads under a lock.
counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(250,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, lock.locked())

# --- Lock.
l = threading.Lock()
print(l, type(l), threading.Lock.__name__)
print(l.acquire(), l.locked(), l)
print(l.acquire(False), l.acquire(blocking=False), l.acquire(timeout=0), l.acquire(True, 0.01))
l.release()
print(l.locked(), l.acquire(timeout=1), l.locked())
l.release()
with l as got:
    print("inside with", got, l.locked())
print("after with", l.locked())
print(l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked())


def check(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", result)


check("release unlocked:", l.release)
check("exit unlocked:", lambda: l.__exit__(None, None, None))
check("Lock(1):", lambda: threading.Lock(1))
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((True, 1e20), {}),
                     ((True, float("nan")), {}), ((None,), {}), ((2.5,), {}),
                     ((True, None), {}), ((1, 2, 3), {}), ((), {"bogus": 1}),
                     ((), {"blocking": 0, "timeout": -1}), ((), {"timeout": -1})]:
    for factory in (threading.Lock, threading.RLock):
        check("%s.acquire%r %r:" % (factory.__name__, args, kwargs),
              lambda: factory().acquire(*args, **kwargs))

# A lock held by one thread can be released by another.
held = threading.Lock()
held.acquire()
t = threading.Thread(target=held.release)
t.start()
t.join()
print("released by other thread:", held.locked())

# --- RLock.
r = threading.RLock()
print(r, type(r), threading.RLock.__name__)
with r:
    with r:
        print(r._is_owned(), r._recursion_count(), str(r).split(" owner=")[0],
              str(r).split(" count=")[1].split()[0])
print(r._is_owned(), r._recursion_count(), r)
check("RLock release unowned:", r.release)
check("RLock(1):", lambda: type(threading.RLock(1)).__name__)
print(r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.5), r._recursion_count())
state = r._release_save()
print(state[0], r._recursion_count(), r)
check("release_save again:", r._release_save)
r._acquire_restore(state)
print(r._recursion_count())
for _ in range(3):
    r.release()

# Ownership is per thread: another thread can neither take nor release it.
r.acquire()
report = []


def other():
    report.append(("acquire", r.acquire(False), r.acquire(timeout=0.01)))
    report.append(("owned", r._is_owned(), r._recursion_count()))
    try:
        r.release()
    except RuntimeError as e:
        report.append(("release", str(e)))
    report.append(("plain lock", l.acquire(False)))
    l.release()


t = threading.Thread(target=other)
t.start()
t.join()
print(report)
r.release()

# A thread that takes an RLock and ends still owns it.
def take():
    r.acquire()


t = threading.Thread(target=take)
t.start()
t.join()
print("left owned:", r.acquire(False), str(r).startswith("<locked"))

# --- Condition.
c = threading.Condition()
print(str(c).split(" owner")[0], str(c).endswith(", 0)>"))
check("wait unowned:", c.wait)
check("notify unowned:", c.notify)
check("notify_all unowned:", c.notify_all)
with c:
    print(c.wait(0), c.wait(0.01), c.wait_for(lambda: 42), c.wait_for(lambda: 0, 0),
          c.wait_for(lambda: [], 0.01))
    c.notify()
    c.notify(5)
    c.notify_all()
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2._is_owned(), c2.wait(0))
print(c2._is_owned(), str(c2).startswith("<Condition(<unlocked _thread.lock object"))
items = []


def produce():
    with c:
        items.append("item")
        c.notify()


t = threading.Thread(target=produce)
t.start()
t.join()
with c:
    print("wait_for after producer:", c.wait_for(lambda: items))

# --- Semaphore and BoundedSemaphore.
s = threading.Semaphore(2)
print(s)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s)
s.release(2)
with s:
    print("inside", s)
print(s)
check("Semaphore(-1):", lambda: threading.Semaphore(-1))
check("acquire(False, 1):", lambda: s.acquire(False, 1))
check("release(0):", lambda: s.release(0))
bs = threading.BoundedSemaphore(2)
print(bs)
check("bounded release:", bs.release)
print(bs.acquire(), bs)
bs.release()
check("bounded release(2):", lambda: bs.release(2))
print(bs)
pool = threading.BoundedSemaphore(3)
used = []


def use(i):
    with pool:
        used.append((i, pool._value))


for i in range(4):
    t = threading.Thread(target=use, args=(i,))
    t.start()
    t.join()
print(used, pool)

# --- Event.
e = threading.Event()
print(e, e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e, e.wait(), e.wait(5))
e.clear()
print(e.is_set())

# --- Barrier.
b = threading.Barrier(1, action=lambda: print("action in", threading.current_thread().name))
print(b)
print(b.wait(), b.wait(1))
b.abort()
print(b, b.broken)
check("broken wait:", b.wait)
b.reset()
print(b, b.wait())
b2 = threading.Barrier(2, timeout=0.01)
check("timed out:", b2.wait)
print(b2.broken, b2)
b3 = threading.Barrier(1, action=lambda: 1 / 0)
check("action raises:", b3.wait)
print(b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
