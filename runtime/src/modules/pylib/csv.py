"""csv, written in Python for Reap: CSV reading and writing (the parts CPython keeps in its C
module _csv: reader, writer, the dialect registry and type, field_size_limit, Error) plus the
pure-Python layer on top (Dialect classes, DictReader, DictWriter, Sniffer).

The parser is CPython 3.11's state machine, run over each line; lines without quote or escape
characters take a shortcut through str.split, and quoted text is copied in slices rather than
character by character. Results, exception types and messages follow CPython 3.11.

Differences a script can see:
- the classes CPython implements in C (the dialect type, reader and writer objects) are Python
  classes here; their reprs and __module__ ('_csv') match, but a wrong argument count to a method
  gets Python's usual TypeError wording;
- csv.__doc__ is this text, not CPython's.
"""

__version__ = '1.0'

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', '__doc__', 'excel', 'excel_tab',
           'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    __module__ = '_csv'


# ---------------------------------------------------------------------------------------------
# The dialect type (CPython's _csv.Dialect): validated, read-only formatting parameters.

_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                  'quoting', 'skipinitialspace', 'strict')
_MISSING = object()


def _char(name, value, default):
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %.200s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _char_or_none(name, value, default):
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %.200s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _readonly(obj, name, names):
    if name in names:
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name
                             if type(obj) is _Dialect else 'readonly attribute')
    raise AttributeError("'_csv.%s' object has no attribute '%s'" % (type(obj).__qualname__, name))


class Dialect:
    __module__ = '_csv'
    __slots__ = _DIALECT_ATTRS

    def __new__(cls, *args, **kwargs):
        if len(args) > 9:
            raise TypeError('function takes at most 9 arguments (%d given)' % len(args))
        keys = ('dialect',) + _DIALECT_ATTRS
        for key in kwargs:
            if key not in keys:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        given = dict(zip(keys, args))
        for key, value in kwargs.items():
            if key in given:
                raise TypeError("argument for function given by name ('%s') and position (%d)"
                                % (key, keys.index(key) + 1))
            given[key] = value
        dialect = given.pop('dialect', None)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # An existing dialect object with nothing to override is shared, as in CPython.
            if type(dialect) is _Dialect and not given and cls is _Dialect:
                return dialect
        values = {}
        for name in _DIALECT_ATTRS:
            value = given.get(name, _MISSING)
            if value is _MISSING and dialect is not None:
                try:
                    value = getattr(dialect, name)
                except Exception:
                    value = _MISSING
            values[name] = value

        self = object.__new__(cls)
        put = object.__setattr__
        put(self, 'delimiter', _char('delimiter', values['delimiter'], ','))
        value = values['doublequote']
        put(self, 'doublequote', True if value is _MISSING else bool(value))
        put(self, 'escapechar', _char_or_none('escapechar', values['escapechar'], None))
        value = values['lineterminator']
        if value is not _MISSING and value is not None and not isinstance(value, str):
            raise TypeError('"lineterminator" must be a string')
        put(self, 'lineterminator', '\r\n' if value is _MISSING else value)
        quotechar = values['quotechar']
        put(self, 'quotechar', _char_or_none('quotechar', quotechar, '"'))
        quoting = values['quoting']
        if quoting is _MISSING:
            value = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        elif not -0x80000000 <= quoting <= 0x7fffffff:
            raise OverflowError('Python int too large to convert to C int')
        else:
            value = quoting
        put(self, 'quoting', value)
        value = values['skipinitialspace']
        put(self, 'skipinitialspace', False if value is _MISSING else bool(value))
        value = values['strict']
        put(self, 'strict', False if value is _MISSING else bool(value))

        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting is _MISSING:
            put(self, 'quoting', QUOTE_NONE)
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if self.lineterminator is None:
            raise TypeError('lineterminator must be set')
        return self

    def __setattr__(self, name, value):
        _readonly(self, name, _DIALECT_ATTRS)

    def __delattr__(self, name):
        _readonly(self, name, _DIALECT_ATTRS)


_Dialect = Dialect


def _check_args(args):
    # reader(), writer() and register_dialect() take one or two positional arguments.
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')


# ---------------------------------------------------------------------------------------------
# The registry

def register_dialect(*args, **kwargs):
    _check_args(args)
    name = args[0]
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(*args[1:], **kwargs)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        pass
    else:
        return
    raise Error('unknown dialect')


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        pass
    raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if len(args) + len(kwargs) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)'
                        % (len(args) + len(kwargs)))
    for key in kwargs:
        if key != 'new_limit':
            raise TypeError("field_size_limit() got an unexpected keyword argument '%s'" % key)
    old = _field_limit
    if args or kwargs:
        limit = args[0] if args else kwargs['new_limit']
        if type(limit) is not int:
            raise TypeError('limit must be an integer')
        if not -0x8000000000000000 <= limit <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to C long')
        _field_limit = limit
    return old


# ---------------------------------------------------------------------------------------------
# reader

_NEWLINE_IN_FIELD = ("new-line character seen in unquoted field - "
                     "do you need to open the file in universal-newline mode?")


def _too_large():
    return Error('field larger than field limit (%d)' % _field_limit)


class reader:
    __module__ = '_csv'
    __slots__ = ('_input', '_dialect', '_line', '_delim', '_quote', '_esc', '_skipws',
                 '_strict', '_dq', '_nonnum', '_fast', '_quoted_fast')

    def __init__(self, *args, **kwargs):
        # Created by the reader() function below, never directly.
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    @property
    def dialect(self):
        return self._dialect

    @property
    def line_num(self):
        return self._line[0]

    def __setattr__(self, name, value):
        _readonly(self, name, ('dialect', 'line_num'))

    def __delattr__(self, name):
        _readonly(self, name, ('dialect', 'line_num'))

    def __next__(self):
        source = self._input
        counter = self._line
        delim = self._delim
        qc = self._quote            # None when quoting is QUOTE_NONE: then never special
        esc = self._esc
        skipws = self._skipws
        nonnum = self._nonnum
        limit = _field_limit
        # The parser's states (named as in CPython's C parser), as locals for speed.
        (START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
         QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)

        fields = []
        field = []                  # pieces of the field being read
        carried = 0                 # length of field[:mark], pieces from earlier lines
        mark = 0
        numeric = False
        state = START_RECORD
        while True:
            try:
                line = next(source)
            except StopIteration:
                # End of input inside a record: what was read so far is the last record.
                if field or state == IN_QUOTED_FIELD:
                    if self._strict:
                        raise Error('unexpected end of data') from None
                    text = ''.join(field)
                    if len(text) > limit:
                        raise _too_large() from None
                    fields.append(float(text) if numeric else text)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            counter[0] += 1

            if state == START_RECORD and (esc is None or esc not in line):
                if qc is None or qc not in line:
                    # No quoting or escaping on this line: split it.
                    if self._fast:
                        body = line.rstrip('\r\n')
                        if '\n' not in body and '\r' not in body:
                            if not body:
                                return fields
                            row = body.split(delim)
                            if skipws:
                                row = [f.lstrip(' ') for f in row]
                            if nonnum or len(body) > limit:
                                for i in range(len(row)):
                                    f = row[i]
                                    if len(f) > limit:
                                        raise _too_large()
                                    if nonnum and f:
                                        row[i] = float(f)
                            return row
                elif self._quoted_fast:
                    row = _split_quoted(line, delim, qc)
                    if row is not None:
                        if len(line) > limit:
                            for f in row:
                                if len(f) > limit:
                                    raise _too_large()
                        return row

            n = len(line)
            i = 0
            nl = -1                 # the first '\r' or '\n' at or after i (recomputed lazily)
            esc_at = -1             # likewise for the escape character
            while i < n:
                c = line[i]
                i += 1
                if state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
                    if c == '\n' or c == '\r':
                        text = ''.join(field)
                        if len(text) > limit:
                            raise _too_large()
                        fields.append(float(text) if numeric else text)
                        field = []
                        carried = mark = 0
                        numeric = False
                        state = EAT_CRNL
                    elif c == esc:
                        state = ESCAPED_CHAR
                    elif c == delim:
                        text = ''.join(field)
                        if len(text) > limit:
                            raise _too_large()
                        fields.append(float(text) if numeric else text)
                        field = []
                        carried = mark = 0
                        numeric = False
                        state = START_FIELD
                    else:
                        # Copy up to the next character that means something here.  (After an
                        # escaped line break the state stays put, so that the record goes on past
                        # the end of this line, as in CPython.)
                        if nl < i:
                            a = line.find('\n', i)
                            b = line.find('\r', i)
                            nl = n if a < 0 and b < 0 else (b if a < 0 else a if b < 0 else min(a, b))
                        stop = nl
                        if esc is not None:
                            if esc_at < i:
                                esc_at = line.find(esc, i)
                                if esc_at < 0:
                                    esc_at = n
                            if esc_at < stop:
                                stop = esc_at
                        j = line.find(delim, i, stop)
                        if j < 0:
                            j = stop
                        field.append(line[i - 1:j])
                        i = j
                elif state == IN_QUOTED_FIELD:
                    if c == esc:
                        state = ESCAPE_IN_QUOTED_FIELD
                    elif c == qc:
                        state = QUOTE_IN_QUOTED_FIELD if self._dq else IN_FIELD
                    else:
                        j = line.find(qc, i)
                        if j < 0:
                            j = n
                        if esc is not None:
                            if esc_at < i:
                                esc_at = line.find(esc, i)
                                if esc_at < 0:
                                    esc_at = n
                            if esc_at < j:
                                j = esc_at
                        field.append(line[i - 1:j])
                        i = j
                elif state == START_FIELD or state == START_RECORD:
                    if c == '\n' or c == '\r':
                        if state == START_FIELD:
                            fields.append('')
                        state = EAT_CRNL
                    elif c == qc:
                        state = IN_QUOTED_FIELD
                    elif c == esc:
                        state = ESCAPED_CHAR
                    elif c == ' ' and skipws:
                        state = START_FIELD
                    elif c == delim:
                        fields.append('')
                        state = START_FIELD
                    else:
                        numeric = nonnum
                        field.append(c)
                        state = IN_FIELD
                elif state == QUOTE_IN_QUOTED_FIELD:
                    if c == qc:
                        field.append(c)
                        state = IN_QUOTED_FIELD
                    elif c == delim or c == '\n' or c == '\r':
                        text = ''.join(field)
                        if len(text) > limit:
                            raise _too_large()
                        fields.append(text)
                        field = []
                        carried = mark = 0
                        state = START_FIELD if c == delim else EAT_CRNL
                    elif not self._strict:
                        field.append(c)
                        state = IN_FIELD
                    else:
                        if carried + sum(map(len, field[mark:])) > limit:
                            raise _too_large()
                        raise Error("'%c' expected after '%c'" % (delim, qc))
                elif state == EAT_CRNL:
                    if c != '\n' and c != '\r':
                        raise Error(_NEWLINE_IN_FIELD)
                elif state == ESCAPED_CHAR:
                    field.append(c)
                    state = AFTER_ESCAPED_CRNL if c == '\n' or c == '\r' else IN_FIELD
                else:   # ESCAPE_IN_QUOTED_FIELD
                    field.append(c)
                    state = IN_QUOTED_FIELD

            # End of the line.
            if field:
                carried += sum(map(len, field[mark:]))
                mark = len(field)
                if carried > limit:
                    raise _too_large()
            if state == IN_FIELD or state == START_FIELD or state == QUOTE_IN_QUOTED_FIELD:
                text = ''.join(field)
                fields.append(float(text) if numeric else text)
                return fields
            if state == START_RECORD or state == EAT_CRNL:
                return fields
            if state == ESCAPED_CHAR or state == ESCAPE_IN_QUOTED_FIELD:
                # An escape at the end of the line escapes the line break.
                if carried >= limit:
                    raise _too_large()
                field.append('\n')
                carried += 1
                mark += 1
                state = IN_FIELD if state == ESCAPED_CHAR else IN_QUOTED_FIELD
            # IN_QUOTED_FIELD and AFTER_ESCAPED_CRNL carry on with the next line.


_Reader = reader


def _split_quoted(line, delim, quote):
    """Parse a line holding quotes whole, by splitting it at the quote characters: the pieces
    alternate between outside and inside quotes, and an empty piece between two inside ones is a
    doubled quote. Returns None for anything but a complete, well-formed record (an unclosed
    quote, text next to a quote, line breaks out of place): the parser proper handles those."""
    parts = line.split(quote)
    last = len(parts) - 1
    if last % 2:
        return None
    row = []
    head = parts[0]
    if head:
        if '\n' in head or '\r' in head:
            return None
        head = head.split(delim)
        if head[-1]:
            return None
        del head[-1]
        row = head
    field = []
    for i in range(1, last, 2):
        field.append(parts[i])
        after = parts[i + 1]
        if i + 1 == last:
            if after:
                c = after[0]
                if c == delim:
                    rest = after[1:].rstrip('\r\n')
                    if '\n' in rest or '\r' in rest:
                        return None
                    row.append(''.join(field))
                    row.extend(rest.split(delim))
                    return row
                if (c != '\n' and c != '\r') or after.strip('\r\n'):
                    return None
            row.append(''.join(field))
            return row
        if not after:
            field.append(quote)
        elif after[0] == delim:
            if '\n' in after or '\r' in after:
                return None
            row.append(''.join(field))
            field = []
            if len(after) > 1:
                more = after[1:].split(delim)
                if more[-1]:
                    return None
                del more[-1]
                row.extend(more)
        else:
            return None
    return row


def reader(*args, **kwargs):
    _check_args(args)
    source = iter(args[0])
    dialect = _Dialect(*args[1:], **kwargs)
    self = object.__new__(_Reader)
    put = object.__setattr__
    put(self, '_input', source)
    put(self, '_dialect', dialect)
    put(self, '_line', [0])
    put(self, '_delim', dialect.delimiter)
    quoting = dialect.quoting
    put(self, '_quote', None if quoting == QUOTE_NONE else dialect.quotechar)
    put(self, '_esc', dialect.escapechar)
    put(self, '_skipws', dialect.skipinitialspace)
    put(self, '_strict', dialect.strict)
    put(self, '_dq', dialect.doublequote)
    put(self, '_nonnum', quoting == QUOTE_NONNUMERIC)
    # str.split stands in for the parser unless skipped spaces could hide delimiters.
    put(self, '_fast', not (dialect.skipinitialspace and dialect.delimiter == ' '))
    # So does _split_quoted on lines with quotes, for the common dialects.
    put(self, '_quoted_fast', (quoting != QUOTE_NONE and quoting != QUOTE_NONNUMERIC
                               and dialect.doublequote and not dialect.skipinitialspace
                               and dialect.delimiter not in (dialect.quotechar, '\r', '\n')))
    return self


# ---------------------------------------------------------------------------------------------
# writer

def _is_number(x):
    # CPython quotes, under QUOTE_NONNUMERIC, whatever PyNumber_Check refuses.
    t = type(x)
    if t is int or t is float or t is bool:
        return True
    if t is str:
        return False
    return (isinstance(x, complex) or hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


class writer:
    __module__ = '_csv'
    __slots__ = ('_write', '_dialect', '_delim', '_lineterminator', '_quoting', '_quote',
                 '_esc', '_dq', '_specials', '_others')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    @property
    def dialect(self):
        return self._dialect

    def __setattr__(self, name, value):
        _readonly(self, name, ('dialect',))

    def __delattr__(self, name):
        _readonly(self, name, ('dialect',))

    def writerow(self, row):
        try:
            fields = iter(row)
        except TypeError:
            fields = None
        if fields is None:
            raise Error('iterable expected, not %.200s' % type(row).__name__)
        quoting = self._quoting
        texts = []
        flags = None
        if quoting == QUOTE_NONNUMERIC:
            flags = []
            for field in fields:
                flags.append(not _is_number(field))
                texts.append(field if isinstance(field, str)
                             else '' if field is None else str(field))
        else:
            for field in fields:
                texts.append(field if isinstance(field, str)
                             else '' if field is None else str(field))
        delim = self._delim
        if flags is None:
            # Most rows need no quoting or escaping at all: check the joined line once.
            line = delim.join(texts)
            plain = line.count(delim) == len(texts) - 1
            if plain:
                for ch in self._others:
                    if ch in line:
                        plain = False
                        break
            if plain and quoting != QUOTE_ALL and (line or len(texts) != 1):
                return self._write(line + self._lineterminator)
            flags = [quoting == QUOTE_ALL] * len(texts)
        out = []
        specials = self._specials
        for text, quoted in zip(texts, flags):
            for ch in specials:
                if ch in text:
                    text, quoted = _escape(self, text, quoted)
                    break
            out.append(self._quote + text + self._quote if quoted else text)
        if len(out) == 1 and not out[0]:
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = self._quote * 2
        return self._write(delim.join(out) + self._lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer = writer


def _escape(self, text, quoted):
    """Quote or escape text as the writer self's dialect says (CPython's join_append)."""
    specials = self._specials
    qc = self._quote
    esc = self._esc
    none = self._quoting == QUOTE_NONE
    if not none and self._dq and (esc is None or esc not in text):
        # Nothing to escape (text holds a special character, so it gets quoted): just double
        # the quote characters.
        return text.replace(qc, qc + qc), True
    out = []
    for c in text:
        if c in specials:
            if none:
                escape = True
            else:
                escape = False
                if c == qc:
                    if self._dq:
                        out.append(qc)
                    else:
                        escape = True
                elif c == esc:
                    escape = True
                if not escape:
                    quoted = True
            if escape:
                if esc is None:
                    raise Error('need to escape, but no escapechar set')
                out.append(esc)
        out.append(c)
    return ''.join(out), quoted


def writer(*args, **kwargs):
    _check_args(args)
    try:
        write = args[0].write
    except AttributeError:
        write = None
    if not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = _Dialect(*args[1:], **kwargs)
    self = object.__new__(_Writer)
    put = object.__setattr__
    put(self, '_write', write)
    put(self, '_dialect', dialect)
    put(self, '_delim', dialect.delimiter)
    put(self, '_lineterminator', dialect.lineterminator)
    put(self, '_quoting', dialect.quoting)
    put(self, '_quote', dialect.quotechar)
    put(self, '_esc', dialect.escapechar)
    put(self, '_dq', dialect.doublequote)
    # The characters that make a field need quoting or escaping, with and without the delimiter.
    specials = [dialect.delimiter]
    for ch in [dialect.escapechar, dialect.quotechar] + list(dialect.lineterminator):
        if ch is not None and ch not in specials:
            specials.append(ch)
    put(self, '_specials', specials)
    put(self, '_others', [ch for ch in specials if ch != dialect.delimiter])
    return self


# ---------------------------------------------------------------------------------------------
# The Python layer: dialect classes, dict readers and writers, the sniffer.

class Dialect:
    """Describe a CSV dialect: subclass it and set the formatting attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file written on UNIX: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # Read lazily from the first row; every look refreshes line_num, as in CPython.
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Blank lines would make dicts of restval only: skip them.
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        # Only the exact string 'raise' checks for extra keys (so does CPython).
        if self.extrasaction == 'raise':
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guess the dialect of a CSV sample, and whether it starts with a header row."""

    def __init__(self):
        # Tie-breaker when several characters look like delimiters.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Find quoted text between two equal delimiters (or a delimiter and a line end):
        the most common quote and delimiter around such text win."""
        import re
        patterns = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        )
        for pattern in patterns:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        else:
            return ('', False, None, 0)

        groups = regexp.groupindex
        qi = groups['quote'] - 1
        di = groups['delim'] - 1 if 'delim' in groups else None
        si = groups['space'] - 1 if 'space' in groups else None
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            if isinstance(m, str):      # a single group comes back as a plain string
                m = (m,)
            key = m[qi]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            if di is None:
                continue
            key = m[di]
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            if si is not None and m[si]:
                spaces += 1

        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
        else:
            # No delimiter: a single column of quoted data.
            delim = ''
            skipinitialspace = 0

        # A quote inside a quoted field means doubled quotes.
        d = re.escape(delim)
        dq_regexp = re.compile(
            r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
            % (d, quotechar, d, quotechar, d, quotechar, d), re.MULTILINE)
        doublequote = bool(dq_regexp.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """The delimiter should appear equally often on every line. For each ASCII character,
        take the mode of its per-line counts (less the lines that disagree); a character whose
        mode holds on enough lines is a candidate. Lines are examined ten at a time, and the
        search stops as soon as a single candidate stands out."""
        lines = [line for line in data.split('\n') if line]
        ascii = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        iteration = 0
        frequencies = {}        # char -> {count on a line: number of lines}
        modes = {}              # char -> (count, weight)
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for char in ascii:
                    meta = frequencies.setdefault(char, {})
                    freq = line.count(char)
                    meta[freq] = meta.get(freq, 0) + 1
            for char, meta in frequencies.items():
                items = list(meta.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = max(items, key=lambda item: item[1])
                    items.remove(best)
                    modes[char] = (best[0], best[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]

            total = float(min(chunk * iteration, len(lines)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0:
                        if v[1] / total >= consistency and (delimiters is None or k in delimiters):
                            delims[k] = v
                consistency -= 0.01

            if len(delims) == 1:
                delim = list(delims)[0]
                return (delim, lines[0].count(delim) == lines[0].count('%c ' % delim))
            start = end
            end += chunk

        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, lines[0].count(d) == lines[0].count('%c ' % d))
        # Nothing else to go by: the character with the largest (count, weight).
        delim = sorted([(v, k) for k, v in delims.items()])[-1][1]
        return (delim, lines[0].count(delim) == lines[0].count('%c ' % delim))

    def has_header(self, sample):
        """Guess whether the first row is a header: a column whose other rows all parse as
        numbers, or all have one length, votes yes if the first row differs, no otherwise."""
        from io import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        types = dict.fromkeys(range(columns))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(types):
                kind = complex
                try:
                    kind(row[col])
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != types[col]:
                    if types[col] is None:
                        types[col] = kind
                    else:
                        # Inconsistent column: it does not vote.
                        del types[col]

        votes = 0
        for col, kind in types.items():
            if type(kind) == type(0):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
