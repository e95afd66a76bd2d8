"""What pwd and grp share: reading a colon-separated system database file, and a tuple class
that prints and behaves as CPython's struct sequences (`pwd.struct_passwd(pw_name='root',
...)`)."""


def read(path, width):
    """The entries of the file: lists of `width` fields (comments and malformed lines left
    out)."""
    try:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    entries = []
    for line in lines:
        if not line or line.startswith('#'):
            continue
        fields = line.split(':')
        if len(fields) == width:
            entries.append(fields)
    return entries


def id_arg(value, what):
    """A uid or gid argument, as CPython's converter checks it."""
    if not isinstance(value, int):
        raise TypeError(f'{what} should be integer, not {type(value).__name__}')
    return int(value)


class StructSeq(tuple):
    _fields = ()
    n_sequence_fields = property(lambda self: len(self._fields))
    n_fields = n_sequence_fields
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != len(cls._fields):
            raise TypeError(f'{cls.__module__}.{cls.__name__}() takes a {len(cls._fields)}-sequence '
                            f'({len(sequence)}-sequence given)')
        return tuple.__new__(cls, sequence)

    def __init_subclass__(cls):
        for i, name in enumerate(cls._fields):
            setattr(cls, name, property(lambda self, i=i: self[i]))

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'{self.__module__}.{type(self).__name__}({fields})'

    def __reduce__(self):
        return type(self), (tuple(self),)
