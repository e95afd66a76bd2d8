"""The guard against endless repr of an object that holds itself, shared by reprlib's
recursive_repr and the reprs of collections (as CPython's C reprs use Py_ReprEnter)."""


def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__ method: a nested call for the same object returns fillvalue."""

    def decorating_function(user_function):
        # ids of the objects whose repr is in progress. Reap runs one thread, so the id alone
        # identifies a call in progress (CPython pairs it with the thread's ident).
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function
