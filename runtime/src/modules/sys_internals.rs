//! The corners of `sys` that speak of CPython's build and threads: `thread_info`,
//! `stdlib_module_names`, `_current_frames` and `_current_exceptions` (one thread here), the
//! dynamic loader's flags (Reap loads no extension modules, so they are only kept), the
//! coroutine origin tracking depth, and the private build facts `_git`, `_framework`...

use super::{arity, def, struct_seq};
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

pub(super) fn install(vm: &mut Vm, d: ObjId) {
    def(vm, d, "sys._current_frames", current_frames);
    def(vm, d, "sys._current_exceptions", current_exceptions);
    def(vm, d, "sys._clear_type_cache", clear_type_cache);
    def(vm, d, "sys._debugmallocstats", debugmallocstats);
    def(vm, d, "sys._getquickenedcount", getquickenedcount);
    def(vm, d, "sys.getdlopenflags", getdlopenflags);
    def(vm, d, "sys.setdlopenflags", setdlopenflags);
    def(vm, d, "sys.get_coroutine_origin_tracking_depth", get_origin_depth);
    def(vm, d, "sys.set_coroutine_origin_tracking_depth", set_origin_depth);
    let framework = vm.new_str("");
    vm.dict_set_str(d, "_framework", framework);
    let git = ["Reap", "", ""].map(|s| vm.new_str(s)).to_vec();
    let git = vm.new_tuple(git);
    vm.dict_set_str(d, "_git", git);
    // No virtual environment, and no standard library on disk: it is inside the binary.
    vm.dict_set_str(d, "_home", Value::None);
    vm.dict_set_str(d, "_stdlib_dir", Value::None);
    let names: Vec<Value> = STDLIB_MODULE_NAMES.iter().map(|n| vm.new_str(*n)).collect();
    let list = vm.new_list(names);
    match vm.call(Value::Obj(vm.types.frozenset), &[list], &[]) {
        Ok(set) => vm.dict_set_str(d, "stdlib_module_names", set),
        Err(e) => vm.decref_id(e),
    }
    vm.decref(list);
    // POSIX threads; the version is glibc's, which Reap does not ask the C library for.
    let values = vec![vm.new_str("pthread"), vm.new_str("semaphore"), Value::None];
    let made = struct_seq::new_type(vm, "sys", "thread_info", &["name", "lock", "version"]).and_then(|cls| {
        let v = struct_seq::new(vm, cls, values);
        vm.decref_id(cls);
        v
    });
    match made {
        Ok(v) => vm.dict_set_str(d, "thread_info", v),
        Err(e) => vm.decref_id(e),
    }
}

/// The running thread's identifier, as `threading.get_ident()` gives it.
fn thread_ident(vm: &mut Vm) -> PyResult<Value> {
    vm.call_module_attr("_thread", "get_ident", &[])
}

/// `sys._current_frames()`: the one thread, with the caller's frame.
fn current_frames(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_current_frames", args, 0, 0)?;
    let ident = thread_ident(vm)?;
    // Borrowed: the running frame owns its object.
    let frame = vm.frame_at_depth(0).map_or(Value::None, Value::Obj);
    let d = vm.new_dict();
    let r = vm.dict_set(Value::Obj(d), ident, frame);
    vm.decref(ident);
    r?;
    Ok(Value::Obj(d))
}

/// `sys._current_exceptions()`: the one thread, with what `sys.exc_info()` says there.
fn current_exceptions(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_current_exceptions", args, 0, 0)?;
    let ident = thread_ident(vm)?;
    let info = vm.call_module_attr("sys", "exc_info", &[]);
    let info = match info {
        Ok(i) => i,
        Err(e) => {
            vm.decref(ident);
            return Err(e);
        }
    };
    let d = vm.new_dict();
    let r = vm.dict_set(Value::Obj(d), ident, info);
    vm.decref(ident);
    vm.decref(info);
    r?;
    Ok(Value::Obj(d))
}

/// `sys._clear_type_cache()`: Reap's attribute caches follow every change to a class, so
/// there is nothing a script could see stale.
fn clear_type_cache(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_clear_type_cache", args, 0, 0)?;
    Ok(Value::None)
}

/// `sys._debugmallocstats()`: what the allocator holds, on stderr (Reap's heap in its own
/// terms; CPython prints its small-object allocator's arenas and pools).
fn debugmallocstats(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_debugmallocstats", args, 0, 0)?;
    let live = vm.heap.live().count();
    vm.flush();
    let _ =
        std::io::Write::write_all(&mut vm.io.err, format!("Reap heap: {live} objects in use\n").as_bytes());
    Ok(Value::None)
}

/// `sys._getquickenedcount()`: how many code objects have been specialised; Reap's
/// instructions are not rewritten as they run.
fn getquickenedcount(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "_getquickenedcount", args, 0, 0)?;
    Ok(Value::Int(0))
}

/// `RTLD_NOW`, CPython's default.
const DLOPEN_DEFAULT: i64 = 2;

fn getdlopenflags(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "getdlopenflags", args, 0, 0)?;
    Ok(Value::Int(DLOPEN_DEFAULT))
}

fn setdlopenflags(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "setdlopenflags", args, 1, 1)?;
    crate::vm::args::index_arg(vm, args[0])?;
    Ok(Value::None)
}

fn get_origin_depth(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "get_coroutine_origin_tracking_depth", args, 0, 0)?;
    Ok(Value::Int(vm.asyncgen_hooks.coroutine_origin_depth))
}

fn set_origin_depth(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let name = "set_coroutine_origin_tracking_depth";
    let [depth] = crate::vm::args::bind_args(vm, name, args, kwargs, ["depth"], 1, 0)?;
    let depth = crate::vm::args::index_arg(vm, depth.unwrap_or(Value::None))?;
    let Some(depth) = num_traits::ToPrimitive::to_i64(&depth).filter(|d| *d >= 0) else {
        return Err(vm.new_exc(ExcKind::ValueError, "depth must be >= 0"));
    };
    vm.asyncgen_hooks.coroutine_origin_depth = depth;
    Ok(Value::None)
}

/// CPython 3.11's `sys.stdlib_module_names`: the names of its standard library's modules (the
/// list names the standard library, not what Reap provides: `sys.builtin_module_names` and
/// `help('modules')` tell that).
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bootsubprocess",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydecimal",
    "_pyio",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];
