# assertLogs / assertNoLogs (over the logging module).
import logging
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(title, call):
    try:
        call()
    except AssertionError as e:
        print(title, "-> AssertionError:", e)
    else:
        print(title, "-> passed")


with t.assertLogs("app", level="INFO") as cm:
    logging.getLogger("app").info("first message")
    logging.getLogger("app.db").error("second message")
    logging.getLogger("app").debug("too low to be seen")
print(cm.output)
print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])
print(type(cm).__name__, cm._fields)

with t.assertLogs() as cm:
    logging.getLogger("anything").warning("to the root logger: %s", 42)
print(cm.output)

with t.assertLogs("app", logging.DEBUG) as cm:
    logging.getLogger("app").debug("debug now")
print(cm.output)

logger = logging.getLogger("obj")
with t.assertLogs(logger, "WARNING") as cm:
    logger.warning("by object")
    logger.info("ignored")
print(cm.output)


def nothing_logged():
    with t.assertLogs("quiet"):
        pass


def too_low():
    with t.assertLogs("quiet", level="ERROR"):
        logging.getLogger("quiet").warning("only a warning")


def other_logger():
    with t.assertLogs("one"):
        logging.getLogger("two").critical("elsewhere")


show("nothing logged", nothing_logged)
show("too low", too_low)
show("other logger", other_logger)

print("--- assertNoLogs")


def no_logs_ok():
    with t.assertNoLogs("calm") as cm:
        logging.getLogger("calm").debug("below INFO")
    print("cm is", cm)


def no_logs_fails():
    with t.assertNoLogs("calm", level="DEBUG"):
        logging.getLogger("calm").debug("one")
        logging.getLogger("calm.sub").warning("two")


show("no logs", no_logs_ok)
show("no logs fails", no_logs_fails)

print("--- the logger is restored")
app = logging.getLogger("app")
print(app.handlers, app.level, app.propagate)
try:
    with t.assertLogs("app"):
        raise KeyError("passes through")
except KeyError as e:
    print("KeyError:", e)
print(app.handlers, app.level, app.propagate)
