# concurrent.futures as its documentation uses it: a pool's map and submit, futures' states,
# exceptions kept for result(), wait() and as_completed(), and the executors' errors. (Reap
# runs each call when it is submitted; the results are CPython's.)
import concurrent.futures
import math
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, Future

PRIMES = [112272535095293, 112582705942171, 112272535095293, 115280095190773, 1099726899285419]


def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, min(sqrt_n + 1, 20000), 2):
        if n % i == 0:
            return False
    return True


with ProcessPoolExecutor() as executor:
    for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
        print('%d is prime: %s' % (number, prime))

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(pow, 2, n): n for n in range(5)}
    done, not_done = concurrent.futures.wait(futures)
    print(sorted(f.result() for f in done), len(not_done))
    print(sorted(f.result() for f in concurrent.futures.as_completed(futures)))
    print(list(pool.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    bad = pool.submit(int, "nope")
    exc = bad.exception()  # waits for the call
    print(bad.done(), bad.cancelled(), bad.running(), type(exc).__name__)
    try:
        bad.result()
    except ValueError as e:
        print("result() raised:", e)
    print(repr(bad).split(" at ")[0], repr(bad).split("state=")[1])
    calls = []
    bad.add_done_callback(lambda f: calls.append(f is bad))
    print(calls)
    results = pool.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(results), next(results))
    try:
        next(results)
    except ZeroDivisionError as e:
        print("map raised:", e)

try:
    pool.submit(len, "late")
except RuntimeError as e:
    print(e)
for bad_workers in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad_workers)
    except ValueError as e:
        print(e)

f = Future()
print(f.done(), repr(f).split("state=")[1])
f.add_done_callback(lambda fut: print("callback saw", fut.result()))
f.set_result(42)
print(f.result(), repr(f).split("state=")[1])
try:
    f.set_result(1)
except concurrent.futures.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
g = Future()
print(g.cancel(), g.cancelled(), g.done(), repr(g).split("state=")[1])
try:
    g.result()
except concurrent.futures.CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)
print(concurrent.futures.TimeoutError is TimeoutError, issubclass(concurrent.futures.BrokenExecutor, RuntimeError))
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.ALL_COMPLETED, concurrent.futures.__all__[:3])
print(Future[int])

# An initializer that fails breaks the pool: the waiting call fails, later ones are refused.
import logging
logging.disable(logging.CRITICAL)


def boom():
    raise OSError("no")


ex = concurrent.futures.ThreadPoolExecutor(1, initializer=boom)
f = ex.submit(len, "ab")
try:
    print(f.result())
except concurrent.futures.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(len, "x")
except concurrent.futures.BrokenExecutor as e:
    print(type(e).__name__, e)
