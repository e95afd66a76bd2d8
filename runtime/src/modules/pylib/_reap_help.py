"""help(obj) for the REPL: the signature and docstring of a function, method or class, in the
plain-text layout of CPython's pydoc (sections of a class's attributes, inherited ones after
its own), printed without a pager."""

import sys

_RULE = '-' * 70
_NO_TOPIC = ("No Python documentation found for %r.\n"
             "Use help() to get the interactive help utility.\n"
             "Use help(str) for help on the str class.")
_INTRO = ('Reap has no interactive help utility: help(object) shows the signature and the\n'
          'documentation of a function, method, class or module, as CPython\'s does.')


def _kind(obj):
    return type(obj).__name__


def _is_function(obj):
    return _kind(obj) == 'function'


_DESCRIPTORS = ('method_descriptor', 'wrapper_descriptor', 'method-wrapper', 'classmethod_descriptor')


def _is_builtin(obj):
    return _kind(obj) == 'builtin_function_or_method' or _kind(obj) in _DESCRIPTORS


def _is_method(obj):
    return _kind(obj) == 'method'


def _class_name(cls, here=None):
    module = getattr(cls, '__module__', 'builtins')
    if module == here:
        return cls.__name__
    return '%s.%s' % (module, cls.__name__)


def _clean(doc):
    """A docstring without its common indentation, as inspect.cleandoc."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    for line in lines[1:]:
        out.append(line[margin:] if margin is not None else line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)


# The docstrings of `object`'s methods that a class's own methods without one show.
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__repr__': 'Return repr(self).',
    '__str__': 'Return str(self).',
    '__hash__': 'Return hash(self).',
    '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.',
    '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.',
    '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.',
    '__getattribute__': 'Return getattr(self, name).',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
    '__format__': 'Default object formatter.',
    '__sizeof__': 'Size of object in memory, in bytes.',
    '__dir__': 'Default dir() implementation.',
    '__init_subclass__': ('This method is called when a class is subclassed.\n\n'
                          'The default implementation does nothing. It may be\n'
                          'overridden to extend subclasses.'),
}


def _doc(obj, owner=None, name=None):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str) and owner is not None and name is not None:
        # A method without a docstring has its base class's, as inspect.getdoc finds it.
        for base in owner.__mro__[1:]:
            inherited = getattr(base.__dict__.get(name), '__doc__', None)
            if base is object:
                inherited = _OBJECT_DOCS.get(name)
            if isinstance(inherited, str):
                doc = inherited
                break
    return _clean(doc) if isinstance(doc, str) else None


def _parameters(func, skip_first=False):
    code = func.__code__
    names = list(code.co_varnames)
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    flags = code.co_flags
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        text = names[i]
        if i >= first_default:
            text += '=' + repr(defaults[i - first_default])
        parts.append(text)
        if nposonly and i == nposonly - 1:
            parts.append('/')
    at = npos + nkw
    if flags & 4:
        parts.append('*' + names[at])
        at += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(name + ('=' + repr(kwdefaults[name]) if name in kwdefaults else ''))
    if flags & 8:
        parts.append('**' + names[at])
    if skip_first and parts and parts[0] not in ('/', '*') and not parts[0].startswith('*'):
        parts.pop(0)
        if parts and parts[0] == '/':
            parts.pop(0)
    return '(' + ', '.join(parts) + ')'


def _builtin_parameters(obj, skip_first=False):
    sig = getattr(obj, '__text_signature__', None)
    if not sig:
        return '(...)'
    inner = [p.strip() for p in sig.strip()[1:-1].split(',') if p.strip()]
    if inner and inner[0].startswith('$'):
        # The receiver shows while unbound (`join(self, iterable, /)`), as pydoc's does.
        if inner[0] == '$module' or getattr(obj, '__self__', None) is not None:
            inner.pop(0)
            if inner and inner[0] == '/':
                inner.pop(0)
        else:
            inner[0] = inner[0][1:]
    elif skip_first and inner:
        inner.pop(0)
    return '(' + ', '.join(inner) + ')'


def _indent(text, prefix='    '):
    return '\n'.join(prefix + line for line in text.split('\n'))


def _routine(obj, name=None, owner=None, note=''):
    """A function's signature line and its documentation, indented under it."""
    if _is_method(obj):
        func = obj.__func__
        target = obj.__self__
        if isinstance(target, type):
            note = ' method of %s' % _class_name(target)
        else:
            note = ' method of %s instance' % _class_name(type(target))
        args = _parameters(func, True) if _is_function(func) else _builtin_parameters(func, True)
        realname = func.__name__
        doc = _doc(func)
    elif _is_function(obj):
        args = _parameters(obj)
        realname = obj.__name__
        doc = _doc(obj, owner, realname)
    else:
        args = _builtin_parameters(obj)
        realname = getattr(obj, '__name__', name)
        doc = _doc(obj)
        # A builtin bound to an object says whose method it is (not a method-wrapper's).
        target = getattr(obj, '__self__', None)
        if (_kind(obj) == 'builtin_function_or_method' and target is not None
                and type(target).__name__ != 'module' and not note):
            note = ' method of %s instance' % _class_name(type(target))
    title = name or realname
    if realname != title and realname != '<lambda>':
        title = '%s = %s' % (title, realname)
    elif realname == '<lambda>':
        title = '%s lambda ' % title
        args = args[1:-1]
    text = title + args + note
    if doc:
        text += '\n' + _indent(doc)
    return text + '\n'


def _sections(cls, module):
    """(heading, lines) for what the class defines and, per base, what it inherits."""
    out = []
    seen = set()
    for owner in cls.__mro__:
        if owner is object:
            break
        attrs = dict(owner.__dict__)
        if owner.__bases__ == (object,) and '__slots__' not in attrs:
            # The descriptors of instances' `__dict__` and weak references, which CPython
            # lists in the class's namespace.
            attrs.setdefault('__dict__', None)
            attrs.setdefault('__weakref__', None)
        names = [n for n in attrs if n not in seen and n not in ('__module__', '__doc__', '__qualname__')]
        seen.update(names)
        where = 'defined here' if owner is cls else 'inherited from %s' % _class_name(owner, module)
        groups = {'Methods': [], 'Class methods': [], 'Static methods': [], 'Readonly properties': [],
                  'Data descriptors': [], 'Data and other attributes': []}
        for name in sorted(names):
            value = attrs[name]
            if isinstance(value, staticmethod):
                groups['Static methods'].append(_routine(value.__func__, name, owner))
            elif isinstance(value, classmethod):
                groups['Class methods'].append(_routine_cm(value.__func__, name))
            elif isinstance(value, property):
                text = name + '\n'
                doc = getattr(value, '__doc__', None) or getattr(getattr(value, 'fget', None), '__doc__', None)
                if isinstance(doc, str) and doc:
                    text += _indent(_clean(doc)) + '\n'
                key = 'Readonly properties' if getattr(value, 'fset', None) is None else 'Data descriptors'
                groups[key].append(text)
            elif name == '__dict__':
                groups['Data descriptors'].append('__dict__\n    dictionary for instance variables\n')
            elif name == '__weakref__':
                groups['Data descriptors'].append('__weakref__\n    list of weak references to the object\n')
            elif _is_function(value) or _is_builtin(value):
                groups['Methods'].append(_routine(value, name, owner))
            else:
                groups['Data and other attributes'].append('%s = %s\n' % (name, repr(value)))
        for heading, items in groups.items():
            if items:
                out.append(('%s %s:' % (heading, where), items))
    return out


def _routine_cm(func, name):
    text = name + _parameters(func, True) + ' from builtins.type'
    doc = _doc(func)
    if doc:
        text += '\n' + _indent(doc)
    return text + '\n'


def _class(cls):
    module = getattr(cls, '__module__', 'builtins')
    bases = ', '.join(_class_name(b, module) for b in cls.__bases__)
    lines = ['class %s(%s)' % (cls.__name__, bases)]
    body = []
    init = getattr(cls, '__init__', None)
    if _is_function(init):
        args = _parameters(init, True)
        if args != '()':
            body.append(cls.__name__ + args)
            body.append('')
    doc = cls.__dict__.get('__doc__')
    if isinstance(doc, str):
        body.extend(_clean(doc).split('\n'))
        body.append('')
    if len(cls.__mro__) > 2:
        body.append('Method resolution order:')
        body.extend('    ' + _class_name(c, module) for c in cls.__mro__)
        body.append('')
    for i, (heading, items) in enumerate(_sections(cls, module)):
        if i:
            body.append(_RULE)
        body.append(heading)
        body.append('')
        for item in items:
            body.extend(item.rstrip('\n').split('\n'))
            body.append('')
    while body and not body[-1]:
        body.pop()
    lines.extend((' |  ' + line) if line else ' |  ' for line in body)
    return '\n'.join(lines) + '\n'


def _module(mod):
    text = 'NAME\n    %s\n' % mod.__name__
    doc = getattr(mod, '__doc__', None)
    if isinstance(doc, str) and doc:
        text += '\nDESCRIPTION\n' + _indent(_clean(doc)) + '\n'
    functions = [(n, v) for n, v in sorted(vars(mod).items())
                 if not n.startswith('_') and (_is_function(v) or _is_builtin(v))]
    if functions:
        text += '\nFUNCTIONS\n' + ''.join(_indent(_routine(v, n).rstrip('\n')) + '\n\n' for n, v in functions)
    return text


def _describe(obj):
    """What the title calls `obj`, and the module it names, as pydoc's describe()."""
    if isinstance(obj, type):
        return 'class ' + obj.__name__, getattr(obj, '__module__', 'builtins')
    if _is_method(obj):
        return 'method ' + obj.__func__.__name__, getattr(obj.__func__, '__module__', None)
    if _is_function(obj):
        return 'function ' + obj.__name__, obj.__module__
    if _kind(obj) in _DESCRIPTORS:
        return _kind(obj), None
    if _is_builtin(obj):
        module = getattr(obj, '__module__', None)
        return 'built-in function ' + obj.__name__, module if isinstance(module, str) else None
    if type(obj).__name__ == 'module':
        return 'module ' + obj.__name__, None
    return None, None


def help(*args):
    if not args:
        print(_INTRO)
        return
    if len(args) > 1:
        raise TypeError('help() takes from 0 to 1 positional arguments but %d were given' % len(args))
    obj = args[0]
    if isinstance(obj, str):
        target = sys.modules.get(obj)
        if target is None:
            print(_NO_TOPIC % obj + '\n')
            return
        obj = target
    what, module = _describe(obj)
    if what is None:
        # A piece of data: its class's documentation.
        cls = type(obj)
        module = cls.__dict__.get('__module__')
        what = cls.__name__ + (' in module ' + module if isinstance(module, str) else '') + ' object'
        obj, module = cls, None
    title = 'Help on ' + what
    if module:
        title += ' in module ' + module
    if isinstance(obj, type):
        body = _class(obj)
    elif type(obj).__name__ == 'module':
        body = _module(obj)
    else:
        body = _routine(obj)
    sys.stdout.write(title + ':\n\n' + body + '\n')
