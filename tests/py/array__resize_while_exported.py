# An array a memoryview looks at keeps its size until the view is released: every operation
# that would grow or shrink it raises BufferError (CPython's own message for arrays), and
# operations that keep the size still work and show through the view.
import array

def attempt(label, action):
    try:
        action()
        print(f"{label}: ok")
    except BufferError as e:
        print(f"{label}: BufferError: {e}")
    except (IndexError, ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

a = array.array('i', [1, 2, 3, 4, 5, 6])
view = memoryview(a)

def slice_assign_same():
    a[0:2] = array.array('i', [10, 20])
def slice_assign_longer():
    a[0:2] = array.array('i', [7, 8, 9])
def extended_same():
    a[::2] = array.array('i', [-1, -3, -5])
def del_item():
    del a[0]
def del_empty_slice():
    del a[3:3]
def del_extended():
    del a[::2]
def inplace_concat():
    global a
    a += array.array('i', [99])
def inplace_concat_empty():
    global a
    a += array.array('i')
def inplace_repeat_one():
    global a
    a *= 1
def inplace_repeat_two():
    global a
    a *= 2

for label, action in [
    ("append", lambda: a.append(7)),
    ("insert", lambda: a.insert(0, 7)),
    ("pop", lambda: a.pop()),
    ("pop from position", lambda: a.pop(2)),
    ("pop out of range", lambda: a.pop(40)),
    ("remove present", lambda: a.remove(3)),
    ("remove absent", lambda: a.remove(300)),
    ("extend with a list", lambda: a.extend([7, 8])),
    ("extend with nothing", lambda: a.extend([])),
    ("extend with an empty array", lambda: a.extend(array.array('i'))),
    ("extend with an array", lambda: a.extend(array.array('i', [1]))),
    ("extend with a bad item", lambda: a.extend(["x"])),
    ("frombytes", lambda: a.frombytes(bytes(4))),
    ("frombytes empty", lambda: a.frombytes(b"")),
    ("fromlist", lambda: a.fromlist([1])),
    ("fromlist empty", lambda: a.fromlist([])),
    ("slice assignment of the same size", slice_assign_same),
    ("slice assignment of another size", slice_assign_longer),
    ("extended slice assignment", extended_same),
    ("del item", del_item),
    ("del of an empty slice", del_empty_slice),
    ("del of an extended slice", del_extended),
    ("+= array", inplace_concat),
    ("+= empty array", inplace_concat_empty),
    ("*= 1", inplace_repeat_one),
    ("*= 2", inplace_repeat_two),
]:
    attempt(label, action)

print(a, len(view), view.tolist())
view[1] = 200
print(a[1], bytes(view[:1]) == a.tobytes()[:4])

# A view of the view is an export of its own; each must go.
half = view[:3]
view.release()
attempt("append with a slice of the view alive", lambda: a.append(1))
half.release()
a.append(1)
print(len(a), a[-1])

# A view dropped (not released) lets go as it dies; `with` releases at its end.
u = array.array('u', 'hello')
v = memoryview(u)
attempt("fromunicode", lambda: u.fromunicode("!"))
del v
u.fromunicode("!")
with memoryview(u) as w:
    attempt("fromunicode inside with", lambda: u.fromunicode("?"))
u.fromunicode("?")
print(u.tounicode())

b = array.array('d', [1.5, 2.5])
c = memoryview(b).cast('B')
attempt("append under a cast view", lambda: b.append(3.5))
del c
b.append(3.5)
print(b)
