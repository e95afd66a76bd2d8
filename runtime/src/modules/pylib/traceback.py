"""traceback, written in Python for Reap: extract, format and print tracebacks and stacks.

Differs from CPython 3.11's:
- Caret lines (`^^^^`, `~~~^^^`) are printed only for frames whose column positions are known.
  Reap's traceback objects do not expose them yet (no `tb_lasti`, no `code.co_positions()`), so
  tracebacks of real exceptions show no caret lines where CPython would show them (a line whose
  failing expression is not the whole statement). Once they exist, with CPython's meaning
  (`co_positions()` item `tb_lasti // 2`), they are used. A FrameSummary built with
  `colno`/`end_colno` gets CPython's carets; the `~`/`^` anchors of binary operators and
  subscripts are found by a small scanner instead of `ast` (which Reap lacks), checked against
  CPython's on segments of its own library, but unusual segments may still differ.
- `extract_stack`, `format_stack`, `print_stack` and `walk_stack` without a frame argument need
  `sys._getframe`; where Reap lacks it they start from the nearest frame they can reach, which
  today gives an empty stack. With an explicit frame (e.g. `tb.tb_frame`) they work.
  `walk_stack(None)` starts at its caller when called (CPython's generator starts four frames
  above itself, which is the same frame when it is passed to `StackSummary.extract`).
- `clear_frames` does nothing where frames have no `clear()`.
"""

import sys
import linecache

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract(_walk_tb_positions(tb), limit=limit)


_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    # The 3.10+ forms: f(exc) takes the traceback from the exception; the old
    # f(etype, value, tb) form ignores etype.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, "exception")
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _frame_of_caller(depth):
    """The frame `depth` levels above the function that calls this one, or None.

    Uses sys._getframe where there is one; otherwise an exception caught here gives this
    function's own frame, and `f_back` links are followed from it as far as they go.
    """
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        try:
            return getframe(depth + 1)
        except ValueError:
            return None
    try:
        raise ZeroDivisionError
    except ZeroDivisionError as e:
        frame = e.__traceback__.tb_frame
    for _ in range(depth + 1):
        if frame is None:
            break
        frame = frame.f_back
    return frame


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _frame_of_caller(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = _frame_of_caller(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = _frame_of_caller(1)
    stack = StackSummary.extract(_frames_from(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        clear = getattr(tb.tb_frame, "clear", None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass  # the frame is still running
        tb = tb.tb_next


def walk_stack(f):
    # As CPython 3.11's: a generator whose first step, with no frame given, starts four
    # frames out from its own (past whoever first advances it and two more).
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _frames_from(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each level; the columns are known
    # only where traceback objects carry `tb_lasti` and code objects `co_positions()`.
    while tb is not None:
        frame = tb.tb_frame
        positions = _code_position(frame, tb)
        if positions is None or positions[0] is None:
            positions = (tb.tb_lineno,) + (positions[1:] if positions else (None, None, None))
        yield frame, positions
        tb = tb.tb_next


def _code_position(frame, tb):
    lasti = getattr(tb, "tb_lasti", None)
    code = getattr(frame, "f_code", None)
    positions = getattr(code, "co_positions", None)
    if lasti is None or positions is None:
        return None
    if lasti < 0:
        return (None, None, None, None)
    wanted = lasti // 2
    for i, pos in enumerate(positions()):
        if i == wanted:
            return tuple(pos)
    return None


_RECURSIVE_CUTOFF = 3  # repeated frames shown before "[Previous line repeated ...]"


class FrameSummary:
    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract(with_positions(), limit=limit, lookup_lines=lookup_lines,
                              capture_locals=capture_locals)

    @classmethod
    def _extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        # How many levels to take (None: all). The count is kept here, not by a generator
        # wrapped around frame_gen: walk_stack counts the frames between it and its caller.
        remaining = None
        if limit is not None:
            if limit >= 0:
                remaining = limit
            else:
                frame_gen = list(frame_gen)[limit:]
        result = klass()
        filenames = []
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen if remaining != 0 else ():
            if remaining is not None:
                remaining -= 1
            # (f is None for a level Reap recorded without a frame object: nothing names it.)
            if f is not None:
                code = f.f_code
                filename = code.co_filename
                if filename not in filenames:
                    filenames.append(filename)
                result.append(FrameSummary(
                    filename, lineno, code.co_name, lookup_line=False,
                    locals=f.f_locals if capture_locals else None,
                    end_lineno=end_lineno, colno=colno, end_colno=end_colno))
            if remaining == 0:
                break
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            row.append("    {}\n".format(stripped))
            carets = _caret_line(frame_summary, stripped)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {} = {}\n".format(name, value))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or None in last or key != last:
                _repeated(result, count)
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        _repeated(result, count)
        return result


def _repeated(result, count):
    if count > _RECURSIVE_CUTOFF:
        count -= _RECURSIVE_CUTOFF
        result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')


def _chars_before(line, byte_offset):
    # Column offsets count UTF-8 bytes; carets are placed by characters.
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="replace"))


# East Asian Wide and Fullwidth characters (Unicode 14, as CPython 3.11's unicodedata), first
# and last of each run: a terminal shows them two columns wide, and the carets follow.
_WIDE = (
    0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3,
    0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693,
    0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4,
    0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD,
    0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753,
    0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C,
    0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00,
    0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAD9, 0xFE10, 0xFE19, 0xFE30, 0xFE6B,
    0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF,
    0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
    0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4,
    0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
    0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F,
    0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC,
    0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
    0x1FA70, 0x1FAF6, 0x20000, 0x3134A,
)


def _display_width(line, offset):
    text = line[:offset]
    if all(c < "\x80" for c in text):  # (str.isascii, which Reap lacks)
        return len(text)
    from bisect import bisect_right
    # An odd insertion point falls inside a (first, last) run.
    return sum(2 if bisect_right(_WIDE, ord(c)) % 2 or ord(c) in _WIDE else 1 for c in text)


def _caret_line(fs, stripped):
    """The `^^^` line under a frame's source line, or None where CPython prints none."""
    if fs.colno is None or fs.end_colno is None:
        return None
    line = fs._original_line
    skipped = len(line) - len(fs.line.lstrip())
    start = _chars_before(line, fs.colno)
    end = _chars_before(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _anchors(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())  # up to the line's last character, not its newline
    if not (end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0)):
        return None
    dp_start = _display_width(line, start) + 1
    dp_end = _display_width(line, end) + 1
    parts = ["    ", " " * (dp_start - skipped)]
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        parts.append("~" * left)
        parts.append("^" * (right - left))
        parts.append("~" * (dp_end - dp_start - right))
    else:
        parts.append("^" * (dp_end - dp_start))
    parts.append("\n")
    return "".join(parts)


# --- Where the `^` goes inside a segment: the operator of a binary operation, or the `[...]`
# of a subscript, as CPython finds with `ast`. A small tokenizer stands in for the parser.

_BINARY_LEVEL = {"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
                 "*": 6, "@": 6, "/": 6, "//": 6, "%": 6, "**": 8}
_OPEN = {"(": ")", "[": "]", "{": "}"}
_NOT_BINOP = {"==", "!=", "<", ">", "<=", ">=", "=", ":=", ",", ":", ";", "->"}
_NOT_BINOP_WORDS = {"and", "or", "not", "in", "is", "if", "else", "lambda", "for", "async",
                    "await", "yield", "import", "from", "del", "pass", "return", "raise",
                    "global", "nonlocal", "assert", "while", "with", "def", "class", "try",
                    "except", "finally", "break", "continue", "elif", "as"}
_STRING_PREFIX = set("rbfuRBFU")
_OPERATORS3 = {"**=", "//=", ">>=", "<<=", "..."}
_OPERATORS2 = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=", "->", "+=", "-=", "*=",
               "/=", "%=", "&=", "|=", "^=", "@="}


def _tokens(text):
    """(kind, text, start, end) for each token: kinds are 'name', 'number', 'string', 'op'."""
    out = []
    depth = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t\f":
            i += 1
            continue
        if c == "\\" and text[i + 1:i + 2] == "\n":
            i += 2
            continue
        if c == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c == "\n":
            if depth == 0 and text[i:].strip():
                raise ValueError("not one expression line")
            i += 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        start = i
        if c.isalpha() or c == "_" or ord(c) > 127:
            while i < n and (text[i].isalnum() or text[i] == "_" or ord(text[i]) > 127):
                i += 1
            word = text[start:i]
            if i < n and text[i] in "'\"" and len(word) <= 2 and all(ch in _STRING_PREFIX for ch in word):
                i = _skip_string(text, i)
                out.append(("string", text[start:i], start, i))
            else:
                out.append(("name", word, start, i))
            continue
        if c.isdigit() or (c == "." and text[i + 1:i + 2].isdigit()):
            while i < n and (text[i].isalnum() or text[i] in "._" or
                             (text[i] in "+-" and text[i - 1] in "eE" and not text[start:i].lower().startswith("0x"))):
                i += 1
            out.append(("number", text[start:i], start, i))
            continue
        if c in "'\"":
            i = _skip_string(text, i)
            out.append(("string", text[start:i], start, i))
            continue
        for size, table in ((3, _OPERATORS3), (2, _OPERATORS2)):
            if text[i:i + size] in table:
                out.append(("op", text[i:i + size], i, i + size))
                i += size
                break
        else:
            out.append(("op", c, i, i + 1))
            i += 1
    return out


def _skip_string(text, i):
    quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else text[i]
    i += len(quote)
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(quote, i):
            return i + len(quote)
        if len(quote) == 1 and text[i] == "\n":
            break
        i += 1
    raise ValueError("unterminated string")


def _is_operand_end(tok):
    kind, text = tok[0], tok[1]
    if kind == "name":
        return text not in _NOT_BINOP_WORDS
    return kind in ("number", "string") or text in (")", "]", "}")


def _parses(tokens):
    """Whether the tokens can be one expression (loosely: operands and operators alternate,
    brackets match, numbers are numbers), as `ast.parse` would have to accept the segment."""
    want_operand = True
    after_dot = False
    lambdas = False
    opened = []
    prev = None
    for tok in tokens:
        kind, text = tok[0], tok[1]
        if after_dot:
            if kind != "name" or text in _NOT_BINOP_WORDS:
                return False
            after_dot = False
            want_operand = False
        elif kind == "number":
            if not want_operand or not _is_number(text):
                return False
            want_operand = False
        elif kind == "string":
            if not want_operand and not (prev and prev[0] == "string"):
                return False
            want_operand = False
        elif kind == "name" and text not in _NOT_BINOP_WORDS:
            if not want_operand:
                return False
            want_operand = False
        elif kind == "name":
            lambdas = lambdas or text == "lambda"
            want_operand = True
        elif text in _OPEN:
            if not want_operand and text == "{":
                return False
            # A `:` may stand in a subscript, a dict display or after `lambda`.
            colon_ok = text == "{" or (text == "[" and not want_operand) or lambdas
            opened.append((_OPEN[text], colon_ok))
            want_operand = True
        elif text in (")", "]", "}"):
            if not opened or opened.pop()[0] != text:
                return False
            if want_operand and not (prev and prev[0] == "op" and prev[1] in ("(", "[", "{", ",", ":")):
                return False
            want_operand = False
        elif text == ".":
            if want_operand:
                return False
            after_dot = True
        elif text == ":" and not (opened and opened[-1][1]) and not lambdas:
            return False
        elif want_operand:
            if text in ("-", "+", "~") or (opened and text in ("*", "**", ":")):
                continue
            return False
        else:
            want_operand = True
        prev = tok
    return not want_operand and not after_dot and not opened


def _is_number(text):
    text = text.replace("_", "")
    if text.isdigit() and text[0] == "0" and text.strip("0"):
        return False  # 007 is not a literal
    for convert in (lambda t: int(t, 0), float, complex):
        try:
            convert(text)
            return True
        except (ValueError, TypeError):
            pass
    return False


def _top_level(tokens):
    """Pairs (token index, depth) checked for balance; raises ValueError when unbalanced."""
    stack = []
    depths = []
    for tok in tokens:
        t = tok[1] if tok[0] == "op" else None
        if t in _OPEN:
            depths.append(len(stack))
            stack.append(_OPEN[t])
        elif t in (")", "]", "}"):
            if not stack or stack.pop() != t:
                raise ValueError("unbalanced")
            depths.append(len(stack))
        else:
            depths.append(len(stack))
    if stack:
        raise ValueError("unbalanced")
    return depths


def _ungroup(tokens, lo, hi):
    """tokens[lo:hi] without the parentheses that only group them (those of a tuple or a
    generator expression belong to the expression, as in `ast` positions)."""
    while hi - lo >= 2 and tokens[lo][0] == "op" and tokens[lo][1] == "(" and tokens[hi - 1][1] == ")":
        depth = 0
        closes_at = None
        for k in range(lo, hi):
            t = tokens[k][1] if tokens[k][0] == "op" else None
            if t in _OPEN:
                depth += 1
            elif t in (")", "]", "}"):
                depth -= 1
                if depth == 0:
                    closes_at = k
                    break
        if closes_at != hi - 1:
            break
        inner = tokens[lo + 1:hi - 1]
        if not inner:
            break
        depths = _top_level(inner)
        if any(d == 0 and ((tok[0] == "op" and tok[1] == ",") or (tok[0] == "name" and tok[1] in ("for", "yield")))
               for tok, d in zip(inner, depths)):
            break
        lo, hi = lo + 1, hi - 1
    return lo, hi


def _inner_span(tokens, lo, hi):
    """Start and end offsets of tokens[lo:hi] as `ast` gives them for that expression."""
    lo, hi = _ungroup(tokens, lo, hi)
    return tokens[lo][2], tokens[hi - 1][3]


def _anchors(segment):
    """(left_end, right_start) of the `^` part inside segment, or None for no anchors.

    CPython takes the offsets from `ast` nodes, which count UTF-8 bytes, and mixes them with
    character offsets in places; the same arithmetic is done here, so non-ASCII segments
    come out as CPython's do."""
    tokens = _tokens(segment)
    if tokens and tokens[-1][1] == ";" and tokens[-1][0] == "op":
        tokens.pop()  # `x + y;` is still one statement
    if not tokens or segment[:1].isspace():
        return None
    if tokens[0][0] == "op" and tokens[0][1] not in ("(", "[", "{", "-", "+", "~"):
        return None  # `*x`, `) + y`: not an expression
    if not _parses(tokens):
        return None
    lo, hi = _ungroup(tokens, 0, len(tokens))
    tokens = tokens[lo:hi]
    depths = _top_level(tokens)
    top = [k for k, d in enumerate(depths) if d == 0]
    for k in top:
        kind, text = tokens[k][0], tokens[k][1]
        if (kind == "op" and (text in _NOT_BINOP or text.endswith("="))) \
                or (kind == "name" and text in _NOT_BINOP_WORDS):
            return None

    def nbytes(chars):
        return len(segment[:chars].encode("utf-8"))

    def normalize(offset):
        return _chars_before(segment, offset)

    binary = []
    for k in top:
        tok = tokens[k]
        if tok[0] == "op" and tok[1] in _BINARY_LEVEL and k > 0 and _is_operand_end(tokens[k - 1]):
            binary.append(k)
    if binary:
        level = min(_BINARY_LEVEL[tokens[k][1]] for k in binary)
        chosen = [k for k in binary if _BINARY_LEVEL[tokens[k][1]] == level]
        if level == _BINARY_LEVEL["**"]:
            k = chosen[0]
            if tokens[0][0] == "op" and tokens[0][1] in ("-", "+", "~"):
                return None  # -a ** b is a unary operation
        else:
            k = chosen[-1]
        if k + 1 >= len(tokens):
            return None
        left_end = nbytes(_inner_span(tokens, 0, k)[1])
        right_start = nbytes(_inner_span(tokens, k + 1, len(tokens))[0])
        between = segment[normalize(left_end):normalize(right_start)]
        offset = len(between) - len(between.lstrip())
        left = left_end + offset
        right = left + 1
        if offset + 1 < len(between) and not between[offset + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return normalize(left), normalize(right)
    if tokens[0][0] == "op" and tokens[0][1] in ("-", "+", "~"):
        return None
    # A subscript: the expression ends with its last `[...]` and has something before it.
    last = len(tokens) - 1
    if not (tokens[last][0] == "op" and tokens[last][1] == "]"):
        return None
    opening = None
    for k in top:
        if tokens[k][0] == "op" and tokens[k][1] == "[":
            opening = k
    if opening is None or opening == 0 or not _is_operand_end(tokens[opening - 1]):
        return None
    inner = tokens[opening + 1:last]
    if not inner or any(d == 0 and t[0] == "name" and t[1] in ("for", "yield", "lambda")
                        for t, d in zip(inner, _top_level(inner))):
        return None
    left = normalize(nbytes(_inner_span(tokens, 0, opening)[1]))
    right = normalize(nbytes(_inner_span(tokens, opening + 1, last)[1]) + 1)
    while left < len(segment) and segment[left] != "[":
        left += 1
    while right < len(segment) and segment[right] != "]":
        right += 1
    if right < len(segment):
        right += 1
    return left, right


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = "|"
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + " "
        texts = [text_gen] if isinstance(text_gen, str) else text_gen
        for text in texts:
            if prefix:
                text = "".join(prefix + line for line in text.splitlines(True))
            yield text


class TracebackException:

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(_walk_tb_positions(exc_traceback), limit=limit,
                                           lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        # The text is taken now, so that the exception itself need not be kept.
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, "filename", None)
            lno = getattr(exc_value, "lineno", None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, "end_lineno", None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, "text", None)
            self.offset = getattr(exc_value, "offset", None)
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = getattr(exc_value, "msg", None)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if not top:
            return
        # The chain is walked with a work list, not recursion, and each exception is taken
        # once (`_seen`), so that loops in __cause__/__context__ end.
        work = [(self, exc_value)]
        while work:
            te, e = work.pop()
            cause = None
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = self._chained(e.__cause__, limit, lookup_lines, capture_locals, _seen)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            context = None
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = self._chained(e.__context__, limit, lookup_lines, capture_locals, _seen)
            exceptions = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = [self._chained(x, limit, lookup_lines, capture_locals, _seen)
                              for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                work.append((cause, e.__cause__))
            if context:
                work.append((context, e.__context__))
            if exceptions:
                work.extend(zip(exceptions, e.exceptions))

    def _chained(self, exc, limit, lookup_lines, capture_locals, seen):
        return TracebackException(type(exc), exc, exc.__traceback__, limit=limit,
                                  lookup_lines=lookup_lines, capture_locals=capture_locals,
                                  max_group_width=self.max_group_width,
                                  max_group_depth=self.max_group_depth, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple, str)) or _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, "note")
                for line in note.split("\n"):
                    yield line + "\n"
        elif notes is not None:
            yield _safe_string(notes, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs and other whitespace stay, so that the caret lines up.
                    lead = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}".format(lead, "^" * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    msg, nxt = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg, nxt = _context_message, exc.__context__
                else:
                    msg, nxt = None, None
                output.append((msg, exc))
                exc = nxt
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit("Traceback (most recent call last):\n")
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        # A group: its own traceback and line, then each member (up to max_group_width)
        # after a numbered separator, one level deeper; the last closes the frame.
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit("Exception Group Traceback (most recent call last):\n",
                                 margin_char="+" if is_toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        num_excs = len(self.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                _ctx.need_close = True
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = f"{i + 1}" if not truncated else "..."
            yield (_ctx.indent() + ("+-" if i == 0 else "  ")
                   + f"+---------------- {title} ----------------\n")
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = "s" if remaining > 1 else ""
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)
