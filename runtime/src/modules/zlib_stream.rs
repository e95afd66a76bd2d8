//! `zlib.compressobj()` and `zlib.decompressobj()`: the `zlib.Compress` and `zlib.Decompress`
//! objects, which hold a `Deflater` or an `Inflater` (`native_class.rs`). What CPython's
//! `zlibmodule.c` adds around zlib is followed step for step, because scripts see it: where
//! leftover input goes (`unconsumed_tail` when `max_length` stopped the output, `unused_data`
//! after the end of the stream), which calls raise and which only return less, and that a
//! stream `flush()` finished is ended (`deflateEnd`/`inflateEnd`), after which copying is a
//! `ValueError` and using it zlib's "inconsistent stream state".

use super::native_class::{
    bytes_arg, clinic_args, is_bytes_like, module_class, new_instance, ssize_arg, with_value,
};
use super::zlib::{CHUNK, MODULE, inflate_params, int_or, zlib_error};
use super::zlib_deflate::{Deflater, Params, Z_FINISH, Z_NO_FLUSH};
use super::zlib_inflate::{Inflater, Status};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::host::HostObject;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

pub const COMPRESS_METHODS: &[(&str, NativeFn)] = &[
    ("Compress.compress", compress),
    ("Compress.flush", compress_flush),
    ("Compress.copy", compress_copy),
    ("Compress.__copy__", compress_copy),
    ("Compress.__deepcopy__", compress_deepcopy),
];

pub const DECOMPRESS_METHODS: &[(&str, NativeFn)] = &[
    ("Decompress.decompress", decompress),
    ("Decompress.flush", decompress_flush),
    ("Decompress.copy", decompress_copy),
    ("Decompress.__copy__", decompress_copy),
    ("Decompress.__deepcopy__", decompress_deepcopy),
];

pub const DECOMPRESS_ATTRS: &[(&str, NativeFn)] = &[
    ("zlib.Decompress.unused_data", unused_data),
    ("zlib.Decompress.unconsumed_tail", unconsumed_tail),
    ("zlib.Decompress.eof", eof),
];

impl HostObject for Deflater {}

/// A decompressor and what CPython's object keeps beside zlib's stream.
#[derive(Clone)]
struct Decompressor {
    inflater: Inflater,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
    zdict: Option<Vec<u8>>,
    /// CPython called `inflateEnd` (a `flush()` that reached the end).
    ended: bool,
}

impl HostObject for Decompressor {}

fn instance<T: HostObject>(vm: &mut Vm, class: &str, value: T) -> PyResult<Value> {
    match module_class(vm, MODULE, class) {
        Some(cls) => Ok(new_instance(vm, cls, value)),
        None => Err(vm.new_exc(ExcKind::SystemError, &format!("zlib.{class} is missing"))),
    }
}

fn bytes(vm: &mut Vm, data: Vec<u8>) -> Value {
    vm.alloc(Object::Bytes(data))
}

/// `compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)`.
pub fn compressobj(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let [level, method, wbits, mem_level, strategy, zdict] =
        clinic_args(vm, "compressobj", args, kwargs, names, 0, 0)?;
    let params = Params {
        level: int_or(vm, level, -1)?,
        method: int_or(vm, method, 8)?,
        wbits: int_or(vm, wbits, 15)?,
        mem_level: int_or(vm, mem_level, 8)?,
        strategy: int_or(vm, strategy, 0)?,
    };
    let zdict = match zdict.filter(|&v| v != Value::None) {
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let Some(mut d) = Deflater::new(&params) else {
        return Err(vm.new_exc(ExcKind::ValueError, "Invalid initialization option"));
    };
    if let Some(dict) = zdict
        && !d.set_dictionary(&dict)
    {
        return Err(vm.new_exc(ExcKind::ValueError, "Invalid dictionary"));
    }
    instance(vm, "Compress", d)
}

/// `decompressobj(wbits=15, zdict=b'')`.
pub fn decompressobj(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [wbits, zdict] = clinic_args(vm, "decompressobj", args, kwargs, ["wbits", "zdict"], 0, 0)?;
    let wbits = int_or(vm, wbits, 15)?;
    let zdict = match zdict {
        Some(v) if !is_bytes_like(vm, v) => {
            return Err(vm.new_exc(ExcKind::TypeError, "zdict argument must support the buffer protocol"));
        }
        Some(v) => Some(bytes_arg(vm, v)?),
        None => None,
    };
    let Some((wrap, bits)) = inflate_params(wbits) else {
        return Err(vm.new_exc(ExcKind::ValueError, "Invalid initialization option"));
    };
    let mut inflater = Inflater::new(wrap, bits);
    // A raw stream cannot ask for its dictionary: it is set at once.
    if wbits < 0
        && let Some(dict) = &zdict
    {
        inflater.set_dictionary(dict);
    }
    let d = Decompressor {
        inflater,
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
        eof: false,
        zdict,
        ended: false,
    };
    instance(vm, "Decompress", d)
}

// ---- Compress -------------------------------------------------------------------------------

fn compress(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    let [data] = clinic_args(vm, "compress", rest, kwargs, ["data"], 1, 1)?;
    let data = bytes_arg(vm, data.unwrap_or(Value::None))?;
    let out = with_value(vm, args.first(), "zlib.Compress.compress", |_, d: &mut Deflater| {
        Ok(d.deflate(&data, Z_NO_FLUSH).map_err(|code| (code, d.msg)))
    })?;
    match out {
        Ok(out) => Ok(bytes(vm, out)),
        Err((code, msg)) => Err(zlib_error(vm, code, msg, "while compressing data")),
    }
}

fn compress_flush(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    let [mode] = clinic_args(vm, "flush", rest, kwargs, ["mode"], 1, 0)?;
    let mode = int_or(vm, mode, Z_FINISH)?;
    let out = with_value(vm, args.first(), "zlib.Compress.flush", |_, d: &mut Deflater| {
        // Flushing nothing is no call of zlib's at all.
        if mode == Z_NO_FLUSH {
            return Ok(Ok(Vec::new()));
        }
        let r = d.deflate(&[], mode).map_err(|code| (code, d.msg));
        if r.is_ok() && mode == Z_FINISH {
            d.ended = true;
        }
        Ok(r)
    })?;
    match out {
        Ok(out) => Ok(bytes(vm, out)),
        Err((code, msg)) => Err(zlib_error(vm, code, msg, "while flushing")),
    }
}

fn compress_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let copy = with_value(vm, args.first(), "zlib.Compress.copy", |_, d: &mut Deflater| {
        Ok((!d.ended).then(|| d.clone()))
    })?;
    match copy {
        Some(d) => instance(vm, "Compress", d),
        None => Err(vm.new_exc(ExcKind::ValueError, "Inconsistent stream state")),
    }
}

fn compress_deepcopy(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::arity(vm, "__deepcopy__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    compress_copy(vm, &args[..1], kwargs)
}

// ---- Decompress -----------------------------------------------------------------------------

/// How a run of the inflater over one call's input ended.
enum Outcome {
    Done(Status),
    /// The dictionary given does not match the one the stream names.
    BadDict,
}

/// Inflates `data` (at most `limit` bytes out), giving the stream its dictionary when it asks
/// and one was given; then files the input left over as CPython's `save_unconsumed_input`.
/// The output comes in steps of `CHUNK` bytes, between which the heap's limit is checked.
fn run(vm: &mut Vm, d: &mut Decompressor, data: &[u8], limit: usize, out: &mut Vec<u8>) -> PyResult<Outcome> {
    let mut pos = 0;
    let status = loop {
        let step = (limit - out.len()).min(CHUNK);
        let before = out.len();
        let (n, status) = d.inflater.inflate(&data[pos..], out, step);
        pos += n;
        match (status, &d.zdict) {
            (Status::NeedDict(_), Some(dict)) => {
                if !d.inflater.set_dictionary(dict) {
                    return Ok(Outcome::BadDict);
                }
            }
            (Status::Progress, _) if out.len() - before == step && out.len() < limit => vm.check_memory()?,
            _ => break status,
        }
    };
    let left = &data[pos..];
    let mut pending = !left.is_empty();
    if status == Status::End {
        d.unused_data.extend_from_slice(left);
        pending = false;
    }
    // CPython refreshes the tail when input is left, or when there was a tail before (then
    // from the same leftover, even when it went to `unused_data` too).
    if pending || !d.unconsumed_tail.is_empty() {
        d.unconsumed_tail = left.to_vec();
    }
    if status == Status::End {
        d.eof = true;
    }
    Ok(Outcome::Done(status))
}

fn decompress(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    let [data, max_length] = clinic_args(vm, "decompress", rest, kwargs, ["data", "max_length"], 1, 1)?;
    let data = bytes_arg(vm, data.unwrap_or(Value::None))?;
    let max_length = match max_length {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    if max_length < 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "max_length must be non-negative"));
    }
    let limit = if max_length == 0 { usize::MAX } else { max_length as usize };
    let r = with_value(vm, args.first(), "zlib.Decompress.decompress", |vm, d: &mut Decompressor| {
        if d.ended {
            return Ok(Err((-2, None, "while decompressing data")));
        }
        let mut out = Vec::new();
        Ok(match run(vm, d, &data, limit, &mut out)? {
            Outcome::BadDict => Err((-3, None, "while setting zdict")),
            Outcome::Done(Status::Error(msg)) => Err((-3, Some(msg), "while decompressing data")),
            Outcome::Done(Status::NeedDict(_)) => Err((2, None, "while decompressing data")),
            Outcome::Done(_) => Ok(out),
        })
    })?;
    match r {
        Ok(out) => Ok(bytes(vm, out)),
        Err((code, msg, doing)) => Err(zlib_error(vm, code, msg, doing)),
    }
}

/// `flush(length=16384, /)`: what the unconsumed tail still gives. Errors of the data are
/// not raised here (CPython's flush only stops at them).
fn decompress_flush(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    let [length] = clinic_args(vm, "flush", rest, kwargs, ["length"], 1, 0)?;
    if let Some(v) = length
        && ssize_arg(vm, v)? <= 0
    {
        return Err(vm.new_exc(ExcKind::ValueError, "length must be greater than zero"));
    }
    let out = with_value(vm, args.first(), "zlib.Decompress.flush", |vm, d: &mut Decompressor| {
        let mut out = Vec::new();
        if d.ended {
            return Ok(out);
        }
        let tail = std::mem::take(&mut d.unconsumed_tail);
        // `run` refreshes the tail only when one was there before.
        d.unconsumed_tail = tail.clone();
        if let Outcome::Done(Status::End) = run(vm, d, &tail, usize::MAX, &mut out)? {
            d.ended = true;
        }
        Ok(out)
    })?;
    Ok(bytes(vm, out))
}

fn decompress_copy(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let copy = with_value(vm, args.first(), "zlib.Decompress.copy", |_, d: &mut Decompressor| {
        Ok((!d.ended).then(|| d.clone()))
    })?;
    match copy {
        Some(d) => instance(vm, "Decompress", d),
        None => Err(vm.new_exc(ExcKind::ValueError, "Inconsistent stream state")),
    }
}

fn decompress_deepcopy(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::arity(vm, "__deepcopy__", args.get(1..).unwrap_or(&[]), 1, 1)?;
    decompress_copy(vm, &args[..1], kwargs)
}

fn unused_data(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let data = with_value(vm, args.first(), "zlib.Decompress.unused_data", |_, d: &mut Decompressor| {
        Ok(d.unused_data.clone())
    })?;
    Ok(bytes(vm, data))
}

fn unconsumed_tail(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let data = with_value(vm, args.first(), "zlib.Decompress.unconsumed_tail", |_, d: &mut Decompressor| {
        Ok(d.unconsumed_tail.clone())
    })?;
    Ok(bytes(vm, data))
}

fn eof(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let eof = with_value(vm, args.first(), "zlib.Decompress.eof", |_, d: &mut Decompressor| Ok(d.eof))?;
    Ok(Value::Bool(eof))
}
