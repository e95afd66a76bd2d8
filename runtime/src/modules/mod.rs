//! The modules built into Reap: native ones (one file each) and ones written in Python
//! (`pylib/`), and the builtins that run code (`eval`, `exec`, `__import__`). `import` itself
//! is the VM's (`vm/import.rs`).

#[cfg(feature = "data")]
pub mod array;
pub mod atexit;
pub mod builtins;
pub mod compile;
pub mod gc;
pub mod io;
pub mod math;
pub mod math_hyperbolic;
pub mod math_special;
#[cfg(any(feature = "data", feature = "files"))]
pub mod native_class;
pub mod os_native;
pub mod os_random;
#[cfg(feature = "numbers")]
pub mod random;
#[cfg(feature = "devtools")]
pub mod reap;
pub mod site;
#[cfg(feature = "text")]
pub mod sre;
pub mod std_streams;
#[cfg(feature = "data")]
pub mod struct_;
#[cfg(feature = "data")]
pub mod struct_codec;
pub mod struct_seq;
#[cfg(feature = "files")]
pub mod subprocess;
#[cfg(feature = "files")]
pub mod subprocess_pipe;
pub mod sys;
pub mod sys_more;
pub mod time;
#[cfg(feature = "text")]
pub mod unicodedata;
#[cfg(feature = "text")]
pub mod unicodedata_assigned;
#[cfg(feature = "text")]
pub mod unicodedata_numeric;
pub mod weakref;
#[cfg(feature = "data")]
pub mod zlib;
#[cfg(feature = "data")]
pub mod zlib_deflate;
#[cfg(feature = "data")]
pub mod zlib_inflate;
#[cfg(feature = "data")]
pub mod zlib_stream;

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::ObjId;
use crate::value::Value;
pub use crate::vm::args::{arity, kwarg};
pub use crate::vm::import::new_module;
pub use crate::vm::native::def;
use crate::vm::{PyResult, Vm};

/// Every builtin name and module, in the order their objects are made.
pub fn install_all(vm: &mut Vm) {
    vm.slots.frozen_source = embedded_module;
    vm.slots.native_module = native_module;
    vm.slots.module_names = MODULE_NAMES;
    builtins::install(vm);
    crate::types::install_methods(vm);
    install(vm);
    io::install(vm);
    weakref::install(vm);
    gc::install(vm);
    atexit::install(vm);
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    def(vm, b, "__import__", import_builtin);
    def(vm, b, "eval", eval);
    def(vm, b, "globals", globals);
    def(vm, b, "locals", locals);
    def(vm, b, "exec", exec);
    def(vm, b, "compile", compile::compile);
    let builtins_mod = vm.alloc(Object::Module { name: "builtins".into(), dict: b });
    vm.heap.incref(b);
    register(vm, "builtins", builtins_mod);
    sys::make_sys(vm);
    // `site` gives CPython these two; the REPL's users reach for them.
    def(vm, b, "exit", sys::sys_exit);
    def(vm, b, "quit", sys::sys_exit);
    site::install(vm);
}

/// The native modules, made on first import (`vm/import.rs`): a module a host never imports
/// costs its interpreters nothing, and one left out by a feature is not built at all.
fn native_module(name: &str) -> Option<crate::vm::slots::MakeModule> {
    Some(match name {
        "math" => math::make_math,
        "_reap_time" => time::make_time,
        #[cfg(feature = "numbers")]
        "_random" => random::make_random,
        #[cfg(feature = "data")]
        "array" => array::make_array,
        #[cfg(feature = "data")]
        "_struct" => struct_::make_struct,
        #[cfg(feature = "data")]
        "_zlib" => zlib::make_zlib,
        #[cfg(feature = "text")]
        "_sre" => sre::make_sre,
        #[cfg(feature = "text")]
        "unicodedata" => unicodedata::make_unicodedata,
        #[cfg(feature = "files")]
        "_subprocess" => subprocess::make_subprocess,
        #[cfg(feature = "devtools")]
        "reap" => reap::make_reap,
        _ => return None,
    })
}

pub fn register(vm: &mut Vm, name: &str, module: Value) {
    let modules = vm.modules;
    vm.dict_set_str(modules, name, module);
}

/// Modules written in Python and built into the binary, so `reap` needs no files beside it.
/// The modules built into the binary, native or written in Python (for the REPL's completion).
pub const MODULE_NAMES: &[&str] = &[
    "__future__",
    "_thread",
    "abc",
    #[cfg(feature = "devtools")]
    "argparse",
    #[cfg(feature = "data")]
    "array",
    #[cfg(feature = "asyncio")]
    "asyncio",
    "atexit",
    #[cfg(feature = "data")]
    "base64",
    #[cfg(feature = "data")]
    "binascii",
    "bisect",
    "builtins",
    #[cfg(feature = "numbers")]
    "calendar",
    #[cfg(feature = "numbers")]
    "cmath",
    "codecs",
    "collections",
    #[cfg(feature = "data")]
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    #[cfg(feature = "data")]
    "csv",
    "dataclasses",
    #[cfg(feature = "numbers")]
    "datetime",
    #[cfg(feature = "numbers")]
    "decimal",
    #[cfg(feature = "text")]
    "difflib",
    #[cfg(feature = "devtools")]
    "doctest",
    "enum",
    "errno",
    #[cfg(feature = "text")]
    "fnmatch",
    #[cfg(feature = "numbers")]
    "fractions",
    "functools",
    "gc",
    #[cfg(feature = "devtools")]
    "getopt",
    #[cfg(feature = "files")]
    "glob",
    #[cfg(feature = "data")]
    "graphlib",
    #[cfg(feature = "data")]
    "gzip",
    #[cfg(feature = "data")]
    "hashlib",
    "heapq",
    #[cfg(feature = "data")]
    "hmac",
    #[cfg(feature = "text")]
    "html",
    "importlib",
    #[cfg(feature = "devtools")]
    "inspect",
    "io",
    "itertools",
    #[cfg(feature = "data")]
    "json",
    "keyword",
    "linecache",
    #[cfg(feature = "text")]
    "locale",
    #[cfg(feature = "devtools")]
    "logging",
    "math",
    "numbers",
    "operator",
    "os",
    #[cfg(feature = "files")]
    "pathlib",
    #[cfg(feature = "data")]
    "pickle",
    #[cfg(feature = "files")]
    "platform",
    #[cfg(feature = "text")]
    "pprint",
    "queue",
    #[cfg(feature = "numbers")]
    "random",
    #[cfg(feature = "text")]
    "re",
    #[cfg(feature = "devtools")]
    "reap",
    #[cfg(feature = "text")]
    "reprlib",
    "sched",
    #[cfg(feature = "data")]
    "secrets",
    #[cfg(feature = "text")]
    "shlex",
    #[cfg(feature = "files")]
    "shutil",
    "stat",
    #[cfg(feature = "numbers")]
    "statistics",
    #[cfg(feature = "text")]
    "string",
    #[cfg(feature = "data")]
    "struct",
    #[cfg(feature = "files")]
    "subprocess",
    "sys",
    #[cfg(feature = "files")]
    "tempfile",
    #[cfg(feature = "text")]
    "textwrap",
    "threading",
    "time",
    #[cfg(feature = "devtools")]
    "timeit",
    #[cfg(feature = "data")]
    "tomllib",
    "traceback",
    "types",
    "typing",
    #[cfg(feature = "text")]
    "unicodedata",
    #[cfg(feature = "devtools")]
    "unittest",
    #[cfg(feature = "text")]
    "urllib",
    #[cfg(feature = "data")]
    "uuid",
    "warnings",
    "weakref",
    #[cfg(feature = "data")]
    "zlib",
    #[cfg(feature = "numbers")]
    "zoneinfo",
];

pub fn embedded_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "__future__" => include_str!("pylib/__future__.py"),
        "_reap_help" => include_str!("pylib/_reap_help.py"),
        "_reap_types" => include_str!("pylib/_reap_types.py"),
        "functools" => include_str!("pylib/functools.py"),
        "codecs" => include_str!("pylib/codecs.py"),
        #[cfg(feature = "text")]
        "locale" => include_str!("pylib/locale.py"),
        "_reap_codecs_classes" => include_str!("pylib/_reap_codecs_classes.py"),
        "_reap_codecs_impl" => include_str!("pylib/_reap_codecs_impl.py"),
        "itertools" => include_str!("pylib/itertools.py"),
        "contextlib" => include_str!("pylib/contextlib.py"),
        "io" => include_str!("pylib/io.py"),
        "_reap_textio" => include_str!("pylib/_reap_textio.py"),
        "collections" => include_str!("pylib/collections.py"),
        "heapq" => include_str!("pylib/heapq.py"),
        #[cfg(feature = "text")]
        "string" => include_str!("pylib/string.py"),
        "bisect" => include_str!("pylib/bisect.py"),
        #[cfg(feature = "numbers")]
        "random" => include_str!("pylib/random.py"),
        "os" => include_str!("pylib/os.py"),
        "posixpath" => include_str!("pylib/posixpath.py"),
        "stat" => include_str!("pylib/stat.py"),
        "errno" => include_str!("pylib/errno.py"),
        #[cfg(feature = "files")]
        "shutil" => include_str!("pylib/shutil.py"),
        #[cfg(feature = "files")]
        "tempfile" => include_str!("pylib/tempfile.py"),
        "abc" => include_str!("pylib/abc.py"),
        "importlib" => include_str!("pylib/importlib.py"),
        #[cfg(feature = "data")]
        "json" => include_str!("pylib/json.py"),
        #[cfg(feature = "text")]
        "re" => include_str!("pylib/re.py"),
        #[cfg(feature = "text")]
        "textwrap" => include_str!("pylib/textwrap.py"),
        #[cfg(feature = "text")]
        "fnmatch" => include_str!("pylib/fnmatch.py"),
        #[cfg(feature = "text")]
        "shlex" => include_str!("pylib/shlex.py"),
        #[cfg(feature = "text")]
        "difflib" => include_str!("pylib/difflib.py"),
        #[cfg(feature = "text")]
        "html" => include_str!("pylib/html/__init__.py"),
        #[cfg(feature = "text")]
        "html.entities" => include_str!("pylib/html/entities.py"),
        #[cfg(feature = "text")]
        "html.parser" => include_str!("pylib/html/parser.py"),
        #[cfg(feature = "devtools")]
        "getopt" => include_str!("pylib/getopt.py"),
        #[cfg(feature = "text")]
        "urllib" => include_str!("pylib/urllib/__init__.py"),
        #[cfg(feature = "text")]
        "urllib.parse" => include_str!("pylib/urllib/parse.py"),
        "copy" => include_str!("pylib/copy.py"),
        "dataclasses" => include_str!("pylib/dataclasses.py"),
        #[cfg(feature = "numbers")]
        "datetime" => include_str!("pylib/datetime.py"),
        "enum" => include_str!("pylib/enum.py"),
        #[cfg(feature = "data")]
        "graphlib" => include_str!("pylib/graphlib.py"),
        "keyword" => include_str!("pylib/keyword.py"),
        "linecache" => include_str!("pylib/linecache.py"),
        "numbers" => include_str!("pylib/numbers.py"),
        "operator" => include_str!("pylib/operator.py"),
        #[cfg(feature = "text")]
        "pprint" => include_str!("pylib/pprint.py"),
        #[cfg(feature = "text")]
        "reprlib" => include_str!("pylib/reprlib.py"),
        "traceback" => include_str!("pylib/traceback.py"),
        "types" => include_str!("pylib/types.py"),
        "typing" => include_str!("pylib/typing.py"),
        "warnings" => include_str!("pylib/warnings.py"),
        "weakref" => include_str!("pylib/weakref.py"),
        "collections.abc" => include_str!("pylib/collections_abc.py"),
        #[cfg(feature = "devtools")]
        "argparse" => include_str!("pylib/argparse.py"),
        #[cfg(feature = "data")]
        "base64" => include_str!("pylib/base64.py"),
        #[cfg(feature = "data")]
        "binascii" => include_str!("pylib/binascii.py"),
        #[cfg(feature = "numbers")]
        "calendar" => include_str!("pylib/calendar.py"),
        #[cfg(feature = "data")]
        "configparser" => include_str!("pylib/configparser.py"),
        #[cfg(feature = "data")]
        "csv" => include_str!("pylib/csv.py"),
        #[cfg(feature = "numbers")]
        "fractions" => include_str!("pylib/fractions.py"),
        #[cfg(feature = "files")]
        "glob" => include_str!("pylib/glob.py"),
        #[cfg(feature = "devtools")]
        "logging" => include_str!("pylib/logging.py"),
        #[cfg(feature = "numbers")]
        "statistics" => include_str!("pylib/statistics.py"),
        #[cfg(feature = "devtools")]
        "unittest" => include_str!("pylib/unittest/__init__.py"),
        #[cfg(feature = "devtools")]
        "unittest.mock" => include_str!("pylib/unittest/mock.py"),
        #[cfg(feature = "files")]
        "pathlib" => include_str!("pylib/pathlib.py"),
        #[cfg(feature = "data")]
        "tomllib" => include_str!("pylib/tomllib.py"),
        "threading" => include_str!("pylib/threading.py"),
        "_thread" => include_str!("pylib/_thread.py"),
        "queue" => include_str!("pylib/queue.py"),
        "sched" => include_str!("pylib/sched.py"),
        "copyreg" => include_str!("pylib/copyreg.py"),
        #[cfg(feature = "text")]
        "_markupbase" => include_str!("pylib/_markupbase.py"),
        "time" => include_str!("pylib/time.py"),
        "_time_local" => include_str!("pylib/_time_local.py"),
        #[cfg(feature = "devtools")]
        "timeit" => include_str!("pylib/timeit.py"),
        #[cfg(feature = "numbers")]
        "zoneinfo" => include_str!("pylib/zoneinfo.py"),
        #[cfg(feature = "numbers")]
        "_decimal_text" => include_str!("pylib/_decimal_text.py"),
        #[cfg(feature = "numbers")]
        "_decimal_ops" => include_str!("pylib/_decimal_ops.py"),
        #[cfg(feature = "numbers")]
        "_decimal_math" => include_str!("pylib/_decimal_math.py"),
        #[cfg(feature = "numbers")]
        "_decimal_context" => include_str!("pylib/_decimal_context.py"),
        #[cfg(feature = "numbers")]
        "_decimal_base" => include_str!("pylib/_decimal_base.py"),
        #[cfg(feature = "numbers")]
        "decimal" => include_str!("pylib/decimal.py"),
        #[cfg(feature = "devtools")]
        "_mock_patch" => include_str!("pylib/_mock_patch.py"),
        #[cfg(feature = "devtools")]
        "_mock_calls" => include_str!("pylib/_mock_calls.py"),
        #[cfg(feature = "devtools")]
        "_doctest_extras" => include_str!("pylib/_doctest_extras.py"),
        #[cfg(feature = "devtools")]
        "doctest" => include_str!("pylib/doctest.py"),
        #[cfg(feature = "files")]
        "platform" => include_str!("pylib/platform.py"),
        "contextvars" => include_str!("pylib/contextvars.py"),
        #[cfg(feature = "numbers")]
        "cmath" => include_str!("pylib/cmath.py"),
        #[cfg(feature = "data")]
        "uuid" => include_str!("pylib/uuid.py"),
        #[cfg(feature = "data")]
        "secrets" => include_str!("pylib/secrets.py"),
        #[cfg(feature = "data")]
        "hmac" => include_str!("pylib/hmac.py"),
        #[cfg(feature = "data")]
        "_reap_digests" => include_str!("pylib/_reap_digests.py"),
        #[cfg(feature = "data")]
        "hashlib" => include_str!("pylib/hashlib.py"),
        #[cfg(feature = "data")]
        "_compat_pickle" => include_str!("pylib/_compat_pickle.py"),
        #[cfg(feature = "data")]
        "_pickle_load" => include_str!("pylib/_pickle_load.py"),
        #[cfg(feature = "data")]
        "_pickle_dump" => include_str!("pylib/_pickle_dump.py"),
        #[cfg(feature = "data")]
        "_pickle" => include_str!("pylib/_pickle.py"),
        #[cfg(feature = "data")]
        "pickle" => include_str!("pylib/pickle.py"),
        #[cfg(feature = "devtools")]
        "_inspect_signature" => include_str!("pylib/_inspect_signature.py"),
        #[cfg(feature = "devtools")]
        "inspect" => include_str!("pylib/inspect.py"),
        #[cfg(feature = "data")]
        "struct" => include_str!("pylib/struct.py"),
        #[cfg(feature = "data")]
        "zlib" => include_str!("pylib/zlib.py"),
        #[cfg(feature = "data")]
        "gzip" => include_str!("pylib/gzip.py"),
        #[cfg(feature = "files")]
        "subprocess" => include_str!("pylib/subprocess.py"),
        #[cfg(feature = "asyncio")]
        "asyncio" => include_str!("pylib/asyncio/__init__.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.base_events" => include_str!("pylib/asyncio/base_events.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.coroutines" => include_str!("pylib/asyncio/coroutines.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.events" => include_str!("pylib/asyncio/events.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.exceptions" => include_str!("pylib/asyncio/exceptions.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.futures" => include_str!("pylib/asyncio/futures.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.locks" => include_str!("pylib/asyncio/locks.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.queues" => include_str!("pylib/asyncio/queues.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.runners" => include_str!("pylib/asyncio/runners.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.taskgroups" => include_str!("pylib/asyncio/taskgroups.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.tasks" => include_str!("pylib/asyncio/tasks.py"),
        #[cfg(feature = "asyncio")]
        "asyncio.timeouts" => include_str!("pylib/asyncio/timeouts.py"),
        _ => return None,
    })
}

/// The namespaces `eval`/`exec` run in: the ones given, else the caller's globals.
fn eval_namespaces(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    fname: &str,
) -> PyResult<(ObjId, ObjId)> {
    let g = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "globals")).filter(|v| *v != Value::None);
    let l = args.get(2).copied().or_else(|| kwarg(vm, kwargs, "locals")).filter(|v| *v != Value::None);
    let dict_of = |vm: &mut Vm, v: Value, what: &str| -> PyResult<ObjId> {
        match v.as_obj().filter(|id| matches!(vm.heap.get(*id), Object::Dict(_))) {
            Some(id) => Ok(id),
            None => {
                let tn = vm.type_name(v);
                Err(vm.new_exc(ExcKind::TypeError, &format!("{fname}() {what} must be a dict, not {tn}")))
            }
        }
    };
    let globals = match g {
        Some(g) => dict_of(vm, g, "globals")?,
        None => vm.frames.current_globals().unwrap_or(vm.builtins),
    };
    let locals = match l {
        Some(l) => dict_of(vm, l, "locals")?,
        None => globals,
    };
    Ok((globals, locals))
}

fn globals(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "globals", args, 0, 0)?;
    let g = vm.frames.current_globals().unwrap_or(vm.builtins);
    vm.heap.incref(g);
    Ok(Value::Obj(g))
}

fn locals(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "locals", args, 0, 0)?;
    match vm.frames.current_locals() {
        Some(l) => {
            vm.heap.incref(l);
            Ok(Value::Obj(l))
        }
        None => Err(vm.new_exc(
            ExcKind::NotImplementedError,
            "locals() called indirectly inside a function is not supported by Reap yet",
        )),
    }
}

fn eval(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "eval", args, 1, 3)?;
    if let Some(code) = compile::code_of(vm, args[0]) {
        let (globals, locals) = eval_namespaces(vm, args, kwargs, "eval")?;
        return vm.run_code(code, globals, locals);
    }
    let Some(src) = vm.str_of(args[0]).map(|s| s.trim_start_matches([' ', '\t']).to_string()) else {
        return Err(vm.new_exc(ExcKind::TypeError, "eval() arg 1 must be a string, bytes or code object"));
    };
    let (globals, locals) = eval_namespaces(vm, args, kwargs, "eval")?;
    let expr = match reap_lang::parse_expression(&src, "<string>") {
        Ok(e) => e,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    let span = expr.span;
    let stmt = reap_lang::ast::Stmt::new(span, reap_lang::ast::StmtKind::Return(Some(expr)));
    let module = reap_lang::ast::Module { body: vec![stmt] };
    vm.run_module_ast(&module, &src, "<string>", globals, locals)
}

fn exec(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "exec", args, 1, 3)?;
    if let Some(code) = compile::code_of(vm, args[0]) {
        let (globals, locals) = eval_namespaces(vm, args, kwargs, "exec")?;
        let v = vm.run_code(code, globals, locals)?;
        vm.decref(v);
        return Ok(Value::None);
    }
    let Some(src) = vm.str_of(args[0]).map(str::to_string) else {
        return Err(vm.new_exc(ExcKind::TypeError, "exec() arg 1 must be a string, bytes or code object"));
    };
    let (globals, locals) = eval_namespaces(vm, args, kwargs, "exec")?;
    let module = match reap_lang::check_module(&src, "<string>") {
        Ok(m) => m,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    let v = vm.run_module_ast(&module, &src, "<string>", globals, locals)?;
    vm.decref(v);
    Ok(Value::None)
}

fn import_builtin(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "__import__", args, 1, 5)?;
    let name = vm.str_of(args[0]).unwrap_or("").to_string();
    let globals = vm.builtins;
    vm.import(&name, 0, Value::None, globals)
}
