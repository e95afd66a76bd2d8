"""inspect, written in Python for Reap: type predicates, members, source code, frames, and
function signatures, with CPython 3.11's behaviour and messages. Signatures (Signature,
Parameter, BoundArguments, signature()) and the predicates they use are in _inspect_signature,
whose objects this module takes in as its own.

Differences from CPython, most of them from what Reap's core provides:
- Reap has no tokenize, ast or dis modules: getblock() and findsource() of a class use a small
  tokenizer of their own, and BlockFinder.tokeneater() is fed its token kinds as strings
  ('NAME', 'OP', 'NEWLINE', 'INDENT', ...). The positions of frame records are a namedtuple
  'Positions' (dis.Positions) made here.
- `object` gets CPython's `()` from here (Reap's `object` has no text signature), which
  classes without __init__/__new__ need.
- Reap's builtin types expose no __get__/__set__/__delete__ attributes: the descriptor
  predicates and getattr_static() know that property, classmethod, staticmethod and functions
  are descriptors.
- Without co_positions/f_lasti, frame records carry Positions(lineno, None, None, None).
- getgeneratorstate/getcoroutinestate need gi_suspended/cr_suspended, getclosurevars needs
  co_names and cell_contents: where the core lacks them these raise AttributeError.
"""

import builtins
import linecache
import os
import re
import sys
import types
from collections import namedtuple

import _inspect_signature

__all__ = [
    "ArgInfo", "Arguments", "Attribute", "BlockFinder", "BoundArguments", "CORO_CLOSED",
    "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CO_ASYNC_GENERATOR", "CO_COROUTINE",
    "CO_GENERATOR", "CO_ITERABLE_COROUTINE", "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE",
    "CO_OPTIMIZED", "CO_VARARGS", "CO_VARKEYWORDS", "ClassFoundException", "ClosureVars",
    "EndOfBlock", "FrameInfo", "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING",
    "GEN_SUSPENDED", "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT", "Traceback",
    "classify_class_attrs", "cleandoc", "currentframe", "findsource", "formatannotation",
    "formatannotationrelativeto", "formatargvalues", "get_annotations", "getabsfile",
    "getargs", "getargvalues", "getattr_static", "getblock", "getcallargs", "getclasstree",
    "getclosurevars", "getcomments", "getcoroutinelocals", "getcoroutinestate", "getdoc",
    "getfile", "getframeinfo", "getfullargspec", "getgeneratorlocals", "getgeneratorstate",
    "getinnerframes", "getlineno", "getmembers", "getmembers_static", "getmodule",
    "getmodulename", "getmro", "getouterframes", "getsource", "getsourcefile",
    "getsourcelines", "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction",
    "isawaitable", "isbuiltin", "isclass", "iscode", "iscoroutine", "iscoroutinefunction",
    "isdatadescriptor", "isframe", "isfunction", "isgenerator", "isgeneratorfunction",
    "isgetsetdescriptor", "ismemberdescriptor", "ismethod", "ismethoddescriptor",
    "ismethodwrapper", "ismodule", "isroutine", "istraceback", "signature", "stack", "trace",
    "unwrap", "walktree",
]

# Signatures and the predicates they use live in _inspect_signature: take in what it defines
# (and its constants), and make its classes and functions belong to this module.
for _name, _value in vars(_inspect_signature).items():
    if _name.startswith('__') or isinstance(_value, types.ModuleType):
        continue
    if isinstance(_value, type) or isinstance(_value, types.FunctionType):
        if _value.__module__ != _inspect_signature.__name__:
            continue
        _value.__module__ = __name__
    globals()[_name] = _value
del _name, _value

# ---------------------------------------------------------------- members

def _getmembers(object, predicate, getter):
    results = []
    seen = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        dynamic = getattr(types, 'DynamicClassAttribute', None)
        try:
            for base in object.__bases__:
                for key, value in base.__dict__.items():
                    if dynamic is not None and isinstance(value, dynamic):
                        names.append(key)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name, only those
    that satisfy `predicate` if given."""
    return _getmembers(object, predicate, getattr)

def getmembers_static(object, predicate=None):
    """Like getmembers(), but without triggering descriptors, __getattr__ or
    __getattribute__ (through getattr_static)."""
    return _getmembers(object, predicate, getattr_static)

Attribute = namedtuple('Attribute', 'name kind defining_class object')

def classify_class_attrs(cls):
    """Return a list of Attribute(name, kind, defining_class, object) for each name in
    dir(cls); kind is 'class method', 'static method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    dynamic = getattr(types, 'DynamicClassAttribute', None)
    for base in mro:
        for key, value in base.__dict__.items():
            if dynamic is not None and isinstance(value, dynamic) and value.fget is not None:
                names.append(key)
    result = []
    seen = set()
    for name in names:
        home = got = found = None
        if name not in seen:
            try:
                if name == '__dict__':
                    raise Exception("the proxy of __dict__ is not wanted")
                got = getattr(cls, name)
            except Exception:
                pass
            else:
                home = getattr(got, "__objclass__", None)
                if home not in class_bases:
                    home = last = None
                    for candidate in class_bases:
                        if getattr(candidate, name, None) is got:
                            last = candidate
                    for candidate in metamro:
                        try:
                            if candidate.__getattr__(cls, name) is got:
                                last = candidate
                        except AttributeError:
                            continue
                    if last is not None:
                        home = last
        for base in all_bases:
            if name in base.__dict__:
                found = base.__dict__[name]
                if home not in metamro:
                    home = base
                break
        if home is None:
            continue
        obj = got if got is not None else found
        if isinstance(found, (staticmethod, types.BuiltinMethodType)):
            kind, obj = "static method", found
        elif isinstance(found, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = "class method", found
        elif isinstance(found, property):
            kind, obj = "property", found
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, home, obj))
        seen.add(name)
    return result

def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__

# ---------------------------------------------------------------- documentation

def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    text = line.expandtabs()
    return len(text) - len(text.lstrip())

def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    return cls if isclass(cls) else None

def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if isclass(owner) and getattr(getattr(owner, name, None), '__func__') is obj.__func__:
            cls = owner
        else:
            cls = owner.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__:
            cls = owner
        else:
            cls = owner.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None

def getdoc(object):
    """Get the documentation string for an object (inherited if the object has none),
    cleaned up with cleandoc()."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)

def cleandoc(doc):
    """Clean up indentation from docstrings: the whitespace that can be uniformly removed
    from the second line onwards is removed, and so are leading and trailing blank lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = len(line.lstrip())
        if stripped:
            indent = len(line) - stripped
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)

# ---------------------------------------------------------------- files and modules

def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))

_SOURCE_SUFFIXES = ['.py']
_BYTECODE_SUFFIXES = ['.pyc']
_EXTENSION_SUFFIXES = ['.abi3.so', '.so']

def getmodulename(path):
    """Return the module name for a given file, or None."""
    name = os.path.basename(path)
    suffixes = sorted(_SOURCE_SUFFIXES + _BYTECODE_SUFFIXES + _EXTENSION_SUFFIXES,
                      key=lambda s: -len(s))
    for suffix in suffixes:
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None

def getsourcefile(object):
    """Return the filename that can be used to locate an object's source, or None."""
    filename = getfile(object)
    if any(filename.endswith(s) for s in _BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + _SOURCE_SUFFIXES[0]
    elif any(filename.endswith(s) for s in _EXTENSION_SUFFIXES):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None

def _normcase(path):
    normcase = getattr(os.path, 'normcase', None)
    return normcase(path) if normcase else path

def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return _normcase(os.path.abspath(_filename))

modulesbyfile = {}
_filesbymodname = {}

def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    realpath = getattr(os.path, 'realpath', None)
    for modname, module in sys.modules.copy().items():
        if ismodule(module) and hasattr(module, '__file__'):
            path = module.__file__
            if path == _filesbymodname.get(modname, None):
                continue
            _filesbymodname[modname] = path
            path = getabsfile(module)
            modulesbyfile[path] = module.__name__
            if realpath is not None:
                modulesbyfile[realpath(path)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    main = sys.modules['__main__']
    if getattr(main, name, _sentinel) is object:
        return main
    builtin = sys.modules['builtins']
    if getattr(builtin, name, _sentinel) is object:
        return builtin
    return None

# ---------------------------------------------------------------- source code

class ClassFoundException(Exception):
    pass

class EndOfBlock(Exception):
    pass

_STRING_START = re.compile(r"""(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('''|\"\"\"|'|")""")
_WORD = re.compile(r'\w+')

def _string_end(line, pos, quote):
    """The index just past the end of a string whose quote opened before `pos`, or -1 if the
    string goes on past this line."""
    n = len(line)
    while pos < n:
        ch = line[pos]
        if ch == '\\':
            pos += 2
        elif line.startswith(quote, pos):
            return pos + len(quote)
        elif len(quote) == 1 and ch in '\r\n':
            return -1
        else:
            pos += 1
    return -1

def _tokenize(lines):
    """Pseudo-tokens (kind, text, (row, col), (row, col)) of Python source lines, as much of
    the tokenize module's stream as finding blocks needs: INDENT/DEDENT, NEWLINE (ends a
    logical line), NL, COMMENT, STRING, NAME, NUMBER, OP (one character), ENDMARKER."""
    indents = [0]
    depth = 0
    joined = False
    pending = None
    row = 0
    for row, line in enumerate(lines, 1):
        pos, end = 0, len(line)
        if pending is not None:
            close = _string_end(line, 0, pending[0])
            if close < 0:
                continue
            yield ('STRING', '', pending[1], (row, close))
            pending, pos = None, close
        elif not depth and not joined:
            column = 0
            while pos < end and line[pos] in ' \t\f':
                ch = line[pos]
                column = column + 1 if ch == ' ' else (column // 8 + 1) * 8 if ch == '\t' else 0
                pos += 1
            if pos == end or line[pos] in '#\r\n':
                if pos < end and line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield ('COMMENT', text, (row, pos), (row, pos + len(text)))
                yield ('NL', '\n', (row, end), (row, end + 1))
                continue
            if column > indents[-1]:
                indents.append(column)
                yield ('INDENT', line[:pos], (row, 0), (row, pos))
            while column < indents[-1]:
                indents.pop()
                yield ('DEDENT', '', (row, pos), (row, pos))
            if column != indents[-1]:
                raise IndentationError('unindent does not match any outer indentation level')
        joined = False
        while pos < end:
            ch = line[pos]
            if ch in ' \t\f':
                pos += 1
                continue
            if ch == '#':
                text = line[pos:].rstrip('\r\n')
                yield ('COMMENT', text, (row, pos), (row, pos + len(text)))
                pos += len(text)
                continue
            if ch in '\r\n':
                yield ('NL' if depth else 'NEWLINE', '\n', (row, pos), (row, pos + 1))
                break
            if ch == '\\':
                joined = True
                break
            m = _STRING_START.match(line, pos)
            if m:
                close = _string_end(line, m.end(), m.group(1))
                if close < 0:
                    if len(m.group(1)) == 3 or line.rstrip('\r\n').endswith('\\'):
                        pending = (m.group(1), (row, pos))
                    break
                yield ('STRING', line[pos:close], (row, pos), (row, close))
                pos = close
                continue
            m = _WORD.match(line, pos)
            if m:
                yield ('NUMBER' if ch.isdigit() else 'NAME', m.group(), (row, pos), (row, m.end()))
                pos = m.end()
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}' and depth:
                depth -= 1
            yield ('OP', ch, (row, pos), (row, pos + 1))
            pos += 1
        else:
            if not depth and not joined and pending is None:
                yield ('NEWLINE', '', (row, end), (row, end + 1))
    for _ in indents[1:]:
        yield ('DEDENT', '', (row + 1, 0), (row + 1, 0))
    yield ('ENDMARKER', '', (row + 1, 0), (row + 1, 0))

class BlockFinder:
    """Find the end of the def, class or lambda block at the top of some lines, from the
    pseudo-tokens of _tokenize() fed to tokeneater()."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            if token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                self.islambda = token == "lambda"
                self.started = True
            self.passline = True
        elif type == 'NEWLINE':
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                raise EndOfBlock
            self.indecorator = False
        elif self.passline:
            pass
        elif type == 'INDENT':
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == 'DEDENT':
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == 'COMMENT':
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type != 'NL':
            raise EndOfBlock

def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    finder = BlockFinder()
    try:
        for kind, text, start, end in _tokenize(lines):
            finder.tokeneater(kind, text, start, end, None)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]

def _find_class_line(lines, qualname):
    """The index of the line that starts the class `qualname` (its first decorator if it
    has one), scanning the statements the way the compiler names nested scopes."""
    scopes = []
    depth = 0
    decorator = None
    words = []
    try:
        for kind, text, start, _ in _tokenize(lines):
            if kind == 'INDENT':
                depth += 1
            elif kind == 'DEDENT':
                depth -= 1
            elif kind not in ('NEWLINE', 'ENDMARKER', 'COMMENT', 'NL'):
                if len(words) < 3:
                    words.append((text, start[0]))
            elif kind in ('NEWLINE', 'ENDMARKER') and words:
                head, words = words, []
                # A statement closes the scopes opened at its depth or deeper.
                while scopes and scopes[-1][0] >= depth:
                    scopes.pop()
                if head[0][0] == '@':
                    if decorator is None:
                        decorator = head[0][1]
                    continue
                row = decorator if decorator is not None else head[0][1]
                decorator = None
                if head[0][0] == 'async':
                    head = head[1:]
                if len(head) < 2 or head[0][0] not in ('def', 'class'):
                    continue
                name = head[1][0]
                outer = [part for scope in scopes for part in scope[1]]
                if head[0][0] == 'class':
                    if '.'.join(outer + [name]) == qualname:
                        return row - 1
                    scopes.append((depth, [name]))
                else:
                    scopes.append((depth, [name, '<locals>']))
    except IndentationError:
        pass
    return None

_DEF_LINE = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')

def findsource(object):
    """Return the lines of the file an object comes from and the index of the line where
    its source starts. OSError if the source cannot be found."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        found = _find_class_line(lines, object.__qualname__)
        if found is None:
            raise OSError('could not find class definition')
        return lines, found
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            if lnum >= len(lines):
                raise OSError('lineno is out of bounds')
            if _DEF_LINE.match(lines[lnum]):
                break
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')

def getcomments(object):
    """Get the lines of comments immediately preceding an object's source code (or at the
    top of a module's file), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 1 if lines and lines[0][:2] == '#!' else 0
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                end += 1
            return ''.join(line.expandtabs() for line in lines[start:end])
        return None
    if lnum <= 0:
        return None
    indent = indentsize(lines[lnum])
    end = lnum - 1
    if not (lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent):
        return None
    comments = [lines[end].expandtabs().lstrip()]
    end -= 1
    while end >= 0:
        comment = lines[end].expandtabs().lstrip()
        if comment[:1] != '#' or indentsize(lines[end]) != indent:
            break
        comments.insert(0, comment)
        end -= 1
    while comments and comments[0].strip() == '#':
        del comments[0]
    while comments and comments[-1].strip() == '#':
        del comments[-1]
    return ''.join(comments)

def getsourcelines(object):
    """Return the source lines of an object and the number of its first line (0 and the
    whole file for a module or a module's frame)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1

def getsource(object):
    """Return the text of the source code for an object."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)

# ---------------------------------------------------------------- class trees

def walktree(classes, children, parent):
    """Recursive helper function for getclasstree()."""
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results

def getclasstree(classes, unique=False):
    """Arrange the given classes into a hierarchy of nested lists of (class, bases)."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)

# ---------------------------------------------------------------- argument lists

Arguments = namedtuple('Arguments', 'args, varargs, varkw')

def getargs(co):
    """Return (args, varargs, varkw) of a code object: keyword-only names follow args."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:count])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return Arguments(args, varargs, varkw)

FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')

def getfullargspec(func):
    """Get the names and default values of a callable object's parameters, as a FullArgSpec:
    bound methods keep their first parameter and __wrapped__ is not followed."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs = [], []
    varargs = varkw = None
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind is _POSITIONAL_ONLY or kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs,
                       kwdefaults or None, annotations)

ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')

def getargvalues(frame):
    """Get (args, varargs, varkw, locals) of the arguments passed into a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)

def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format the four values returned by getargvalues() as an argument list."""
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'

def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    if len(names) == 1:
        listed = names[0]
    elif len(names) == 2:
        listed = "{} and {}".format(*names)
    else:
        listed = ", ".join(names[:-2]) + ", {} and {}".format(*names[-2:])
    raise TypeError("%s() missing %i required %s argument%s: %s" % (
        f_name, len(names), "positional" if pos else "keyword-only",
        "" if len(names) == 1 else "s", listed))

def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural, expected = atleast != 1, "at least %d" % atleast
    elif defcount:
        plural, expected = True, "from %d to %d" % (atleast, len(args))
    else:
        plural, expected = len(args) != 1, str(len(args))
    kwonly_part = ""
    if kwonly_given:
        kwonly_part = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" % (
        f_name, expected, "s" if plural else "", given, kwonly_part,
        "was" if given == 1 and not kwonly_given else "were"))

def getcallargs(func, /, *positional, **named):
    """Get the mapping of argument names (with those of * and **) to the values a call
    with these arguments would bind them to."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos, num_args = len(positional), len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r" % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, arg2value)
    if num_pos < num_args:
        required = args[:num_args - num_defaults]
        for arg in required:
            if arg not in arg2value:
                _missing_arguments(f_name, required, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value

ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')

def getclosurevars(func):
    """Get the current values of a function's free variables: ClosureVars(nonlocals,
    globals, builtins, unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents
                         for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)

# ---------------------------------------------------------------- frames

_Positions = namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                       defaults=[None] * 4, module='dis')

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')

class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context, self.index,
                    self.positions))

def _code_position(code, lasti):
    """(lineno, end_lineno, col_offset, end_col_offset) of an instruction, all None where
    the instruction or the code's positions are unknown."""
    positions = getattr(code, 'co_positions', None)
    if lasti is None or lasti < 0 or positions is None:
        return (None, None, None, None)
    for i, position in enumerate(positions()):
        if i == lasti // 2:
            return position
    return (None, None, None, None)

def getframeinfo(frame, context=1):
    """Get Traceback(filename, lineno, function, code_context, index) for a frame or a
    traceback object, with `context` lines of source around the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        position = _code_position(frame.tb_frame.f_code, getattr(frame, 'tb_lasti', None))
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        position = _code_position(frame.f_code, getattr(frame, 'f_lasti', None))
    if position[0] is None:
        position = (lineno,) + tuple(position[1:])
    lineno = position[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, _ = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(*position))

def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno

_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)

class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))

def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all its callers, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records

def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and all the frames below it."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records

def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None

def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)

def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    return getinnerframes(sys.exc_info()[2], context)

# ---------------------------------------------------------------- getattr_static

_sentinel = object()

def _static_getmro(klass):
    return type.__getattribute__(klass, '__mro__')

def _class_dict(klass):
    return type.__getattribute__(klass, '__dict__')

def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        instance_dict = {}
    return dict.get(instance_dict, attr, _sentinel)

def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            entry_dict = _class_dict(entry)
            if attr in entry_dict:
                return entry_dict[attr]
    return _sentinel

def _static_defines(klass, attr):
    return _check_class(klass, attr) is not _sentinel

def _is_type(obj):
    return issubclass(type(obj), type)

_GetSetDescriptorType = types.GetSetDescriptorType
_MemberDescriptorType = types.MemberDescriptorType

# `type`'s own descriptor for a class's namespace: the ordinary `__dict__`, shadowing nothing.
_TYPE_DICT = type.__dict__['__dict__']

def _shadowed_dict(klass):
    # A '__dict__' entry in a class's own dict other than the class's own descriptor replaces
    # the instances' dictionary.
    for entry in _static_getmro(klass):
        entry_dict = _class_dict(entry)
        if '__dict__' in entry_dict:
            found = entry_dict['__dict__']
            if found is _TYPE_DICT:
                continue
            if not (_isinstance_opt(found, _GetSetDescriptorType)
                    and found.__name__ == "__dict__" and found.__objclass__ is entry):
                return found
    return _sentinel

def getattr_static(obj, attr, default=_sentinel):
    """Retrieve an attribute without triggering the descriptor protocol, __getattr__ or
    __getattribute__: a descriptor found on the class is returned itself."""
    instance_result = _sentinel
    if not _is_type(obj):
        klass = type(obj)
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or _isinstance_opt(dict_attr, _MemberDescriptorType):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kind = type(klass_result)
        if _type_has(kind, "__get__", _static_defines) and (
                _type_has(kind, "__set__", _static_defines)
                or _type_has(kind, "__delete__", _static_defines)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                entry_dict = _class_dict(entry)
                if attr in entry_dict:
                    return entry_dict[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)

# ---------------------------------------------------------------- generators and coroutines

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

def getgeneratorstate(generator):
    """Get the state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED

def getgeneratorlocals(generator):
    """Get the mapping of a generator's local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

def getcoroutinestate(coroutine):
    """Get the state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or
    CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED

def getcoroutinelocals(coroutine):
    """Get the mapping of a coroutine's local variables to their current values."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}
