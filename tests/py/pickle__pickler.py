# pickle: Pickler and Unpickler subclasses -- persistent_id/persistent_load, a private
# dispatch_table, reducer_override, a find_class that restricts globals, the memo kept between
# dump() calls, clear_memo, fix_imports, encodings, and out-of-band buffers (protocol 5).
import copyreg
import io
import pickle


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload

    def __repr__(self):
        return "Record(%r, %r)" % (self.key, self.payload)


DATABASE = {"r1": Record("r1", "one"), "r2": Record("r2", "two")}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ("Record", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        print("   persistent_load", pid)
        return DATABASE[key]


for proto in (0, 1, 2, 4):
    buf = io.BytesIO()
    if proto == 0:
        class TextPickler(pickle.Pickler):
            def persistent_id(self, obj):
                return obj.key if isinstance(obj, Record) else None

        class TextUnpickler(pickle.Unpickler):
            def persistent_load(self, pid):
                print("   persistent_load", pid)
                return DATABASE[pid]

        TextPickler(buf, proto).dump([DATABASE["r1"], "text", DATABASE["r2"]])
        print(proto, buf.getvalue())
        buf.seek(0)
        print(TextUnpickler(buf).load())
        continue
    DBPickler(buf, proto).dump({"first": DATABASE["r1"], "both": [DATABASE["r1"], DATABASE["r2"]]})
    print(proto, buf.getvalue())
    buf.seek(0)
    print(DBUnpickler(buf).load())

try:
    pickle.loads(b"\x80\x02X\x01\x00\x00\x00aQ.")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)


# persistent_id as an attribute of an instance.
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.persistent_id = lambda obj: "ID" if obj == "secret" else None
p.dump(["public", "secret"])
print(buf.getvalue())


# A private dispatch table.
class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return Money, (m.cents,)


buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Money] = reduce_money
p.dump(Money(250))
print(buf.getvalue(), pickle.loads(buf.getvalue()).cents)
print(Money in copyreg.dispatch_table)


class TablePickler(pickle.Pickler):
    dispatch_table = {Money: lambda m: (str, ("%d cents" % m.cents,))}


buf = io.BytesIO()
TablePickler(buf, 4).dump([Money(5), 2.5])
print(buf.getvalue(), pickle.loads(buf.getvalue()))


# reducer_override: consulted for objects that are not of a few core types.
class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        print("   reducer_override", type(obj).__name__)
        if isinstance(obj, Money):
            return (int, (obj.cents,))
        if obj is Money:
            return (str, ("the Money class",))
        return NotImplemented


buf = io.BytesIO()
OverridePickler(buf, 4).dump([Money(7), Money, 3, "s", (1,), {2}, None, Record("k", 1.5)])
print(pickle.loads(buf.getvalue()))


# find_class restricted to a few safe names.
class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        print("   find_class", module, name)
        if module == "builtins" and name in {"range", "complex", "set"}:
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for obj in ([range(3), 1j], [Record("x", 1)]):
    for proto in (0, 2, 4):
        try:
            print(SafeUnpickler(io.BytesIO(pickle.dumps(obj, proto))).load())
        except pickle.UnpicklingError as e:
            print("UnpicklingError:", e)


# The memo is kept between dump() calls until clear_memo().
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = ["shared"]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
a, b, c = u.load(), u.load(), u.load()
print(a, a is b, a is c)

# fast mode writes no memo opcodes.
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.fast = True
p.dump([("a", "b"), ["c"]])
print(buf.getvalue())

# fix_imports and the Python 2 names.
for fix in (True, False):
    print(fix, pickle.dumps([range, ModuleNotFoundError, ConnectionError, int, str], 2,
                            fix_imports=fix))
print(pickle.loads(b"c__builtin__\nxrange\n.") is range)
print(pickle.loads(b"\x80\x02cexceptions\nStandardError\nq\x00.") is Exception)
try:
    pickle.loads(b"c__builtin__\nxrange\n.", fix_imports=False)
except ImportError as e:
    print(type(e).__name__, e)

# Python 2 str pickles, with encodings.
py2 = b"(lp0\nS'caf\\xe9'\np1\naS\"it's\"\np2\naU\x03\xe9t\xe9q\x03aT\x02\x00\x00\x00abq\x04a."
print(pickle.loads(py2, encoding="latin1"))
print(pickle.loads(py2, encoding="bytes"))
print(pickle.loads(py2, encoding="ascii", errors="replace"))
try:
    pickle.loads(py2)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(pickle.loads(b"(S'a\\x41\\101\\n\\\\\\''\np0\nS'\\t\\r'\nt."))
print(pickle.loads(b"(Vcaf\xe9 \\u20ac \\U0001f600 \\\\u0041\np0\nI01\nI00\nI42\nL7L\nF2.5\nt."))
print(pickle.loads(b"(i__main__\nRecord\n(dp0\nS'key'\np1\nS'k'\np2\nsS'payload'\nI3\nsb."))
print(pickle.loads(b"(c__main__\nRecord\nS'a'\nS'b'\no."))

# Out-of-band buffers.
for proto in (5,):
    data = [pickle.PickleBuffer(b"readonly"), pickle.PickleBuffer(bytearray(b"writable"))]
    inband = pickle.dumps(data, proto)
    print(inband, pickle.loads(inband))
    seen = []
    oob = pickle.dumps(data, proto, buffer_callback=seen.append)
    print(oob, len(seen), [bytes(b.raw()) for b in seen])
    print([bytes(x) for x in pickle.loads(oob, buffers=seen)])
    keep = pickle.dumps(data, proto, buffer_callback=lambda b: True)
    print(keep == inband)
    for bad in (None, []):
        try:
            pickle.loads(oob, buffers=bad)
        except pickle.UnpicklingError as e:
            print("UnpicklingError:", e)
try:
    pickle.dumps(pickle.PickleBuffer(b"x"), 4)
except pickle.PicklingError as e:
    print("PicklingError:", e)
pb = pickle.PickleBuffer(b"abc")
print(bytes(pb.raw()))
pb.release()
try:
    pb.raw()
except ValueError as e:
    print("ValueError:", e)
