# FileHandler and basicConfig(filename=...): appending, mode "w", delay=True, closing, and
# reopening after close.
import logging
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "app.log")


def contents(p=path):
    with open(p) as f:
        return f.read()


log = logging.getLogger("files")
log.propagate = False
log.setLevel(logging.DEBUG)

fh = logging.FileHandler(path)
print(fh.baseFilename == path, fh.mode, fh.encoding, fh.errors, fh.delay, fh.level)
print(repr(fh) == "<FileHandler %s (NOTSET)>" % path, fh.stream is not None)
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(fh)
log.info("first line")
log.debug("second %s", "line")
print(repr(contents()))
log.removeHandler(fh)
fh.close()
print(fh.stream, fh._closed)
fh.close()  # a second close is harmless

# "a" appends; the handler reopens its file when it gets a record after close().
fh2 = logging.FileHandler(path, encoding="utf-8")
print(fh2.encoding)
log.addHandler(fh2)
log.warning("appended é")
print(repr(contents()))
fh2.close()
log.warning("after close: reopened")
print(fh2.stream is not None, repr(contents().splitlines()[-1]))
fh2.close()
log.removeHandler(fh2)

# "w" truncates; once closed, a "w" handler stays closed.
fw = logging.FileHandler(path, mode="w")
log.addHandler(fw)
log.error("fresh file")
fw.close()
log.error("lost")
print(repr(contents()), fw.stream)
log.removeHandler(fw)

# delay=True opens the file at the first record.
lazy = os.path.join(tmp, "lazy.log")
fd = logging.FileHandler(lazy, delay=True)
print(fd.stream, os.path.exists(lazy), repr(fd) == "<FileHandler %s (NOTSET)>" % lazy)
fd.setLevel(logging.ERROR)
log.addHandler(fd)
log.warning("below the level: still no file")
print(os.path.exists(lazy))
log.error("now the file exists")
print(os.path.exists(lazy), repr(contents(lazy)))
fd.close()
log.removeHandler(fd)

# A relative name is made absolute.
rel = logging.FileHandler("relative.log", delay=True)
print(rel.baseFilename == os.path.join(os.getcwd(), "relative.log"), os.path.exists("relative.log"))
rel.close()

# basicConfig(filename=, filemode=, format=).
cfg = os.path.join(tmp, "config.log")
with open(cfg, "w") as f:
    f.write("old contents\n")
logging.basicConfig(filename=cfg, filemode="w", level=logging.INFO,
                    format="%(name)s:%(levelname)s:%(message)s")
h = logging.root.handlers[0]
print(type(h).__name__, h.mode, h.baseFilename == cfg)
logging.info("root info")
logging.getLogger("files.sub").warning("propagates to root? %s", "no, files does not")
logging.getLogger("other").error("other error")
print(repr(contents(cfg)))
logging.basicConfig(force=True, filename=cfg, encoding="utf-8")
print(h._closed, h.stream, logging.root.handlers[0].encoding, logging.root.handlers[0].errors)
logging.warning("appended by the new handler")
print(repr(contents(cfg)))
logging.root.handlers[0].close()

# A missing directory fails at once (unless delayed).
try:
    logging.FileHandler(os.path.join(tmp, "no", "such", "dir.log"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
d = logging.FileHandler(os.path.join(tmp, "no", "dir.log"), delay=True)
print(d.stream)

shutil.rmtree(tmp)
print(os.path.exists(tmp))
