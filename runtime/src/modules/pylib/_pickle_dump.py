"""The pickler of Reap's pickle module (see pickle's docstring): the Pickler class, which
writes the same bytes as CPython 3.11's C pickler."""

import _compat_pickle
import sys
from copyreg import _extension_registry, dispatch_table
from pickle import (ADDITEMS, APPEND, APPENDS, BINBYTES, BINBYTES8, BINFLOAT, BININT, BININT2,
                    BINPERSID, BINUNICODE, BINUNICODE8, BUILD, BYTEARRAY8, DEFAULT_PROTOCOL,
                    DICT, EMPTY_DICT, EMPTY_LIST, EMPTY_SET, EMPTY_TUPLE, EXT1, EXT2, EXT4,
                    FALSE, FLOAT, FRAME, FROZENSET, GET, GLOBAL, HIGHEST_PROTOCOL, INT, LIST,
                    LONG, LONG1, LONG4, LONG_BINGET, LONG_BINPUT, MARK, MEMOIZE, NEWFALSE,
                    NEWOBJ, NEWOBJ_EX, NEWTRUE, NEXT_BUFFER, NONE, PERSID, POP, POP_MARK, PROTO,
                    PUT, PickleBuffer, PicklingError, READONLY_BUFFER, REDUCE, SETITEM,
                    SETITEMS, SHORT_BINBYTES, SHORT_BINUNICODE, STACK_GLOBAL, STOP, TRUE, TUPLE,
                    TUPLE2, UNICODE, _BATCHSIZE, _BINGET_OPS, _BININT1_OPS, _BINPUT_OPS,
                    _CODECS_ENCODE, _END, _FRAME_SIZE_TARGET, _FunctionType, _NoneType,
                    _TUPLE_OPS, _codecs_encode, _deep_getattr, _dotted_path, _import_module,
                    _pack_double, _raw_unicode_escape, _reduce, _utf8_encode, encode_long,
                    whichmodule)

_LATIN1 = "latin1"
_SPECIAL_GLOBALS = {id(_codecs_encode): ("_codecs", "encode")}
_NO_FRAMES = sys.maxsize


class Pickler:
    """Writes pickles of objects to a binary file (anything with a write() method)."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        self._setup(protocol, fix_imports)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._set_buffer_callback(buffer_callback)

    def _setup(self, protocol, fix_imports):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        else:
            try:
                protocol = protocol.__index__()
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(protocol).__name__) from None
            if protocol < 0:
                protocol = HIGHEST_PROTOCOL
            elif protocol > HIGHEST_PROTOCOL:
                raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self.proto = protocol
        self.bin = int(protocol >= 1)
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        self._file_write = None
        self._reducer_override = None

    def _set_buffer_callback(self, buffer_callback):
        if buffer_callback is not None and self.proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        """Forget the objects already pickled (shared ones are pickled again)."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if "_file_write" not in self.__dict__:
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._dump(obj)
        self._flush()

    def _dump(self, obj):
        self._reducer_override = getattr(self, "reducer_override", None)
        self._pers = getattr(self, "persistent_id", None)
        table = getattr(self, "dispatch_table", None)
        self._dispatch_table = dispatch_table if table is None else table
        self._out = []
        cur = self._cur = bytearray()
        self.write = cur.extend
        self._framing = False
        self._limit = _NO_FRAMES
        try:
            if self.proto >= 2:
                cur += PROTO + bytes((self.proto,))
                if self.proto >= 4:
                    self._out.append(bytes(cur))
                    cur.clear()
                    self._framing = True
                    self._limit = _FRAME_SIZE_TARGET
            self.save = self._fast_save()
            self.save(obj)
            cur += STOP
            self._commit_frame()
        finally:
            self._framing = False
            self._reducer_override = self._pers = None
            self.__dict__.pop("save", None)

    def _commit_frame(self, flush=True):
        cur = self._cur
        n = len(cur)
        if self._framing and n >= 4:
            self._out.append(FRAME + n.to_bytes(8, "little"))
        if n:
            self._out.append(bytes(cur))
            cur.clear()
        if flush and self._framing and self._file_write is not None:
            self._flush()

    def _flush(self):
        if self._file_write is not None and self._out:
            data = b"".join(self._out)
            self._out.clear()
            self._file_write(data)

    def _write_large(self, header, payload):
        """Write an opcode with a long payload: from 64 KiB on, outside any frame (and with
        a write() of its own when pickling to a file)."""
        if len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame(flush=False)
            self._out.append(header)
            if self._file_write is not None:
                self._flush()
                self._file_write(payload)
            else:
                self._out.append(bytes(payload))
        else:
            self.write(header)
            self.write(payload)

    # -- the memo

    def memoize(self, obj):
        """Store obj in the memo and write the opcode that puts it there on load."""
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        self.write(self.put(idx))
        memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return _BINPUT_OPS[idx]
            return LONG_BINPUT + idx.to_bytes(4, "little")
        return PUT + repr(idx).encode("ascii") + b"\n"

    def get(self, idx):
        if self.bin:
            if idx < 256:
                return _BINGET_OPS[idx]
            return LONG_BINGET + idx.to_bytes(4, "little")
        return GET + repr(idx).encode("ascii") + b"\n"

    # -- dispatch

    def save(self, obj, save_persistent_id=True):
        # The general case; while dump() runs, the instance's save is _fast_save's closure.
        if len(self._cur) >= self._limit:
            self._commit_frame()
        if save_persistent_id and self._pers is not None:
            pid = self._pers(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        f = _SAVE_ATOM.get(t)
        if f is not None:
            f(self, obj)
            return
        if (t is str or t is bytes) and len(obj) < 2:
            obj = _SMALL.get(obj, obj)
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        self._save_rest(obj, t)

    def _save_rest(self, obj, t):
        """Save an object that is not an atom and not in the memo."""
        f = _SAVE_EXACT.get(t)
        if f is not None:
            f(self, obj)
            return
        override = self._reducer_override
        if override is not None:
            rv = override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type:
            self.save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        table = self._dispatch_table
        if table is dispatch_table:
            reduce = table.get(t)
        else:
            try:
                reduce = table[t]
            except KeyError:
                reduce = None
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            rv = _reduce(obj, self.proto)
        self._save_reduce_value(obj, rv)

    def _fast_save(self):
        """save() for one dump, with the common types inline and the settings in locals (the
        same bytes as the general save, faster)."""
        cur = self._cur
        write = cur.extend
        memo = self.memo
        memo_get = memo.get
        proto = self.proto
        binary = self.bin
        short = proto >= 4
        limit = self._limit
        pers = self._pers
        fast = self.fast
        commit = self._commit_frame
        get = self.get
        rest = self._save_rest
        save_long = self.save_long
        save_str = self.save_str
        save_float = self.save_float
        pack_double = _pack_double
        containers = {dict: self.save_dict, list: self.save_list, tuple: self.save_tuple}

        def memoize(obj):
            if not fast:
                idx = len(memo)
                if short:
                    write(MEMOIZE)
                elif idx < 256:
                    write(_BINPUT_OPS[idx])
                else:
                    write(LONG_BINPUT + idx.to_bytes(4, "little"))
                memo[id(obj)] = idx, obj

        def save_dict(obj):
            write(EMPTY_DICT)
            memoize(obj)
            n = len(obj)
            if n == 1:
                for k, v in obj.items():
                    save(k)
                    save(v)
                write(SETITEM)
            elif n:
                items = iter(obj.items())
                while True:
                    write(MARK)
                    i = 0
                    for k, v in items:
                        save(k)
                        save(v)
                        i += 1
                        if i == _BATCHSIZE:
                            break
                    write(SETITEMS)
                    if i < _BATCHSIZE:
                        return

        def save_list(obj):
            write(EMPTY_LIST)
            memoize(obj)
            n = len(obj)
            if n == 1:
                save(obj[0])
                write(APPEND)
            elif n:
                start = 0
                while True:
                    write(MARK)
                    for x in obj[start:start + _BATCHSIZE]:
                        save(x)
                    write(APPENDS)
                    start += _BATCHSIZE
                    if start >= len(obj):
                        return

        if binary:
            containers[dict] = save_dict
            containers[list] = save_list

        def save(obj, save_persistent_id=True):
            if len(cur) >= limit:
                commit()
            if pers is not None and save_persistent_id:
                pid = pers(obj)
                if pid is not None:
                    self.save_pers(pid)
                    return
            t = type(obj)
            if t is int:
                if binary and 0 <= obj <= 0xffff:
                    if obj <= 0xff:
                        write(_BININT1_OPS[obj])
                    else:
                        write(BININT2 + obj.to_bytes(2, "little"))
                else:
                    save_long(obj)
                return
            if obj is None:
                write(NONE)
                return
            if t is float:
                if binary:
                    write(BINFLOAT + pack_double(obj))
                else:
                    save_float(obj)
                return
            if t is bool:
                write((NEWTRUE if obj else NEWFALSE) if proto >= 2 else (TRUE if obj else FALSE))
                return
            if (t is str or t is bytes) and len(obj) < 2:
                obj = _SMALL.get(obj, obj)
            x = memo_get(id(obj))
            if x is not None:
                idx = x[0]
                write(_BINGET_OPS[idx] if binary and idx < 256 else get(idx))
                return
            if t is str and binary and not fast:
                try:
                    encoded = obj.encode("utf-8")
                except UnicodeEncodeError:
                    save_str(obj)
                    return
                n = len(encoded)
                if n <= 0xff and short:
                    write(SHORT_BINUNICODE + bytes((n,)) + encoded)
                elif n < _FRAME_SIZE_TARGET:
                    write(BINUNICODE + n.to_bytes(4, "little") + encoded)
                else:
                    save_str(obj)
                    return
                idx = len(memo)
                if short:
                    write(MEMOIZE)
                elif idx < 256:
                    write(_BINPUT_OPS[idx])
                else:
                    write(LONG_BINPUT + idx.to_bytes(4, "little"))
                memo[id(obj)] = idx, obj
                return
            f = containers.get(t)
            if f is not None:
                f(obj)
            else:
                rest(obj, t)

        return save

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 "
                                "elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self.write(PERSID + text.encode("ascii") + b"\n")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be "
                                "callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be "
                                "a tuple")
        if listitems is not None and not hasattr(listitems, "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must "
                                "be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must "
                                "be an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must "
                                "be a function, not %s" % type(state_setter).__name__)
        save = self.save
        write = self.write
        name = getattr(func, "__name__", None) if self.proto >= 2 else None
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a "
                                    "class, not %.200s" % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a "
                                    "tuple, not %.200s" % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a "
                                    "dict, not %.200s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(cargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *cargs, **kwargs))
                save(())
                write(REDUCE)
        elif name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", type(obj)) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2 + REDUCE + POP)

    # -- atoms

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(_BININT1_OPS[obj])
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + obj.to_bytes(2, "little"))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, "little", signed=True))
                return
        elif -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + encoded)
            else:
                self.write(LONG4 + n.to_bytes(4, "little") + encoded)
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + data)
        elif n <= 0xffffffff:
            self._write_large(BINBYTES + n.to_bytes(4, "little"), data)
        elif self.proto >= 4:
            self._write_large(BINBYTES8 + n.to_bytes(8, "little"), data)
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB requires "
                                "pickle protocol 4 or higher")
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_CODECS_ENCODE, (obj.decode("latin-1"), _LATIN1), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + len(obj).to_bytes(8, "little"), bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        data = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if isinstance(data, bytes):
                self._save_bytes_data(obj, data)
            else:
                self._write_large(BYTEARRAY8 + len(data).to_bytes(8, "little"), bytes(data))
                self.memoize(obj)
        else:
            self.write(NEXT_BUFFER + READONLY_BUFFER if isinstance(data, bytes)
                       else NEXT_BUFFER)

    def save_str(self, obj):
        if self.bin:
            try:
                encoded = obj.encode("utf-8")
            except UnicodeEncodeError:
                encoded = _utf8_encode(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n <= 0xffffffff:
                self._write_large(BINUNICODE + n.to_bytes(4, "little"), encoded)
            elif self.proto >= 4:
                self._write_large(BINUNICODE8 + n.to_bytes(8, "little"), encoded)
            else:
                raise OverflowError("serializing a string larger than 4 GiB requires "
                                    "pickle protocol 4 or higher")
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # -- containers

    def save_tuple(self, obj):
        n = len(obj)
        write = self.write
        if not n:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                write(POP * n + self.get(x[0]))
            else:
                write(_TUPLE_OPS[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        start = 0
        while True:
            write(MARK)
            for x in obj[start:start + _BATCHSIZE]:
                save(x)
            write(APPENDS)
            start += _BATCHSIZE
            if start >= len(obj):
                return

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        end = _END
        while True:
            first = next(items, end)
            if first is end:
                return
            second = next(items, end)
            if second is end:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            save(second)
            n = 2
            while n < _BATCHSIZE:
                x = next(items, end)
                if x is end:
                    break
                save(x)
                n += 1
            write(APPENDS)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self.write
        if len(obj) == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        items = iter(obj.items())
        while True:
            write(MARK)
            i = 0
            for k, v in items:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(SETITEMS)
            if i < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                write(SETITEM)
            return
        end = _END
        while True:
            first = next(items, end)
            if first is end:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            second = next(items, end)
            if second is end:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            item = second
            n = 1
            while True:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, end)
                if item is end:
                    break
            write(SETITEMS)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        write = self.write
        items = iter(obj)
        while True:
            write(MARK)
            i = 0
            for x in items:
                save(x)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if i < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- classes and functions by name

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self.write
        special = _SPECIAL_GLOBALS.get(id(obj))
        if special is not None and name is None:
            module_name, name = special
            if self.proto >= 4:
                self.save(module_name)
                self.save(name)
                write(STACK_GLOBAL)
            else:
                write(GLOBAL + ("%s\n%s\n" % special).encode("ascii"))
            self.memoize(obj)
            return
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        path = _dotted_path(name)
        module_name = whichmodule(obj, path)
        # One str object per module name, as CPython's interned names are (which decides
        # whether a second mention is a memo reference); CPython's builtin functions in
        # builtins share a name of their own.
        key = (module_name, module_name == "builtins" and type(obj) is _BuiltinType)
        module_name = _MODULE_NAMES.setdefault(key, module_name)
        try:
            module = _import_module(module_name)
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        lastname = path[-1]
        try:
            found, parent = _deep_getattr(module, path)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r isn't an integer"
                                        % (obj, code))
                if code <= 0 or code > 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, "little"))
                else:
                    write(EXT4 + code.to_bytes(4, "little"))
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                renamed = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
                if renamed:
                    module_name, name = renamed
                else:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name,
                                                                            module_name)
            encoding = "utf-8" if self.proto == 3 else "ascii"
            try:
                module_bytes = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using pickle "
                                    "protocol %i" % (module_name, self.proto)) from None
            try:
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using pickle "
                                    "protocol %i" % (name, self.proto)) from None
            write(GLOBAL + module_bytes + b"\n" + name_bytes + b"\n")
        self.memoize(obj)



_MODULE_NAMES = {}
# CPython has a single empty str and empty bytes, one bytes object for each byte value and
# one str for each non-ASCII Latin-1 character, so that equal ones are a single memo entry;
# they are here too.  (Its one-character ASCII strings are singletons too when made at run
# time, but literals are separate interned objects: those keep Reap's identity.)
_SMALL = {x: x for x in ["", b""] + [chr(i) for i in range(128, 256)]
          + [bytes((i,)) for i in range(256)]}
_BuiltinType = type(len)
_SAVE_ATOM = {_NoneType: Pickler.save_none, bool: Pickler.save_bool, int: Pickler.save_long,
              float: Pickler.save_float}
_SAVE_EXACT = {bytes: Pickler.save_bytes, str: Pickler.save_str, dict: Pickler.save_dict,
               set: Pickler.save_set, frozenset: Pickler.save_frozenset,
               list: Pickler.save_list, tuple: Pickler.save_tuple,
               bytearray: Pickler.save_bytearray, PickleBuffer: Pickler.save_picklebuffer}
