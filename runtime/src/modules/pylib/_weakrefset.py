"""The weak set and the iteration guard the weak containers share: apart from `weakref`, so
that `abc` can keep its registries in weak sets without importing `collections`."""

from _weakref import ref

# `types.GenericAlias`, without importing `types`.
GenericAlias = type(list[int])

__all__ = ['WeakSet']


class _IterationGuard:
    """Held by a weak container while something iterates over it: the entries that die
    meanwhile are removed only when the last iteration ends, so that the dict or set being
    iterated does not change size under it (a script's own change still does, and raises)."""

    def __init__(self, container):
        self.container = ref(container)

    def __enter__(self):
        c = self.container()
        if c is not None:
            c._iterating.add(self)
        return self

    def __exit__(self, *exc):
        c = self.container()
        if c is not None:
            c._iterating.discard(self)
            if not c._iterating:
                c._commit_removals()


class WeakSet:
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self_wr = ref(self)

        def _remove(item):
            self = self_wr()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending, discard = self._pending_removals, self.data.discard
        while pending:
            discard(pending.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(item for item in self if item not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(ref(item) for item in other)

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in set(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def difference_update(self, other):
        for item in list(other):
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection_update(self, other):
        keep = [item for item in other if item in self]
        self.clear()
        self.update(keep)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __lt__(self, other):
        return self.issubset(other) and len(self) < len(set(other))

    def __gt__(self, other):
        return self.issuperset(other) and len(self) > len(set(other))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __class_getitem__ = classmethod(GenericAlias)
