//! `_zlib`, which `zlib` (`pylib/zlib.py`) re-exports: `compress`/`decompress`, the streaming
//! `compressobj`/`decompressobj` (`zlib_stream.rs`), `crc32`, `adler32`, the constants and
//! `zlib.error`, with CPython's arguments, results and messages ("Error -3 while decompressing
//! data: incorrect header check").
//!
//! No C zlib is linked: compressing is miniz_oxide's (`zlib_deflate.rs`), so compressed bytes
//! differ from CPython's (any zlib reads them; headers and trailers are zlib's), and inflating is
//! Reap's own (`zlib_inflate.rs`), written to answer as zlib 1.2.13 does, the version this
//! module reports.

use super::native_class::{bytes_arg, c_int_arg, clinic_args, make_class, ssize_arg, u32_mask_arg};
use super::zlib_deflate::{Deflater, Params, Z_FINISH};
use super::zlib_inflate::{Inflater, Status, Wrap};
use super::zlib_stream;
use super::{arity, def, new_module, register};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::args::no_kwargs;
use crate::vm::{NativeFn, PyResult, Vm};

pub const MODULE: &str = "_zlib";
const DEF_BUF_SIZE: i64 = 16 * 1024;
/// How much one step of a decompression writes before checking the heap's limit.
pub const CHUNK: usize = 1 << 20;

const DOC: &str = "The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush().";

const INT_CONSTANTS: &[(&str, i64)] = &[
    ("MAX_WBITS", 15),
    ("DEFLATED", 8),
    ("DEF_MEM_LEVEL", 8),
    ("DEF_BUF_SIZE", DEF_BUF_SIZE),
    ("Z_NO_COMPRESSION", 0),
    ("Z_BEST_SPEED", 1),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_FILTERED", 1),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_RLE", 3),
    ("Z_FIXED", 4),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_NO_FLUSH", 0),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_SYNC_FLUSH", 2),
    ("Z_FULL_FLUSH", 3),
    ("Z_FINISH", 4),
    ("Z_BLOCK", 5),
    ("Z_TREES", 6),
];

pub fn make_zlib(vm: &mut Vm) {
    let (m, d) = new_module(vm, MODULE);
    let doc = vm.new_str(DOC);
    vm.dict_set_str(d, "__doc__", doc);
    for &(name, v) in INT_CONSTANTS {
        vm.dict_set_str(d, name, Value::Int(v));
    }
    for (name, v) in [("ZLIB_VERSION", "1.2.13"), ("ZLIB_RUNTIME_VERSION", "1.2.13"), ("__version__", "1.0")]
    {
        let s = vm.new_str(v);
        vm.dict_set_str(d, name, s);
    }
    let error = make_error(vm);
    vm.dict_set_str(d, "error", Value::Obj(error));
    let functions: &[(&'static str, NativeFn)] = &[
        ("zlib.adler32", adler32_fn),
        ("zlib.crc32", crc32_fn),
        ("zlib.compress", compress),
        ("zlib.decompress", decompress),
        ("zlib.compressobj", zlib_stream::compressobj),
        ("zlib.decompressobj", zlib_stream::decompressobj),
    ];
    for &(name, f) in functions {
        def(vm, d, name, f);
    }
    for (name, methods, attrs) in [
        ("Compress", zlib_stream::COMPRESS_METHODS, &[][..]),
        ("Decompress", zlib_stream::DECOMPRESS_METHODS, zlib_stream::DECOMPRESS_ATTRS),
    ] {
        if let Some(cls) = make_class(vm, "zlib", name, methods, attrs) {
            vm.dict_set_str(d, name, Value::Obj(cls));
        }
    }
    register(vm, MODULE, m);
}

/// `zlib.error`, an `Exception`.
fn make_error(vm: &mut Vm) -> ObjId {
    let ns = vm.new_dict();
    let module = vm.new_str("zlib");
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

/// `zlib.error(msg)`.
pub fn error(vm: &mut Vm, msg: &str) -> ObjId {
    match super::native_class::module_class(vm, MODULE, "error") {
        Some(cls) => {
            let m = vm.new_str(msg);
            let args = vm.new_tuple(vec![m]);
            vm.exc_with_args(cls, args)
        }
        None => vm.new_exc(ExcKind::Exception, msg),
    }
}

/// CPython's `zlib_error`: "Error <code> <doing>[: <message>]", where a missing message of
/// zlib's is named after the code.
pub fn zlib_error(vm: &mut Vm, code: i32, msg: Option<&str>, doing: &str) -> ObjId {
    let msg = msg.or(match code {
        -5 => Some("incomplete or truncated stream"),
        -2 => Some("inconsistent stream state"),
        -3 => Some("invalid input data"),
        _ => None,
    });
    match msg {
        Some(m) => error(vm, &format!("Error {code} {doing}: {m}")),
        None => error(vm, &format!("Error {code} {doing}")),
    }
}

/// The Adler-32 of `data` continuing from `start` (RFC 1950, 8.2).
pub fn adler32(start: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    // 5552 bytes is the most that can be summed before the sums must be reduced (zlib's NMAX).
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

fn checksum_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    start: u32,
) -> PyResult<(Vec<u8>, u32)> {
    no_kwargs(vm, &format!("zlib.{name}"), kwargs)?;
    arity(vm, name, args, 1, 2)?;
    let data = bytes_arg(vm, args[0])?;
    let start = match args.get(1) {
        Some(&v) => u32_mask_arg(vm, v)?,
        None => start,
    };
    Ok((data, start))
}

fn adler32_fn(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (data, start) = checksum_args(vm, "adler32", args, kwargs, 1)?;
    Ok(Value::Int(i64::from(adler32(start, &data))))
}

fn crc32_fn(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (data, start) = checksum_args(vm, "crc32", args, kwargs, 0)?;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(i64::from(h.finalize())))
}

/// An int argument, or `default` when not given.
pub fn int_or(vm: &mut Vm, v: Option<Value>, default: i32) -> PyResult<i32> {
    match v {
        Some(v) => c_int_arg(vm, v),
        None => Ok(default),
    }
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [data, level, wbits] = clinic_args(vm, "compress", args, kwargs, ["data", "level", "wbits"], 1, 1)?;
    let data = bytes_arg(vm, data.unwrap_or(Value::None))?;
    let level = int_or(vm, level, -1)?;
    let wbits = int_or(vm, wbits, 15)?;
    let params = Params { level, method: 8, wbits, mem_level: 8, strategy: 0 };
    let Some(mut d) = Deflater::new(&params) else {
        return Err(error(vm, "Bad compression level"));
    };
    match d.deflate(&data, Z_FINISH) {
        Ok(out) => Ok(vm.alloc(Object::Bytes(out))),
        Err(code) => Err(zlib_error(vm, code, d.msg, "while compressing data")),
    }
}

/// The wrapping and window of `wbits` as zlib's `inflateInit2` reads them, or `None` for a
/// value it refuses.
pub fn inflate_params(wbits: i32) -> Option<(Wrap, u32)> {
    let (wrap, bits) = match wbits {
        -15..=-8 => (Wrap::Raw, -wbits),
        0..=15 => (Wrap::Zlib, wbits),
        16..=31 => (Wrap::Gzip, wbits - 16),
        32..=47 => (Wrap::Auto, wbits - 32),
        _ => return None,
    };
    (bits == 0 && wrap != Wrap::Raw || (8..=15).contains(&bits)).then_some((wrap, bits as u32))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [data, wbits, bufsize] =
        clinic_args(vm, "decompress", args, kwargs, ["data", "wbits", "bufsize"], 1, 1)?;
    let data = bytes_arg(vm, data.unwrap_or(Value::None))?;
    let wbits = int_or(vm, wbits, 15)?;
    if let Some(b) = bufsize
        && ssize_arg(vm, b)? < 0
    {
        return Err(vm.new_exc(ExcKind::ValueError, "bufsize must be non-negative"));
    }
    let Some((wrap, bits)) = inflate_params(wbits) else {
        return Err(zlib_error(vm, -2, None, "while preparing to decompress data"));
    };
    let mut inf = Inflater::new(wrap, bits);
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let before = out.len();
        let (n, status) = inf.inflate(&data[pos..], &mut out, CHUNK);
        pos += n;
        match status {
            Status::End => return Ok(vm.alloc(Object::Bytes(out))),
            Status::Error(msg) => return Err(zlib_error(vm, -3, Some(msg), "while decompressing data")),
            Status::NeedDict(_) => return Err(zlib_error(vm, 2, None, "while decompressing data")),
            // The output is full: check the heap's limit before going on.
            Status::Progress if out.len() - before == CHUNK => vm.check_memory()?,
            Status::Progress => return Err(zlib_error(vm, -5, None, "while decompressing data")),
        }
    }
}
