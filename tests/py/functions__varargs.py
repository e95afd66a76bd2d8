# *args and **kwargs.
def f(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

f()
f(1, 2)
f(a=1, b=2)
f(1, 2, c=3)
f(*[1, 2], **{"x": 9})

def total(first, *rest):
    return first + sum(rest)

print(total(1), total(1, 2, 3))

def describe(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append(k + "=" + repr(v))
    return " ".join(parts)

print(describe("box", w=2, h=3, label="big"))

def forward(*args, **kwargs):
    return describe(*args, **kwargs)

print(forward("fwd", z=0))
