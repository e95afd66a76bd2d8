# Calls and unpackings far larger than hand-written code has: the compiler's encodings have
# limits (a call counts its arguments in 16 bits, an unpacking its targets before the star in
# 8 bits, as CPython's), and what lies past them must still work, or fail as CPython fails.
def count(*args, **kwargs):
    return len(args), len(kwargs)


many = ", ".join(str(i) for i in range(70000))
print(eval(f"count({many})"))
print(eval(f"count({many}, key=1)"))
print(eval(f"count({many}, *[1, 2], **{{'k': 3}})"))

targets = ", ".join(f"a{i}" for i in range(255))
namespace = {}
exec(f"{targets}, *rest = range(300)", namespace)
print(namespace["a254"], len(namespace["rest"]))

too_many = ", ".join(f"a{i}" for i in range(256))
try:
    exec(f"{too_many}, *rest = range(300)", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec(f"for {too_many}, *rest in []: pass", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
