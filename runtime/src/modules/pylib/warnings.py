"""warnings, written in Python for Reap: issue, filter, show and record warnings.

Behaves as CPython 3.11's, whose core is the C module `_warnings` (and which differs there from
CPython's own Python fallback): the same filters list and default filters, the same registry
keys and actions ("once" is once per registry; calls without one share `onceregistry`), the
same printed form and the same errors.

Differs from CPython's:
- `warn` finds the warning's location with `sys._getframe`. Where Reap lacks it, the calling
  frames cannot be reached, and every warning is placed where CPython places one whose
  stacklevel goes past the outermost frame: file "sys", line 1, module "sys" (so the default
  filters then ignore DeprecationWarning, which they show only for `__main__`).
- When the `re` module is missing, `filterwarnings` compiles its `message` and `module`
  patterns with a small matcher of its own (literals, `.`, classes, groups, `|`, the usual
  quantifiers and anchors); other syntax raises `ValueError`.
- Builtin categories that Reap lacks (PendingDeprecationWarning, ImportWarning) are stood in
  for by classes of the same name, so that the default filters are CPython's.
- `source=` objects get the "Enable tracemalloc" line, as CPython without tracing does.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


def _builtin_category(name):
    import builtins
    found = getattr(builtins, name, None)
    if found is None:
        found = type(name, (Warning,), {"__module__": "builtins"})
    return found


_PendingDeprecationWarning = _builtin_category("PendingDeprecationWarning")
_ImportWarning = _builtin_category("ImportWarning")


# --- Showing a warning

def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass  # the stream is gone: the warning is lost, as in CPython


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


# The originals, to tell whether a program replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# --- The filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    assert action in ("error", "ignore", "always", "default", "module", "once"), \
        "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in ("error", "ignore", "always", "default", "module", "once"), \
        "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter already there is moved to the front, or left where it is when appending.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ("default", "always", "ignore", "module", "once", "error"):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition(".")
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# --- Issuing a warning

def _caller_frame(stacklevel):
    """The frame `stacklevel` levels up from warn's caller (1 = the caller), or None."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        try:
            frame = getframe(2)
        except ValueError:
            return None
    else:
        # No sys._getframe: the frame of this function, from an exception caught here, and
        # its f_back links as far as Reap keeps them.
        try:
            raise ZeroDivisionError
        except ZeroDivisionError as e:
            frame = e.__traceback__.tb_frame
        for _ in range(2):
            if frame is None:
                return None
            frame = frame.f_back
    while stacklevel > 1 and frame is not None:
        frame = frame.f_back
        stacklevel -= 1
    return frame


# Where sys has no __dict__ to keep the registry of warnings placed at "sys", line 1.
_sys_globals = {"__name__": "sys"}


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{}'".format(type(category).__name__))
    frame = _caller_frame(stacklevel)
    if frame is None:
        globals = getattr(sys, "__dict__", None)
        if not isinstance(globals, dict):
            globals = _sys_globals
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get("__name__")
    if not (module is None or isinstance(module, str)):
        module = "<string>"
    elif "__name__" not in globals:
        module = "<string>"
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


class _NotGiven:
    def __repr__(self):
        return "<unrepresentable>"


_not_given = _NotGiven()


def warn_explicit(message, category, filename, lineno, module=_not_given, registry=None,
                  module_globals=None, source=None):
    # As _warnings does it (which differs from CPython's Python fallback): "once" is once per
    # registry when there is one, and onceregistry only serves calls without.
    if not isinstance(lineno, int):
        raise TypeError(f"'{type(lineno).__name__}' object cannot be interpreted as an integer")
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        return  # _warnings drops a warning whose module is None (as at shutdown)
    if module is _not_given:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if _already_warned(onceregistry if registry is None else registry,
                               (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category, 0), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _already_warned(registry, key, should_set):
    # A registry remembers the filters version it was filled under: any change empties it.
    version = registry.get("version")
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _get_filter(category, text, lineno, module):
    for i, item in enumerate(filters):
        if not (isinstance(item, tuple) and len(item) == 5):
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(msg, text) and _matches(mod, module) and issubclass(category, cat)
                and (ln == 0 or lineno == ln)):
            return action, item
    if not isinstance(defaultaction, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(defaultaction).__name__)
    return defaultaction, None


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        # The default filters name their module as plain text, matched exactly (as _warnings).
        return pattern == text
    return bool(pattern.match(text))


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # The original showwarning, so that _showwarnmsg goes to the log.
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


# --- Patterns for filterwarnings: `re` where there is one, else a small matcher.

def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, 2 if ignorecase else 0)
    return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)


def _escape(text):
    try:
        import re
    except ImportError:
        return "".join("\\" + c if not (c.isalnum() or c == "_") and c < "\x80" else c for c in text)
    return re.escape(text)


class _Pattern:
    """A compiled regular expression that can only `match` (at the start of the text)."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        self._fold = bool(flags & 2)
        parser = _PatternParser(pattern, self._fold)
        self._tree = parser.alternatives()
        if parser.pos != len(pattern):
            raise ValueError("unbalanced parenthesis at position %d" % parser.pos)

    def __repr__(self):
        return "re.compile(%r%s)" % (self.pattern, ", re.IGNORECASE" if self._fold else "")

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, text):
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
        if self._fold:
            text = text.lower()
        end = _match_alt(self._tree, text, 0, lambda pos: pos)
        return None if end is None else _Match(text, end)


class _Match:
    def __init__(self, text, end):
        self.string, self._end = text, end

    def group(self, n=0):
        return self.string[:self._end]

    def end(self):
        return self._end


# Nodes: ("alt", [seq, ...]); a seq is a list of (atom, min, max, greedy); atoms are
# ("lit", ch), ("any",), ("set", negated, [(lo, hi), ...]), ("group", alt), ("bol",),
# ("eos",) for \Z, ("eol",) for $.
_CLASSES = {"d": [("0", "9")], "w": [("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")],
            "s": [(" ", " "), ("\t", "\r")]}


class _PatternParser:
    def __init__(self, pattern, fold):
        self.p = pattern
        self.pos = 0
        self.fold = fold  # the text is lowercased before matching, and so are literals

    def peek(self):
        return self.p[self.pos] if self.pos < len(self.p) else None

    def alternatives(self):
        seqs = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            seqs.append(self.sequence())
        return ("alt", seqs)

    def sequence(self):
        seq = []
        while self.pos < len(self.p) and self.p[self.pos] not in "|)":
            atom = self.atom()
            lo, hi, greedy = 1, 1, True
            c = self.peek()
            if c in ("*", "+", "?") and c is not None:
                self.pos += 1
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            elif c == "{":
                bounds = self.braces()
                if bounds is not None:
                    lo, hi = bounds
            if (lo, hi) != (1, 1) and self.peek() == "?":
                self.pos += 1
                greedy = False
            if atom[0] in ("bol", "eos", "eol") and (lo, hi) != (1, 1):
                raise ValueError("nothing to repeat at position %d" % self.pos)
            seq.append((atom, lo, hi, greedy))
        return seq

    def braces(self):
        end = self.p.find("}", self.pos)
        if end < 0:
            return None
        body = self.p[self.pos + 1:end]
        lo, sep, hi = body.partition(",")
        if not (lo.isdigit() or (sep and lo == "")) or (hi and not hi.isdigit()):
            return None
        self.pos = end + 1
        lo = int(lo) if lo else 0
        if not sep:
            return lo, lo
        return lo, (int(hi) if hi else None)

    def atom(self):
        c = self.p[self.pos]
        self.pos += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c in "*+?":
            raise ValueError("nothing to repeat at position %d" % (self.pos - 1))
        if c == "(":
            if self.peek() == "?":
                if self.p[self.pos:self.pos + 2] != "?:":
                    raise ValueError("unsupported group syntax in warnings filter pattern")
                self.pos += 2
            inner = self.alternatives()
            if self.peek() != ")":
                raise ValueError("missing ), unterminated subpattern at position %d" % self.pos)
            self.pos += 1
            return ("group", inner)
        if c == "[":
            return self.charset()
        if c == "\\":
            return self.escape(in_set=False)
        return ("lit", c.lower() if self.fold else c)

    def escape(self, in_set):
        if self.pos >= len(self.p):
            raise ValueError("bad escape (end of pattern)")
        c = self.p[self.pos]
        self.pos += 1
        if c.lower() in _CLASSES:
            return ("set", c.isupper(), _CLASSES[c.lower()])
        if c == "Z" and not in_set:
            return ("eos",)
        if c == "A" and not in_set:
            return ("bol",)
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
        if c in simple:
            return ("lit", simple[c])
        if c.isalnum():
            raise ValueError("bad escape \\%s in warnings filter pattern" % c)
        return ("lit", c.lower() if self.fold else c)

    def charset(self):
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        ranges = []
        first = True
        while True:
            if self.pos >= len(self.p):
                raise ValueError("unterminated character set")
            c = self.p[self.pos]
            if c == "]" and not first:
                self.pos += 1
                break
            first = False
            self.pos += 1
            if c == "\\":
                atom = self.escape(in_set=True)
                if atom[0] == "set":
                    ranges.extend(atom[2])  # \D inside a class is not supported: taken as \d
                    continue
                c = atom[1]
            if self.peek() == "-" and self.p[self.pos + 1:self.pos + 2] not in ("]", ""):
                self.pos += 1
                hi = self.p[self.pos]
                self.pos += 1
                ranges.append((c, hi))
            else:
                ranges.append((c, c))
        if self.fold:
            ranges = [(lo.lower(), hi.lower()) if lo.isalpha() and hi.isalpha() else (lo, hi)
                      for lo, hi in ranges]
        return ("set", negated, ranges)


def _atom_at(atom, text, pos):
    """Whether a one-character atom matches text[pos]."""
    if pos >= len(text):
        return False
    ch = text[pos]
    kind = atom[0]
    if kind == "lit":
        return ch == atom[1]
    if kind == "any":
        return ch != "\n"
    if kind == "set":
        inside = False
        for lo, hi in atom[2]:
            if lo <= ch <= hi:
                inside = True
                break
        return inside != atom[1]
    return False


def _match_alt(node, text, pos, cont):
    for seq in node[1]:
        end = _match_seq(seq, 0, text, pos, cont)
        if end is not None:
            return end
    return None


def _match_seq(seq, i, text, pos, cont):
    if i == len(seq):
        return cont(pos)
    atom, lo, hi, greedy = seq[i]
    kind = atom[0]
    if kind == "bol":
        return _match_seq(seq, i + 1, text, pos, cont) if pos == 0 else None
    if kind == "eos":
        return _match_seq(seq, i + 1, text, pos, cont) if pos == len(text) else None
    if kind == "eol":
        if pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n"):
            return _match_seq(seq, i + 1, text, pos, cont)
        return None
    return _repeat(seq, i, text, pos, cont, 0)


def _repeat(seq, i, text, pos, cont, count):
    atom, lo, hi, greedy = seq[i]

    def more():
        if hi is not None and count >= hi:
            return None
        if atom[0] == "group":
            def after(p):
                if p == pos and count >= lo:
                    return None  # an empty repetition would loop for ever
                return _repeat(seq, i, text, p, cont, count + 1)
            return _match_alt(atom[1], text, pos, after)
        if _atom_at(atom, text, pos):
            return _repeat(seq, i, text, pos + 1, cont, count + 1)
        return None

    def stop():
        if count < lo:
            return None
        return _match_seq(seq, i + 1, text, pos, cont)

    first, second = (more, stop) if greedy else (stop, more)
    end = first()
    return end if end is not None else second()


# --- State, as _warnings keeps it

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


filters.extend([
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, _PendingDeprecationWarning, None, 0),
    ("ignore", None, _ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
])
_processoptions(getattr(sys, "warnoptions", []))
