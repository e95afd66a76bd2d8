# The library on real files: csv, json, shutil.copyfileobj, tempfile, gzip, a child
# process writing into an open file, print(file=), reads after a broken-off iteration.
import csv, json, os, shutil, tempfile, gzip, subprocess, io, sys
d = tempfile.mkdtemp()
p = os.path.join(d, "a.csv")
with open(p, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "n"]); w.writerows([["a", 1], ["b, c", 2]])
with open(p, newline="") as f:
    print(list(csv.reader(f)))
with open(p, newline="") as f:
    print(list(csv.DictReader(f)))
j = os.path.join(d, "x.json")
with open(j, "w") as f:
    json.dump({"k": [1, 2, {"z": None}]}, f, indent=2)
with open(j) as f:
    print(json.load(f))
with open(j, "rb") as src, open(j + ".copy", "wb") as dst:
    shutil.copyfileobj(src, dst, 7)
print(open(j + ".copy").read() == open(j).read())
with tempfile.TemporaryFile() as t:
    print(type(t).__name__)
    t.write(b"hello temp")
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile("w+") as t:
    t.write("line1\nline2\n")
    t.seek(0)
    print(t.readlines())
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as t:
    t.write("named")
    name = t.name
print(open(name).read())
g = os.path.join(d, "z.gz")
with gzip.open(g, "wt") as f:
    f.write("gz text\n" * 3)
with gzip.open(g, "rt") as f:
    print(f.readlines())
out = os.path.join(d, "out.txt")
with open(out, "w") as f:
    f.write("before\n")
    f.flush()
    subprocess.run(["echo", "from child"], stdout=f)
    f.write("after\n")
print(open(out).read())
with open(out, "a") as f:
    print("printed", 1, 2, file=f, sep="-")
print(open(out).read().splitlines())
with open(out) as f:
    for i, line in enumerate(f):
        if i == 1:
            break
    print(repr(f.readline()), repr(f.read()))
fd = os.open(out, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.readline(), end="")
with open(out, "rb") as f:
    f.seek(-6, os.SEEK_END)
    print(f.read(), f.tell())
with open(out, "r+") as f:
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.read().count("\n"))
with open(out) as f:
    data = f.read(3)
    f.seek(0)
    print(data, f.read(3), f.tell())
shutil.rmtree(d)
