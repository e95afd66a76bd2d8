# queue: FIFO, LIFO and priority queues and SimpleQueue as the docs use them, a worker thread
# draining a queue, task_done()/join(), then the non-blocking and timed calls and the errors.
import queue
import threading

# --- The docs' worker pattern: items put first, a worker thread takes them all.
q = queue.Queue()
for item in range(5):
    q.put(item)
done = []


def worker():
    while True:
        try:
            item = q.get_nowait()
        except queue.Empty:
            break
        done.append(item * item)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
t.join()
q.join()
print("all work completed", done, q.unfinished_tasks, q.empty())

# A producer thread and a consumer thread, one after the other.
pipe = queue.Queue(maxsize=10)
producer = threading.Thread(target=lambda: [pipe.put(("job", n)) for n in range(3)])
producer.start()
producer.join()
got = []


def consume():
    while not pipe.empty():
        got.append(pipe.get())
        pipe.task_done()


c = threading.Thread(target=consume)
c.start()
c.join()
pipe.join()
print(got, pipe.qsize())

# --- The three orders.
fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for x in [3, 1, 4, 1, 5]:
    fifo.put(x)
    lifo.put(x)
    prio.put((x, "p%d" % x))
print([fifo.get() for _ in range(5)])
print([lifo.get() for _ in range(5)])
print([prio.get() for _ in range(5)])
print(fifo.queue, type(fifo.queue).__name__, lifo.queue, prio.queue)

# --- Bounded queues.
b = queue.Queue(2)
print(b.maxsize, b.empty(), b.full(), b.qsize())
b.put("a")
b.put("b", block=False)
print(b.full(), b.qsize())
for label, call in [("put_nowait", lambda: b.put_nowait("c")),
                    ("put block=False", lambda: b.put("c", False)),
                    ("put timeout", lambda: b.put("c", timeout=0.01)),
                    ("put timeout=0", lambda: b.put("c", True, 0))]:
    try:
        call()
    except queue.Full as e:
        print(label, "-> Full", repr(e))
print(b.get(), b.get_nowait(), b.full(), b.empty())
for label, call in [("get_nowait", b.get_nowait),
                    ("get block=False", lambda: b.get(False)),
                    ("get timeout", lambda: b.get(timeout=0.01)),
                    ("get timeout=0", lambda: b.get(True, 0)),
                    ("get block=False timeout=-1", lambda: b.get(False, -1))]:
    try:
        call()
    except queue.Empty as e:
        print(label, "-> Empty", repr(e))
print(queue.Queue(0).full(), queue.Queue(-1).full())

# --- task_done() and join().
tq = queue.Queue()
tq.join()
tq.put(1)
tq.put(2)
print(tq.unfinished_tasks)
tq.get()
tq.task_done()
tq.get()
tq.task_done()
tq.join()
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)

# --- Errors.
for label, call in [("get timeout=-1", lambda: queue.Queue().get(timeout=-1)),
                    ("put timeout=-1 bounded", lambda: queue.Queue(1).put(1, timeout=-1)),
                    ("SimpleQueue get timeout=-1", lambda: queue.SimpleQueue().get(timeout=-1)),
                    ("SimpleQueue(1)", lambda: queue.SimpleQueue(1)),
                    ("SimpleQueue(x=1)", lambda: queue.SimpleQueue(x=1))]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
u = queue.Queue()
u.put(1, timeout=-1)   # unbounded: the timeout is not looked at
print(u.get())

# --- SimpleQueue.
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False, timeout=5)
s.put_nowait(3)
print(s.qsize(), s.empty(), s.get(), s.get(False), s.get_nowait(), s.empty())
for call in (s.get_nowait, lambda: s.get(timeout=0.01), lambda: s.get(block=False, timeout=-1)):
    try:
        call()
    except queue.Empty:
        print("SimpleQueue Empty")
print(repr(s).split(" at ")[0], type(s))

# --- Names, generic aliases, subclassing.
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception), queue.__all__)
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple])
print(type(q.mutex).__name__, type(q.not_empty).__name__,
      q.not_empty._lock is q.mutex is q.not_full._lock is q.all_tasks_done._lock)


class Deduplicating(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


dq = Deduplicating()
for x in "abracadabra":
    dq.put(x)
print(dq.qsize(), dq.unfinished_tasks, [dq.get() for _ in range(dq.qsize())])
