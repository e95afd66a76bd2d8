"""Subprocesses with accessible I/O streams.

This module allows you to spawn processes, connect to their
input/output/error pipes, and obtain their return codes.

Main API
========
run(...): Runs a command, waits for it to complete, then returns a
          CompletedProcess instance.
Popen(...): A class for flexibly executing a command in a new process
"""

# subprocess for Reap, on the native `_subprocess` (runtime/src/modules/subprocess.rs), which
# starts programs (std's Command), waits with timeouts and runs communicate() on threads. This
# file is the API of CPython 3.11's module over it: Popen, run and the helpers, text mode
# through io.TextIOWrapper, the exceptions and their messages. Running programs raises
# PermissionError in an interpreter whose host turned file system access off.
#
# Differences: POSIX only; preexec_fn, pass_fds, user, group, extra_groups and umask are not
# supported (NotImplementedError); start_new_session starts a new process group, not a new
# session; a child started with env=None gets os.environ (which in Reap is a dict the script may
# have changed, as putenv changes CPython's).

import io
import os
import sys
import time
import types
import warnings

import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False

# Linux's signal numbers, for the message of a child a signal ended (signal.Signals's names).
_SIGNALS = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS',
    8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE',
    14: 'SIGALRM', 15: 'SIGTERM', 16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP',
    20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ',
    26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS',
    34: 'SIGRTMIN', 64: 'SIGRTMAX',
}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute.
    """
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:  # Including KeyboardInterrupt, wait handled that.
            p.kill()
            # We don't call p.wait() again as p.__exit__ does that for us.
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError.
    """
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError.
    """
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None has long meant empty input here.
        text = (kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding')
                or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance.

    The returned instance will have attributes args, returncode, stdout and
    stderr.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            # The exception holds what was read before the timeout (bytes, even in text
            # mode), as CPython's POSIX communicate leaves it.
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using the
    rules of the MS C runtime (for Windows; kept for what uses it elsewhere).
    """
    out = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        piece = ''
        slashes = 0
        for c in arg:
            if c == '\\':
                slashes += 1
                continue
            if c == '"':
                # Backslashes before a quote are doubled, and the quote escaped.
                piece += '\\' * (slashes * 2) + '\\"'
            else:
                piece += '\\' * slashes + c
            slashes = 0
        # Trailing backslashes are doubled only when a closing quote follows them.
        piece += '\\' * (slashes * 2 if quote else slashes)
        out.append('"' + piece + '"' if quote else piece)
    return ' '.join(out)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _time():
    return time.monotonic()


def _fsencode_arg(arg):
    data = os.fsencode(arg)
    if b'\0' in data:
        raise ValueError("embedded null byte")
    return data


def _env_pairs(env):
    pairs = []
    for k, v in env.items():
        k = os.fsencode(k)
        if b'=' in k:
            raise ValueError("illegal environment variable name")
        v = os.fsencode(v)
        if b'\0' in k or b'\0' in v:
            raise ValueError("embedded null byte")
        pairs.append((k, v))
    return pairs


class Popen:
    """ Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation.
    """

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        """Create new Popen instance."""
        self._input = None
        self._communication_started = False
        self._output = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if pass_fds and not close_fds:
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'UTF-8'
        self._sigint_wait_secs = 0.25
        line_buffering = bool(self.text_mode) and bufsize == 1

        for name, value, default in (("preexec_fn", preexec_fn, None), ("pass_fds", pass_fds, ()),
                                     ("user", user, None), ("group", group, None),
                                     ("extra_groups", extra_groups, None), ("umask", umask, -1)):
            if value != default and value is not None and value != ():
                raise NotImplementedError(f"subprocess's {name} is not supported by Reap")

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]
        # Errors name the program as it was given (a Path shows as one).
        program_name = executable
        executable = os.fspath(executable)
        argv = [_fsencode_arg(a) for a in argv]
        _fsencode_arg(executable)
        if cwd is not None:
            cwd = os.fspath(cwd)
        env_pairs = _env_pairs(os.environ if env is None else env)
        if start_new_session and process_group is None:
            process_group = 0

        proc, pin, pout, perr = _subprocess.spawn(executable, argv, cwd, env_pairs, stdin, stdout,
                                                  stderr, process_group, program_name)
        self._proc = proc
        self._child_created = True
        self.pid = proc.pid
        self._pipes = (pin, pout, perr)
        if pin is not None:
            self.stdin = pin
            if self.text_mode:
                self.stdin = io.TextIOWrapper(pin, write_through=True, line_buffering=line_buffering,
                                              encoding=encoding, errors=errors)
        if pout is not None:
            self.stdout = pout
            if self.text_mode:
                self.stdout = io.TextIOWrapper(pout, encoding=encoding, errors=errors)
        if perr is not None:
            self.stderr = perr
            if self.text_mode:
                self.stderr = io.TextIOWrapper(perr, encoding=encoding, errors=errors)

    @property
    def universal_newlines(self):
        # universal_newlines is kept as an alias of text_mode, as CPython keeps it.
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                # A second Ctrl-C should not wait long for a child that ignores the first.
                if self._sigint_wait_secs > 0:
                    try:
                        self.wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
            else:
                self.wait()

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass  # communicate() must ignore broken pipe errors.
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        communicate() returns a tuple (stdout, stderr).
        """
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)

        endtime = None if timeout is None else _time() + timeout
        data = None
        if not self._communication_started and self.stdin:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            data = input
            if data is not None and self.text_mode:
                data = data.encode(self.stdin.encoding, self.stdin.errors)
        if self._output is None:
            pin, pout, perr = self._pipes
            try:
                done, stdout, stderr = self._proc.communicate(pin, data, pout, perr,
                                                              self._remaining_time(endtime))
            finally:
                self._communication_started = True
            if not done:
                raise TimeoutExpired(self.args, timeout, output=stdout, stderr=stderr)
            # Kept: calling communicate() again gives the same output, as in CPython.
            self._output = (stdout, stderr)
        stdout, stderr = self._output
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _remaining_time(self, endtime):
        """Convenience for _communicate when computing timeouts."""
        if endtime is None:
            return None
        return endtime - _time()

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        if self.returncode is None and self._child_created:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        code = self._proc.wait(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def send_signal(self, sig):
        """Send a signal to the process."""
        # A child already waited for may have given its pid to another process.
        self.poll()
        if self.returncode is not None:
            return
        try:
            self._proc.send_signal(sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)
