# Loggers by dotted name: one object per name, parents found (and fixed up when an
# intermediate logger appears later), levels inherited, records propagated upwards.
import logging
import sys

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root, logging.getLogger("") is root)
print(root.name, root.parent, root.level)

abc = logging.getLogger("app.db.sql")
print(abc.parent is root, abc)
app = logging.getLogger("app")
print(abc.parent is app, app.parent is root)
db = logging.getLogger("app.db")
print(abc.parent is db, db.parent is app)
print(logging.getLogger("app.db.sql") is abc)
print(app.getChild("db") is db, app.getChild("db.sql") is abc, root.getChild("app") is app)
print(logging.getLogger("app.dbx").parent is app)
print(sorted(logging.Logger.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict["app"]).__name__)

# A placeholder stands for a name that has children but no logger yet.
logging.getLogger("x.y.z")
print(type(logging.Logger.manager.loggerDict["x"]).__name__,
      type(logging.Logger.manager.loggerDict["x.y"]).__name__)

try:
    logging.getLogger(42)
except TypeError as e:
    print(type(e).__name__, e)

# Effective levels come from the nearest ancestor with a level.
print(abc.level, abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO))
app.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.DEBUG))
db.setLevel("ERROR")
print(abc.getEffectiveLevel(), abc, db, app)

# Propagation: every handler up the chain sees the record, at the handler's own level.
def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(tag + " %(name)s %(levelname)s %(message)s"))
    return h

db.setLevel(logging.NOTSET)
root.addHandler(handler("[root]"))
app.addHandler(handler("[app]", logging.WARNING))
abc.addHandler(handler("[sql]"))
abc.info("one")
abc.warning("two")
db.info("three")
print(abc.hasHandlers(), db.hasHandlers())

abc.propagate = False
abc.error("not propagated")
abc.propagate = True

# A handler added twice is kept once; removing an absent one is harmless.
h = handler("[extra]")
db.addHandler(h)
db.addHandler(h)
print(len(db.handlers))
db.warning("with extra")
db.removeHandler(h)
db.removeHandler(h)
print(len(db.handlers))

# disable() switches off everything at or below a level, everywhere.
logging.disable(logging.WARNING)
abc.warning("disabled")
abc.error("error gets through")
print(root.manager.disable, abc.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)
abc.warning("enabled again")
logging.disable()
print(root.manager.disable)
abc.critical("not even critical")
logging.disable(0)

# A disabled logger drops its records (its descendants still log).
db.disabled = True
db.error("dropped")
abc.error("sql still logs")
db.disabled = False
try:
    logging.disable("LOUDEST")
except ValueError as e:
    print(type(e).__name__, e)

# Logger subclasses.
class MyLogger(logging.Logger):
    pass

logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass().__name__, type(logging.getLogger("mine")).__name__,
      type(logging.getLogger("app.db2")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print(type(e).__name__, e)
