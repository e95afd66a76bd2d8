//! `_struct` (which `struct`, `pylib/struct.py`, re-exports): `pack`, `unpack`, `calcsize`,
//! `iter_unpack`, `pack_into`, `unpack_from`, the `Struct` class and `struct.error`, with
//! CPython's messages. Formats are parsed and items converted in `struct_codec.rs`; a `Struct`
//! keeps its format's bytes in a slot of its own and parses them again at each call (formats
//! are a few characters).

use super::struct_codec::{Format, PackError, Unpacked, pack_item, parse, unpack_item};
use super::{def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::def_attr;
use crate::value::{ObjId, Value};
use crate::vm::args::{arity, bind_args, no_kwargs};
use crate::vm::{NativeFn, PyResult, Vm};

/// The slot a `Struct` keeps its format in (not a name a script can write as an attribute).
const SLOT: &str = "struct format";

pub fn make_struct(vm: &mut Vm) {
    let (m, d) = new_module(vm, "_struct");
    let doc = vm.new_str("Functions to convert between Python values and C structs.");
    vm.dict_set_str(d, "__doc__", doc);
    let error = make_error(vm);
    vm.dict_set_str(d, "error", Value::Obj(error));
    let functions: &[(&'static str, NativeFn)] = &[
        ("_struct._clearcache", clearcache),
        ("_struct.calcsize", calcsize),
        ("_struct.iter_unpack", module_iter_unpack),
        ("_struct.pack", module_pack),
        ("_struct.pack_into", module_pack_into),
        ("_struct.unpack", module_unpack),
        ("_struct.unpack_from", module_unpack_from),
    ];
    for &(name, f) in functions {
        def(vm, d, name, f);
    }
    if let Some(cls) = make_class(vm) {
        vm.dict_set_str(d, "Struct", Value::Obj(cls));
    }
    if let Some(&it) = vm.types.iters.get("unpack_iterator") {
        let dict = vm.type_obj(it).dict;
        def(vm, dict, "unpack_iterator.__length_hint__", length_hint);
    }
    register(vm, "_struct", m);
}

/// `struct.error`, an `Exception`.
fn make_error(vm: &mut Vm) -> ObjId {
    let ns = vm.new_dict();
    let module = vm.new_str("struct");
    vm.dict_set_str(ns, "__module__", module);
    let base = vm.exc_type(ExcKind::Exception);
    match vm.make_type("error", vec![base], ns) {
        Ok(c) => c,
        Err(e) => {
            vm.decref_id(e);
            base
        }
    }
}

fn make_class(vm: &mut Vm) -> Option<ObjId> {
    let ns = vm.new_dict();
    let methods: &[(&'static str, NativeFn)] = &[
        ("Struct.__init__", struct_init),
        ("Struct.pack", struct_pack),
        ("Struct.pack_into", struct_pack_into),
        ("Struct.unpack", struct_unpack),
        ("Struct.unpack_from", struct_unpack_from),
        ("Struct.iter_unpack", struct_iter_unpack),
        ("Struct.__sizeof__", struct_sizeof),
        ("Struct.__reduce_ex__", struct_reduce_ex),
    ];
    for &(name, f) in methods {
        def(vm, ns, name, f);
    }
    let module = vm.new_str("_struct");
    vm.dict_set_str(ns, "__module__", module);
    def_attr(vm, ns, "_struct.Struct.format", struct_format);
    def_attr(vm, ns, "_struct.Struct.size", struct_size);
    let slots = ["__weakref__", SLOT].map(|s| vm.new_str(s)).to_vec();
    let slots = vm.new_tuple(slots);
    vm.dict_set_str(ns, "__slots__", slots);
    let cls = match vm.make_type("Struct", vec![vm.types.object], ns) {
        Ok(c) => c,
        Err(e) => {
            vm.decref_id(e);
            return None;
        }
    };
    let slots_key = vm.new_str("__slots__");
    let _ = vm.dict_remove(Value::Obj(vm.type_obj(cls).dict), slots_key).map(|v| v.map(|v| vm.decref(v)));
    vm.decref(slots_key);
    // A type of the runtime's own, as the builtin types are: it lives as long as the
    // interpreter, without the reference to itself that makes a script's class collectable
    // (and its messages name it with its module, '_struct.Struct').
    if let Object::Type(t) = vm.heap.get_mut(cls) {
        t.module = "_struct".into();
        t.self_ref = false;
    }
    vm.mark_methods_of(cls);
    vm.decref(Value::Obj(cls));
    Some(cls)
}

/// `struct.error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> ObjId {
    let cls = vm
        .module_dict("_struct")
        .and_then(|d| vm.dict_get_str(d, "error"))
        .and_then(|v| v.as_obj())
        .filter(|&c| matches!(vm.heap.get(c), Object::Type(_)));
    match cls {
        Some(cls) => {
            let m = vm.new_str(msg);
            let args = vm.new_tuple(vec![m]);
            vm.exc_with_args(cls, args)
        }
        None => vm.new_exc(ExcKind::Exception, msg),
    }
}

// ---- Formats ------------------------------------------------------------------------------

/// A format argument's ASCII bytes: a str or bytes (`Struct(format)`'s checks).
fn format_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.str_of(v) {
        let s = s.to_string();
        return crate::types::codecs::encode(&s, "ascii", "strict")
            .map_err(|e| crate::types::exception::codec_exception(vm, e, |vm| vm.new_str(s)));
    }
    match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b)) => Ok(b.clone()),
        _ => {
            let tn = vm.type_obj(vm.type_of(v)).name.to_string();
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("Struct() argument 1 must be a str or bytes object, not {tn}"),
            ))
        }
    }
}

fn parsed(vm: &mut Vm, fmt: &[u8]) -> PyResult<Format> {
    parse(fmt).map_err(|msg| error(vm, msg))
}

/// The format argument of a module function: hashed first (CPython looks it up in its cache
/// of `Struct`s), then read as `Struct(format)` reads it.
fn module_format(vm: &mut Vm, v: Value) -> PyResult<Format> {
    vm.hash(v)?;
    let fmt = format_bytes(vm, v)?;
    parsed(vm, &fmt)
}

/// A `Struct`'s format bytes, from its slot (empty before `__init__` ran).
fn struct_fmt(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Vec<u8>> {
    let slot = args.first().and_then(|&v| {
        let Some(Object::Instance(i)) = v.as_obj().map(|id| vm.heap.get(id)) else { return None };
        let at = vm.type_obj(i.class).slots.as_ref()?.iter().position(|n| n == SLOT)?;
        Some(i.slots().get(at).copied().flatten())
    });
    match slot {
        Some(Some(v)) => Ok(match v.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Bytes(b)) => b.clone(),
            _ => Vec::new(),
        }),
        Some(None) => Ok(Vec::new()),
        None => {
            let msg = match args.first() {
                Some(&v) => format!(
                    "descriptor '{method}' for '_struct.Struct' objects doesn't apply to a '{}' object",
                    vm.type_name(v)
                ),
                None => format!("unbound method Struct.{method}() needs an argument"),
            };
            Err(vm.new_exc(ExcKind::TypeError, &msg))
        }
    }
}

fn struct_format_of(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Format> {
    let fmt = struct_fmt(vm, args, method)?;
    parsed(vm, &fmt)
}

// ---- Buffers --------------------------------------------------------------------------------

/// The length of a bytes-like object (bytes, bytearray, array), or CPython's `TypeError`.
fn buffer_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok(b.len()),
        Some(Object::Array(a)) => Ok(a.data.len()),
        Some(Object::MemoryView(m)) if m.obj.is_some() => Ok(m.nbytes()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// Bytes `at..at + n` of a bytes-like object (checked to be there).
fn buffer_read(vm: &Vm, v: Value, at: usize, n: usize) -> Vec<u8> {
    if let Some(b) = vm.view_bytes(v) {
        return b.get(at..at + n).unwrap_or_default().to_vec();
    }
    let data: &[u8] = match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => b,
        Some(Object::Array(a)) => &a.data,
        _ => &[],
    };
    data.get(at..at + n).unwrap_or_default().to_vec()
}

// ---- Packing ------------------------------------------------------------------------------

/// Packs `values` (as many as the format takes) into `out` (zeroed, the format's size and one
/// byte more), item by item: on an error, what was packed before it stays (as in CPython).
///
/// A `p` of size 0 writes its length byte, 255, where its item starts, as CPython's does: over
/// a byte of the next item or padding, or past the end (the byte more).
fn pack_values(vm: &mut Vm, f: &Format, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut args = values.iter();
    for code in &f.codes {
        let step = code.size;
        for k in 0..code.repeat {
            let Some(&v) = args.next() else { return Ok(()) };
            let at = code.offset + k * step;
            let slot = &mut out[at..at + code.size];
            match pack_item(vm, f.order, code, v, slot) {
                Ok(()) if code.ch == b'p' && code.size == 0 => out[at] = 0xff,
                Ok(()) => {}
                Err(PackError::Struct(msg)) => return Err(error(vm, &msg)),
                Err(PackError::Raised(e)) => return Err(e),
                Err(PackError::Overflow(msg)) => {
                    return Err(if vm.is_int(v) {
                        error(vm, "int too large to convert")
                    } else {
                        vm.new_exc(ExcKind::OverflowError, &msg)
                    });
                }
            }
        }
    }
    Ok(())
}

fn pack(vm: &mut Vm, f: &Format, values: &[Value]) -> PyResult<Value> {
    if values.len() != f.len {
        let msg = format!("pack expected {} items for packing (got {})", f.len, values.len());
        return Err(error(vm, &msg));
    }
    let mut out = vm.try_vec::<u8>(f.size + 1)?;
    out.resize(f.size + 1, 0);
    pack_values(vm, f, values, &mut out)?;
    out.truncate(f.size);
    Ok(vm.alloc(Object::Bytes(out)))
}

/// `pack_into(buffer, offset, *values)` for a parsed format.
fn pack_into(vm: &mut Vm, f: &Format, args: &[Value]) -> PyResult<Value> {
    if args.len() != f.len + 2 {
        let msg = match args.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            n => format!("pack_into expected {} items for packing (got {})", f.len, n - 2),
        };
        return Err(error(vm, &msg));
    }
    // A writable contiguous memoryview packs into what it views, from where it starts.
    let (target, base) = match args[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::MemoryView(m)) if !m.readonly && m.c_contiguous() && m.obj.is_some() => {
            (m.obj, m.offset)
        }
        _ => (
            vm.payload(args[0])
                .as_obj()
                .filter(|&id| matches!(vm.heap.get(id), Object::ByteArray(_) | Object::Array(_))),
            0,
        ),
    };
    let Some(target) = target else {
        let tn = vm.type_name(args[0]);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("argument must be read-write bytes-like object, not {tn}"),
        ));
    };
    let offset = offset_arg(vm, args[1], ExcKind::IndexError)?;
    let len = buffer_len(vm, args[0])? as i64;
    let size = f.size as i64;
    let mut offset = offset;
    if offset < 0 {
        if offset + size > 0 {
            return Err(error(vm, &format!("no space to pack {size} bytes at offset {offset}")));
        }
        if offset + len < 0 {
            return Err(error(vm, &format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset += len;
    }
    if len - offset < size {
        let msg = format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} \
             (actual buffer size is {len})",
            size + offset
        );
        return Err(error(vm, &msg));
    }
    let mut out = vm.try_vec::<u8>(f.size + 1)?;
    out.resize(f.size + 1, 0);
    let r = pack_values(vm, f, &args[2..], &mut out);
    let at = base + offset as usize;
    let Some(data) = crate::types::memoryview::data_mut(vm, target) else {
        return r.map(|()| Value::None);
    };
    // The byte past the end counts only if a `p` of size 0 wrote it (and the buffer has it).
    let n = if out[f.size] != 0 { f.size + 1 } else { f.size };
    // The buffer may have changed size while a value converted: write what still fits.
    let n = n.min(data.len().saturating_sub(at));
    if at <= data.len() && n >= f.size {
        data[at..at + n].copy_from_slice(&out[..n]);
    }
    r.map(|()| Value::None)
}

/// An offset argument: an int or `__index__`; one too large for `Py_ssize_t` is `too_big`'s
/// error (`IndexError` for `pack_into`, `OverflowError` for `unpack_from`).
fn offset_arg(vm: &mut Vm, v: Value, too_big: ExcKind) -> PyResult<i64> {
    if let Value::Int(n) = v {
        return Ok(n);
    }
    let b = crate::vm::args::index_arg(vm, v)?;
    match num_traits::ToPrimitive::to_i64(&b) {
        Some(n) => Ok(n),
        None if too_big == ExcKind::IndexError => {
            Err(vm.new_exc(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"))
        }
        None => Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C ssize_t")),
    }
}

// ---- Unpacking ----------------------------------------------------------------------------

/// The values of `data` (the format's size) as a tuple.
fn unpack_tuple(vm: &mut Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    if data.len() < f.size {
        return Err(error(vm, &format!("unpack requires a buffer of {} bytes", f.size)));
    }
    let mut items = Vec::with_capacity(f.len);
    for code in &f.codes {
        let step = code.size;
        for k in 0..code.repeat {
            let at = code.offset + k * step;
            let v = match unpack_item(f.order, code, &data[at..at + code.size]) {
                Unpacked::Int(n) => match i64::try_from(n) {
                    Ok(x) => Value::Int(x),
                    Err(_) => vm.new_bigint(num_bigint::BigInt::from(n)),
                },
                Unpacked::Float(x) => Value::Float(x),
                Unpacked::Bool(b) => Value::Bool(b),
                Unpacked::Bytes(b) => vm.alloc(Object::Bytes(b)),
                Unpacked::NegativeSize => {
                    for v in items.into_iter().rev() {
                        vm.decref(v);
                    }
                    return Err(
                        vm.new_exc(ExcKind::SystemError, "Negative size passed to PyBytes_FromStringAndSize")
                    );
                }
            };
            items.push(v);
        }
    }
    Ok(vm.new_tuple(items))
}

fn unpack(vm: &mut Vm, f: &Format, buffer: Value) -> PyResult<Value> {
    let len = buffer_len(vm, buffer)?;
    if len != f.size {
        return Err(error(vm, &format!("unpack requires a buffer of {} bytes", f.size)));
    }
    let data = buffer_read(vm, buffer, 0, len);
    unpack_tuple(vm, f, &data)
}

fn unpack_from(vm: &mut Vm, f: &Format, buffer: Value, offset: Option<Value>) -> PyResult<Value> {
    buffer_len(vm, buffer)?;
    let mut offset = match offset {
        Some(v) => offset_arg(vm, v, ExcKind::OverflowError)?,
        None => 0,
    };
    // Read after the offset's `__index__`, which may have resized a bytearray.
    let len = buffer_len(vm, buffer)? as i64;
    let size = f.size as i64;
    if offset < 0 {
        if offset + len < 0 {
            return Err(error(vm, &format!("offset {offset} out of range for {len}-byte buffer")));
        }
        if offset + size > 0 {
            return Err(error(vm, &format!("not enough data to unpack {size} bytes at offset {offset}")));
        }
        offset += len;
    }
    if len - offset < size {
        let msg = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} \
             (actual buffer size is {len})",
            size + offset
        );
        return Err(error(vm, &msg));
    }
    let data = buffer_read(vm, buffer, offset as usize, f.size);
    unpack_tuple(vm, f, &data)
}

/// `iter_unpack`: the tuples are unpacked at once, and the iterator runs over them.
fn iter_unpack(vm: &mut Vm, f: &Format, buffer: Value) -> PyResult<Value> {
    if f.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    let len = buffer_len(vm, buffer)?;
    if len % f.size != 0 {
        let msg = format!("iterative unpacking requires a buffer of a multiple of {} bytes", f.size);
        return Err(error(vm, &msg));
    }
    let data = buffer_read(vm, buffer, 0, len);
    let mut tuples = vm.try_vec::<Value>(len / f.size)?;
    for chunk in data.chunks_exact(f.size) {
        match unpack_tuple(vm, f, chunk) {
            Ok(t) => tuples.push(t),
            Err(e) => {
                for t in tuples.into_iter().rev() {
                    vm.decref(t);
                }
                return Err(e);
            }
        }
    }
    let seq = vm.new_tuple(tuples);
    let Some(seq) = seq.as_obj() else { return Ok(seq) };
    Ok(vm.alloc(Object::Iter(crate::object::Iter::Seq { seq, index: 0, kind: "unpack_iterator" })))
}

/// `unpack_iterator.__length_hint__()`: the tuples left.
fn length_hint(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let left = match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::Iter(crate::object::Iter::Seq { seq, index, .. })) => match vm.heap.get(*seq) {
            Object::Tuple(t) => t.len().saturating_sub(*index),
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

// ---- The module's functions ---------------------------------------------------------------

fn clearcache(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_clearcache", args, 0, 0)?;
    Ok(Value::None)
}

fn calcsize(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_struct.calcsize", kwargs)?;
    arity(vm, "_struct.calcsize", args, 1, 1)?;
    let f = module_format(vm, args[0])?;
    Ok(Value::Int(f.size as i64))
}

fn module_pack(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_struct.pack", kwargs)?;
    let Some((&fmt, values)) = args.split_first() else {
        return Err(vm.new_exc(ExcKind::TypeError, "missing format argument"));
    };
    let f = module_format(vm, fmt)?;
    pack(vm, &f, values)
}

fn module_pack_into(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_struct.pack_into", kwargs)?;
    let Some((&fmt, rest)) = args.split_first() else {
        return Err(vm.new_exc(ExcKind::TypeError, "missing format argument"));
    };
    let f = module_format(vm, fmt)?;
    pack_into(vm, &f, rest)
}

fn module_unpack(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_struct.unpack", kwargs)?;
    arity(vm, "unpack", args, 2, 2)?;
    let f = module_format(vm, args[0])?;
    unpack(vm, &f, args[1])
}

fn module_unpack_from(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    // `format` is positional only (its name matches no keyword).
    if args.is_empty() && kwargs.len() <= 3 {
        return Err(
            vm.new_exc(ExcKind::TypeError, "unpack_from() takes at least 1 positional argument (0 given)")
        );
    }
    let [fmt, buffer, offset] =
        bind_args(vm, "unpack_from", args, kwargs, ["\0format", "buffer", "offset"], 3, 2)?;
    let (Some(fmt), Some(buffer)) = (fmt, buffer) else { return Ok(Value::None) };
    let f = module_format(vm, fmt)?;
    buffer_len(vm, buffer)?;
    unpack_from(vm, &f, buffer, offset)
}

fn module_iter_unpack(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_struct.iter_unpack", kwargs)?;
    arity(vm, "iter_unpack", args, 2, 2)?;
    let f = module_format(vm, args[0])?;
    iter_unpack(vm, &f, args[1])
}

// ---- Struct ---------------------------------------------------------------------------------

/// `Struct(format)`: the format is checked and parsed once here, and kept.
fn struct_init(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    struct_fmt(vm, args, "__init__")?;
    let [format] = bind_args(vm, "Struct", &args[1..], kwargs, ["format"], 1, 1)?;
    let Some(format) = format else { return Ok(Value::None) };
    let fmt = format_bytes(vm, format)?;
    parsed(vm, &fmt)?;
    let b = vm.alloc(Object::Bytes(fmt));
    let slot = args[0].as_obj().and_then(|id| match vm.heap.get(id) {
        Object::Instance(i) => vm.type_obj(i.class).slots.as_ref()?.iter().position(|n| n == SLOT),
        _ => None,
    });
    let old = match (slot, args[0].as_obj().map(|id| vm.heap.get_mut(id))) {
        (Some(at), Some(Object::Instance(i))) => i.slots_mut().get_mut(at).and_then(|s| s.replace(b)),
        _ => Some(b),
    };
    if let Some(old) = old {
        vm.decref(old);
    }
    Ok(Value::None)
}

fn struct_format(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let fmt = struct_fmt(vm, args, "format")?;
    Ok(vm.new_str(String::from_utf8_lossy(&fmt).into_owned()))
}

fn struct_size(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = struct_format_of(vm, args, "size")?;
    Ok(Value::Int(f.size as i64))
}

/// CPython's `__sizeof__`: the object, and its parsed codes.
fn struct_sizeof(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = struct_format_of(vm, args, "__sizeof__")?;
    no_kwargs(vm, "Struct.__sizeof__", kwargs)?;
    arity(vm, "Struct.__sizeof__", &args[1..], 0, 0)?;
    Ok(Value::Int(72 + 32 * (f.codes.len() as i64 + 1)))
}

/// A `Struct` is not picklable (nor copyable), as CPython's, whose type has no way to rebuild
/// one from what `object.__reduce_ex__` would record.
fn struct_reduce_ex(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    struct_fmt(vm, args, "__reduce_ex__")?;
    let tn = vm.type_name(args[0]);
    Err(vm.new_exc(ExcKind::TypeError, &format!("cannot pickle '{tn}' object")))
}

fn struct_pack(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = struct_format_of(vm, args, "pack")?;
    no_kwargs(vm, "Struct.pack", kwargs)?;
    pack(vm, &f, &args[1..])
}

fn struct_pack_into(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = struct_format_of(vm, args, "pack_into")?;
    no_kwargs(vm, "Struct.pack_into", kwargs)?;
    pack_into(vm, &f, &args[1..])
}

fn struct_unpack(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = struct_format_of(vm, args, "unpack")?;
    no_kwargs(vm, "Struct.unpack", kwargs)?;
    arity(vm, "Struct.unpack", &args[1..], 1, 1)?;
    unpack(vm, &f, args[1])
}

fn struct_unpack_from(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = struct_format_of(vm, args, "unpack_from")?;
    let [buffer, offset] = bind_args(vm, "unpack_from", &args[1..], kwargs, ["buffer", "offset"], 2, 1)?;
    let Some(buffer) = buffer else { return Ok(Value::None) };
    buffer_len(vm, buffer)?;
    unpack_from(vm, &f, buffer, offset)
}

fn struct_iter_unpack(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let f = struct_format_of(vm, args, "iter_unpack")?;
    no_kwargs(vm, "Struct.iter_unpack", kwargs)?;
    arity(vm, "Struct.iter_unpack", &args[1..], 1, 1)?;
    iter_unpack(vm, &f, args[1])
}
