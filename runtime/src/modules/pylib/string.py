"""string, written in Python for Reap: the constants, capwords, Template and Formatter.

Formatter.parse and the field-name splitting of Formatter.get_field follow the parser of
CPython's `_string` module (which Reap does not have), errors included."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


_sentinel_dict = {}


class _OnFirstUse:
    # Template.flags and Template.pattern need re, which `import string` for the constants
    # should not load: each is made the first time it is read, then stored in its place.
    def __init__(self, make):
        self.make = make

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        value = self.make()
        setattr(Template, self.name, value)
        return value


def _compile_template_pattern(cls):
    import re
    pattern = cls.__dict__.get('pattern')
    if pattern is None or isinstance(pattern, _OnFirstUse):
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim}) |     # two delimiters
          (?P<named>{ident}) |       # delimiter and an identifier
          {{(?P<braced>{braced})}} | # delimiter and a braced identifier
          (?P<invalid>)              # any other delimiter
        )
        """
    return re.compile(pattern, cls.flags | re.VERBOSE)


class Template:
    delimiter = '$'
    # (?a:...) so that only ASCII letters match, even under IGNORECASE.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _OnFirstUse(lambda: __import__('re').IGNORECASE)
    pattern = _OnFirstUse(lambda: _compile_template_pattern(Template))

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _compile_template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None \
                    and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and mo.group('invalid') is None \
                    and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


def _parse_format(s):
    """Formatter.parse: (literal, field name, format spec, conversion) tuples."""
    i, n = 0, len(s)
    while i < n:
        # The literal text runs to the first brace; a doubled brace is one literal brace.
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            yield s[start:i], None, None, None
            return
        if c == '}' and (i == n or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if i == n:
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        # The field name ends at '!', ':' or '}'; brackets may hold any of those.
        name_start = i
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
            elif c in '}:!':
                break
        else:
            raise ValueError("expected '}' before end of string")
        name = s[name_start:i - 1]
        conversion = None
        if c == '!':
            if i == n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    yield literal, name, '', conversion
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        if c == '}':
            yield literal, name, '', conversion
            continue
        # The format spec runs to the '}' matching the field's '{'.
        spec_start = i
        depth = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if not depth:
                    break
        else:
            raise ValueError("unmatched '{' in format spec")
        yield literal, name, s[spec_start:i - 1], conversion


def _field_int(text):
    # str.isdecimal() digits (any script) make an integer, as in CPython.
    if not (text and text.isdecimal()):
        return text
    if text.isascii():
        return int(text)
    # Reap's int() reads ASCII digits only. Every script's digits run 0-9 in code point order.
    value = 0
    for c in text:
        zero = ord(c)
        while chr(zero - 1).isdecimal():
            zero -= 1
        value = value * 10 + (ord(c) - zero) % 10
    return value


def _split_field_name(name):
    """The first part of a field name (an int if all digits) and its .attr and [key] parts."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    return _field_int(name[:i]), _field_name_rest(name, i)


def _field_name_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:i]
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i == n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError('Empty attribute in format string')
            i += 1
            yield False, _field_int(name[start:i - 1])
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is the next '{}' number, or False once a field gave its own number.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
