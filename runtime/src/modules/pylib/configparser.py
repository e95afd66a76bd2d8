"""configparser, written in Python for Reap: read and write INI-style configuration files.

A file holds `[section]` headers followed by `name = value` (or `name: value`) options;
values may continue on more indented lines, and the `[DEFAULT]` section supplies values
to every other section.  `ConfigParser` expands `%(name)s` references when a value is
read (`BasicInterpolation`); `ExtendedInterpolation` expands `${name}` and
`${section:name}`; `RawConfigParser` (or `interpolation=None`) expands nothing.  Parsers
and their sections are also mappings (`config['section']['name']`).

Parsing, interpolation, writing, the mapping protocol and every error (types, messages,
`args`, and the odd `repr` that CPython's errors have) behave as in CPython 3.11,
including its quirks: inline comment prefixes are searched for in rounds (see
`_strip_comment`), and a line whose option name is empty is reported only after the
whole source has been read.

Differences from CPython:
- `read()` opens files with the encoding given (or Reap's default, UTF-8), where CPython
  uses the locale's encoding when none is given.
"""

import functools
import io
import itertools
import re
import sys
import warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# Errors.  Each one keeps its message in `message` (ParsingError grows it line by line),
# shows that message as both str() and repr(), and sets `args` to its constructor's
# arguments.

class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    # "While reading from 'file' [line  3]: " -- the prefix of duplicate errors from a source.
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text + ": "


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """Raised when a section is added twice, or appears twice in one source (strict)."""

    def __init__(self, section, source=None, lineno=None):
        what = repr(section) + " already exists"
        if source is None:
            msg = "Section " + what
        else:
            msg = _where(source, lineno) + "section " + what
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option appears twice in one section of a source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            msg = "Option " + what
        else:
            msg = _where(source, lineno) + "option " + what
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains an "
               "interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's references are malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest more than MAX_INTERPOLATION_DEPTH deep."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} in section "
               "{!r} contains an interpolation key which cannot be substituted in {} "
               "steps. Raw value: {!r}".format(option, section, MAX_INTERPOLATION_DEPTH,
                                              rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """A source has lines that are not headers, options, comments or continuations."""

    def __init__(self, source=None, filename=None):
        # `filename` is the deprecated spelling of `source`; exactly one must be given.
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        if filename:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        _warn_filename()
        return self.source

    @filename.setter
    def filename(self, value):
        _warn_filename()
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


def _warn_filename():
    warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                  "Use 'source' instead.", DeprecationWarning, stacklevel=3)


class MissingSectionHeaderError(ParsingError):
    """An option line came before any section header."""

    def __init__(self, filename, lineno, line):
        # Like CPython, this skips ParsingError.__init__ (so there is no `errors` list).
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


def _fspath(obj):
    # The path of an os.PathLike object (not str or bytes), else None.
    if isinstance(obj, (str, bytes)):
        return None
    method = getattr(type(obj), '__fspath__', None)
    return None if method is None else method(obj)


# Marks an argument not given, so that None can be a fallback value.
_UNSET = object()


class Interpolation:
    """No interpolation: values pass through unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _check_set_syntax(value, sign, keycre):
    # What remains after removing escaped signs and well-formed references must be sign-free.
    rest = keycre.sub('', value.replace(sign + sign, ''))
    if sign in rest:
        raise ValueError("invalid interpolation syntax in %r at position %d"
                         % (value, rest.find(sign)))
    return value


class BasicInterpolation(Interpolation):
    """`%(name)s` refers to another option of the same section (or DEFAULT); `%%` is '%'."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        return _check_set_syntax(value, '%', self._KEYCRE)

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find("%")
            if p < 0:
                accum.append(rest)
                return
            accum.append(rest[:p])
            rest = rest[p:]
            follower = rest[1:2]
            if follower == "%":
                accum.append("%")
                rest = rest[2:]
            elif follower == "(":
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                var = parser.optionxform(m.group(1))
                rest = rest[m.end():]
                try:
                    v = map[var]
                except KeyError:
                    raise InterpolationMissingOptionError(
                        option, section, rawval, var) from None
                if "%" in v:
                    self._interpolate_some(parser, option, accum, v, section, map, depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r" % (rest,))


class ExtendedInterpolation(Interpolation):
    """`${name}` refers to an option of the same section (or DEFAULT), `${section:name}`
    to one of another section; `$$` is '$'."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        return _check_set_syntax(value, '$', self._KEYCRE)

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find("$")
            if p < 0:
                accum.append(rest)
                return
            accum.append(rest[:p])
            rest = rest[p:]
            follower = rest[1:2]
            if follower == "$":
                accum.append("$")
                rest = rest[2:]
            elif follower == "{":
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                path = m.group(1).split(':')
                rest = rest[m.end():]
                sect, opt = section, option
                try:
                    if len(path) == 1:
                        opt = parser.optionxform(path[0])
                        v = map[opt]
                    elif len(path) == 2:
                        sect = path[0]
                        opt = parser.optionxform(path[1])
                        v = parser.get(sect, opt, raw=True)
                    else:
                        raise InterpolationSyntaxError(
                            option, section, "More than one ':' found: %r" % (rest,))
                except (KeyError, NoSectionError, NoOptionError):
                    raise InterpolationMissingOptionError(
                        option, section, rawval, ":".join(path)) from None
                if "$" in v:
                    # References inside the value resolve in the section it came from.
                    self._interpolate_some(parser, opt, accum, v, sect,
                                           dict(parser.items(sect, raw=True)), depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'$' must be followed by '$' or '{', found: %r" % (rest,))


class LegacyInterpolation(Interpolation):
    """Deprecated: the interpolation of very old ConfigParser versions (`%(name)s` done
    with the `%` operator, repeatedly)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 and will "
                      "be removed from the configparser module in Python 3.13. Use "
                      "BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        rawval = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(
                lambda m: self._interpolation_replace(m, parser), value)
            try:
                # dict(): Reap's `%` formats from plain dicts only, not other mappings.
                value = value % dict(vars)
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, rawval, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def before_set(self, parser, section, option, value):
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        name = match.group(1)
        if name is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(name)


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    # A section header: anything between the first '[' and the last ']' of the line.
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    # An option line: the name (shortest possible), a delimiter with optional blanks around
    # it, then the value.  The _NV variant also takes a name alone (allow_no_value).
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(
                template.format(delim="|".join(re.escape(d) for d in delimiters)))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            " got an object of type %s" % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    def _section_dict(self, section):
        # The dictionary set() and remove_option() change: '' and None mean DEFAULT.
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    # -- reading

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes)) or _fspath(filenames) is not None:
            filenames = [filenames]
        read_ok = []
        for filename in filenames:
            # Reap's open() takes str and bytes only: path-like objects are converted here.
            path = _fspath(filename)
            try:
                with open(filename if path is None else path, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                # Missing or unreadable files are skipped: callers list candidate places.
                continue
            read_ok.append(filename if path is None else path)
        return read_ok

    def read_file(self, f, source=None):
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in added:
                    raise
            added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in added:
                    raise DuplicateOptionError(section, key, source)
                added.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    # -- getting values

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw,
                              vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        if section is _UNSET:
            return super().items()
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(d.keys())
        # `vars` may override values but adds no names to the result.
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, d[name], d)) for name in names]

    def popitem(self):
        # Removes the first section; DEFAULT is never removed.
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- changing

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        sectdict = self._section_dict(section)
        option = self.optionxform(option)
        if option in sectdict:
            del sectdict[option]
            return True
        return False

    def remove_section(self, section):
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        d = self._delimiters[0]
        if space_around_delimiters:
            d = " {} ".format(d)
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                # Continuation lines are indented so that reading gives the value back.
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    # -- the mapping protocol: section name -> SectionProxy (DEFAULT included)

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        # Assigning replaces the section's options.
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # -- parsing

    def _strip_comment(self, line):
        """Return (where the comment starts or None, the line's content stripped).

        An inline comment starts at a prefix found at the start of the line or after
        whitespace.  As in CPython, prefixes are searched for in rounds: each round looks
        at the next occurrence of every prefix, and the first round that finds a valid
        one decides (taking the leftmost of that round)."""
        start = None
        searching = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while start is None and searching:
            next_round = {}
            for prefix, index in searching.items():
                index = line.find(prefix, index + 1)
                if index == -1:
                    continue
                next_round[prefix] = index
                if index == 0 or line[index - 1].isspace():
                    start = index if start is None else min(start, index)
            searching = next_round
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                start = 0
                break
        return start, line[:start].strip()

    def _read(self, fp, fpname):
        added = set()           # sections and (section, option) pairs seen in this source
        cursect = None          # the options dict of the current section
        sectname = None
        optname = None          # the option that continuation lines extend
        indent_level = 0
        error = None            # ParsingError collecting bad lines
        for lineno, line in enumerate(fp, start=1):
            comment_start, value = self._strip_comment(line)
            if not value:
                if self._empty_lines_in_values:
                    # A blank line (not a comment line) inside a value is part of it.
                    if (comment_start is None and cursect is not None and optname
                            and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    # A blank line ends the value.
                    indent_level = sys.maxsize
                continue
            first_nonspace = self.NONSPACECRE.search(line)
            cur_indent_level = first_nonspace.start() if first_nonspace else 0
            if cursect is not None and optname and cur_indent_level > indent_level:
                cursect[optname].append(value)
                continue
            indent_level = cur_indent_level
            mo = self.SECTCRE.match(value)
            if mo:
                sectname = mo.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in added:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    added.add(sectname)
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    self._sections[sectname] = cursect
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    added.add(sectname)
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                mo = self._optcre.match(value)
                if not mo:
                    # Not fatal: bad lines are collected and reported at the end.
                    error = self._handle_error(error, fpname, lineno, line)
                    continue
                optname, vi, optval = mo.group('option', 'vi', 'value')
                if not optname:
                    error = self._handle_error(error, fpname, lineno, line)
                optname = self.optionxform(optname.rstrip())
                if self._strict and (sectname, optname) in added:
                    raise DuplicateOptionError(sectname, optname, fpname, lineno)
                added.add((sectname, optname))
                # Values are lists of lines until _join_multiline_values; None is an option
                # without a value (allow_no_value).
                cursect[optname] = None if optval is None else [optval.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _join_multiline_values(self):
        all_sections = itertools.chain(((self.default_section, self._defaults),),
                                       self._sections.items())
        for section, options in all_sections:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, val)

    def _read_defaults(self, defaults):
        # RawConfigParser keeps the values as given (they need not be strings).
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _unify_values(self, section, vars):
        # Lookups go to `vars` first, then the section, then DEFAULT.
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            sectiondict = {}
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return _ChainMap(vardict, sectiondict, self._defaults)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def _validate_value_types(self, *, section="", option="", value=""):
        # Used by ConfigParser.set/add_section and by mapping-protocol assignment; None is a
        # legal value only when allow_no_value is on.
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # Defaults become strings like everything else, but are not checked for
        # interpolation syntax.
        saved = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SafeConfigParser(ConfigParser):
    """Deprecated alias of ConfigParser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in "
                      "Python 3.2. This alias will be removed in Python 3.12. Use "
                      "ConfigParser directly instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A view of one section of a parser, as a mapping of option names to values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        # `_impl` is the parser's getter to use (the get<converter> methods pass theirs).
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters by name: `converters['x'] = f` adds `getx()` to the parser
    and its sections.  Getters the parser class defines itself map to None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(self._parser):
            m = self.GETTERCRE.match(getter)
            if not m or not callable(getattr(self._parser, getter)):
                continue
            self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, k, func)
        for proxy in self._parser.values():
            setattr(proxy, k, functools.partial(proxy.get, _impl=func))

    def __delitem__(self, key):
        try:
            k = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                # Already gone from this one: nothing to undo.
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
