# Using lists as stacks and queues.
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print("pop", stack.pop())
queue = ["a", "b", "c"]
queue.append("d")
while queue:
    print("dequeue", queue.pop(0))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
