# fileinput (several files as one stream of lines, in-place rewriting with backups, hooks)
# and filecmp (cmp, cmpfiles, dircmp and its reports), as the docs use them.
import fileinput, filecmp, os, sys, tempfile, shutil
d = tempfile.mkdtemp()
os.chdir(d)
for name, text in [("a.txt", "alpha\nbeta\n"), ("b.txt", "gamma\n\ndelta"), ("c.txt", "")]:
    with open(name, "w") as f:
        f.write(text)
for line in fileinput.input(["a.txt", "b.txt", "c.txt"], encoding="utf-8"):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
try:
    fileinput.filename()
    print("still", fileinput.filename(), fileinput.lineno())
except RuntimeError as e:
    print("RuntimeError", e)
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError", e)
with fileinput.input(files=("a.txt", "b.txt")) as f:
    for line in f:
        if f.filelineno() == 1 and f.filename() == "a.txt":
            f.nextfile()
            print("skipped rest of", f.filename())
        else:
            print(f.lineno(), line.rstrip())
with fileinput.FileInput("a.txt", inplace=True, backup=".orig") as f:
    for line in f:
        print(line.upper(), end="")
print(open("a.txt").read(), open("a.txt.orig").read(), sorted(os.listdir(".")))
for line in fileinput.input("b.txt", inplace=True):
    sys.stdout.write(f"{fileinput.filelineno()}: {line}")
fileinput.close()
print(open("b.txt").read())
print(sorted(os.listdir(".")))
with fileinput.input(["a.txt"], mode="rb") as f:
    print(list(f))
with fileinput.input(["a.txt"], openhook=fileinput.hook_encoded("latin-1")) as f:
    print(f.readline(), end="")
try:
    fileinput.FileInput(mode="w")
except ValueError as e:
    print("ValueError", e)
try:
    fileinput.FileInput(inplace=True, openhook=open)
except ValueError as e:
    print("ValueError", e)
print(fileinput.FileInput[str])

# filecmp
os.makedirs("L/sub/deep"); os.makedirs("R/sub/deep"); os.makedirs("L/onlyleft"); os.makedirs("R/.git")
for p, t in [("L/same", "x"), ("R/same", "x"), ("L/diff", "one"), ("R/diff", "two"),
             ("L/sub/f", "1"), ("R/sub/f", "2"), ("L/lo", ""), ("R/ro", ""), ("L/kind", ""),
             ("L/sub/deep/z", "z"), ("R/sub/deep/z", "z")]:
    with open(p, "w") as f:
        f.write(t)
os.makedirs("R/kind")
print(filecmp.cmp("L/same", "R/same"), filecmp.cmp("L/diff", "R/diff"), filecmp.cmp("L/diff", "R/diff", shallow=False))
print(filecmp.cmp("L/sub", "R/sub"))
print(filecmp.cmpfiles("L", "R", ["same", "diff", "missing"]))
c = filecmp.dircmp("L", "R")
print(c.left_list, c.right_list)
print(c.common, c.left_only, c.right_only, c.common_dirs, c.common_files, c.common_funny)
print(c.same_files, c.diff_files, c.funny_files, sorted(c.subdirs))
c.report()
print("--")
c.report_partial_closure()
print("--")
c.report_full_closure()
c2 = filecmp.dircmp("L", "R", ignore=["lo"], hide=[])
print(c2.left_list)
try:
    c.nonexistent
except AttributeError as e:
    print("AttributeError", e)
try:
    filecmp.cmp("L/nothing", "R/same")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
filecmp.clear_cache()
os.chdir("/")
shutil.rmtree(d)
