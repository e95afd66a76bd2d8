# Port of CPython 3.11 Lib/test/test_weakref.py: FinalizeTestCase.test_atexit
# (with its helper FinalizeTestCase.run_in_child).
# The original runs run_in_child() in a child interpreter and checks that the
# child's stdout is exactly
#     f4 foobar / f3 error / g1 / f1 foobar
# and that its stderr mentions ZeroDivisionError, with exit status 0.
# Here this script is the child: the finalizers run at this script's own exit,
# and the corpus records its stdout, stderr and exit code.  As in the
# original, f1..f4 are locals of run_in_child: only the finalize registry
# keeps them alive after it returns.
#  * finalizers whose object is still alive at exit run newest first;
#  * one with .atexit set to False (f2) does not run;
#  * an exception in one (f3) goes to sys.excepthook and the others still run;
#  * a finalizer created while the exit finalizers run (g1) runs next.
# sys.excepthook is replaced so that stderr holds no path of CPython's own
# weakref.py (the default hook would print a traceback through it).
import atexit
import sys
import weakref

_global_var = 'foobar'

hook_calls = []


def excepthook(typ, value, tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    hook_calls.append(typ)
    print("excepthook: %s: %s (raised at line %d)" % (typ.__name__, value, tb.tb_lineno),
          file=sys.stderr)


sys.excepthook = excepthook


def check_after_exit_finalizers():
    # Registered before the first finalizer exists, so atexit (last in,
    # first out) calls it after weakref.finalize's own exit function.
    print("after the exit finalizers: excepthook saw", [t.__name__ for t in hook_calls])
    assert hook_calls == [ZeroDivisionError], hook_calls
    print("test_atexit: ok")


atexit.register(check_after_exit_finalizers)


class FinalizeTestCase:

    @classmethod
    def run_in_child(cls):
        def error():
            # Create an atexit finalizer from inside a finalizer called
            # at exit.  This should be the next to be run.
            g1 = weakref.finalize(cls, print, 'g1')
            print('f3 error')
            1/0

        # cls should stay alive till atexit callbacks run
        f1 = weakref.finalize(cls, print, 'f1', _global_var)
        f2 = weakref.finalize(cls, print, 'f2', _global_var)
        f3 = weakref.finalize(cls, error)
        f4 = weakref.finalize(cls, print, 'f4', _global_var)

        assert f1.atexit == True
        f2.atexit = False
        assert f3.atexit == True
        assert f4.atexit == True


FinalizeTestCase.run_in_child()
print("end of the script: the finalizers run now")
