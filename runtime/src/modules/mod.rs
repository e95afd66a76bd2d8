//! The modules built into Reap: native ones (one file each) and ones written in Python
//! (`pylib/`), and the builtins that run code (`eval`, `exec`, `__import__`). `import` itself
//! is the VM's (`vm/import.rs`).

pub mod array;
pub mod atexit;
pub mod builtins;
pub mod compile;
pub mod gc;
pub mod io;
pub mod math;
pub mod math_hyperbolic;
pub mod math_special;
pub mod native_class;
pub mod os_native;
pub mod os_random;
pub mod random;
pub mod reap;
pub mod site;
pub mod sre;
pub mod std_streams;
pub mod struct_;
pub mod struct_codec;
pub mod struct_seq;
pub mod subprocess;
pub mod subprocess_pipe;
pub mod sys;
pub mod sys_more;
pub mod time;
pub mod unicodedata;
pub mod unicodedata_assigned;
pub mod unicodedata_numeric;
pub mod weakref;
pub mod zlib;
pub mod zlib_deflate;
pub mod zlib_inflate;
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
    math::make_math(vm);
    time::make_time(vm);
    random::make_random(vm);
    array::make_array(vm);
    struct_::make_struct(vm);
    sre::make_sre(vm);
    zlib::make_zlib(vm);
    unicodedata::make_unicodedata(vm);
    subprocess::make_subprocess(vm);
    reap::make_reap(vm);
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
    "argparse",
    "array",
    "asyncio",
    "atexit",
    "base64",
    "binascii",
    "bisect",
    "builtins",
    "calendar",
    "cmath",
    "codecs",
    "collections",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "doctest",
    "enum",
    "errno",
    "fnmatch",
    "fractions",
    "functools",
    "gc",
    "getopt",
    "glob",
    "graphlib",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "importlib",
    "inspect",
    "io",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "math",
    "numbers",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "platform",
    "pprint",
    "queue",
    "random",
    "re",
    "reap",
    "reprlib",
    "sched",
    "secrets",
    "shlex",
    "shutil",
    "stat",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "sys",
    "tempfile",
    "textwrap",
    "threading",
    "time",
    "timeit",
    "tomllib",
    "traceback",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
    "zlib",
    "zoneinfo",
];

pub fn embedded_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "__future__" => include_str!("pylib/__future__.py"),
        "_reap_help" => include_str!("pylib/_reap_help.py"),
        "_reap_types" => include_str!("pylib/_reap_types.py"),
        "functools" => include_str!("pylib/functools.py"),
        "codecs" => include_str!("pylib/codecs.py"),
        "locale" => include_str!("pylib/locale.py"),
        "_reap_codecs_classes" => include_str!("pylib/_reap_codecs_classes.py"),
        "_reap_codecs_impl" => include_str!("pylib/_reap_codecs_impl.py"),
        "itertools" => include_str!("pylib/itertools.py"),
        "contextlib" => include_str!("pylib/contextlib.py"),
        "io" => include_str!("pylib/io.py"),
        "_reap_textio" => include_str!("pylib/_reap_textio.py"),
        "collections" => include_str!("pylib/collections.py"),
        "heapq" => include_str!("pylib/heapq.py"),
        "string" => include_str!("pylib/string.py"),
        "bisect" => include_str!("pylib/bisect.py"),
        "random" => include_str!("pylib/random.py"),
        "os" => include_str!("pylib/os.py"),
        "posixpath" => include_str!("pylib/posixpath.py"),
        "stat" => include_str!("pylib/stat.py"),
        "errno" => include_str!("pylib/errno.py"),
        "shutil" => include_str!("pylib/shutil.py"),
        "tempfile" => include_str!("pylib/tempfile.py"),
        "abc" => include_str!("pylib/abc.py"),
        "importlib" => include_str!("pylib/importlib.py"),
        "json" => include_str!("pylib/json.py"),
        "re" => include_str!("pylib/re.py"),
        "textwrap" => include_str!("pylib/textwrap.py"),
        "fnmatch" => include_str!("pylib/fnmatch.py"),
        "shlex" => include_str!("pylib/shlex.py"),
        "difflib" => include_str!("pylib/difflib.py"),
        "html" => include_str!("pylib/html/__init__.py"),
        "html.entities" => include_str!("pylib/html/entities.py"),
        "html.parser" => include_str!("pylib/html/parser.py"),
        "getopt" => include_str!("pylib/getopt.py"),
        "urllib" => include_str!("pylib/urllib/__init__.py"),
        "urllib.parse" => include_str!("pylib/urllib/parse.py"),
        "copy" => include_str!("pylib/copy.py"),
        "dataclasses" => include_str!("pylib/dataclasses.py"),
        "datetime" => include_str!("pylib/datetime.py"),
        "enum" => include_str!("pylib/enum.py"),
        "graphlib" => include_str!("pylib/graphlib.py"),
        "keyword" => include_str!("pylib/keyword.py"),
        "linecache" => include_str!("pylib/linecache.py"),
        "numbers" => include_str!("pylib/numbers.py"),
        "operator" => include_str!("pylib/operator.py"),
        "pprint" => include_str!("pylib/pprint.py"),
        "reprlib" => include_str!("pylib/reprlib.py"),
        "traceback" => include_str!("pylib/traceback.py"),
        "types" => include_str!("pylib/types.py"),
        "typing" => include_str!("pylib/typing.py"),
        "warnings" => include_str!("pylib/warnings.py"),
        "weakref" => include_str!("pylib/weakref.py"),
        "collections.abc" => include_str!("pylib/collections_abc.py"),
        "argparse" => include_str!("pylib/argparse.py"),
        "base64" => include_str!("pylib/base64.py"),
        "binascii" => include_str!("pylib/binascii.py"),
        "calendar" => include_str!("pylib/calendar.py"),
        "configparser" => include_str!("pylib/configparser.py"),
        "csv" => include_str!("pylib/csv.py"),
        "fractions" => include_str!("pylib/fractions.py"),
        "glob" => include_str!("pylib/glob.py"),
        "logging" => include_str!("pylib/logging.py"),
        "statistics" => include_str!("pylib/statistics.py"),
        "unittest" => include_str!("pylib/unittest/__init__.py"),
        "unittest.mock" => include_str!("pylib/unittest/mock.py"),
        "pathlib" => include_str!("pylib/pathlib.py"),
        "tomllib" => include_str!("pylib/tomllib.py"),
        "threading" => include_str!("pylib/threading.py"),
        "_thread" => include_str!("pylib/_thread.py"),
        "queue" => include_str!("pylib/queue.py"),
        "sched" => include_str!("pylib/sched.py"),
        "copyreg" => include_str!("pylib/copyreg.py"),
        "_markupbase" => include_str!("pylib/_markupbase.py"),
        "time" => include_str!("pylib/time.py"),
        "_time_local" => include_str!("pylib/_time_local.py"),
        "timeit" => include_str!("pylib/timeit.py"),
        "zoneinfo" => include_str!("pylib/zoneinfo.py"),
        "_decimal_text" => include_str!("pylib/_decimal_text.py"),
        "_decimal_ops" => include_str!("pylib/_decimal_ops.py"),
        "_decimal_math" => include_str!("pylib/_decimal_math.py"),
        "_decimal_context" => include_str!("pylib/_decimal_context.py"),
        "_decimal_base" => include_str!("pylib/_decimal_base.py"),
        "decimal" => include_str!("pylib/decimal.py"),
        "_mock_patch" => include_str!("pylib/_mock_patch.py"),
        "_mock_calls" => include_str!("pylib/_mock_calls.py"),
        "_doctest_extras" => include_str!("pylib/_doctest_extras.py"),
        "doctest" => include_str!("pylib/doctest.py"),
        "platform" => include_str!("pylib/platform.py"),
        "contextvars" => include_str!("pylib/contextvars.py"),
        "cmath" => include_str!("pylib/cmath.py"),
        "uuid" => include_str!("pylib/uuid.py"),
        "secrets" => include_str!("pylib/secrets.py"),
        "hmac" => include_str!("pylib/hmac.py"),
        "_reap_digests" => include_str!("pylib/_reap_digests.py"),
        "hashlib" => include_str!("pylib/hashlib.py"),
        "_compat_pickle" => include_str!("pylib/_compat_pickle.py"),
        "_pickle_load" => include_str!("pylib/_pickle_load.py"),
        "_pickle_dump" => include_str!("pylib/_pickle_dump.py"),
        "_pickle" => include_str!("pylib/_pickle.py"),
        "pickle" => include_str!("pylib/pickle.py"),
        "_inspect_signature" => include_str!("pylib/_inspect_signature.py"),
        "inspect" => include_str!("pylib/inspect.py"),
        "struct" => include_str!("pylib/struct.py"),
        "zlib" => include_str!("pylib/zlib.py"),
        "gzip" => include_str!("pylib/gzip.py"),
        "subprocess" => include_str!("pylib/subprocess.py"),
        "asyncio" => include_str!("pylib/asyncio/__init__.py"),
        "asyncio.base_events" => include_str!("pylib/asyncio/base_events.py"),
        "asyncio.coroutines" => include_str!("pylib/asyncio/coroutines.py"),
        "asyncio.events" => include_str!("pylib/asyncio/events.py"),
        "asyncio.exceptions" => include_str!("pylib/asyncio/exceptions.py"),
        "asyncio.futures" => include_str!("pylib/asyncio/futures.py"),
        "asyncio.locks" => include_str!("pylib/asyncio/locks.py"),
        "asyncio.queues" => include_str!("pylib/asyncio/queues.py"),
        "asyncio.runners" => include_str!("pylib/asyncio/runners.py"),
        "asyncio.taskgroups" => include_str!("pylib/asyncio/taskgroups.py"),
        "asyncio.tasks" => include_str!("pylib/asyncio/tasks.py"),
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
