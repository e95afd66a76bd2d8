# Each thread has a context of its own, as in CPython: the decimal context a worker changes,
# or a context variable it sets, stays in that thread.
import contextvars
import threading
from decimal import Decimal, getcontext, localcontext

request = contextvars.ContextVar("request", default="none")
seen = []


def worker(n):
    getcontext().prec = 3
    request.set(f"worker {n}")
    seen.append((n, getcontext().prec, str(Decimal(1) / 7), request.get()))


request.set("main")
threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
print(getcontext().prec, Decimal(1) / 7, request.get())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt())
print(Decimal(2).sqrt())
