# One call site meeting values of several builtin types, and subclasses that override or
# shadow the method: each call finds the method of its own value's type.
class Counting(list):
    def count(self, x):
        return "Counting.count(%r)" % (x,)


class Shadow(list):
    pass


shadow = Shadow([1, 1])
shadow.count = lambda x: "instance attribute wins"

values = [[1, 2, 1], (1, 1, 1), "a1b1", b"\x01\x01", Counting([1]), shadow, [1], bytearray(b"\x01")]
for round_ in range(3):
    print([v.count(1) if not isinstance(v, (str, bytes, bytearray)) else v.count("1" if isinstance(v, str) else b"\x01") for v in values])

items = []
for i in range(5):
    items.append(i)
    items.append(str(i))
print(items, items.pop(), items.pop(0), items.index("2"))

d = {"a": 1}
for key in ["a", "b", "a"]:
    print(d.get(key, "missing"), d.setdefault(key, 0))

for text in ["a,b", "c,d,e", b"x,y"]:
    print(text.split(b"," if isinstance(text, bytes) else ","))

try:
    [].nothing()
except AttributeError as e:
    print(e)
try:
    (1).nothing()
except AttributeError as e:
    print(e)
print((255).to_bytes(2, "big"), (1.5).as_integer_ratio(), True.bit_length())
