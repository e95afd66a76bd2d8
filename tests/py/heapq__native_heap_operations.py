import heapq, random
random.seed(5)
data = [random.randint(0, 100) for _ in range(50)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 500), heapq.heappushpop(h, -1), heapq.heappushpop(h, 1000))
print(h[:10])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
class T(list): pass
t = T([5, 3, 1]); heapq.heapify(t); print(t, type(t).__name__)
# tasks as (priority, name)
pq = []
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "eat")]:
    heapq.heappush(pq, (p, n))
while pq:
    print(heapq.heappop(pq))
class Evil:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, o):
        self.heap.clear()
        return self.v < o.v
h = []
h.append(Evil(1, h)); h.append(Evil(0, h))
try: heapq.heapify(h)
except RuntimeError as e: print("RuntimeError", e)
h = [1]
try: heapq.heappushpop(h, Evil(5, h))
except Exception as e: print(type(e).__name__, e)
for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
             lambda: heapq.heapify(None), lambda: heapq.heappop(h=[]), lambda: heapq.heappush([1], "a")]:
    try: call()
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappush, heapq.__all__)
heapq.heappop([])
