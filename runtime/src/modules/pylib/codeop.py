r"""Compile Python source that may not be finished yet.

This is what an interactive prompt needs: given the text typed so far,
decide whether it is

* a complete, valid command -> a code object is returned;
* the beginning of a command that needs more lines -> None is returned;
* invalid -> SyntaxError (or OverflowError/ValueError for bad literals)
  is raised.

compile_command(source, filename, symbol) makes that decision once.
CommandCompiler instances do the same, but remember any ``from __future__``
imports they have compiled and apply them to later commands.  Compile
instances are the matching replacement for the compile() builtin.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_features = [getattr(__future__, name)
             for name in __future__.all_feature_names]

# Private compiler flags (the values used by CPython's compile()).
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_INCOMPLETE_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT


def _probe_incomplete_flag():
    # Does compile() itself report unfinished input (as "incomplete input")?
    try:
        compile("if 1:", "<probe>", "single", _INCOMPLETE_FLAGS, True)
    except SyntaxError as exc:
        return exc.msg == "incomplete input"
    except Exception:
        return False
    return False


def _probe_strict_single():
    # Does compile(..., "single") refuse more than one statement?
    try:
        compile("a\nb\n", "<probe>", "single", 0, True)
    except SyntaxError:
        return True
    return False


_NATIVE_INCOMPLETE = _probe_incomplete_flag()
_NATIVE_SINGLE = _probe_strict_single()


# ---------------------------------------------------------------------------
# A small source scanner, used when compile() cannot tell us by itself that
# the input is unfinished.

_OPEN_TO_CLOSE = {'(': ')', '[': ']', '{': '}'}
_CLAUSE_WORDS = frozenset(('else', 'elif', 'except', 'finally'))
_COMPOUND_WORDS = frozenset(('if', 'while', 'for', 'try', 'with', 'def',
                             'class', 'async'))


class _Logical:
    """One logical line of code: where it starts and what it looks like."""

    def __init__(self, indent, lineno, word):
        self.indent = indent
        self.lineno = lineno
        self.last_lineno = lineno
        self.word = word
        self.tail = ''


class _Scan:
    """Bracket/string/continuation state of a piece of source at its end."""

    def __init__(self, source):
        self.source = source
        self.brackets = []
        self.quote = None
        self.continued = False
        self.logical = []
        self._run()

    def _run(self):
        src = self.source
        size = len(src)
        pos = 0
        lineno = 1
        current = None
        while pos < size:
            ch = src[pos]
            if current is None:
                # At the start of a line that may begin a new statement.
                end = pos
                while end < size and src[end] in ' \t\f':
                    end += 1
                if end < size and src[end] == '#':
                    while end < size and src[end] != '\n':
                        end += 1
                if end >= size:
                    break
                if src[end] in '\r\n':
                    if src[end] == '\r' and src.startswith('\n', end + 1):
                        end += 1
                    pos = end + 1
                    lineno += 1
                    continue
                stop = end
                while stop < size and (src[stop].isalnum() or src[stop] == '_'):
                    stop += 1
                word = src[end:stop] if stop > end else src[end]
                current = _Logical(src[pos:end], lineno, word)
                self.logical.append(current)
                pos = end
                continue
            if ch == '#':
                while pos < size and src[pos] != '\n':
                    pos += 1
                continue
            if ch == '\\':
                after = pos + 1
                if src.startswith('\r\n', after):
                    skip = 2
                elif src.startswith('\n', after) or src.startswith('\r', after):
                    skip = 1
                else:
                    skip = 0
                if after + skip >= size:
                    self.continued = True
                    break
                if skip:
                    pos = after + skip
                    lineno += 1
                else:
                    pos = after
                continue
            if ch == '\n':
                pos += 1
                lineno += 1
                if not self.brackets:
                    current = None
                continue
            if ch in '\'"':
                pos, lineno = self._skip_string(pos, lineno)
                current.tail = ch
                current.last_lineno = lineno
                if self.quote is not None:
                    break
                continue
            if ch in _OPEN_TO_CLOSE:
                self.brackets.append(ch)
            elif ch in ')]}':
                if self.brackets:
                    self.brackets.pop()
            if not ch.isspace():
                current.tail = ch
                current.last_lineno = lineno
            pos += 1

    def _skip_string(self, pos, lineno):
        src = self.source
        size = len(src)
        quote = src[pos] * 3 if src.startswith(src[pos] * 3, pos) else src[pos]
        pos += len(quote)
        while pos < size:
            ch = src[pos]
            if ch == '\\':
                if pos + 1 == size:
                    # The string goes on past a final backslash.
                    self.continued = True
                    break
                if src.startswith('\n', pos + 1):
                    lineno += 1
                pos += 2
                continue
            if src.startswith(quote, pos):
                return pos + len(quote), lineno
            if ch == '\n':
                if len(quote) == 1:
                    # A one-line string running into a newline: compile()
                    # reports that; just stop following it.
                    return pos, lineno
                lineno += 1
            pos += 1
        self.quote = quote
        return size, lineno

    def is_open(self):
        return bool(self.brackets or self.quote or self.continued)

    def base_source(self):
        """The source without a trailing line-continuation backslash."""
        text = self.source
        if self.continued:
            text = text.rstrip('\r\n')
            if text.endswith('\\'):
                text = text[:-1]
        return text

    def closing_text(self):
        """Text that would finish the open string and brackets."""
        text = self.quote or ''
        if self.brackets:
            # On a line of their own, so that a trailing comment cannot
            # swallow them.
            text += '\n' + ''.join(_OPEN_TO_CLOSE[b]
                                   for b in reversed(self.brackets))
        return text

    def is_compound(self):
        if not self.logical:
            return False
        first = self.logical[0]
        return (first.word in _COMPOUND_WORDS or first.word == '@'
                or first.tail == ':')


def _block_header_line(msg, default):
    marker = ' on line '
    at = msg.rfind(marker)
    if at >= 0:
        digits = msg[at + len(marker):]
        if digits.isdigit():
            return int(digits)
    return default


def _stopped_at_end(err, source):
    """Is err one that compile() gives only when the input just stops?"""
    msg = err.msg or ''
    if msg == 'unexpected EOF while parsing':
        return True
    if msg == "expected 'except' or 'finally' block":
        # At the end of the input it has no column; before a statement, that statement's.
        return not err.offset
    if msg.startswith('expected an indented block'):
        # Unfinished only if no statement starts after the block header.
        header = _block_header_line(msg, err.lineno or 0)
        logical = _Scan(source).logical
        return not logical or logical[-1].lineno <= header
    return False


def _past_end(err, source):
    """Is the position of err at or beyond the end of source?"""
    lines = source.split('\n')
    lineno = err.lineno or 0
    if lineno != len(lines):
        return lineno > len(lines)
    return (err.offset or 0) - 1 >= len(lines[-1].rstrip())


def _needs_more(source, symbol, err):
    """Decide from a failed compile whether more input could fix it."""
    scan = _Scan(source)
    if scan.quote is not None and len(scan.quote) == 1 and not scan.continued:
        return False
    if not scan.is_open():
        return _stopped_at_end(err, source)
    base = scan.base_source()
    closing = scan.closing_text()
    # Finish what is open and compile again: if that works, or only fails
    # where the typed text ends, more input could complete the command.
    # The second attempt covers brackets that belong to a block header.
    attempts = [base + closing]
    if scan.brackets:
        attempts.append(base + closing + ':')
    for patched in attempts:
        try:
            compile(patched, "<input>", symbol, 0, True)
        except SyntaxError as again:
            if _stopped_at_end(again, patched) or _past_end(again, base):
                return True
        except (OverflowError, ValueError):
            return False
        else:
            return True
    return False


def _check_single(source, filename):
    """Extra checks for complete 'single' input when compile() lacks them.

    Returns True when the input is a compound statement still waiting for
    its terminating newline; raises SyntaxError for a second statement.
    """
    scan = _Scan(source)
    if not _NATIVE_SINGLE and len(scan.logical) > 1:
        first = scan.logical[0]
        previous = first
        for item in scan.logical[1:]:
            decorated = previous.word == '@'
            previous = item
            if item.indent or item.word in _CLAUSE_WORDS or decorated:
                continue
            lines = source.split('\n')
            if scan.is_compound():
                number = item.lineno
                text = lines[number - 1]
                if number < len(lines):
                    text += '\n'
                start = len(item.indent) + 1
                raise SyntaxError("invalid syntax",
                                  (filename, number, start, text,
                                   number, start + len(item.word)))
            number = first.last_lineno
            text = lines[number - 1]
            column = len(text) + 1
            raise SyntaxError(
                "multiple statements found while compiling a single "
                "statement",
                (filename, number, column, text + '\n', number, column))
    return scan.is_compound() and not source.endswith('\n')


def _is_blank(source):
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith('#'):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    if _is_blank(source):
        if symbol != "eval":
            source = "pass"
        elif not _NATIVE_INCOMPLETE:
            return None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        if _NATIVE_INCOMPLETE:
            try:
                compiler(source, filename, symbol)
            except SyntaxError:
                try:
                    compiler(source + "\n", filename, symbol)
                    return None
                except SyntaxError as exc:
                    if "incomplete input" in str(exc):
                        return None
        else:
            try:
                compiler(source, filename, symbol, incomplete_input=False)
            except SyntaxError as exc:
                if _needs_more(source, symbol, exc):
                    return None
            else:
                if symbol == "single" and _check_single(source, filename):
                    return None

    # Compile once more with warnings enabled: this either produces the
    # final code object or raises the error the user should see.
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = _INCOMPLETE_FLAGS if incomplete_input and _NATIVE_INCOMPLETE else 0
    return compile(source, filename, symbol, flags)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile source and report whether it is a finished command.

    filename is used in error messages; symbol is the start symbol:
    "single" (the default), "exec" or "eval".

    Returns a code object for a complete command and None for input that
    needs more lines; raises SyntaxError, ValueError or OverflowError for
    input that can never be valid.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Callable like the compile() builtin that remembers __future__
    imports: once it compiles one, later compilations use it too."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False or not _NATIVE_INCOMPLETE:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        codeob = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """Callable like compile_command() that remembers __future__ imports
    across calls."""

    def __init__(self,):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        r"""Compile source; return a code object, or None when more input
        is needed, or raise SyntaxError/ValueError/OverflowError when the
        input is invalid.  Arguments are as for compile_command()."""
        return _maybe_compile(self.compiler, source, filename, symbol)
