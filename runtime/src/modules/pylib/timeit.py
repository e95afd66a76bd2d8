"""timeit, written in Python for Reap: time small snippets of Python code.

Library use: Timer(stmt, setup, timer, globals) and its timeit(), repeat(), autorange() and
print_exc(); the shortcuts timeit() and repeat(); default_timer (time.perf_counter).

Command line: python -m timeit [-n N] [-r N] [-s S] [-p] [-u UNIT] [-v] [-h] [--] [stmt ...]
  -n/--number N   run the statement N times per measurement (default: grow 1, 2, 5, 10, ...
                  until a measurement takes at least 0.2 seconds)
  -r/--repeat N   take N measurements (default 5)
  -s/--setup S    run S once before measuring (may be given several times)
  -p/--process    measure process time instead of wall-clock time
  -u/--unit U     print times in nsec, usec, msec or sec
  -v/--verbose    print the raw measurements (more v's: more digits)
  -h/--help       print this text
Several statement arguments are joined as separate lines.

Behaves as CPython 3.11's timeit: the statement and setup are pasted into the body of a
generated function (so setup's names are the statement's locals), compiled under the file
name "<timeit-src>", and run with the garbage collector disabled.  When no `globals` is
given the code runs in this module's namespace, as CPython's does.

Differences from CPython: `-h` prints this text rather than CPython's docstring.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_module_globals = globals

# The generated function. Setup lines sit 4 columns in, statement lines 8: the code given
# has its continuation lines shifted to match (a multi-line string literal would change).
_TEMPLATE = """
def inner(_it, _timer{params}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indent_rest(code, columns):
    return code.replace("\n", "\n" + " " * columns)


class Timer:
    """Measure how long a statement takes; see the module's documentation."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        params = ""
        if isinstance(setup, str):
            # Setup must make sense on its own, outside any function.
            compile(setup, dummy_src_name, "exec")
            before_stmt = setup + "\n"
            setup_code = _indent_rest(setup, 4)
        elif callable(setup):
            namespace["_setup"] = setup
            params += ", _setup=_setup"
            before_stmt = ""
            setup_code = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # Compiling it after the setup catches a `return` or `yield` at top level.
            compile(before_stmt + stmt, dummy_src_name, "exec")
            stmt_code = _indent_rest(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            params += ", _stmt=_stmt"
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(params=params, setup=setup_code, stmt=stmt_code)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, _module_globals() if globals is None else globals, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the lines of the
        generated code shown (to sys.stderr, or to `file`)."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run setup once, then the statement `number` times; return the time taken by
        the loop (seconds, with the default timer)."""
        loops = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Try 1, 2, 5, 10, 20, 50, ... loops until one measurement takes at least 0.2
        seconds; return (loops, time taken). callback(loops, time) follows each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line; returns the exit status (None for success). `_wrap_timer`, for
    tests, maps the timer to the one to use."""
    if args is None:
        args = sys.argv[1:]
    import getopt
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time", "clock",
                                    "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setups = []
    repeats = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        if opt in ("-s", "--setup"):
            setups.append(value)
        if opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        if opt in ("-r", "--repeat"):
            repeats = max(int(value), 1)
        if opt in ("-p", "--process"):
            timer = time.process_time
        if opt in ("-v", "--verbose"):
            if verbose:
                digits += 1
            verbose += 1
        if opt in ("-h", "--help"):
            print(__doc__, end=" ")
            return 0
    setup = "\n".join(setups) or "pass"

    # Let the statement import modules from the current folder.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(loops, taken):
                print("%d loop%s -> %.*g secs" % (loops, "s" if loops != 1 else "", digits,
                                                  taken))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeats, number)
    except:
        t.print_exc()
        return 1

    def show(seconds):
        if unit is not None:
            name, scale = unit, _UNITS[unit]
        else:
            # The largest unit the time reaches (nanoseconds below that).
            for name, scale in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
                if seconds >= scale:
                    break
        return "%.*g %s" % (digits, seconds / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join(show(x) for x in raw))
        print()
    per_loop = [x / number for x in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeats, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) "
                               "was more than four times slower than the best time (%s)."
                               % (show(worst), show(best)), UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
