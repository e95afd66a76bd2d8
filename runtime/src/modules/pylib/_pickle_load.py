"""The unpickler of Reap's pickle module (see pickle's docstring): the Unpickler class, which
reads pickles of every protocol."""

import pickle
import _compat_pickle
import sys
from copyreg import _extension_cache, _inverted_registry
from pickle import (HIGHEST_PROTOCOL, NEWFALSE, NEWTRUE, PickleBuffer, UnpicklingError,
                    _CODECS_ENCODE, _END, _deep_getattr, _dotted_path, _escape_decode,
                    _import_module, _raw_unicode_escape_decode, _unpack_double, _utf8_decode)

_audit = getattr(sys, "audit", None)       # Reap has no sys.audit yet


class _Stop(Exception):
    pass


class Unpickler:
    """Reads pickles from a binary file (anything with read() and readline() methods)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._setup(fix_imports, encoding, errors, buffers)

    def _setup(self, fix_imports, encoding, errors, buffers):
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._data = b""
        self._pos = self._len = 0

    def load(self):
        """Read one pickle from the file and return the object it holds."""
        if "_file_read" not in self.__dict__:
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        metastack = self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        memo = self.memo
        in_memory = self._file_read is None
        dispatch = _DISPATCH
        unpack_double = _unpack_double
        try:
            while True:
                # The common opcodes, inline while their arguments are in memory; any other
                # (or a problem) leaves the loop for the method that handles it.
                data = self._data
                end = self._len
                pos = self._pos
                stack = self.stack
                append = stack.append
                while pos < end:
                    key = data[pos]
                    if key == 0x94:                                 # MEMOIZE
                        if not stack:
                            break
                        memo[len(memo)] = stack[-1]
                        pos += 1
                    elif key == 0x71:                               # BINPUT
                        if pos + 1 >= end or not stack:
                            break
                        memo[data[pos + 1]] = stack[-1]
                        pos += 2
                    elif key == 0x68:                               # BINGET
                        if pos + 1 >= end:
                            break
                        value = memo.get(data[pos + 1], _END)
                        if value is _END:
                            break
                        append(value)
                        pos += 2
                    elif key == 0x8c:                               # SHORT_BINUNICODE
                        if pos + 1 >= end:
                            break
                        stop = pos + 2 + data[pos + 1]
                        if stop > end:
                            break
                        try:
                            append(data[pos + 2:stop].decode("utf-8"))
                        except UnicodeDecodeError:
                            break
                        pos = stop
                    elif key == 0x4b:                               # BININT1
                        if pos + 1 >= end:
                            break
                        append(data[pos + 1])
                        pos += 2
                    elif key == 0x28:                               # MARK
                        metastack.append(stack)
                        stack = self.stack = []
                        append = self.append = stack.append
                        pos += 1
                    elif key == 0x5d:                               # EMPTY_LIST
                        append([])
                        pos += 1
                    elif key == 0x7d:                               # EMPTY_DICT
                        append({})
                        pos += 1
                    elif key == 0x65 or key == 0x75 or key == 0x74:  # APPENDS SETITEMS TUPLE
                        if not metastack:
                            break
                        below = metastack[-1]
                        if key == 0x74:
                            value = tuple(stack)
                        elif not below:
                            break
                        elif key == 0x65:
                            if type(below[-1]) is not list:
                                break
                            below[-1].extend(stack)
                        else:
                            target = below[-1]
                            if type(target) is not dict or len(stack) % 2:
                                break
                            for i in range(0, len(stack), 2):
                                target[stack[i]] = stack[i + 1]
                        metastack.pop()
                        stack = self.stack = below
                        append = self.append = below.append
                        if key == 0x74:
                            append(value)
                        pos += 1
                    elif key == 0x4d:                               # BININT2
                        if pos + 2 >= end:
                            break
                        append(data[pos + 1] | data[pos + 2] << 8)
                        pos += 3
                    elif key == 0x4a:                               # BININT
                        if pos + 4 >= end:
                            break
                        append(int.from_bytes(data[pos + 1:pos + 5], "little", signed=True))
                        pos += 5
                    elif key == 0x47:                               # BINFLOAT
                        if pos + 8 >= end:
                            break
                        append(unpack_double(data[pos + 1:pos + 9]))
                        pos += 9
                    elif key == 0x4e:                               # NONE
                        append(None)
                        pos += 1
                    elif key == 0x86:                               # TUPLE2
                        if len(stack) < 2:
                            break
                        stack[-2:] = [(stack[-2], stack[-1])]
                        pos += 1
                    elif key == 0x85:                               # TUPLE1
                        if not stack:
                            break
                        stack[-1] = (stack[-1],)
                        pos += 1
                    elif key == 0x87:                               # TUPLE3
                        if len(stack) < 3:
                            break
                        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]
                        pos += 1
                    elif key == 0x61:                               # APPEND
                        if len(stack) < 2 or type(stack[-2]) is not list:
                            break
                        value = stack.pop()
                        stack[-1].append(value)
                        pos += 1
                    elif key == 0x73:                               # SETITEM
                        if len(stack) < 3 or type(stack[-3]) is not dict:
                            break
                        value = stack.pop()
                        name = stack.pop()
                        stack[-1][name] = value
                        pos += 1
                    elif key == 0x58:                               # BINUNICODE
                        if pos + 4 >= end:
                            break
                        stop = pos + 5 + int.from_bytes(data[pos + 1:pos + 5], "little")
                        if stop > end:
                            break
                        try:
                            append(data[pos + 5:stop].decode("utf-8"))
                        except UnicodeDecodeError:
                            break
                        pos = stop
                    elif key == 0x88:                               # NEWTRUE
                        append(True)
                        pos += 1
                    elif key == 0x89:                               # NEWFALSE
                        append(False)
                        pos += 1
                    elif key == 0x29:                               # EMPTY_TUPLE
                        append(())
                        pos += 1
                    elif key == 0x43:                               # SHORT_BINBYTES
                        if pos + 1 >= end:
                            break
                        stop = pos + 2 + data[pos + 1]
                        if stop > end:
                            break
                        append(data[pos + 2:stop])
                        pos = stop
                    elif key == 0x95 and in_memory:                 # FRAME
                        if pos + 9 > end or pos + 9 + int.from_bytes(
                                data[pos + 1:pos + 9], "little") > end:
                            break
                        pos += 9
                    else:
                        break
                # One opcode through its method.
                if pos < end:
                    key = data[pos]
                    self._pos = pos + 1
                else:
                    self._pos = pos
                    key = self._read_opcode()
                f = dispatch[key]
                if f is None:
                    if 0x20 <= key <= 0x7e and key not in (0x27, 0x5c):
                        raise UnpicklingError("invalid load key, '%c'." % key)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key)
                f(self)
        except _Stop as stop:
            return stop.args[0]
        finally:
            self.stack = self.metastack = self.append = None

    # -- reading

    def _read_opcode(self):
        if self._file_read is not None:
            data = self._file_read(1)
            if data:
                return data[0]
        raise EOFError("Ran out of input")

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= self._len:
            self._pos = end
            return self._data[pos:end]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        head = self._data[pos:]
        self._data = b""
        self._pos = self._len = 0
        more = self._file_read(n - len(head))
        if len(more) < n - len(head):
            raise UnpicklingError("pickle data was truncated")
        return head + bytes(more) if head else bytes(more)

    def _byte(self):
        pos = self._pos
        if pos < self._len:
            self._pos = pos + 1
            return self._data[pos]
        return self._read(1)[0]

    def _readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b"\n", pos, self._len)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        head = data[pos:self._len]
        self._data = b""
        self._pos = self._len = 0
        line = head + bytes(self._file_readline())
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _line(self):
        """A line, without its newline, that must hold something."""
        line = self._readline()
        if len(line) < 2:
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def _text_line(self):
        # Reap's int() and float() do not take bytes yet.
        return self._line().decode("latin-1")

    # -- the stack

    def _underflow(self):
        raise UnpicklingError("unexpected MARK found" if self.metastack
                              else "unpickling stack underflow")

    def _pop(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack.pop()

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _top(self):
        stack = self.stack
        if not stack:
            self._underflow()
        return stack[-1]

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    # -- atoms

    def load_proto(self):
        proto = self._byte()
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._read(8), "little")
        if size > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes"
                                % sys.maxsize)
        if self._len - self._pos < size:
            # The whole frame, from the file, to read from memory.
            self._data = self._read(size)
            self._pos = 0
            self._len = size

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        line = self._text_line()
        if line == "00":
            value = False
        elif line == "01":
            value = True
        else:
            try:
                value = int(line, 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(value)

    def load_binint(self):
        self.append(int.from_bytes(self._read(4), "little", signed=True))

    def load_binint1(self):
        self.append(self._byte())

    def load_binint2(self):
        self.append(int.from_bytes(self._read(2), "little"))

    def load_long(self):
        line = self._text_line()
        if line.endswith("L"):
            line = line[:-1]
        self.append(int(line, 0))

    def load_long1(self):
        self.append(int.from_bytes(self._read(self._byte()), "little", signed=True))

    def load_long4(self):
        n = int.from_bytes(self._read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self._read(n), "little", signed=True))

    def load_float(self):
        line = self._text_line()
        try:
            self.append(float(line))
        except ValueError:
            raise ValueError("could not convert string to float: '%s\n'" % line) from None

    def load_binfloat(self):
        self.append(_unpack_double(self._read(8)))

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), "little")
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        self.append(self._decode_string(self._read(self._byte())))

    def load_binbytes(self):
        self.append(self._read(int.from_bytes(self._read(4), "little")))

    def load_short_binbytes(self):
        self.append(self._read(self._byte()))

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise OverflowError("BINBYTES exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.append(self._read(n))

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise OverflowError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.append(bytearray(self._read(n)))

    def load_unicode(self):
        self.append(_raw_unicode_escape_decode(self._readline()[:-1]))

    def load_binunicode(self):
        self.append(_utf8_decode(self._read(int.from_bytes(self._read(4), "little"))))

    def load_short_binunicode(self):
        self.append(_utf8_decode(self._read(self._byte())))

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), "little")
        if n > sys.maxsize:
            raise OverflowError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.append(_utf8_decode(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        obj = self._top()
        data = obj.raw() if isinstance(obj, PickleBuffer) else obj
        if isinstance(data, bytearray):
            self.stack[-1] = bytes(data)
        elif not isinstance(data, bytes):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(obj).__name__)

    # -- containers

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        stack = self.stack
        if not stack:
            self._underflow()
        stack[-1] = (stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _extend(self, target, items):
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def load_append(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        value = stack.pop()
        target = stack[-1]
        if type(target) is list:
            target.append(value)
        else:
            self._extend(target, [value])

    def load_appends(self):
        items = self.pop_mark()
        if items:
            self._extend(self._top(), items)

    def load_setitem(self):
        stack = self.stack
        if len(stack) < 3:
            self._underflow()
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        if not items:
            return
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        if not items:
            return
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    # -- objects

    def load_build(self):
        stack = self.stack
        if len(stack) < 2:
            self._underflow()
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            if state:
                inst_dict.update(state)
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def _instantiate(self, cls, args):
        if not args and isinstance(cls, type) and not hasattr(cls, "__getinitargs__"):
            return cls.__new__(cls)
        return cls(*args)

    def load_inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        cls = self.find_class(module, name)
        args = tuple(self.pop_mark())
        self.append(self._instantiate(cls, args))

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self.append(self._instantiate(cls, tuple(args)))

    def _newobj(self, opname, cls, args, kwargs):
        if not isinstance(cls, type):
            raise UnpicklingError("%s class argument must be a type, not %.200s"
                                  % (opname, type(cls).__name__))
        if not isinstance(args, tuple):
            raise UnpicklingError("%s args argument must be a tuple, not %.200s"
                                  % (opname, type(args).__name__))
        if kwargs is None:
            self.append(cls.__new__(cls, *args))
            return
        if not isinstance(kwargs, dict):
            raise UnpicklingError("%s kwargs argument must be a dict, not %.200s"
                                  % (opname, type(kwargs).__name__))
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        self._newobj("NEWOBJ", cls, args, None)

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._newobj("NEWOBJ_EX", cls, args, kwargs)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if type(args) is not tuple and not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack[-1] = func(*args)

    def load_global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        obj = _extension_cache.get(code, _END)
        if obj is not _END:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if key is None:
            raise ValueError("unregistered extension code %d" % code)
        if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str)
                and isinstance(key[1], str)):
            raise ValueError("_inverted_registry[%d] isn't a 2-tuple of strings" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self._byte())

    def load_ext2(self):
        self._load_ext(int.from_bytes(self._read(2), "little"))

    def load_ext4(self):
        self._load_ext(int.from_bytes(self._read(4), "little", signed=True))

    def find_class(self, module, name):
        """Return the object called name in module (the class a pickle names)."""
        if _audit is not None:
            _audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        try:
            mod = _import_module(module)
        except ImportError:
            if (module, name) == ("_codecs", "encode"):
                return _CODECS_ENCODE
            raise
        if self.proto >= 4:
            path = _dotted_path(name, mod)
            try:
                return _deep_getattr(mod, path)[0]
            except AttributeError:
                pass
        else:
            try:
                return getattr(mod, name)
            except AttributeError:
                pass
        raise AttributeError("Can't get attribute %r on %r" % (name, mod))

    def _persistent_loader(self):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return load

    def load_persid(self):
        self._persistent_loader()
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") \
                from None
        self.append(self._persistent_loader()(pid))

    def load_binpersid(self):
        load = self._persistent_loader()
        pid = self._pop()
        self.append(load(pid))

    # -- the memo

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        line = self._text_line()
        try:
            idx = int(line)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r" % line) from None
        self._memo_get(idx)

    def load_binget(self):
        self._memo_get(self._byte())

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), "little"))

    def load_put(self):
        idx = int(self._text_line())
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def load_binput(self):
        idx = self._byte()
        self.memo[idx] = self._top()

    def load_long_binput(self):
        idx = int.from_bytes(self._read(4), "little")
        self.memo[idx] = self._top()

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self._top()


_DISPATCH = [None] * 256
for _name in pickle.__all__:
    _value = getattr(pickle, _name, None)
    if isinstance(_value, bytes) and len(_value) == 1 \
            and hasattr(Unpickler, "load_" + _name.lower()):
        _DISPATCH[_value[0]] = getattr(Unpickler, "load_" + _name.lower())
_DISPATCH[NEWTRUE[0]] = Unpickler.load_true
_DISPATCH[NEWFALSE[0]] = Unpickler.load_false
del _name, _value
