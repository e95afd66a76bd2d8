"""reprlib, written in Python for Reap: repr() with limits on size and nesting, and the
recursive_repr decorator."""

from itertools import islice
from _reap_reprguard import recursive_repr

__all__ = ["Repr", "repr", "recursive_repr"]

# The module's own `repr` (defined at the bottom) shadows the builtin it is built on.
_builtin_repr = repr


def _sorted_if_possible(x):
    # Mixed-type containers cannot always be sorted; show them in iteration order then.
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _cut_middle(s, limit, fillvalue):
    """Keep the two ends of s and put fillvalue in the middle when s is longer than limit."""
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + fillvalue + s[len(s) - tail:]


class Repr:
    """Builds size-limited reprs. The limits are plain attributes, to be changed per instance;
    a subclass can handle a type named T by defining repr_T(self, obj, level)."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = '_'.join(type(x).__name__.split()) if ' ' in type(x).__name__ else type(x).__name__
        method = getattr(self, 'repr_' + typename, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._repr_iterable(x, level, f"array('{x.typecode}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pieces.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + ', '.join(pieces) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        s = _builtin_repr(x[:limit])
        if len(s) > limit:
            # Cut the string itself (not its repr) so escapes stay whole, then cut the repr of
            # what is left, keeping its quotes.
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            s = _builtin_repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return _cut_middle(_builtin_repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            s = _builtin_repr(x)
        except Exception:
            # A broken __repr__ should not break the caller's diagnostics.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _cut_middle(s, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
