# Matching file names with shell-style wild-cards.
import fnmatch

files = ["setup.py", "README.md", "readme.txt", "src/main.py", "src/util.pyc", "test_main.py",
         "test_util.py", "data.json", "data.json.bak", "Makefile", ".gitignore", "notes[1].txt",
         "notes1.txt", "image01.png", "image2.png", "image10.png", "a.tar.gz", "archive.zip"]
for pattern in ["*.py", "test_*.py", "*.py?", "src/*", "*", ".*", "[Rr][Ee]*", "*.[tj]*",
                "image[0-9].png", "image[0-9][0-9].png", "image?.png", "*[!0-9].png",
                "notes[[]1].txt", "notes[1].txt", "*.*.*", "*.json*", "?akefile", "*e",
                "[a-c]*", "[!a-c]*", "*[.]*", "README", "readme.*", "*ile*"]:
    print("%-22s %s" % (pattern, fnmatch.filter(files, pattern)))

print(fnmatch.fnmatch("Foo.PY", "*.py"), fnmatch.fnmatchcase("Foo.PY", "*.PY"))
print(fnmatch.fnmatch("dir/sub/file.c", "dir/*.c"), fnmatch.fnmatch("dir/file.c", "dir/*.c"))
print(fnmatch.fnmatch("line\nbreak", "line*"), fnmatch.fnmatch("a\n", "a"))

ignore = ["*.pyc", "__pycache__", "*.o", "build", ".*"]
tree = ["main.py", "main.pyc", "__pycache__", "lib.o", "lib.c", "build", ".env", "docs"]
print([f for f in tree if not any(fnmatch.fnmatch(f, p) for p in ignore)])
