# sched: a scheduler driven by a simulated clock (so the output does not depend on real time):
# enter/enterabs, priorities, cancel, run(blocking=False), the queue property, events added
# while running, actions that raise, and the Event named tuple.
import sched


class Clock:
    def __init__(self):
        self.now = 100

    def time(self):
        return self.now

    def sleep(self, delay):
        print("  delay", delay)
        self.now += delay


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)


def action(name, **kw):
    print("  at", clock.now, name, kw)


e1 = s.enter(10, 1, action, ("ten",))
e2 = s.enter(5, 2, action, ("five, priority 2",), {"k": 1})
e3 = s.enterabs(105, 1, action, ("five, priority 1",))
e4 = s.enter(7, 1, action, argument=("seven",))
e5 = s.enter(5, 1, action, kwargs={"name": "five, priority 1, later"})
print(e1)
print(e1.time, e1.priority, e1.sequence, e1.argument, e1.kwargs, e1.action is action)
print([(e.time, e.priority, e.sequence) for e in s.queue])
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print("cancel twice: ValueError")
print(s.empty(), len(s.queue))
print("not blocking:", s.run(blocking=False))
print("run:")
s.run()
print(s.empty(), s.queue, s.run(), s.run(blocking=False))

# run(blocking=False) runs what is due and tells how long until the next event.
s.enter(0, 1, action, ("now",))
s.enter(3, 1, action, ("in three",))
print("due now:")
print("next in", s.run(False))
clock.now += 3
print("after three:", s.run(False))

# An action that schedules more events, and one that cancels another.
def chain(n):
    action("chain %d" % n)
    if n < 3:
        s.enter(1, 1, chain, (n + 1,))


victim = s.enter(2.5, 1, action, ("cancelled victim",))
s.enter(2, 1, lambda: s.cancel(victim))
s.enter(1, 1, chain, (1,))
print("chain:")
s.run()

# An exception in an action leaves the scheduler usable.
def boom():
    raise RuntimeError("action failed")


s.enter(1, 1, boom)
s.enter(2, 1, action, ("after boom",))
try:
    s.run()
except RuntimeError as e:
    print("raised:", e)
print(len(s.queue))
s.run()

# Events at the same time and priority run in the order they were entered.
for name in "abc":
    s.enterabs(clock.now, 5, action, (name,))
s.run()

# The Event named tuple.
Event = sched.Event
print(Event._fields)
ev = Event(1, 2, 3, "act", (), {})
print(ev, ev < Event(1, 2, 4, None, None, None), ev < Event(1, 1, 0, None, None, None))
print(sched.__all__, isinstance(s.queue, list))
real = sched.scheduler()
print(real.timefunc.__name__, real.delayfunc.__name__, real.empty())
