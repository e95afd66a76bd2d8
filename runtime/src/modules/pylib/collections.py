"""collections, written in Python for Reap: Counter, defaultdict, OrderedDict, namedtuple,
deque and ChainMap."""

from _reap_reprguard import recursive_repr as _recursive_repr

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


def __dir__():
    # The names made on first use (by __getattr__) are the module's, as in CPython.
    return sorted(set(globals()) | set(['UserDict', 'UserList', 'UserString']))


def __getattr__(name):
    # UserDict, UserList and UserString need collections.abc: made when first asked for.
    if name in ('UserDict', 'UserList', 'UserString'):
        import _collections_user
        value = getattr(_collections_user, name)
        value.__module__ = 'collections'
        globals()[name] = value
        return value
    raise AttributeError(f"module 'collections' has no attribute '{name}'", name=name,
                         obj=__import__('sys').modules[__name__])


def _generic_alias(cls, item):
    """`deque[int]`: the class with its type arguments (types.GenericAlias)."""
    import _reap_types

    return _reap_types.GenericAlias(cls, item)


def _is_mapping(obj):
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    # An empty counter takes a mapping's counts as they are, as CPython's
                    # (they need not be numbers).
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            # Counts that do not order (not numbers) show as they are.
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def __delitem__(self, elem):
        # A missing element is no error: its count is zero already.
        if elem in self:
            super().__delitem__(elem)

    # Comparisons (3.10): a missing element counts as zero.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __reduce__(self):
        return self.__class__, (dict(self),)


class defaultdict(dict):
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'


class OrderedDict(dict):
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def keys(self):
        return _odict_view('odict_keys')(self)

    def values(self):
        return _odict_view('odict_values')(self)

    def items(self):
        return _odict_view('odict_items')(self)

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'

    # Two OrderedDicts are equal only in the same order; with a plain dict, as dicts.
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


_odict_views = {}


def _odict_view(name):
    """The class of an OrderedDict's keys, values or items view: collections.abc's view with
    CPython's name and repr (`odict_keys(['a'])`), made on first use."""
    try:
        return _odict_views[name]
    except KeyError:
        pass
    from collections.abc import ItemsView, KeysView, ValuesView

    base = {'odict_keys': KeysView, 'odict_values': ValuesView, 'odict_items': ItemsView}[name]

    def __repr__(self):
        return f'{name}({list(self)!r})'

    # The view reads the dict itself, as CPython's does: a subclass's __getitem__ (the docs'
    # LRU recipe moves the key it reads to the end) is not called while it iterates.
    own = {'odict_keys': dict.keys, 'odict_values': dict.values, 'odict_items': dict.items}[name]

    def __iter__(self):
        return iter(own(self._mapping))

    def __contains__(self, item):
        return item in own(self._mapping)

    def __reversed__(self):
        return reversed(own(self._mapping))

    cls = type(name, (base,), {'__repr__': __repr__, '__reversed__': __reversed__, '__iter__': __iter__,
                               '__contains__': __contains__, '__module__': 'builtins', '__slots__': ()})
    _odict_views[name] = cls
    return cls


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    import sys as _sys
    from keyword import iskeyword as _iskeyword
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_names = tuple(field_names)
    num_fields = len(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'

    # As CPython's: a __new__ whose parameters are the fields, so that its signature, its
    # errors and its __defaults__ (which scripts may set) are a function's.
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))',
                   {'_tuple_new': tuple.__new__, '__builtins__': {},
                    '__name__': f'namedtuple_{typename}'})
    __new__.__name__ = '__new__'
    __new__.__qualname__ = f'{typename}.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(field_names, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self.__class__(*values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__new__': __new__,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '_replace': _replace,
        '_make': classmethod(_make),
        '__getnewargs__': __getnewargs__,
        '_fields': field_names,
        '__match_args__': field_names,
        '_field_defaults': field_defaults,
        '__slots__': (),
        '__module__': module,
        '__qualname__': typename,
        '__doc__': f'{typename}({", ".join(field_names)})',
    }
    from _reap_collections import tuplegetter
    for index, name in enumerate(field_names):
        namespace[name] = tuplegetter(index, f'Alias for field number {index}')
    return type(typename, (tuple,), namespace)


class deque:
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    __class_getitem__ = classmethod(_generic_alias)
    # No __dict__, as the C type has none (a subclass gets one).
    __slots__ = ('_items', '_head', '_state', '_maxlen', '__weakref__')

    # The items are self._items[self._head:]: popleft and appendleft move the head instead of
    # shifting the list, so a queue costs O(1) an operation, as CPython's deque does. Free
    # slots before the head are None; the rarer operations first compact the list. `_state`
    # counts the changes of length, which iterators check, as CPython's do.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._state = 0
        self._maxlen = maxlen
        if iterable is self:
            iterable = list(iterable)
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    # Native, as the C deque's: a queue calls them for every item.
    from _reap_collections import (deque_append as append, deque_appendleft as appendleft,
                                   deque_pop as pop, deque_popleft as popleft,
                                   deque_len as __len__)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        items = self._compact()
        if items:
            self._state += 1
            n = n % len(items)
            items[:] = items[-n:] + items[:-n]

    def clear(self):
        # CPython's deque lets its items go first to last (a list goes last to first).
        self._state += 1
        self._items.reverse()
        self._items.clear()
        self._head = 0

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._compact().count(x)

    def index(self, x, start=0, stop=None):
        items = self._compact()
        n = len(items)
        start = max(start + n, 0) if start < 0 else min(start, n)
        stop = n if stop is None else (max(stop + n, 0) if stop < 0 else min(stop, n))
        for i in range(start, stop):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._compact().insert(i, x)

    def remove(self, x):
        items = self._compact()
        for i, item in enumerate(items):
            if item is x or item == x:
                self._state += 1
                del items[i]
                return
        raise ValueError(f'{x!r} is not in deque')

    def reverse(self):
        self._compact().reverse()

    # The state is taken when the iterator is made, not at its first item: a change between
    # `iter(d)` and `next()` is a mutation during iteration too.
    def __iter__(self):
        return _deque_iterator._over(self)

    def __reversed__(self):
        return _deque_reverse_iterator._over(self)

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        at = self._index(i)
        self._state += 1
        del self._items[at]

    def __contains__(self, x):
        return x in self._compact()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = type(self)((), self._maxlen)
        new.extend(self._compact() * n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._compact() * n
        self.clear()
        self.extend(items)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._compact(), other._compact())

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __reduce__(self):
        # As CPython's: the class, its maxlen, a subclass's attributes, then the items
        # through an iterator (so that pickle and copy append them).
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, getattr(self, '__dict__', None) or None, iter(self)

    @_recursive_repr('[...]')
    def __repr__(self):
        items = list(self)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({items!r})'
        return f'{name}({items!r}, maxlen={self._maxlen})'


del deque.__slots__   # the C type's fields are not a Python class's __slots__


def _deque_iterator_type(name, doc, step):
    """One of the types of CPython's deque iterators (`_collections._deque_iterator`...): a
    deque, how many items are left, where the next is, and the deque's change count when the
    iterator was made; `step` (native) hands out the next item."""
    def over(cls, d):
        self = object.__new__(cls)
        self._deque = d
        self._state = d._state
        self._counter = len(d)
        self._index = 0
        return self

    def new(cls, d, index=0, /):
        if not isinstance(d, deque):
            raise TypeError(f'argument 1 must be collections.deque, not {type(d).__name__}')
        self = over(cls, d)
        for _ in range(index):
            if next(self, self) is self:
                break
        return self

    def reduce(self):
        return type(self), (self._deque, len(self._deque) - self._counter)

    namespace = {
        '__doc__': doc,
        '__new__': new,
        '__reduce__': reduce,
        '__module__': '_collections',
        '__reap_c_type__': True,
        '__slots__': ('_counter', '_deque', '_index', '_state'),
        '_over': classmethod(over),
        '__iter__': lambda self: self,
        '__length_hint__': lambda self: self._counter,
        '__next__': step,
    }
    cls = type(name, (), namespace)
    del cls.__slots__
    return cls


from _reap_collections import deque_iter_next as _step, deque_reverse_next as _step_back
_deque_iterator = _deque_iterator_type(
    '_deque_iterator', 'What iter(deque) gives: its items from the left.', _step)
_deque_reverse_iterator = _deque_iterator_type(
    '_deque_reverse_iterator', 'What reversed(deque) gives: its items from the right.', _step_back)
del _deque_iterator_type, _step, _step_back


class ChainMap:
    # CPython's ChainMap derives from MutableMapping; here the mixin methods are written out, so
    # importing collections does not load collections.abc (only the views need it). The cost:
    # isinstance(ChainMap(), collections.abc.Mapping) is False.
    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                # Not `key in mapping`: a mapping with __missing__ (a Counter) answers too.
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    @staticmethod
    def _is_mapping(other):
        from collections.abc import Mapping
        return isinstance(other, (Mapping, ChainMap))

    def __eq__(self, other):
        if not self._is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not self._is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not self._is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    _repr_running = set()

    def __repr__(self):
        # A chain that contains itself shows '...' there, as CPython's recursive_repr does.
        if id(self) in ChainMap._repr_running:
            return '...'
        ChainMap._repr_running.add(id(self))
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            ChainMap._repr_running.discard(id(self))
