"""patch, patch.object, patch.dict and patch.multiple for Reap's
unittest.mock (private; unittest.mock binds `_mock` to itself on import)."""

import builtins
import contextlib
import importlib
import inspect
import sys
from functools import partial, wraps
from types import ModuleType

from _mock_calls import DEFAULT

_mock = None    # the unittest.mock module
_builtins = {n for n in dir(builtins) if not n.startswith('_')}


def _resolve_name(name):
    """Import 'pkg.mod.attr.sub' (or 'pkg.mod:attr.sub') and return the object."""
    if ':' in name:
        modname, _, rest = name.partition(':')
        obj = importlib.import_module(modname)
        parts = rest.split('.') if rest else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            candidate = modname + '.' + parts[0]
            try:
                obj = importlib.import_module(candidate)
            except ImportError:
                break
            modname = candidate
            parts.pop(0)
    for part in parts:
        obj = getattr(obj, part)
    return obj


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_resolve_name, target), attribute


def _apply_to_test_methods(klass, make_decorated):
    for attr in dir(klass):
        if not attr.startswith(patch.TEST_PREFIX):
            continue
        value = getattr(klass, attr)
        if not callable(value):
            continue
        setattr(klass, attr, make_decorated(value))
    return klass


class _patch(object):

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _mock._check_spec_arg_typos(kwargs)
        if _mock._is_instance_mock(spec):
            raise _mock.InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec '
                f'has already been mocked out. [spec={spec!r}]')
        if _mock._is_instance_mock(spec_set):
            raise _mock.InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec_set '
                f'target has already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return _apply_to_test_methods(func, lambda f: self.copy()(f))
        return self.decorate_callable(func)

    def _entered(self, stack, patched, args, keywargs):
        """Enter the patches of a decorated function: its new arguments."""
        extra = []
        for patching in patched.patchings:
            arg = stack.enter_context(patching)
            if patching.attribute_name is not None:
                keywargs.update(arg)
            elif patching.new is DEFAULT:
                extra.append(arg)
        return args + tuple(extra), keywargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        if inspect.iscoroutinefunction(func):
            @wraps(func)
            async def patched(*args, **keywargs):
                with contextlib.ExitStack() as stack:
                    args, keywargs = self._entered(stack, patched, args, keywargs)
                    return await func(*args, **keywargs)
        else:
            @wraps(func)
            def patched(*args, **keywargs):
                with contextlib.ExitStack() as stack:
                    args, keywargs = self._entered(stack, patched, args, keywargs)
                    return func(*args, **keywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def _make_new(self, original):
        """Build the mock patch creates when `new` is not given."""
        spec, spec_set, new_callable = self.spec, self.spec_set, self.new_callable
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set, spec = original, None
        elif spec is not None:
            if spec_set is True:
                spec_set, spec = spec, None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                inherit = True
        Klass = _mock.MagicMock
        kw = {}
        this_spec = spec_set if spec_set is not None else spec
        if new_callable is not None:
            Klass = new_callable
        elif this_spec is not None:
            if _mock._is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if not_callable:
                Klass = _mock.NonCallableMagicMock
        if spec is not None:
            kw['spec'] = spec
        if spec_set is not None:
            kw['spec_set'] = spec_set
        if (isinstance(Klass, type) and issubclass(Klass, _mock.NonCallableMock)
                and self.attribute):
            kw['name'] = self.attribute
        kw.update(self.kwargs)
        new = Klass(**kw)
        if inherit and _mock._is_instance_mock(new):
            # the mock of a class returns instances with the same spec
            if not _mock._is_list(this_spec) and not _mock._instance_callable(this_spec):
                Klass = _mock.NonCallableMagicMock
            kw.pop('name')
            new.return_value = Klass(_new_parent=new, _new_name='()', **kw)
        return new

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec = self.autospec
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_new(original)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't "
                                "specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _mock._is_instance_mock(self.target):
                raise _mock.InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch '
                    f'target has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            if _mock._is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise _mock.InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            new = _mock.create_autospec(autospec, spec_set=spec_set,
                                  _name=self.attribute, **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = self._exit_stack.enter_context(patching)
                if patching.new is DEFAULT:
                    extra.update(arg)
            return extra
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                # the attribute was inherited or is special: put it back
                setattr(self.target, self.attribute, self.temp_original)
        stack = self._exit_stack
        del self.temp_original, self.is_local, self.target, self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch the named member (`attribute`) on an object (`target`)."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """Perform several patches on one target, given as keyword arguments."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        p = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                   new_callable, {})
        p.attribute_name = attribute
        patchers.append(p)
    patchers[0].additional_patchers.extend(patchers[1:])
    return patchers[0]


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace `target` ('package.module.name') by `new` (by default a new
    MagicMock) as a decorator, class decorator or context manager."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _update_dict(in_dict, values):
    try:
        in_dict.update(values)
    except AttributeError:
        for key in values:
            in_dict[key] = values[key]


class _patch_dict(object):
    """Patch a dictionary (or mapping, or dotted name of one) and restore it
    afterwards; `values` and keywords are set in it, `clear` empties it first."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return _apply_to_test_methods(
                f, lambda g: _patch_dict(self.in_dict, self.values, self.clear)(g))
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        if inspect.iscoroutinefunction(f):
            @wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
        else:
            @wraps(f)
            def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return f(*args, **kw)
                finally:
                    self._unpatch_dict()
        return _inner

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        _update_dict(in_dict, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _update_dict(self.in_dict, self._original)

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    """Stop all active patches, last started first."""
    for p in reversed(_patch._active_patches):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
