# The examples of the Python tutorial's section on match, run as a reader would.
def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case 401 | 403:
            return "Not allowed"
        case _:
            return "Something's wrong with the internet"

for s in (400, 403, 404, 418, 500):
    print(s, http_error(s))

def where(point):
    match point:
        case (0, 0):
            print("Origin")
        case (0, y):
            print(f"Y={y}")
        case (x, 0):
            print(f"X={x}")
        case (x, y):
            print(f"X={x}, Y={y}")
        case _:
            raise ValueError("Not a point")

for p in [(0, 0), (0, 3), (4, 0), (1, 2)]:
    where(p)
try:
    where("nope")
except ValueError as e:
    print("ValueError:", e)

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(points):
    match points:
        case []:
            print("No points")
        case [Point(x=0, y=0)]:
            print("The origin")
        case [Point(x=x, y=y)]:
            print(f"Single point {x}, {y}")
        case [Point(x=0, y=y1), Point(x=0, y=y2)]:
            print(f"Two on the Y axis at {y1}, {y2}")
        case _:
            print("Something else")

describe([])
describe([Point(0, 0)])
describe([Point(1, 2)])
describe([Point(0, 1), Point(0, 2)])
describe([Point(0, 1), Point(1, 2), Point(3, 3)])

def command(text):
    match text.split():
        case [action]:
            return f"just {action}"
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "can't go that way"
        case ["drop", *objects]:
            return f"dropping {', '.join(objects)}"
        case [("get" | "pick") as verb, obj]:
            return f"{verb} {obj}"
        case _:
            return f"unknown command {text!r}"

for t in ["look", "go north", "go west", "drop sword shield", "pick lamp", "get key", "dance wildly now"]:
    print(command(t))

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"other event {t} {sorted(rest)}"
handle_events = [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q"},
                 {"type": "key", "key": "esc", "mod": 1}, {"type": "scroll", "dy": -1}]
for e in handle_events:
    print(handle(e))
