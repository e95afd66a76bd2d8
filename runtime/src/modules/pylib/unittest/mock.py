"""Reap's unittest.mock: Mock objects, call recording, patching.

Written for Reap from the behaviour described in CPython 3.11's documentation,
with AsyncMock and MagicMock's asynchronous magic methods (async with, async for).
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock',
    'mock_open', 'PropertyMock', 'seal', 'AsyncMock',
)

import inspect
import io
import sys
from functools import partial
from types import CodeType as _CodeType, FunctionType, MethodType


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


FILTER_DIR = True
FunctionTypes = (FunctionType, MethodType)


def _default_hash(obj):
    h = getattr(object, '__hash__', None)
    return h(obj) if h is not None else hash(id(obj))


def _is_magic(name):
    return name[:2] == '__' and name[-2:] == '__' and '__%s__' % name[2:-2] == name


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _is_list(obj):
    return type(obj) in (list, tuple)


def _extract_mock(obj):
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return callable(obj) or getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Is obj callable, or for a class: would its instances be callable?"""
    if not isinstance(obj, type):
        return callable(obj) or getattr(obj, '__call__', None) is not None
    for klass in (obj,) + obj.__mro__:
        if klass.__dict__.get('__call__') is not None:
            return True
    return False

from _mock_calls import (_safe_repr, _SentinelObject, _Sentinel, sentinel,
                         DEFAULT, _missing, _deleted, _ANY, ANY,
                         _format_call_signature, _Call, call, _CallList)
import _mock_patch
_mock_patch._mock = sys.modules[__name__]
from _mock_patch import (patch, _patch, _patch_dict, _patch_object,
                         _patch_multiple, _patch_stopall, _get_target)


# ---------------------------------------------------------------- signatures

def _get_signature_object(func, as_instance, eat_self):
    """Return (function, signature) for a spec object, or None."""
    if isinstance(func, type) and not as_instance:
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    target = partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(target)
    except (ValueError, TypeError):
        return None


def _copy_func_details(func, funcopy):
    for attr in ('__name__', '__doc__', '__text_signature__', '__module__',
                 '__defaults__', '__kwdefaults__'):
        try:
            setattr(funcopy, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass


def _check_signature(func, mock, skipfirst, instance=False):
    found = _get_signature_object(func, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _set_signature(mock, original, instance=False):
    """Wrap mock in a real function with original's signature."""
    found = _get_signature_object(original, instance, isinstance(original, type))
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)
    name = original.__name__
    if not name.isidentifier():
        name = 'funcopy'
    funcopy.__name__ = funcopy.__qualname__ = name
    _setup_func(funcopy, mock, sig)
    return funcopy


def _setup_func(funcopy, mock, sig):
    funcopy.mock = mock

    def forward(method_name):
        def method(*args, **kwargs):
            return getattr(mock, method_name)(*args, **kwargs)
        method.__name__ = method_name
        return method

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for method_name in ('assert_called_with', 'assert_called_once_with',
                        'assert_has_calls', 'assert_any_call', 'assert_called',
                        'assert_not_called', 'assert_called_once'):
        setattr(funcopy, method_name, forward(method_name))
    funcopy.reset_mock = reset_mock
    funcopy.__signature__ = sig
    mock._mock_delegate = funcopy


# ---------------------------------------------------------------- the mocks

_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
}


def _delegating_property(name):
    """A property stored as _mock_<name>, or on the autospec function."""
    _allowed_names.add(name)
    stored = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, stored)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[stored] = value
        else:
            setattr(delegate, name, value)
    return property(getter, setter)


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt an unnamed, parentless mock as a child; True if adopted."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or
            value._mock_parent is not None or value._mock_new_parent is not None):
        return False
    node = parent
    while node is not None:
        if node is value:   # no cycles
            return False
        node = node._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _MockIter(object):
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A non-callable version of `Mock`"""

    def __new__(cls, /, *args, **kw):
        # each mock gets its own class, so magic methods can be set on it
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super(NonCallableMock, self).__init__(spec, wraps, name, spec_set,
                                              parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach a mock as an attribute of this one, replacing its name and
        parent; its calls are then recorded in this one's method_calls and
        mock_calls."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec (an object or a list of names) to a mock."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            signature = found and found[1]
            spec = dir(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = []

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value, None,
                            "The value to be returned when the mock is called.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect) and
                not isinstance(effect, _MockIter) and not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        "Restore the mock object to its initial state."
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes (dotted names reach child mocks) from keywords."""
        # fewer dots first, so parents are configured before their children
        for key, value in sorted(kwargs.items(), key=lambda kv: kv[0].count('.')):
            path = key.split('.')
            last = path.pop()
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(result.spec, result.spec_set,
                                         result.instance, result.parent,
                                         result.name)
            except InvalidSpecError:
                target_name = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(
                    f'Cannot autospec attr {name!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self!r}, attr={result.spec!r}]')
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        dot = '' if self._mock_new_name == '()' else '.'
        last = self
        node = self._mock_new_parent
        while node is not None:
            last = node
            names.append(node._mock_new_name + dot)
            dot = '' if node._mock_new_name == '()' else '.'
            node = node._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = ''
        if name not in ('mock', 'mock.'):
            name_part = ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            label = 'spec_set' if self._spec_set else 'spec'
            spec_part = ' %s=%r' % (label, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part,
                                     id(self))

    def __dir__(self):
        """Filter the output of `dir(mock)` to only useful members."""
        if not FILTER_DIR:
            return _plain_dir(self)
        extras = list(self._mock_methods or [])
        from_type = [n for n in dir(type(self)) if not n.startswith('_')]
        from_dict = [n for n in self.__dict__ if not n.startswith('_') or _is_magic(n)]
        children = [n for n, v in self._mock_children.items() if v is not _deleted]
        return sorted(set(extras + from_type + from_dict + children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            # property setters go through here
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None and
                name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                # only _new_name: tracked by mock_calls, not method_calls
                _check_and_set_parent(self, value, None, name)
                # a real function on the class (CPython puts the mock itself
                # there; Reap would pass the instance to it as an argument)
                setattr(type(self), name, _forwarding_method(name, value))
                self._mock_children[name] = value
        elif name == '__class__':
            self._spec_class = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    # -- assertions

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _get_call_signature_from_name(self, name):
        """The spec signature of the child a named call was made on."""
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """A comparison key for a call, bound to the spec signature if any."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _times_message(self, template):
        return template % (self._mock_name or 'mock', self.call_count,
                           self._calls_repr())

    def assert_not_called(self):
        """assert that the mock was never called."""
        if self.call_count != 0:
            raise AssertionError(self._times_message(
                "Expected '%s' to not have been called. Called %s times.%s"))

    def assert_called(self):
        """assert that the mock was called at least once"""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """assert that the mock was called only once."""
        if self.call_count != 1:
            raise AssertionError(self._times_message(
                "Expected '%s' to have been called once. Called %s times.%s"))

    def assert_called_with(self, /, *args, **kwargs):
        """assert that the last call was made with the specified arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: not called.'
                % expected)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """assert that the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(self._times_message(
                "Expected '%s' to be called once. Called %s times.%s"))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """assert mock_calls holds `calls` (in a row, or in any order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = None
        for item in expected:
            if isinstance(item, Exception):
                cause = item
                break
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected]))
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}'
                ) from cause
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(not_found), remaining)
            ) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """assert the mock has ever been called with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or not _contains_call(actual, expected):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs)
                                 ) from cause

    def _get_child_mock(self, /, **kw):
        """Create a child mock (attribute or return value)."""
        if self._mock_sealed:
            suffix = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + suffix)
        own = type(self)
        name = kw.get('_new_name')
        if issubclass(own, MagicMixin) and name in _async_method_magics:
            # async with / async for await these: they are AsyncMocks.
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            # An AsyncMock's attributes are awaitable too, except its sync magic methods
            # and the sync methods of its spec.
            sync = name in _all_sync_magics or (self._mock_methods is not None
                                                 and name in self._mock_methods)
            klass = MagicMock if sync else AsyncMock
        elif issubclass(own, CallableMixin):
            klass = own.__mro__[1]
        elif issubclass(own, NonCallableMagicMock):
            klass = MagicMock
        else:
            klass = Mock
        return klass(**kw)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'


def _contains_call(calls, expected):
    # expected on the left, so an ANY inside it gets to decide
    for kall in calls:
        if len(kall) == len(expected) and all(
                e == a for e, a in zip(expected, kall)):
            return True
    return False


def _plain_dir(obj):
    names = set(obj.__dict__)
    for klass in type(obj).__mro__:
        names.update(klass.__dict__)
    return sorted(names)


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super(CallableMixin, self).__init__(spec, wraps, name, spec_set, parent,
                                            _spec_state, _new_name, _new_parent,
                                            **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # replaced by a signature check when autospecced
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))

        # record the call on every ancestor, building the dotted names
        method_name = self._mock_name
        track_methods = self._mock_parent is not None
        call_name = self._mock_new_name
        is_call = call_name == '()'
        node = self._mock_new_parent
        while node is not None:
            if track_methods:
                node.method_calls.append(_Call((method_name, args, kwargs)))
                track_methods = node._mock_parent is not None
                if track_methods:
                    method_name = node._mock_name + '.' + method_name
            node.mock_calls.append(_Call((call_name, args, kwargs)))
            if node._mock_new_name:
                call_name = node._mock_new_name + ('' if is_call else '.') + call_name
                is_call = node._mock_new_name == '()'
            node = node._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A flexible mock object: attributes and return values are created on
    first use, and every call is recorded (see the unittest.mock docs for
    spec, spec_set, side_effect, return_value, wraps, name and unsafe)."""


# ---------------------------------------------------------------- magic methods

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
    'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
    'index round trunc floor ceil bool next fspath')
_numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'

_magics = {'__%s__' % n for n in _magic_names.split()}
for _n in _numerics.split():
    _magics.update(('__%s__' % _n, '__i%s__' % _n, '__r%s__' % _n))
del _n

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_async_magics = _async_method_magics | {'__aiter__'}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}


def _get_method(name, func):
    "Turn a callable (like a mock) into a real method."
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


def _forwarding_method(name, mock):
    "A method calling mock without the instance."
    def method(self, /, *args, **kw):
        return mock(*args, **kw)
    method.__name__ = name
    return method


def _object_sizeof(obj):
    f = getattr(object, '__sizeof__', None)
    return f(obj) if f is not None else 16 + 8 * len(obj.__dict__)


_fixed_returns = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False, '__aexit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
}

_computed_returns = {
    '__hash__': _default_hash,
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': _object_sizeof,
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}


def _eq_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock is other else NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        return iter([] if configured is DEFAULT else configured)
    return __iter__


class _AsyncIterator:
    "What a MagicMock's __aiter__ gives: its configured values, one per await."

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _aiter_effect(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        return _AsyncIterator(iter([] if configured is DEFAULT else configured))
    return __aiter__


_effect_makers = {'__eq__': _eq_effect, '__ne__': _ne_effect, '__iter__': _iter_effect,
                  '__aiter__': _aiter_effect}


def _configure_magic(mock, method, name):
    if name in _fixed_returns:
        method.return_value = _fixed_returns[name]
    elif name in _computed_returns:
        method.return_value = _computed_returns[name](mock)
    elif name in _effect_makers:
        method.side_effect = _effect_makers[name](mock)


class MagicProxy(Base):
    """Stands on a MagicMock's class for a magic method not yet used; the
    child mock is made on first access (or first implicit call)."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        name, parent = self.name, self.parent
        m = parent._get_child_mock(name=name, _new_name=name, _new_parent=parent)
        setattr(parent, name, m)
        _configure_magic(parent, m, name)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()

    def __call__(self, instance, /, *args, **kwargs):
        # Reap calls a magic method found on the class with the instance
        # first, even for objects without __get__ (CPython uses __get__)
        return self.create_mock()(*args, **kwargs)


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()   # so magic methods can be set from kwargs
        super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()   # a spec given to __init__ restricts them

    def _mock_set_magics(self):
        every = _magics | _async_magics
        wanted = every
        own = type(self)
        methods = getattr(self, '_mock_methods', None)
        if methods is not None:
            wanted = every.intersection(methods)
            for name in every - wanted:
                if name in own.__dict__:
                    delattr(self, name)
        for name in wanted - set(own.__dict__):
            setattr(own, name, MagicProxy(name, self))

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec (an object or a list of names) to a mock; only the
        magic methods the spec has are kept."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of `MagicMock` that isn't callable."""


class MagicMock(MagicMixin, Mock):
    """A Mock with default implementations of most magic methods (only
    those of the spec, when one is given)."""


class AsyncMockMixin(Base):
    """What makes a mock awaitable: calling it records the call and returns a coroutine,
    whose await is recorded too (await_count, await_args, await_args_list) and gives the
    return value or side effect."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Seen as an `async def` by inspect and asyncio: a code with the coroutine flag, and
        # asyncio's marker.
        import asyncio.coroutines
        self.__dict__['_is_coroutine'] = asyncio.coroutines._is_coroutine
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()
        code = NonCallableMock(spec_set=_CodeType)
        code.co_flags = inspect.CO_COROUTINE
        self.__dict__['__code__'] = code
        self.__dict__['__name__'] = 'AsyncMock'
        self.__dict__['__defaults__'] = tuple()
        self.__dict__['__kwdefaults__'] = {}
        self.__dict__['__annotations__'] = None

    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_await = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_await
        self.await_args_list.append(this_await)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # An exhausted iterator ends as an async one would.
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Assert that the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f'Expected {self._mock_name or "mock"} to have been awaited.')

    def assert_awaited_once(self):
        """Assert that the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._mock_name or "mock"} to have been awaited '
                                 f'once. Awaited {self.await_count} times.')

    def assert_awaited_with(self, /, *args, **kwargs):
        """Assert that the last await was with these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Assert that the mock was awaited exactly once, with these arguments."""
        self.assert_awaited_once()
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Assert that the mock was ever awaited with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or not _contains_call(actual, expected):
            raise AssertionError('%s await not found' %
                                 self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Assert that the awaits hold `calls` (in a row, or in any order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        awaited = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in awaited:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None for e in expected]))
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}') from cause
            return
        remaining = list(awaited)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),)) from cause

    def assert_not_awaited(self):
        """Assert that the mock was never awaited."""
        if self.await_count != 0:
            raise AssertionError(f'Expected {self._mock_name or "mock"} to not have been '
                                 f'awaited. Awaited {self.await_count} times.')

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls are awaitable: `await mock(...)` gives its return value (or
    side effect: an exception, an iterator's next value, or what a function or coroutine
    function returns), and the awaits are recorded for the assert_awaited* methods."""


class PropertyMock(Mock):
    """A mock for a property or other descriptor on a class: getting it calls
    the mock with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---------------------------------------------------------------- autospec

class _SpecState(object):
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _check_spec_arg_typos(kwargs):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs:
            raise RuntimeError(
                f"{typo!r} might be a typo; use unsafe=True if this is intended")


def _must_skip(spec, entry, is_type):
    """Whether spec.entry is called with an implicit first argument eaten."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, FunctionTypes):
            return is_type
        return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """Create a mock using `spec` as its spec, recursively for attributes;
    calls to mocked functions and methods have their signature checked."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is None:
        _kwargs = {}
    else:
        _kwargs = {'spec': spec}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _kwargs.update(kwargs)

    Klass = MagicMock
    if inspect.isdatadescriptor(spec):
        _kwargs = {}
    elif not _callable(spec):
        Klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock

    _name = _kwargs.pop('name', _name)
    _new_name = _name if _parent is not None else ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name,
                 name=_name, **_kwargs)

    if isinstance(spec, FunctionTypes):
        mock = _set_signature(mock, spec)
    else:
        _check_signature(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_kwargs = {'spec_set': original} if spec_set else {'spec': original}
        if not isinstance(original, FunctionTypes):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionTypes):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs['_eat_self'] = skipfirst
            new = MagicMock(parent=parent, name=entry, _new_name=entry,
                            _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = new
            _check_signature(original, new, skipfirst=skipfirst)
        if isinstance(new, FunctionTypes):
            setattr(mock, entry, new)
    return mock


# ---------------------------------------------------------------- mock_open, seal

_FILE_NAMES = (
    '__enter__ __exit__ __iter__ __next__ __del__ __repr__ close closed '
    'detach encoding errors fileno flush getbuffer getvalue isatty line_buffering '
    'mode name newlines read read1 readable readinto readinto1 readline readlines '
    'reconfigure seek seekable tell truncate writable write write_through '
    'writelines buffer').split()

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to replace `open` (called directly or as a context manager).
    `read_data` is what read, readline, readlines and iteration return."""
    global file_spec, open_spec
    state = [_to_stream(read_data), None]

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if file_spec is None:
        names = set(_FILE_NAMES)
        for kind in ('TextIOWrapper', 'BytesIO'):
            if hasattr(io, kind):
                names.update(dir(getattr(io, kind)))
        file_spec = list(names)
    if open_spec is None:
        open_spec = list(set(dir(open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def seal(mock):
    """Stop a mock (and the child mocks it made) from creating new
    attributes: accessing an unknown one raises AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)
