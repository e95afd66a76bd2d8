# setUpModule / tearDownModule failures and module cleanups, as the suite reports them.
import io
import re
import unittest

log = []
fail_setup = True


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")
    if fail_setup:
        raise ImportError("module not ready")


def tearDownModule():
    log.append("tearDownModule")
    raise RuntimeError("tearDownModule broke")


class T(unittest.TestCase):
    def test_a(self):
        log.append("test_a")

    def test_b(self):
        log.append("test_b")


def run():
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(T)
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
    print(log, [str(t) for t, _ in result.errors])
    log.clear()


run()
fail_setup = False
run()


def setUpModule():
    raise unittest.SkipTest("skip the whole module")


run()
