# A realistic use: a traffic-light / order state machine driven by match statements.
from enum import Enum, IntEnum, Flag, StrEnum, auto, unique


@unique
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def is_final(self):
        return self in (State.DONE, State.FAILED)


class Event(StrEnum):
    START = auto()
    PAUSE = auto()
    RESUME = auto()
    FINISH = auto()
    CRASH = auto()


def step(state, event):
    match state, event:
        case State.IDLE, Event.START:
            return State.RUNNING
        case State.RUNNING, Event.PAUSE:
            return State.PAUSED
        case State.PAUSED, Event.RESUME:
            return State.RUNNING
        case State.RUNNING, Event.FINISH:
            return State.DONE
        case (State.RUNNING | State.PAUSED), Event.CRASH:
            return State.FAILED
        case s, e if s.is_final:
            raise ValueError(f"{s.name} is final, cannot handle {e}")
        case _:
            return state


def run(events):
    state = State.IDLE
    trail = [state.name]
    for name in events:
        event = Event(name)
        try:
            state = step(state, event)
        except ValueError as e:
            trail.append('!' + str(e))
            break
        trail.append(state.name)
    return ' -> '.join(trail)


print(run(['start', 'pause', 'resume', 'finish']))
print(run(['start', 'crash', 'start']))
print(run(['pause', 'start', 'finish', 'resume']))


# class patterns and capture of members
def kind(value):
    match value:
        case State(name='DONE'):
            return 'finished state'
        case State() as s if s.is_final:
            return 'final ' + s.name
        case State():
            return 'state ' + value.name.lower()
        case Event.START | Event.RESUME:
            return 'go event'
        case Event():
            return 'event ' + value
        case _:
            return 'other'


for v in [State.DONE, State.FAILED, State.PAUSED, Event.START, Event.CRASH, 'start', 3]:
    print(repr(v), '=>', kind(v))


# IntEnum members match int literals and vice versa
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500


def describe(code):
    match code:
        case Http.OK:
            return 'ok'
        case 404:
            return 'missing'
        case Http() if code >= 500:
            return 'server trouble (%d)' % code
        case int(n):
            return 'plain %d' % n


for c in (Http.OK, 200, Http.NOT_FOUND, Http.SERVER_ERROR, 302):
    print(c, '->', describe(c))


# permissions with a Flag, checked in a match guard
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


def can(perms, action):
    match action:
        case 'read' if Perm.READ in perms:
            return True
        case 'write' if Perm.WRITE in perms:
            return True
        case 'run' if perms & Perm.EXEC:
            return True
    return False


user = Perm.READ | Perm.WRITE
print(user, [a for a in ('read', 'write', 'run') if can(user, a)])
print(Perm.ALL, [a for a in ('read', 'write', 'run') if can(Perm.ALL, a)])
user |= Perm.EXEC
print(repr(user), user is Perm.ALL, user == Perm.ALL)
user &= ~Perm.WRITE
print(repr(user), [p.name for p in user])

# a table from state to allowed events, built with the enum as keys
allowed = {s: [e for e in Event if step(s, e) is not s] for s in State if not s.is_final}
for s, evs in allowed.items():
    print(f"{s.name:8}", ', '.join(evs))

# a transition counter keyed by (state, state)
from collections import Counter
counts = Counter()
state = State.IDLE
for e in [Event.START, Event.PAUSE, Event.RESUME, Event.PAUSE, Event.RESUME, Event.FINISH]:
    new = step(state, e)
    counts[state, new] += 1
    state = new
for (a, b), n in sorted(counts.items(), key=lambda kv: (kv[0][0].value, kv[0][1].value)):
    print(f"{a.name} -> {b.name}: {n}")
