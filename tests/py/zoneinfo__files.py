# from_file with real and hand-built TZif data; TZPATH pointing at a folder of our own.
import io, os, struct, tempfile, shutil, warnings
import zoneinfo
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone

def tzif(version, footer=b"", trans=(), idx=(), types=((0, 0, 0),), abbrs=b"UTC\x00"):
    def block(size):
        code = "l" if size == 4 else "q"
        head = b"TZif" + version + bytes(15) + struct.pack(">6l", 0, 0, 0, len(trans),
                                                          len(types), len(abbrs))
        body = struct.pack(">%d%s" % (len(trans), code), *trans) + bytes(idx)
        for t in types:
            body += struct.pack(">lbb", *t)
        return head + body + abbrs
    if version == b"\x00":
        return block(4)
    return block(4) + block(8) + b"\n" + footer + b"\n"

def report(z, *dates):
    out = []
    for d in dates:
        for fold in (0, 1):
            a = d.replace(tzinfo=z, fold=fold)
            out.append("%s %s %s" % (a.utcoffset(), a.dst(), a.tzname()))
        u = d.replace(tzinfo=timezone.utc).astimezone(z)
        out.append("<%s fold=%d>" % (u.replace(tzinfo=None), u.fold))
    print("   ", " | ".join(out))

with open("/usr/share/zoneinfo/Europe/London", "rb") as f:
    data = f.read()
z = ZoneInfo.from_file(io.BytesIO(data))
print(z.key, str(z).startswith("zoneinfo.ZoneInfo.from_file(<_io.BytesIO"), repr(z) == str(z))
report(z, datetime(2021, 7, 1), datetime(2021, 10, 31, 1, 30))
z = ZoneInfo.from_file(io.BytesIO(data), key="My/London")
print(z.key, str(z), repr(z))
print(z is ZoneInfo.from_file(io.BytesIO(data), key="My/London"))
import pickle
try:
    pickle.dumps(z)
except pickle.PicklingError as e:
    print("PicklingError", e)

# Version 1 file: no footer, the last type applies forever
v1 = tzif(b"\x00", trans=(0, 15768000), idx=(1, 0), types=((3600, 0, 0), (7200, 1, 4)),
          abbrs=b"AAA\x00BBB\x00")
z = ZoneInfo.from_file(io.BytesIO(v1), key="v1")
report(z, datetime(1960, 1, 1), datetime(1970, 3, 1), datetime(1971, 1, 1), datetime(2100, 1, 1))
print(z.utcoffset(None))

# Footer strings of all kinds
footers = [b"UTC0", b"<+0530>-5:30", b"EST5EDT,M3.2.0,M11.1.0", b"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",
           b"IST-1GMT0,M10.5.0,M3.5.0/1", b"AAA3BBB,J60/2,J300/2", b"AAA3BBB,59,300",
           b"AAA-10:30BBB-11,M10.1.0,M4.1.0/3", b"XXX5YYY4:30,M3.2.0/2:30,M11.1.0/01:30:15",
           b"AAA0BBB,0/0,J365/25", b"AAA5BBB,M3.1.0/123,M11.1.0/-167"]
for ft in footers:
    print(ft)
    z = ZoneInfo.from_file(io.BytesIO(tzif(b"2", footer=ft)))
    print("   ", z.utcoffset(None), z.tzname(None))
    report(z, datetime(2030, 1, 15, 12), datetime(2030, 3, 10, 2, 30), datetime(2030, 7, 1),
           datetime(2030, 10, 27, 1, 30), datetime(2032, 2, 29, 12), datetime(2032, 12, 31, 23))

# Offsets of 24 hours parse, but datetime refuses them
for ft in (b"AAA24", b"AAA-24"):
    z = ZoneInfo.from_file(io.BytesIO(tzif(b"2", footer=ft)))
    try:
        datetime(2030, 1, 1, tzinfo=z).utcoffset()
    except ValueError as e:
        print(ft, "ValueError", e)

bad_footers = [b"UTC", b"5", b"EST5EDT", b"EST5EDT4", b"EST5EDT,M3.2.0", b"EST5EDT,M3.2.0,M11.1.0x",
               b"EST5EDT,M13.2.0,M11.1.0", b"EST5EDT,M3.6.0,M11.1.0", b"EST5EDT,M3.2.7,M11.1.0",
               b"EST5EDT,J0,J365", b"EST5EDT,0,366", b"EST5EDT,M3.2.0/,M11.1.0", b"EST5:3",
               b"<E$T>5", b"<EST5", b"EST 5", b"EST25", b"EST5 EDT,M3.2.0,M11.1.0",
               b"EST5EDT,M3.2.0/168,M11.1.0", b"\xe9\xe9\xe95"]
for ft in bad_footers:
    try:
        ZoneInfo.from_file(io.BytesIO(tzif(b"2", footer=ft)))
    except ValueError as e:
        print("ValueError", e)

bad_files = [b"", b"TZjf", b"TZifx" + bytes(40), b"TZif2" + bytes(10), tzif(b"\x00", types=()),
             tzif(b"2", types=(), abbrs=b""),
             tzif(b"2", footer=b"UTC0", trans=(0,), idx=(3,))]
for data in bad_files:
    try:
        ZoneInfo.from_file(io.BytesIO(data))
    except Exception as e:
        print(type(e).__name__, e)

# A TZPATH of our own
tmp = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(tmp, "Mine", "Deep"))
    os.makedirs(os.path.join(tmp, "posix"))
    for name, ft in [("Mine/Zone", b"EST5EDT,M3.2.0,M11.1.0"), ("Mine/Deep/Fixed", b"<+04>-4"),
                     ("Plain", b"UTC0"), ("posix/Hidden", b"UTC0"), ("posixrules", b"UTC0")]:
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(tzif(b"2", footer=ft))
    with open(os.path.join(tmp, "Mine", "notes.txt"), "w") as f:
        f.write("not a zone")
    zoneinfo.reset_tzpath(to=[tmp])
    print(zoneinfo.TZPATH == (tmp,))
    print(sorted(zoneinfo.available_timezones()))
    z = ZoneInfo("Mine/Zone")
    print(z, datetime(2022, 7, 1, tzinfo=z).tzname(), datetime(2022, 1, 1, tzinfo=z).tzname())
    print(datetime(2022, 7, 1, tzinfo=ZoneInfo("Mine/Deep/Fixed")).utcoffset())
    try:
        ZoneInfo("Mine/notes.txt")
    except ValueError as e:
        print("ValueError", e)
    try:
        ZoneInfo("Mine/Deep")
    except zoneinfo.ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", e)
    try:
        ZoneInfo("America/New_York")
    except zoneinfo.ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", e)
    # PYTHONTZPATH is read by reset_tzpath(); relative entries are dropped with a warning
    old = os.environ.get("PYTHONTZPATH")
    os.environ["PYTHONTZPATH"] = os.pathsep.join([tmp, "relative/one", "/usr/share/zoneinfo"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        zoneinfo.reset_tzpath()
    print(zoneinfo.TZPATH == (tmp, "/usr/share/zoneinfo"))
    for w in caught:
        print(w.category.__name__, w.category.__module__, str(w.message))
    os.environ["PYTHONTZPATH"] = ""
    zoneinfo.reset_tzpath()
    print(zoneinfo.TZPATH)
    if old is None:
        del os.environ["PYTHONTZPATH"]
    else:
        os.environ["PYTHONTZPATH"] = old
finally:
    zoneinfo.reset_tzpath()
    shutil.rmtree(tmp)
print(zoneinfo.TZPATH)

# Subclasses keep caches of their own
class MyZone(ZoneInfo):
    pass
m = MyZone("Europe/London")
print(repr(m), str(m), m is MyZone("Europe/London"), m is ZoneInfo("Europe/London"))
print(type(MyZone.no_cache("UTC")).__name__, datetime(2021, 7, 1, tzinfo=m).tzname())
MyZone.clear_cache()
print(m is MyZone("Europe/London"))
import copy
z = ZoneInfo("Asia/Kolkata")
print(copy.copy(z) is z, copy.deepcopy(z) is z, pickle.loads(pickle.dumps(z)) is z)
n = ZoneInfo.no_cache("Asia/Kolkata")
n2 = pickle.loads(pickle.dumps(n))
print(n2 is n, n2 is z, n2.key)
