//! More of `_reap_os`, the natives under `os` and `os.path`: `stat`/`lstat` and
//! `os.stat_result`, permission bits and times, links, renames, the current directory,
//! `access`, `umask` and the process's ids, and the entries `os.scandir` reads. Each function
//! that touches the file system asks `io::require_fs` first (through `FsPath::get`), as
//! `open()` does, and fails with CPython's `OSError`s: errno, message and both file names
//! for the calls that take two paths (`[Errno 2] No such file or directory: 'a' -> 'b'`).
//! std does most of it; `rustix` (safe wrappers of the system calls) does what std cannot:
//! `utimensat`, `faccessat`, `umask`, the user and group ids.

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirEntryExt, MetadataExt, PermissionsExt};

use super::io::{os_error_with, path_arg, require_fs};
use super::{arity, def, struct_seq};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::args::{bind_args, index_arg, no_kwargs};
use crate::vm::{PyResult, Vm};

type Native = crate::vm::NativeFn;

const STAT_NAMED: &[&str] = &["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"];
const STAT_HIDDEN: &[&str] = &[
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

/// Adds these natives, and `stat_result`, to `_reap_os` (`module`, whose namespace is `d`).
pub fn install(vm: &mut Vm, module: Value, d: ObjId) {
    let spec = struct_seq::Spec {
        module: "os",
        name: "stat_result",
        named: STAT_NAMED,
        unnamed: 3,
        hidden: STAT_HIDDEN,
        new: Some(("stat_result.__new__", stat_result_new)),
    };
    match struct_seq::new_type_with(vm, &spec) {
        Ok(cls) => vm.dict_set_str(d, "stat_result", Value::Obj(cls)),
        Err(e) => vm.decref_id(e),
    }
    match struct_seq::new_type(
        vm,
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
    ) {
        Ok(cls) => vm.dict_set_str(d, "uname_result", Value::Obj(cls)),
        Err(e) => vm.decref_id(e),
    }
    // `stat` and `lstat` find `stat_result` in their module, which they are bound to (as
    // CPython's module functions are: `<built-in function stat>`).
    for (name, f) in [("_reap_os.stat", stat as Native), ("_reap_os.lstat", lstat)] {
        let b = vm.new_builtin(name, f, Some(module));
        vm.dict_set_str(d, &name["_reap_os.".len()..], b);
    }
    let fns: &[(&'static str, Native)] = &[
        ("_reap_os.chmod", chmod),
        ("_reap_os.utime", utime),
        ("_reap_os.readlink", readlink),
        ("_reap_os.symlink", symlink),
        ("_reap_os.link", link),
        ("_reap_os.rename", rename),
        ("_reap_os.replace", replace),
        ("_reap_os.chdir", chdir),
        ("_reap_os.access", access),
        ("_reap_os.umask", umask),
        ("_reap_os.getuid", getuid),
        ("_reap_os.geteuid", geteuid),
        ("_reap_os.getgid", getgid),
        ("_reap_os.getegid", getegid),
        ("_reap_os.getppid", getppid),
        ("_reap_os.scandir_entries", scandir_entries),
        ("_reap_os.strerror", strerror),
        ("_reap_os.disk_usage", disk_usage),
        ("_reap_os.kill", kill),
        ("_reap_os._exit", os_exit),
    ];
    for &(name, f) in fns {
        def(vm, d, name, f);
    }
}

fn obj(vm: &Vm, v: Value) -> Option<&Object> {
    v.as_obj().map(|id| vm.heap.get(id))
}

/// A path argument: its text, and whether it came as `bytes` (then errors name it as bytes,
/// and `readlink` answers in bytes).
struct FsPath {
    text: String,
    bytes: bool,
}

impl FsPath {
    /// The path argument `arg` of `fname`, as CPython's `path_converter` reads it (`allow_fd`:
    /// CPython would also take a descriptor, which Reap has none of: `EBADF`).
    fn get(vm: &mut Vm, v: Option<Value>, fname: &str, arg: &str, allow_fd: bool) -> PyResult<FsPath> {
        require_fs(vm)?;
        let v = v.unwrap_or(Value::None);
        let bytes = matches!(obj(vm, v), Some(Object::Bytes(_)));
        let pathlike = vm.str_of(v).is_some() || bytes || {
            let cls = vm.type_of(v);
            vm.lookup_str(cls, "__fspath__").is_some()
        };
        if !pathlike {
            if allow_fd && vm.is_int(v) && !matches!(v, Value::Bool(_)) {
                let e = std::io::Error::from_raw_os_error(9);
                return Err(os_error_with(vm, &e, None, None));
            }
            let kinds = if allow_fd {
                "string, bytes, os.PathLike or integer"
            } else {
                "string, bytes or os.PathLike"
            };
            let tn = vm.type_name(v);
            return Err(
                vm.new_exc(ExcKind::TypeError, &format!("{fname}: {arg} should be {kinds}, not {tn}"))
            );
        }
        Ok(FsPath { text: path_arg(vm, v, fname)?, bytes })
    }

    /// The path as the script gave it, for an error's `filename`.
    fn value(&self, vm: &mut Vm) -> Value {
        if self.bytes {
            vm.alloc(Object::Bytes(self.text.as_bytes().to_vec()))
        } else {
            vm.new_str(self.text.clone())
        }
    }
}

/// The `OSError` for `err` about `a` (and `b`).
fn fail(vm: &mut Vm, err: &std::io::Error, a: &FsPath, b: Option<&FsPath>) -> ObjId {
    let fa = a.value(vm);
    let fb = b.map(|b| b.value(vm));
    os_error_with(vm, err, Some(fa), fb)
}

/// `NotImplementedError` for a directory-descriptor argument given (Reap has no descriptors).
fn no_dir_fd(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<()> {
    match v {
        Some(v) if v != Value::None => {
            Err(vm.new_exc(ExcKind::NotImplementedError, &format!("{name} unavailable on this platform")))
        }
        _ => Ok(()),
    }
}

fn flag(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

/// An argument CPython reads as a C `int`.
fn c_int(vm: &mut Vm, v: Value) -> PyResult<i32> {
    if matches!(v, Value::Float(_)) {
        return Err(vm.new_exc(ExcKind::TypeError, "'float' object cannot be interpreted as an integer"));
    }
    let n = index_arg(vm, v)?;
    i32::try_from(&n)
        .map_err(|_| vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C int"))
}

fn u64_value(vm: &mut Vm, n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_bigint(n.into()),
    }
}

/// `os.stat_result` for these metadata, as CPython's `_pystat_fromstructstat` fills it.
fn stat_value(vm: &mut Vm, cls: ObjId, m: &std::fs::Metadata) -> Value {
    let mut items = vec![
        Value::Int(i64::from(m.mode())),
        u64_value(vm, m.ino()),
        u64_value(vm, m.dev()),
        u64_value(vm, m.nlink()),
        Value::Int(i64::from(m.uid())),
        Value::Int(i64::from(m.gid())),
        u64_value(vm, m.size()),
    ];
    let times = [(m.atime(), m.atime_nsec()), (m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec())];
    items.extend(times.iter().map(|&(s, _)| Value::Int(s)));
    let mut hidden: Vec<(&str, Value)> = Vec::with_capacity(STAT_HIDDEN.len());
    for (i, &(s, ns)) in times.iter().enumerate() {
        hidden.push((STAT_HIDDEN[i], Value::Float(s as f64 + ns as f64 * 1e-9)));
    }
    for (i, &(s, ns)) in times.iter().enumerate() {
        let total = i128::from(s) * 1_000_000_000 + i128::from(ns);
        let v = match i64::try_from(total) {
            Ok(t) => Value::Int(t),
            Err(_) => vm.new_bigint(total.into()),
        };
        hidden.push((STAT_HIDDEN[3 + i], v));
    }
    let rdev = u64_value(vm, m.rdev());
    let blocks = u64_value(vm, m.blocks());
    let blksize = u64_value(vm, m.blksize());
    hidden.extend([("st_blksize", blksize), ("st_blocks", blocks), ("st_rdev", rdev)]);
    struct_seq::make(vm, cls, items, &hidden)
}

/// `os.stat_result`, from the module `stat` is bound to.
fn stat_class(vm: &mut Vm, module: Value) -> PyResult<ObjId> {
    let found = match obj(vm, module) {
        Some(Object::Module { dict, .. }) => vm.dict_get_str(*dict, "stat_result").and_then(|c| c.as_obj()),
        _ => None,
    };
    match found.filter(|&c| matches!(vm.heap.get(c), Object::Type(_))) {
        Some(c) => Ok(c),
        None => Err(vm.new_exc(ExcKind::SystemError, "os.stat_result is missing")),
    }
}

fn stat_path(vm: &mut Vm, module: Value, p: &FsPath, follow: bool) -> PyResult<Value> {
    let m = if follow { std::fs::metadata(&p.text) } else { std::fs::symlink_metadata(&p.text) };
    let m = m.map_err(|e| fail(vm, &e, p, None))?;
    let cls = stat_class(vm, module)?;
    Ok(stat_value(vm, cls, &m))
}

/// `os.stat(path, *, dir_fd=None, follow_symlinks=True)` (bound to `_reap_os`).
fn stat(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (module, args) = args.split_first().map_or((Value::None, args), |(&m, rest)| (m, rest));
    let names = ["path", "dir_fd", "follow_symlinks"];
    let [path, dir_fd, follow] = bind_args(vm, "stat", args, kwargs, names, 1, 1)?;
    let p = FsPath::get(vm, path, "stat", "path", true)?;
    no_dir_fd(vm, dir_fd, "dir_fd")?;
    let follow = flag(vm, follow, true)?;
    stat_path(vm, module, &p, follow)
}

/// `os.lstat(path, *, dir_fd=None)` (bound to `_reap_os`).
fn lstat(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (module, args) = args.split_first().map_or((Value::None, args), |(&m, rest)| (m, rest));
    let [path, dir_fd] = bind_args(vm, "lstat", args, kwargs, ["path", "dir_fd"], 1, 1)?;
    let p = FsPath::get(vm, path, "lstat", "path", false)?;
    no_dir_fd(vm, dir_fd, "dir_fd")?;
    stat_path(vm, module, &p, false)
}

/// `os.stat_result(sequence, dict=None)`: a struct sequence's constructor, then the float
/// times not given taken from the integer items, as CPython's `statresult_new` does.
fn stat_result_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let r = struct_seq::construct(vm, args, kwargs)?;
    let items = match obj(vm, vm.payload(r)) {
        Some(Object::Tuple(t)) => t.clone(),
        _ => Vec::new(),
    };
    if let Some(id) = r.as_obj() {
        for (i, name) in STAT_HIDDEN[..3].iter().enumerate() {
            if vm.instance_attr_str(id, name) == Some(Value::None)
                && let Some(&v) = items.get(7 + i)
            {
                let v = vm.share(v);
                vm.set_instance_attr_str(id, name, v);
            }
        }
    }
    Ok(r)
}

/// `os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
fn chmod(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["path", "mode", "dir_fd", "follow_symlinks"];
    let [path, mode, dir_fd, follow] = bind_args(vm, "chmod", args, kwargs, names, 2, 2)?;
    let p = FsPath::get(vm, path, "chmod", "path", true)?;
    let mode = c_int(vm, mode.unwrap_or(Value::None))?;
    no_dir_fd(vm, dir_fd, "dir_fd")?;
    if !flag(vm, follow, true)? {
        // Linux cannot change a link's own bits: CPython says so, and changes anything else.
        match std::fs::symlink_metadata(&p.text) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(vm.new_exc(
                    ExcKind::NotImplementedError,
                    "chmod: follow_symlinks unavailable on this platform",
                ));
            }
            Err(e) => return Err(fail(vm, &e, &p, None)),
            Ok(_) => {}
        }
    }
    let perms = std::fs::Permissions::from_mode(mode as u32);
    std::fs::set_permissions(&p.text, perms).map_err(|e| fail(vm, &e, &p, None))?;
    Ok(Value::None)
}

/// A time CPython's `_PyTime_ObjectToTimespec` takes (rounding down): seconds, nanoseconds.
fn timespec(vm: &mut Vm, v: Value) -> PyResult<rustix::fs::Timespec> {
    let overflow =
        |vm: &mut Vm| vm.new_exc(ExcKind::OverflowError, "timestamp out of range for platform time_t");
    if let Value::Float(d) = vm.payload(v) {
        if d.is_nan() {
            return Err(vm.new_exc(ExcKind::ValueError, "Invalid value NaN (not a number)"));
        }
        let (mut secs, mut ns) = (d.trunc(), (d.fract() * 1e9).floor());
        if ns >= 1e9 {
            ns -= 1e9;
            secs += 1.0;
        } else if ns < 0.0 {
            ns += 1e9;
            secs -= 1.0;
        }
        if !(secs >= i64::MIN as f64 && secs < i64::MAX as f64) {
            return Err(overflow(vm));
        }
        return Ok(rustix::fs::Timespec { tv_sec: secs as i64, tv_nsec: ns as _ });
    }
    let n = index_arg(vm, v)?;
    match i64::try_from(&n) {
        Ok(s) => Ok(rustix::fs::Timespec { tv_sec: s, tv_nsec: 0 }),
        Err(_) => Err(overflow(vm)),
    }
}

/// A time in nanoseconds (an int), as seconds and nanoseconds.
fn timespec_ns(vm: &mut Vm, v: Value) -> PyResult<rustix::fs::Timespec> {
    let n = index_arg(vm, v)?;
    let Ok(n) = i128::try_from(&n) else {
        return Err(vm.new_exc(ExcKind::OverflowError, "timestamp out of range for platform time_t"));
    };
    let (secs, ns) = (n.div_euclid(1_000_000_000), n.rem_euclid(1_000_000_000));
    match i64::try_from(secs) {
        Ok(s) => Ok(rustix::fs::Timespec { tv_sec: s, tv_nsec: ns as _ }),
        Err(_) => Err(vm.new_exc(ExcKind::OverflowError, "timestamp out of range for platform time_t")),
    }
}

/// The two items of an exact tuple of two.
fn pair(vm: &Vm, v: Value) -> Option<(Value, Value)> {
    match obj(vm, v) {
        Some(Object::Tuple(t)) if t.len() == 2 => Some((t[0], t[1])),
        _ => None,
    }
}

/// `os.utime(path, times=None, *, ns, dir_fd=None, follow_symlinks=True)`.
fn utime(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["path", "times", "ns", "dir_fd", "follow_symlinks"];
    let [path, times, ns, dir_fd, follow] = bind_args(vm, "utime", args, kwargs, names, 2, 1)?;
    let p = FsPath::get(vm, path, "utime", "path", true)?;
    let times = times.filter(|&t| t != Value::None);
    let (atime, mtime) = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(
                vm.new_exc(ExcKind::ValueError, "utime: you may specify either 'times' or 'ns' but not both")
            );
        }
        (Some(t), None) => {
            let Some((a, m)) = pair(vm, t) else {
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    "utime: 'times' must be either a tuple of two ints or None",
                ));
            };
            (timespec(vm, a)?, timespec(vm, m)?)
        }
        (None, Some(n)) => {
            let Some((a, m)) = pair(vm, n) else {
                return Err(vm.new_exc(ExcKind::TypeError, "utime: 'ns' must be a tuple of two ints"));
            };
            (timespec_ns(vm, a)?, timespec_ns(vm, m)?)
        }
        (None, None) => {
            let now = rustix::fs::Timespec { tv_sec: 0, tv_nsec: rustix::fs::UTIME_NOW };
            (now, now)
        }
    };
    no_dir_fd(vm, dir_fd, "dir_fd")?;
    let flags = if flag(vm, follow, true)? {
        rustix::fs::AtFlags::empty()
    } else {
        rustix::fs::AtFlags::SYMLINK_NOFOLLOW
    };
    let stamps = rustix::fs::Timestamps { last_access: atime, last_modification: mtime };
    // CPython's utime names no file in its error.
    rustix::fs::utimensat(rustix::fs::CWD, p.text.as_str(), &stamps, flags)
        .map_err(|e| os_error_with(vm, &std::io::Error::from(e), None, None))?;
    Ok(Value::None)
}

/// `os.readlink(path, *, dir_fd=None)`: str for str, bytes for bytes.
fn readlink(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [path, dir_fd] = bind_args(vm, "readlink", args, kwargs, ["path", "dir_fd"], 1, 1)?;
    let p = FsPath::get(vm, path, "readlink", "path", false)?;
    no_dir_fd(vm, dir_fd, "dir_fd")?;
    let target = std::fs::read_link(&p.text).map_err(|e| fail(vm, &e, &p, None))?;
    let raw = target.as_os_str().as_bytes();
    Ok(if p.bytes { vm.alloc(Object::Bytes(raw.to_vec())) } else { vm.new_str(String::from_utf8_lossy(raw)) })
}

/// The two paths of `symlink`, `link`, `rename` and `replace` (`src` and `dst`).
fn two_paths(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    extra: [&str; 3],
    max_pos: usize,
) -> PyResult<(FsPath, FsPath, [Option<Value>; 3])> {
    let names = ["src", "dst", extra[0], extra[1], extra[2]];
    let [src, dst, a, b, c] = bind_args(vm, fname, args, kwargs, names, max_pos, 2)?;
    let src = FsPath::get(vm, src, fname, "src", false)?;
    let dst = FsPath::get(vm, dst, fname, "dst", false)?;
    Ok((src, dst, [a, b, c]))
}

/// `os.symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
fn symlink(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (src, dst, [_, dir_fd, _]) =
        two_paths(vm, "symlink", args, kwargs, ["target_is_directory", "dir_fd", ""], 3)?;
    no_dir_fd(vm, dir_fd, "dir_fd")?;
    std::os::unix::fs::symlink(&src.text, &dst.text).map_err(|e| fail(vm, &e, &src, Some(&dst)))?;
    Ok(Value::None)
}

/// `os.link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`: on
/// Linux, CPython's `link()` makes a link to a symbolic link itself either way.
fn link(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let extra = ["src_dir_fd", "dst_dir_fd", "follow_symlinks"];
    let (src, dst, [sfd, dfd, follow]) = two_paths(vm, "link", args, kwargs, extra, 2)?;
    no_dir_fd(vm, sfd, "src_dir_fd")?;
    no_dir_fd(vm, dfd, "dst_dir_fd")?;
    flag(vm, follow, true)?;
    std::fs::hard_link(&src.text, &dst.text).map_err(|e| fail(vm, &e, &src, Some(&dst)))?;
    Ok(Value::None)
}

fn rename_as(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (src, dst, [sfd, dfd, _]) = two_paths(vm, fname, args, kwargs, ["src_dir_fd", "dst_dir_fd", ""], 2)?;
    no_dir_fd(vm, sfd, "src_dir_fd")?;
    no_dir_fd(vm, dfd, "dst_dir_fd")?;
    std::fs::rename(&src.text, &dst.text).map_err(|e| fail(vm, &e, &src, Some(&dst)))?;
    Ok(Value::None)
}

/// `os.rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
fn rename(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    rename_as(vm, "rename", args, kwargs)
}

/// `os.replace`: `rename`, which replaces its target on POSIX too.
fn replace(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    rename_as(vm, "replace", args, kwargs)
}

/// `os.chdir(path)`: the process's current directory (every interpreter's).
fn chdir(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [path] = bind_args(vm, "chdir", args, kwargs, ["path"], 1, 1)?;
    let p = FsPath::get(vm, path, "chdir", "path", true)?;
    std::env::set_current_dir(&p.text).map_err(|e| fail(vm, &e, &p, None))?;
    Ok(Value::None)
}

/// `os.access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
fn access(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let [path, mode, dir_fd, effective, follow] = bind_args(vm, "access", args, kwargs, names, 2, 2)?;
    let p = FsPath::get(vm, path, "access", "path", false)?;
    let mode = c_int(vm, mode.unwrap_or(Value::None))?;
    no_dir_fd(vm, dir_fd, "dir_fd")?;
    let mut flags = rustix::fs::AtFlags::empty();
    if flag(vm, effective, false)? {
        flags |= rustix::fs::AtFlags::EACCESS;
    }
    if !flag(vm, follow, true)? {
        flags |= rustix::fs::AtFlags::SYMLINK_NOFOLLOW;
    }
    let mode = rustix::fs::Access::from_bits_retain(mode as _);
    Ok(Value::Bool(rustix::fs::accessat(rustix::fs::CWD, p.text.as_str(), mode, flags).is_ok()))
}

/// `_reap_os.disk_usage(path)`: (total, used, free) bytes of the file system holding `path`,
/// as `shutil.disk_usage` works them out from statvfs.
fn disk_usage(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [path] = bind_args(vm, "disk_usage", args, kwargs, ["path"], 1, 1)?;
    let p = FsPath::get(vm, path, "statvfs", "path", false)?;
    let st = rustix::fs::statvfs(p.text.as_str()).map_err(|e| fail(vm, &e.into(), &p, None))?;
    let (frsize, blocks, bfree, bavail) = (st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail);
    let total = Value::Int((blocks * frsize) as i64);
    let used = Value::Int((blocks.saturating_sub(bfree) * frsize) as i64);
    let free = Value::Int((bavail * frsize) as i64);
    Ok(vm.new_tuple(vec![total, used, free]))
}

/// `os.kill(pid, sig)`: sends a signal to a process (0 tests it is there), to the caller's
/// process group (pid 0) or to another group (-pgid). Refused as the file system is: it
/// reaches outside the interpreter.
fn kill(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "kill", kwargs)?;
    arity(vm, "kill", args, 2, 2)?;
    let pid = c_int(vm, args[0])?;
    let sig = c_int(vm, args[1])?;
    require_fs(vm)?;
    use rustix::process::{Pid, Signal};
    let signal = Signal::from_named_raw(sig);
    let r = match (Pid::from_raw(pid.abs()), sig, signal) {
        (_, _, None) if sig != 0 => Err(rustix::io::Errno::INVAL),
        (Some(p), 0, _) if pid > 0 => rustix::process::test_kill_process(p),
        (Some(p), _, Some(s)) if pid > 0 => rustix::process::kill_process(p, s),
        (None, 0, _) => rustix::process::test_kill_current_process_group(),
        (None, _, Some(s)) => rustix::process::kill_current_process_group(s),
        (Some(g), 0, _) if pid < -1 => rustix::process::test_kill_process_group(g),
        (Some(g), _, Some(s)) if pid < -1 => rustix::process::kill_process_group(g, s),
        // pid -1, every process the user may signal: not something a script should do.
        _ => Err(rustix::io::Errno::PERM),
    };
    r.map_err(|e| super::io::os_error(vm, &e.into(), None))?;
    Ok(Value::None)
}

/// `os.umask(mask)`: sets the process's mask, returns the one before. It changes what every
/// file the process makes gets, so it is refused as the file system is.
fn umask(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [mask] = bind_args(vm, "umask", args, kwargs, ["mask"], 1, 1)?;
    let mask = c_int(vm, mask.unwrap_or(Value::None))?;
    require_fs(vm)?;
    let old = rustix::process::umask(rustix::fs::Mode::from_bits_retain(mask as u32));
    Ok(Value::Int(i64::from(old.bits())))
}

/// Checks that a function taking nothing got nothing, with CPython's messages.
pub(crate) fn no_args(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<()> {
    no_kwargs(vm, fname, kwargs)?;
    arity(vm, fname, args, 0, 0)
}

/// `os._exit(n)`: the process ends at once, without cleanup (what sits in the interpreter's
/// output buffers is lost, as in CPython), when the interpreter owns the process (the `reap`
/// command's; `Builder::owns_process`). Inside a host it raises `SystemExit(n)` instead.
fn os_exit(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_exit", kwargs)?;
    arity(vm, "_exit", args, 1, 1)?;
    let code = index_arg(vm, args[0])?;
    if vm.host.owns_process {
        let code = i32::try_from(&code).unwrap_or(-1);
        std::process::exit(code);
    }
    let v = vm.new_bigint(code);
    let t = vm.new_tuple(vec![v]);
    Err(vm.new_exc_args(ExcKind::SystemExit, t))
}

fn getuid(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "posix.getuid", args, kwargs)?;
    Ok(Value::Int(i64::from(rustix::process::getuid().as_raw())))
}

fn geteuid(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "posix.geteuid", args, kwargs)?;
    Ok(Value::Int(i64::from(rustix::process::geteuid().as_raw())))
}

fn getgid(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "posix.getgid", args, kwargs)?;
    Ok(Value::Int(i64::from(rustix::process::getgid().as_raw())))
}

fn getegid(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "posix.getegid", args, kwargs)?;
    Ok(Value::Int(i64::from(rustix::process::getegid().as_raw())))
}

fn getppid(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    no_args(vm, "posix.getppid", args, kwargs)?;
    Ok(Value::Int(i64::from(std::os::unix::process::parent_id())))
}

/// `os.strerror(code)`: the system's message for an error number.
fn strerror(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [code] = bind_args(vm, "strerror", args, kwargs, ["code"], 1, 1)?;
    let code = c_int(vm, code.unwrap_or(Value::None))?;
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    Ok(vm.new_str(text))
}

/// The entries of a directory for `os.scandir`, in the system's order: `(name, kind, inode)`
/// with kind `'d'`, `'f'`, `'l'` (a symbolic link), `'o'` (anything else) as the directory
/// tells it without a further look, or `''` where it does not.
fn scandir_entries(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [path] = bind_args(vm, "scandir", args, kwargs, ["path"], 1, 1)?;
    let p = FsPath::get(vm, path, "scandir", "path", true)?;
    let entries = std::fs::read_dir(&p.text).map_err(|e| fail(vm, &e, &p, None))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                for v in out {
                    vm.decref(v);
                }
                return Err(fail(vm, &e, &p, None));
            }
        };
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            Ok(_) => "o",
            Err(_) => "",
        };
        let name = vm.new_str(entry.file_name().to_string_lossy().into_owned());
        let kind = vm.new_str(kind);
        let ino = u64_value(vm, entry.ino());
        out.push(vm.new_tuple(vec![name, kind, ino]));
    }
    Ok(vm.new_list(out))
}
