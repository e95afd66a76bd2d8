//! `open()` and file objects, and `_reap_os`: the native file-system primitives under the `os`,
//! `os.path`, `shutil` and `tempfile` modules (which are written in Python).

use super::file_text::{self, TextError};
use super::{arity, def};
use crate::object::exc_kind::ExcKind;
use crate::object::{FileObj, Object};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

type Native = crate::vm::NativeFn;

pub fn install(vm: &mut Vm) {
    vm.slots.file_next = file_next_slot;
    let b = vm.builtins;
    def(vm, b, "open", open);
    let t = &vm.types;
    for t in [t.text_io, t.buffered_reader, t.buffered_writer, t.buffered_random, t.file_io] {
        let d = vm.type_obj(t).dict;
        let methods: &[(&'static str, Native)] = &[
            ("file.read", read),
            ("file.readline", readline),
            ("file.readlines", readlines),
            ("file.write", write),
            ("file.writelines", writelines),
            ("file.close", close),
            ("file.flush", flush),
            ("file.seek", seek),
            ("file.tell", tell),
            ("file.__enter__", enter),
            ("file.__exit__", exit),
            ("file.__iter__", enter),
            ("file.__next__", next_line),
            ("file.readable", readable),
            ("file.writable", writable),
            ("file.fileno", fileno),
            ("file.isatty", isatty),
            ("file.seekable", seekable),
            ("file.truncate", truncate),
        ];
        for &(name, f) in methods {
            def(vm, d, name, f);
        }
        if t != vm.types.file_io {
            def(vm, d, "file.detach", detach);
        }
        if t == vm.types.text_io {
            def(vm, d, "file.reconfigure", reconfigure);
        }
    }
    let (m, d) = {
        let dict = vm.new_dict();
        let n = vm.new_str("_reap_os");
        vm.dict_set_str(dict, "__name__", n);
        (vm.alloc(Object::Module { name: "_reap_os".into(), dict }), dict)
    };
    let fns: &[(&'static str, Native)] = &[
        ("_reap_os.getcwd", getcwd),
        ("_reap_os.listdir", listdir),
        ("_reap_os.mkdir", mkdir),
        ("_reap_os.rmdir", rmdir),
        ("_reap_os.remove", remove),
        ("_reap_os.getpid", getpid),
        ("_reap_os.close", noop),
        ("_reap_os.exists", exists),
        ("_reap_os.isfile", isfile),
        ("_reap_os.isdir", isdir),
        ("_reap_os.getsize", getsize),
        ("_reap_os.rmtree", rmtree),
        ("_reap_os.mkdtemp", mkdtemp),
        ("_reap_os.mkstemp", mkstemp),
        ("_reap_os.gettempdir", gettempdir),
        ("_reap_os.environ", environ),
    ];
    for &(name, f) in fns {
        def(vm, d, name, f);
    }
    // The file objects' types, for io's abstract classes to register.
    let t = &vm.types;
    let types = [
        ("text_file_type", t.text_io),
        ("binary_reader_type", t.buffered_reader),
        ("binary_writer_type", t.buffered_writer),
        ("binary_random_type", t.buffered_random),
        ("raw_file_type", t.file_io),
    ];
    for (name, cls) in types {
        vm.heap.incref(cls);
        vm.dict_set_str(d, name, Value::Obj(cls));
    }
    #[cfg(feature = "files")]
    super::os_fd::install(vm, d);
    super::os_random::install(vm, d);
    super::os_native::install(vm, m, d);
    let modules = vm.modules;
    vm.dict_set_str(modules, "_reap_os", m);
}

/// The `OSError` subclass CPython raises for an errno.
pub use crate::vm::exc::errno_class;

/// The `OSError` subclass and message CPython gives for an I/O failure on `filename`.
pub fn os_error(vm: &mut Vm, err: &std::io::Error, filename: Option<&str>) -> ObjId {
    let filename = filename.map(|f| vm.new_str(f));
    os_error_with(vm, err, filename, None)
}

/// The `OSError` for `err` about one or two files (`str` or `bytes` objects, whose references
/// it takes), its message `[Errno 2] No such file or directory: 'a' -> 'b'` as CPython's.
pub fn os_error_with(
    vm: &mut Vm,
    err: &std::io::Error,
    filename: Option<Value>,
    filename2: Option<Value>,
) -> ObjId {
    let errno = err.raw_os_error().unwrap_or(0);
    let text = err.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
    let kind = errno_class(i64::from(errno));
    let s = vm.new_str(strerror.clone());
    let args = vm.new_tuple(vec![Value::Int(i64::from(errno)), s]);
    let e = vm.new_exc_args(kind, args);
    if vm.has_instance_dict(e) {
        vm.set_instance_attr_str(e, "errno", Value::Int(i64::from(errno)));
        let se = vm.new_str(strerror);
        vm.set_instance_attr_str(e, "strerror", se);
        // An OSError without a file name has none set (not None), as CPython's.
        for (key, v) in [("filename", filename), ("filename2", filename2)] {
            if let Some(v) = v {
                vm.set_instance_attr_str(e, key, v);
            }
        }
    } else {
        for f in [filename, filename2].into_iter().flatten() {
            vm.decref(f);
        }
    }
    e
}

/// The OS file under a file object of `open()`'s, duplicated for a child process
/// (`subprocess`'s `stdout=f`), as CPython passes the file's descriptor: what the script wrote
/// and is still buffered is not passed on first (CPython's buffer is not flushed either), and a
/// file being read is where the buffered reading left the system's position, as in CPython.
/// `None` for any other object; an `EBADF` error for a closed file.
#[cfg(feature = "files")]
pub(crate) fn child_handle(vm: &mut Vm, v: Value) -> Option<std::io::Result<std::fs::File>> {
    let Some(Object::File(f)) = v.as_obj().map(|id| vm.heap.get(id)) else { return None };
    Some(match &f.handle {
        Some(h) => h.try_clone(),
        None => Err(std::io::Error::from_raw_os_error(9)),
    })
}

/// `PermissionError` when the embedding host turned file-system access off.
pub fn require_fs(vm: &mut Vm) -> PyResult<()> {
    if vm.host.fs_allowed {
        return Ok(());
    }
    Err(vm.new_exc(ExcKind::PermissionError, "file system access is disabled in this interpreter"))
}

/// The path a `str`, `bytes` or `os.PathLike` argument names, as CPython's `path_converter`
/// takes it: `ValueError` for a NUL in it.
pub(crate) fn path_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<String> {
    let path = path_text(vm, v, fname)?;
    if path.contains('\0') {
        return Err(vm.new_exc(ExcKind::ValueError, "embedded null byte"));
    }
    Ok(path)
}

/// The text of a path argument, NULs and all.
fn path_text(vm: &mut Vm, v: Value, fname: &str) -> PyResult<String> {
    require_fs(vm)?;
    if let Some(Object::Bytes(b)) = v.as_obj().map(|id| vm.heap.get(id)) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    // An `os.PathLike` names its path through `__fspath__`.
    if vm.str_of(v).is_none()
        && matches!(v, Value::Obj(_))
        && let Some(p) = vm.try_dunder(v, "__fspath__", &[])?
    {
        let r = match (vm.str_of(p), p.as_obj().map(|id| vm.heap.get(id))) {
            (Some(s), _) => Ok(s.to_string()),
            (None, Some(Object::Bytes(b))) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => {
                let (owner, got) = (vm.type_obj(vm.type_of(v)).name.to_string(), vm.type_name(p));
                let msg = format!("expected {owner}.__fspath__() to return str or bytes, not {got}");
                Err(vm.new_exc(ExcKind::TypeError, &msg))
            }
        };
        vm.decref(p);
        return r;
    }
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            // open() words it as os.fspath() does; the os functions name themselves.
            let msg = if fname == "open" {
                format!("expected str, bytes or os.PathLike object, not {tn}")
            } else {
                format!("{fname}: path should be string, bytes or os.PathLike, not {tn}")
            };
            Err(vm.new_exc(ExcKind::TypeError, &msg))
        }
    }
}

fn open(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let given = crate::vm::args::bind_args(vm, "open", args, kwargs, names, 8, 1)?;
    let file = given[0].unwrap_or(Value::None);
    let descriptor = match file {
        Value::Int(fd) => Some(fd),
        _ => None,
    };
    let name = match descriptor {
        Some(fd) => descriptor_path(vm, fd)?,
        None => path_arg(vm, file, "open")?,
    };
    let mode = match given[1] {
        None => None,
        Some(m) => match vm.str_of(m) {
            Some(m) => Some(m.to_string()),
            None => {
                let tn = vm.type_name(m);
                return Err(
                    vm.new_exc(ExcKind::TypeError, &format!("open() argument 'mode' must be str, not {tn}"))
                );
            }
        },
    };
    let mode = mode.unwrap_or_else(|| "r".into());
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let kind = mode.chars().find(|c| matches!(c, 'r' | 'w' | 'a' | 'x')).unwrap_or('r');
    check_mode(vm, &mode)?;
    let buffering = match given[2] {
        Some(v) => num_traits::ToPrimitive::to_i64(&crate::vm::args::index_arg(vm, v)?).unwrap_or(i64::MAX),
        None => -1,
    };
    for (i, what) in [(3, "encoding"), (4, "errors")] {
        if let Some(v) = given[i].filter(|&v| v != Value::None && vm.str_of(v).is_none()) {
            let tn = vm.type_name(v);
            let msg = format!("open() argument '{what}' must be str or None, not {tn}");
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
    }
    let unbuffered = buffering == 0;
    if unbuffered && !binary {
        return Err(vm.new_exc(ExcKind::ValueError, "can't have unbuffered text I/O"));
    }
    if descriptor.is_none() && given[6].is_some_and(|c| !vm.truthy(c).unwrap_or(true)) {
        return Err(vm.new_exc(ExcKind::ValueError, "Cannot use closefd=False with file name"));
    }
    let text_arg = |i: usize| given[i].filter(|&v| v != Value::None);
    let (encoding, errors) = (text_arg(3), text_arg(4));
    let newline = text_arg(5);
    if binary && newline.is_some() {
        return Err(vm.new_exc(ExcKind::ValueError, "binary mode doesn't take a newline argument"));
    }
    let newline = match newline {
        None => None,
        Some(v) => match vm.str_of(v) {
            Some(s @ ("" | "\n" | "\r" | "\r\n")) => Some(s.to_string()),
            Some(s) => {
                return Err(vm.new_exc(ExcKind::ValueError, &format!("illegal newline value: {s}")));
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("open() argument 'newline' must be str or None, not {tn}"),
                ));
            }
        },
    };
    if binary && encoding.is_some() {
        return Err(vm.new_exc(ExcKind::ValueError, "binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(vm.new_exc(ExcKind::ValueError, "binary mode doesn't take an errors argument"));
    }
    let encoding = encoding.and_then(|v| vm.str_of(v).map(str::to_string)).unwrap_or_else(|| "UTF-8".into());
    // `encoding="locale"` (what `io.text_encoding` gives) names the locale's, UTF-8 here.
    let encoding = if encoding == "locale" { "UTF-8".to_string() } else { encoding };
    let errors = errors.and_then(|v| vm.str_of(v).map(str::to_string)).unwrap_or_else(|| "strict".into());
    if let Err(e) = crate::types::codecs::encode("", &encoding, "strict") {
        return Err(vm.new_exc(e.kind, &e.msg));
    }
    let mut opts = std::fs::OpenOptions::new();
    match kind {
        'r' => opts.read(true).write(plus),
        // A descriptor's file is already open: reopening it must not empty it.
        'w' if descriptor.is_some() => opts.write(true).read(plus),
        'w' => opts.write(true).create(true).truncate(true).read(plus),
        'a' => opts.append(true).create(true).read(plus),
        _ => opts.write(true).create_new(true).read(plus),
    };
    if binary && buffering == 1 {
        let msg = "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used";
        vm.warn(ExcKind::RuntimeWarning, msg)?;
    }
    let closefd = given[6].is_none_or(|c| vm.truthy(c).unwrap_or(true));
    // An opener makes the descriptor the file takes over (`opener(path, flags)`).
    let (descriptor_taken, closefd) = match given[7].filter(|&v| v != Value::None) {
        Some(opener) => (Some(call_opener(vm, opener, file, kind, plus)?), true),
        None => (descriptor, closefd),
    };
    if descriptor_taken != descriptor {
        // The opener's descriptor may be one `os` does not know: reopened without emptying.
        opts = std::fs::OpenOptions::new();
        opts.read(kind == 'r' || plus).write(kind != 'r' || plus).append(kind == 'a');
    }
    #[cfg(feature = "files")]
    let shared = descriptor_taken.and_then(|fd| super::os_fd::descriptor_file(vm, fd, closefd));
    #[cfg(not(feature = "files"))]
    let shared = {
        // Without `os`, no descriptor is one of its own to take over.
        let _ = closefd;
        None
    };
    let reopen = match descriptor_taken {
        Some(fd) if descriptor_taken != descriptor => descriptor_path(vm, fd)?,
        _ => name.clone(),
    };
    let mut handle = match shared.map_or_else(|| opts.open(&reopen), Ok) {
        Ok(h) => h,
        Err(e) => return Err(os_error(vm, &e, Some(&name))),
    };
    if handle.metadata().is_ok_and(|m| m.is_dir()) {
        // The system opens a directory for reading; CPython's FileIO refuses it.
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(21), Some(&name)));
    }
    if kind == 'a' {
        // CPython's appending file starts at the end: `tell()` gives the size.
        use std::io::Seek;
        let _ = handle.seek(std::io::SeekFrom::End(0));
    }
    // A binary file's mode is its raw file's, as CPython's FileIO words it (`w+b` is `rb+`);
    // a text file's is the mode it was opened with.
    let shown = if binary { crate::object::file::raw_mode(&mode) } else { mode.clone() };
    let mut f = FileObj::new(name, shown, binary, handle);
    f.name_is_bytes = matches!(file.as_obj().map(|id| vm.heap.get(id)), Some(Object::Bytes(_)));
    f.text.bom_due = f.position().map_or(true, |p| p == 0);
    f.readable = kind == 'r' || plus;
    f.writable = kind != 'r' || plus;
    f.plain_utf8 = file_text::is_plain_utf8(&encoding);
    f.encoding = encoding;
    f.errors = errors;
    f.descriptor = descriptor;
    f.newline = newline;
    f.buffering = if binary && buffering == 1 { -1 } else { buffering };
    if f.buffering > 1 {
        f.buffer_size = f.buffering as usize;
    }
    Ok(vm.alloc(Object::File(Box::new(f))))
}

/// Calls `open()`'s `opener(path, flags)` with the flags CPython's FileIO passes for the mode,
/// and checks the descriptor it returns.
fn call_opener(vm: &mut Vm, opener: Value, path: Value, kind: char, plus: bool) -> PyResult<i64> {
    const CREAT: i64 = 0o100;
    const EXCL: i64 = 0o200;
    const TRUNC: i64 = 0o1000;
    const APPEND: i64 = 0o2000;
    const CLOEXEC: i64 = 0o2000000;
    let access = if plus {
        2
    } else if kind == 'r' {
        0
    } else {
        1
    };
    let flags = access
        | CLOEXEC
        | match kind {
            'w' => CREAT | TRUNC,
            'a' => CREAT | APPEND,
            'x' => CREAT | EXCL,
            _ => 0,
        };
    let fd = vm.call(opener, &[path, Value::Int(flags)], &[])?;
    match fd {
        Value::Int(fd) if fd < 0 => Err(vm.new_exc(ExcKind::ValueError, &format!("opener returned {fd}"))),
        Value::Int(fd) => Ok(fd),
        other => {
            vm.decref(other);
            Err(vm.new_exc(ExcKind::TypeError, "expected integer from opener"))
        }
    }
}

/// CPython's checks of `open()`'s mode: known letters, each once, one of `rwax`, not text and
/// binary at once.
fn check_mode(vm: &mut Vm, mode: &str) -> PyResult<()> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(vm.new_exc(ExcKind::ValueError, &format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    if seen.contains('t') && seen.contains('b') {
        return Err(vm.new_exc(ExcKind::ValueError, "can't have text and binary mode at once"));
    }
    match seen.chars().filter(|c| "rwax".contains(*c)).count() {
        1 => Ok(()),
        0 => Err(vm.new_exc(
            ExcKind::ValueError,
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )),
        _ => Err(vm.new_exc(ExcKind::ValueError, "must have exactly one of create/read/write/append mode")),
    }
}

/// The file an open descriptor names (`/proc/self/fd/N`), to reopen: the new file has its own
/// position.
fn descriptor_path(vm: &mut Vm, fd: i64) -> PyResult<String> {
    require_fs(vm)?;
    if fd < 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "negative file descriptor"));
    }
    let path = format!("/proc/self/fd/{fd}");
    if std::fs::symlink_metadata(&path).is_err() {
        let e = std::io::Error::from_raw_os_error(9);
        return Err(os_error(vm, &e, None));
    }
    Ok(path)
}

/// The file object `v` works on, and whether it works on its byte layer (`v` is the file's
/// `buffer` or `raw`).
pub(super) fn resolve(vm: &Vm, v: Value) -> Option<(ObjId, bool)> {
    let id = v.as_obj()?;
    match vm.heap.get(id) {
        Object::File(_) => Some((id, false)),
        Object::FileLayer { file, .. } => Some((*file, true)),
        _ => None,
    }
}

/// Runs `f` on the file object (a byte layer sees a binary file), or raises for a closed or
/// detached one.
pub(super) fn with_file<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut FileObj) -> T) -> PyResult<T> {
    let Some((id, layer)) = resolve(vm, v) else {
        return Err(vm.new_exc(ExcKind::TypeError, "not a file"));
    };
    let Object::File(file) = vm.heap.get(id) else {
        return Err(vm.new_exc(ExcKind::TypeError, "not a file"));
    };
    if file.detached && !layer {
        let msg =
            if file.binary { "raw stream has been detached" } else { "underlying buffer has been detached" };
        return Err(vm.new_exc(ExcKind::ValueError, msg));
    }
    if file.handle.is_none() {
        return Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file."));
    }
    let Object::File(file) = vm.heap.get_mut(id) else {
        return Err(vm.new_exc(ExcKind::TypeError, "not a file"));
    };
    if !layer {
        return Ok(f(file));
    }
    let was = std::mem::replace(&mut file.binary, true);
    let r = f(file);
    file.binary = was;
    Ok(r)
}

/// `io.UnsupportedOperation(msg)` (an OSError and a ValueError), as CPython's files raise
/// for a read of a write-only file and the like.
pub(crate) fn unsupported(vm: &mut Vm, msg: &str) -> ObjId {
    let m = vm.new_str(msg);
    let e = vm.call_module_attr("io", "UnsupportedOperation", &[m]);
    vm.decref(m);
    match e {
        Ok(Value::Obj(e)) => e,
        Ok(other) => {
            vm.decref(other);
            vm.new_exc(ExcKind::OSError, msg)
        }
        Err(e) => e,
    }
}

/// Whether a file open for reading with `method` is binary; else what the file's class
/// raises (`file_checks.rs`).
pub(super) fn check_readable(vm: &mut Vm, v: Value, method: &str) -> PyResult<bool> {
    super::file_checks::check(vm, v, method)?;
    with_file(vm, v, |f| f.binary)
}

/// The exception for a text file's failed read or write.
fn text_error(vm: &mut Vm, e: TextError) -> ObjId {
    use crate::types::exception::codec_exception;
    match e {
        TextError::Io(e) => os_error(vm, &e, None),
        TextError::Decode(e, bytes) => codec_exception(vm, e, |vm| vm.alloc(Object::Bytes(bytes))),
        TextError::Encode(e, text) => codec_exception(vm, e, |vm| vm.new_str(text)),
    }
}

/// Runs a read or write of an open file's, raising what it fails with.
fn file_op<T>(vm: &mut Vm, v: Value, op: impl FnOnce(&mut FileObj) -> Result<T, TextError>) -> PyResult<T> {
    match with_file(vm, v, op)? {
        Ok(t) => Ok(t),
        Err(e) => Err(text_error(vm, e)),
    }
}

/// A text file's line or chunk, or a binary file's.
enum Data {
    Text(String),
    Bytes(Vec<u8>),
}

fn data_value(vm: &mut Vm, d: Data) -> Value {
    match d {
        Data::Text(s) => vm.new_str(s),
        Data::Bytes(b) => vm.alloc(Object::Bytes(b)),
    }
}

fn read(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "read", 1)?;
    let size = super::file_args::size(vm, args.get(1).copied())?.map(|s| s as usize);
    check_readable(vm, args[0], "read")?;
    let buffered = with_file(vm, args[0], |f| f.binary && f.buffering != 0)?;
    if buffered
        && let Some(&Value::Int(n)) = args.get(1)
        && n < -1
    {
        // A buffered binary file takes -1 for "all", no other negative (FileIO and text files do).
        return Err(vm.new_exc(ExcKind::ValueError, "read length must be non-negative or -1"));
    }
    let data = file_op(vm, args[0], |f| {
        Ok(if f.binary { Data::Bytes(f.read_bytes(size)?) } else { Data::Text(file_text::read(f, size)?) })
    })?;
    Ok(data_value(vm, data))
}

fn line(f: &mut FileObj, size: Option<usize>) -> Result<Data, TextError> {
    Ok(if f.binary {
        Data::Bytes(f.read_line_bytes(size)?)
    } else {
        Data::Text(file_text::readline(f, size)?)
    })
}

/// The next line as `next()` takes it: a text file refuses `tell()` until the end is reached,
/// where it tells the buffer's position again.
fn next_line_of(f: &mut FileObj) -> Result<Data, TextError> {
    f.text.iterating = true;
    let d = line(f, None)?;
    if is_empty(&d) {
        f.text.iterating = false;
        f.text.snapshot = None;
    }
    Ok(d)
}

fn is_empty(d: &Data) -> bool {
    match d {
        Data::Text(s) => s.is_empty(),
        Data::Bytes(b) => b.is_empty(),
    }
}

fn readline(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "readline", 1)?;
    let binary = check_readable(vm, args[0], "readline")?;
    let size = if binary {
        super::file_args::size(vm, args.get(1).copied())?
    } else {
        super::file_args::text_line_size(vm, args.get(1).copied())?
    };
    let data = file_op(vm, args[0], |f| line(f, size.map(|s| s as usize)))?;
    Ok(data_value(vm, data))
}

fn readlines(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "readlines", 1)?;
    // No more lines once those read hold more than `hint` characters (bytes).
    let hint = super::file_args::size(vm, args.get(1).copied())?.filter(|&h| h > 0);
    check_readable(vm, args[0], "readlines")?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        // As CPython's, it takes the lines by `next()`: `tell()` is refused until the end.
        let data = match file_op(vm, args[0], next_line_of) {
            Ok(d) => d,
            Err(e) => {
                for l in lines {
                    vm.decref(l);
                }
                return Err(e);
            }
        };
        if is_empty(&data) {
            break;
        }
        total += match &data {
            Data::Text(s) => s.chars().count(),
            Data::Bytes(b) => b.len(),
        };
        lines.push(data_value(vm, data));
        if hint.is_some_and(|h| total as i64 > h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn next_line(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    match next_of_file(vm, args[0])? {
        Some(line) => Ok(line),
        None => {
            let t = vm.new_tuple(Vec::new());
            Err(vm.new_exc_args(ExcKind::StopIteration, t))
        }
    }
}

/// The next line, or None at the end of the file (where a text file can tell() again).
fn next_of_file(vm: &mut Vm, file: Value) -> PyResult<Option<Value>> {
    let readable = matches!(resolve(vm, file).map(|(id, _)| vm.heap.get(id)),
        Some(Object::File(f)) if f.readable && f.handle.is_some());
    if !readable {
        super::file_checks::check(vm, file, "__next__")?;
    }
    let data = file_op(vm, file, |f| {
        if !f.readable {
            return Ok(None);
        }
        next_line_of(f).map(Some)
    })?;
    match data {
        None => Err(unsupported(vm, "not readable")),
        Some(d) if is_empty(&d) => Ok(None),
        Some(d) => Ok(Some(data_value(vm, d))),
    }
}

/// `next()` of a file for a `for` loop or a builtin draining it: no `StopIteration` made.
fn file_next_slot(vm: &mut Vm, file: ObjId) -> PyResult<Result<Value, Value>> {
    Ok(next_of_file(vm, Value::Obj(file))?.ok_or(Value::None))
}

fn write(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "write", 1)?;
    arity(vm, "write", &args[1..], 1, 1)?;
    // What a closed or read-only file says is worked out only when it is one.
    let open_for_writing = matches!(resolve(vm, args[0]).map(|(id, _)| vm.heap.get(id)),
        Some(Object::File(f)) if f.writable && f.handle.is_some() && !f.detached);
    if !open_for_writing {
        super::file_checks::check(vm, args[0], "write")?;
    }
    let binary = with_file(vm, args[0], |f| f.binary)?;
    let mut chars = 0;
    let data = match (binary, args[1].as_obj().map(|id| vm.heap.get(id))) {
        (true, Some(Object::Bytes(b) | Object::ByteArray(b))) => Data::Bytes(b.clone()),
        (true, Some(Object::Array(a))) => Data::Bytes(a.data.clone()),
        (true, Some(Object::MemoryView(m))) if m.obj.is_some() => {
            Data::Bytes(vm.view_bytes(args[1]).unwrap_or_default())
        }
        (false, Some(Object::Str(s))) => {
            chars = s.char_len();
            Data::Text(s.s.to_string())
        }
        (true, _) => {
            let tn = vm.type_name(args[1]);
            return Err(
                vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'"))
            );
        }
        (false, _) => {
            let tn = vm.type_name(args[1]);
            return Err(vm.new_exc(ExcKind::TypeError, &format!("write() argument must be str, not {tn}")));
        }
    };
    let count = file_op(vm, args[0], |f| match data {
        Data::Bytes(b) => f.write_bytes(&b).map(|()| b.len()).map_err(TextError::Io),
        Data::Text(s) => file_text::write(f, s).map(|()| chars),
    })?;
    Ok(Value::Int(count as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_checks::check(vm, args[0], "writelines")?;
    write_each(vm, args, kwargs, write)
}

/// `stream.writelines(lines)`: `write` of each line, as CPython's (no line endings added).
pub(crate) fn write_each(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    write: crate::vm::NativeFn,
) -> PyResult<Value> {
    arity(vm, "writelines", &args[1..], 1, 1)?;
    for line in vm.iterate_to_vec(args[1])? {
        let r = write(vm, &[args[0], line], kwargs);
        vm.decref(line);
        let n = r?;
        vm.decref(n);
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "close", 0)?;
    let file = resolve(vm, args[0]).map(|(id, _)| id);
    let r = match file.map(|id| vm.heap.get_mut(id)) {
        Some(Object::File(f)) if f.handle.is_some() => {
            let r = f.flush_writes();
            f.handle = None;
            r
        }
        _ => Ok(()),
    };
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "flush", 0)?;
    super::file_checks::check(vm, args[0], "flush")?;
    file_op(vm, args[0], |f| {
        // A text file's flush lets `tell()` work again after a `next()`, as CPython's.
        f.text.iterating = false;
        Ok(f.flush_writes()?)
    })?;
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "seek", 2)?;
    super::file_checks::check(vm, args[0], "seek")?;
    arity(vm, "seek", &args[1..], 1, 2)?;
    let text_file = with_file(vm, args[0], |f| !f.binary)?;
    let cookie = if text_file && !vm.is_int(args[1]) {
        // A text file compares its cookie with 0, then takes it as int() does (1.5 is 1).
        use crate::object::code::CmpKind;
        let below = vm.compare(args[1], Value::Int(0), CmpKind::Lt)?;
        vm.decref(below);
        vm.call(Value::Obj(vm.types.int), &[args[1]], &[])?
    } else {
        vm.share(args[1])
    };
    let offset = crate::vm::args::index_arg(vm, cookie);
    vm.decref(cookie);
    let offset = num_traits::ToPrimitive::to_i64(&offset?).unwrap_or(i64::MAX);
    let whence = match args.get(2) {
        Some(&w) => num_traits::ToPrimitive::to_i64(&crate::vm::args::index_arg(vm, w)?).unwrap_or(i64::MAX),
        None => 0,
    };
    let (iterating, text, seekable) =
        with_file(vm, args[0], |f| (!f.binary && f.text.iterating, !f.binary, f.can_seek()))?;
    let raw = matches!(resolve(vm, args[0]).map(|(id, layer)| (vm.heap.get(id), layer)),
        Some((Object::File(f), false)) if f.binary && f.buffering == 0);
    if !seekable && !raw {
        let msg = if text { "underlying stream is not seekable" } else { "File or stream is not seekable." };
        return Err(unsupported(vm, msg));
    }
    super::file_args::seek(vm, args[0], offset, whence)?;
    if iterating && whence == 1 {
        // Where it is, is `tell()`'s to say.
        return Err(vm.new_exc(ExcKind::OSError, "telling position disabled by next() call"));
    }
    let to = file_op(vm, args[0], |f| {
        if f.binary {
            return Ok(f.seek_bytes(offset, whence)?);
        }
        // A text file seeks to a position `tell()` gave, to where it is, or to its end; it
        // flushes first, which lets `tell()` work again after a `next()`.
        f.text.iterating = false;
        let to = match whence {
            1 => file_text::tell(f)?,
            2 => f.seek_bytes(0, 2)?,
            _ => offset as u64,
        };
        f.seek_bytes(to as i64, 0)?;
        file_text::reset(f, to == 0);
        f.text.bom_due = to == 0;
        Ok(to)
    })?;
    if text_file && whence == 0 {
        // A text file gives back the cookie it was given, as CPython's.
        return Ok(vm.share(args[1]));
    }
    Ok(Value::Int(to as i64))
}

fn tell(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "tell", 0)?;
    super::file_checks::check(vm, args[0], "tell")?;
    let (binary, iterating, seekable) =
        with_file(vm, args[0], |f| (f.binary, f.text.iterating, f.can_seek()))?;
    if !seekable && !binary {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    if iterating && !binary {
        return Err(vm.new_exc(ExcKind::OSError, "telling position disabled by next() call"));
    }
    let pos = file_op(vm, args[0], |f| if f.binary { Ok(f.position()?) } else { file_text::tell(f) })?;
    Ok(Value::Int(pos as i64))
}

fn seekable(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "seekable", 0)?;
    super::file_checks::check(vm, args[0], "seekable")?;
    let r = with_file(vm, args[0], FileObj::can_seek)?;
    Ok(Value::Bool(r))
}

/// `truncate(size=None)`: the file cut (or extended) to `size`, by default the position,
/// which stays where it was.
fn truncate(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "truncate", &args[1..], 0, 1)?;
    super::file_checks::check(vm, args[0], "truncate")?;
    let size = match args.get(1).filter(|&&v| v != Value::None) {
        Some(&v) => Some(crate::vm::args::index_arg(vm, v)?.try_into().unwrap_or(i64::MAX)),
        None => None,
    };
    let size = file_op(vm, args[0], |f| {
        let size = match size {
            // The system refuses a negative size (EINVAL); nothing is cut.
            Some(s) if s < 0 => return Err(TextError::Io(std::io::Error::from_raw_os_error(22))),
            Some(s) => Some(s as u64),
            None if !f.binary => Some(file_text::tell(f)?),
            None => None,
        };
        Ok(f.truncate_bytes(size)?)
    })?;
    Ok(Value::Int(size as i64))
}

fn readable(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "readable", 0)?;
    Ok(Value::Bool(with_file(vm, args[0], |f| f.readable)?))
}

fn writable(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "writable", 0)?;
    Ok(Value::Bool(with_file(vm, args[0], |f| f.writable)?))
}

fn fileno(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "fileno", 0)?;
    use std::os::fd::AsRawFd;
    let fd = open_handle(vm, args[0], AsRawFd::as_raw_fd)?;
    Ok(Value::Int(i64::from(fd)))
}

fn isatty(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "isatty", 0)?;
    use std::io::IsTerminal;
    Ok(Value::Bool(open_handle(vm, args[0], IsTerminal::is_terminal)?))
}

/// `f` of an open file's handle. `fileno()` and `isatty()` word the closed file's error
/// without the period the reading methods give it, as CPython's do.
fn open_handle<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&std::fs::File) -> T) -> PyResult<T> {
    match resolve(vm, v).map(|(id, _)| vm.heap.get(id)) {
        Some(Object::File(file)) => match &file.handle {
            Some(h) => Ok(f(h)),
            None => Err(vm.new_exc(ExcKind::ValueError, "I/O operation on closed file")),
        },
        _ => Err(vm.new_exc(ExcKind::TypeError, "not a file")),
    }
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)` of a text file:
/// what is written is flushed first; the encoding and newline cannot change once reading began.
fn reconfigure(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["encoding", "errors", "newline", "line_buffering", "write_through"];
    let given = crate::vm::args::bind_args(vm, "reconfigure", &args[1..], kwargs, names, 0, 0)?;
    // `newline=None` given is universal newlines; not given, no change.
    let newline_given = given[2].is_some();
    let given = given.map(|v| v.filter(|&v| v != Value::None));
    let mut text = [None, None, None];
    for (i, what) in ["encoding", "errors", "newline"].iter().enumerate() {
        if let Some(v) = given[i] {
            let Some(s) = vm.str_of(v).map(str::to_string) else {
                let tn = vm.type_name(v);
                let msg = format!("reconfigure() argument '{what}' must be str or None, not {tn}");
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            };
            text[i] = Some(s);
        }
    }
    let [encoding, errors, newline] = text;
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(vm.new_exc(ExcKind::ValueError, &format!("illegal newline value: {nl}")));
    }
    if let Some(enc) = &encoding
        && let Err(e) = crate::types::codecs::encode("", enc, "strict")
    {
        return Err(vm.new_exc(e.kind, &e.msg));
    }
    let flags = [given[3], given[4]].map(|v| v.map(|v| vm.truthy(v)));
    let [line_buffering, write_through] = flags;
    let (line_buffering, write_through) = (line_buffering.transpose()?, write_through.transpose()?);
    let started = with_file(vm, args[0], |f| !f.text.decoded.is_empty())?;
    if started && (encoding.is_some() || errors.is_some() || newline_given) {
        let msg = "It is not possible to set the encoding or newline of stream after the first read";
        return Err(unsupported(vm, msg));
    }
    file_op(vm, args[0], |f| {
        f.flush_writes()?;
        if let Some(enc) = encoding {
            f.errors = errors.clone().unwrap_or_else(|| "strict".into());
            f.plain_utf8 = file_text::is_plain_utf8(&enc);
            f.encoding = enc;
            f.text.decoder = None;
        } else if let Some(err) = errors {
            f.errors = err;
        }
        if newline_given {
            f.newline = newline;
        }
        if let Some(on) = line_buffering {
            f.buffering = if on { 1 } else { -1 };
        }
        if let Some(on) = write_through {
            f.text.write_through = on;
        }
        Ok(())
    })?;
    Ok(Value::None)
}

/// `detach()`: the byte layer under a text file (or the raw file under a binary one), as an
/// object of its own; the file itself can do nothing more.
fn detach(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::file_args::check(vm, args, kwargs, "detach", 0)?;
    super::file_checks::check(vm, args[0], "detach")?;
    let binary = with_file(vm, args[0], |f| {
        f.flush_writes().ok();
        f.binary
    })?;
    let Some((file, _)) = resolve(vm, args[0]) else { return Ok(Value::None) };
    if let Object::File(f) = vm.heap.get_mut(file) {
        f.detached = true;
    }
    vm.heap.incref(file);
    Ok(vm.alloc(Object::FileLayer { file, raw: binary }))
}

fn enter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    with_file(vm, args[0], |_| ())?;
    Ok(vm.share(args[0]))
}

fn exit(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    close(vm, &args[..1], kwargs)?;
    Ok(Value::None)
}

pub(crate) fn io_result<T>(vm: &mut Vm, r: std::io::Result<T>, path: &str) -> PyResult<T> {
    r.map_err(|e| os_error(vm, &e, Some(path)))
}

fn getcwd(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    require_fs(vm)?;
    let cwd = io_result(vm, std::env::current_dir(), ".")?;
    Ok(vm.new_str(cwd.to_string_lossy().to_string()))
}

fn listdir(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    require_fs(vm)?;
    let path = match args.first() {
        Some(&p) => path_arg(vm, p, "listdir")?,
        None => ".".into(),
    };
    let entries = io_result(vm, std::fs::read_dir(&path), &path)?;
    let names: Vec<String> =
        entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().to_string()).collect();
    // A bytes path lists bytes names, as CPython's.
    let as_bytes =
        matches!(args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)), Some(Object::Bytes(_)));
    let items = names
        .into_iter()
        .map(|n| if as_bytes { vm.alloc(Object::Bytes(n.into_bytes())) } else { vm.new_str(n) })
        .collect();
    Ok(vm.new_list(items))
}

fn path_op(vm: &mut Vm, args: &[Value], name: &str, op: fn(&str) -> std::io::Result<()>) -> PyResult<Value> {
    let Some(&p) = args.first() else {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{name}() missing required argument 'path'")));
    };
    let path = path_arg(vm, p, name)?;
    io_result(vm, op(&path), &path)?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let [mode] = crate::vm::args::bind_args(vm, "mkdir", &args[1.min(args.len())..], kwargs, ["mode"], 1, 0)?;
    let mode = match mode {
        Some(m) => crate::vm::args::index_arg(vm, m)?.try_into().unwrap_or(i64::MAX),
        None => 0o777,
    };
    let Some(&p) = args.first() else {
        return Err(vm.new_exc(ExcKind::TypeError, "mkdir() missing required argument 'path'"));
    };
    let path = path_arg(vm, p, "mkdir")?;
    // The mode passes through the umask, as the system call's does.
    let made = std::fs::DirBuilder::new().mode(mode as u32 & 0o7777).create(&path);
    io_result(vm, made, &path)?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    path_op(vm, args, "rmdir", |p| std::fs::remove_dir(p))
}

fn remove(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    path_op(vm, args, "remove", |p| std::fs::remove_file(p))
}

fn rmtree(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    path_op(vm, args, "rmtree", |p| std::fs::remove_dir_all(p))
}

fn getpid(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::os_native::no_args(vm, "posix.getpid", args, kwargs)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

fn noop(_: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn meta(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Option<std::fs::Metadata>> {
    // A path the system cannot take (a NUL in it) names nothing, as `os.path.exists` says.
    let path = path_text(vm, args.first().copied().unwrap_or(Value::None), name)?;
    Ok(std::fs::metadata(path).ok())
}

fn exists(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(meta(vm, args, "exists")?.is_some()))
}

fn isfile(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(meta(vm, args, "isfile")?.is_some_and(|m| m.is_file())))
}

fn isdir(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(meta(vm, args, "isdir")?.is_some_and(|m| m.is_dir())))
}

fn getsize(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let path = path_arg(vm, args.first().copied().unwrap_or(Value::None), "getsize")?;
    let m = io_result(vm, std::fs::metadata(&path), &path)?;
    Ok(Value::Int(m.len() as i64))
}

fn gettempdir(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    require_fs(vm)?;
    Ok(vm.new_str(std::env::temp_dir().to_string_lossy().to_string()))
}

/// A fresh name in `dir`: `prefix` + random letters + `suffix`.
fn fresh_name(suffix: &str, prefix: &str, dir: &str, attempt: u32) -> String {
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let mut x =
        (seed as u64) ^ (u64::from(std::process::id()) << 32) ^ u64::from(attempt).wrapping_mul(0x9E37_79B9);
    let mut name = String::new();
    for _ in 0..8 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        name.push((b'a' + (x % 26) as u8) as char);
    }
    format!("{dir}/{prefix}{name}{suffix}")
}

fn temp_args(vm: &Vm, args: &[Value]) -> (String, String, String) {
    let s = |i: usize, d: &str| args.get(i).and_then(|&v| vm.str_of(v)).unwrap_or(d).to_string();
    (s(0, ""), s(1, "tmp"), s(2, "/tmp"))
}

fn mkdtemp(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    require_fs(vm)?;
    let (suffix, prefix, dir) = temp_args(vm, args);
    for attempt in 0..100 {
        let path = fresh_name(&suffix, &prefix, &dir, attempt);
        // Only its owner may use it, as CPython's.
        match std::fs::DirBuilder::new().mode(0o700).create(&path) {
            Ok(()) => return Ok(vm.new_str(path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(os_error(vm, &e, Some(&path))),
        }
    }
    Err(vm.new_exc(ExcKind::FileExistsError, "No usable temporary directory name found"))
}

fn mkstemp(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    use std::os::unix::fs::OpenOptionsExt;
    require_fs(vm)?;
    let (suffix, prefix, dir) = temp_args(vm, args);
    for attempt in 0..100 {
        let path = fresh_name(&suffix, &prefix, &dir, attempt);
        match std::fs::OpenOptions::new().read(true).write(true).create_new(true).mode(0o600).open(&path) {
            #[cfg(feature = "files")]
            Ok(file) => {
                let d = super::os_fd::descriptor(vm, file)?;
                let p = vm.new_str(path);
                return Ok(vm.new_tuple(vec![d, p]));
            }
            #[cfg(not(feature = "files"))]
            Ok(_) => {
                let p = vm.new_str(path);
                return Ok(vm.new_tuple(vec![Value::None, p]));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(os_error(vm, &e, Some(&path))),
        }
    }
    Err(vm.new_exc(ExcKind::FileExistsError, "No usable temporary file name found"))
}

/// `os.environ`: the host's chosen variables, else the process's (none when files are off,
/// so `import os` still works in a sandbox).
fn environ(vm: &mut Vm, _: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let vars: Vec<(String, String)> = match &vm.host.environ {
        Some(vars) => vars.clone(),
        None if vm.host.fs_allowed => std::env::vars().collect(),
        None => Vec::new(),
    };
    let d = vm.new_dict();
    for (k, v) in vars {
        let v = vm.new_str(v);
        vm.dict_set_str(d, &k, v);
    }
    Ok(Value::Obj(d))
}
