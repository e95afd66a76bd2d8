"""Building blocks for an interactive Python prompt.

InteractiveInterpreter compiles and runs source in a namespace and reports
errors; InteractiveConsole adds line buffering and prompting on top of it;
interact() runs a console read-eval-print loop.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source code in a namespace of its own.

    It does no prompting or input buffering: callers hand it whole chunks
    of source together with the file name to report.
    """

    def __init__(self, locals=None):
        """locals is the namespace code runs in; by default a new dict with
        __name__ set to "__console__" and __doc__ set to None."""
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile source and run it if it is complete.

        Invalid source has its error shown by showsyntaxerror(); complete
        source is passed to runcode().  Returns True only when the source is
        unfinished and more lines are needed, False otherwise.
        """
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Execute a code object in self.locals.

        Exceptions are shown with showtraceback(), except SystemExit, which
        propagates.
        """
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Show the syntax error currently being handled (no stack trace).

        When filename is given and the error carries a plain
        (filename, lineno, offset, text) location, filename replaces the
        one recorded in the error.
        """
        etype, value, tb = sys.exc_info()
        sys.last_type = etype
        sys.last_value = value
        sys.last_traceback = tb
        if filename and etype is SyntaxError:
            try:
                msg, (_ignored, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception_only(etype, value)))
        else:
            sys.excepthook(etype, value, tb)

    def showtraceback(self):
        """Show the exception currently being handled, leaving out the
        frame of runcode() itself."""
        info = sys.exc_info()
        etype, value, tb = info
        sys.last_type = etype
        sys.last_value = value
        sys.last_traceback = tb
        try:
            text = ''.join(traceback.format_exception(etype, value, tb.tb_next))
            if sys.excepthook is sys.__excepthook__:
                self.write(text)
            else:
                sys.excepthook(etype, value, tb)
        finally:
            tb = info = None

    def write(self, data):
        """Output a string; this implementation writes it to sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter that collects input lines and prompts with
    sys.ps1 / sys.ps2, like the real interactive interpreter."""

    def __init__(self, locals=None, filename="<console>"):
        """locals is passed to InteractiveInterpreter; filename is the name
        shown in tracebacks for entered code."""
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget any lines collected so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Run a read-eval-print loop until end of input.

        banner is written first (None means a Python version banner, ''
        means nothing); exitmsg is written at the end (None means a default
        message, '' means nothing).
        """
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" '
                'for more information.',
                self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = 0
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = 0
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Add one line (without its newline) and try to run the buffer.

        The buffer is kept while the source is unfinished and cleared once
        it has been run or rejected.  Returns True if more input is needed.
        """
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Show prompt and return the next input line without its newline;
        raise EOFError at end of input.  Uses the input() builtin."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole read-eval-print loop.

    banner and exitmsg go to InteractiveConsole.interact(), local is the
    namespace, and readfunc, when given, replaces the console's raw_input
    (otherwise readline is loaded if available, for line editing).
    """
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true',
                        help="don't print version and copyright messages")
    args = parser.parse_args()
    if args.q or sys.flags.quiet:
        banner = ''
    else:
        banner = None
    interact(banner)
