//! The modules built into Reap: native ones (one file each) and ones written in Python
//! (`pylib/`), and the builtins that run code (`eval`, `exec`, `__import__`). `import` itself
//! is the VM's (`vm/import.rs`).

#[cfg(feature = "data")]
pub mod array;
pub mod atexit;
pub mod bisect;
pub mod builtins;
mod callables;
#[cfg(feature = "text")]
pub mod charmap;
pub mod compile;
mod deque_ops;
#[cfg(feature = "data")]
mod digest_blocks;
pub mod file_args;
mod file_binary;
mod file_checks;
mod file_text;
mod functools_native;
pub mod gc;
pub mod heapq;
pub mod io;
mod itertools_next;
#[cfg(feature = "data")]
pub mod json;
#[cfg(feature = "data")]
mod key_derivation;
pub mod math;
pub mod math_hyperbolic;
pub mod math_special;
pub mod module_spec;
#[cfg(any(feature = "data", feature = "files"))]
pub mod native_class;
mod operator_native;
#[cfg(feature = "files")]
pub mod os_fd;
pub mod os_native;
pub mod os_random;
mod pylib_sources;
#[cfg(feature = "numbers")]
pub mod random;
#[cfg(feature = "devtools")]
pub mod reap;
#[cfg(feature = "files")]
pub mod signal;
#[cfg(feature = "files")]
pub mod signal_watch;
pub mod site;
mod slot_fields;
#[cfg(feature = "text")]
pub mod sre;
#[cfg(feature = "text")]
pub mod sre_match;
#[cfg(feature = "text")]
pub mod sre_scan;
pub mod std_buffers;
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
pub mod sys_breakpoint;
pub mod sys_internals;
pub mod sys_more;
pub mod time;
mod tuple_getter;
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
pub use pylib_sources::{PACKAGES as EMBEDDED_PACKAGES, embedded_module};

/// Every builtin name and module, in the order their objects are made.
pub fn install_all(vm: &mut Vm) {
    vm.slots.frozen_source = embedded_module;
    vm.slots.native_module = native_module;
    vm.slots.module_names = MODULE_NAMES;
    vm.slots.module_origin = module_spec::set_module_origin;
    builtins::install(vm);
    crate::types::install_methods(vm);
    install(vm);
    io::install(vm);
    file_binary::install(vm);
    weakref::install(vm);
    gc::install(vm);
    atexit::install(vm);
    vm.mark_all_type_methods();
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    def(vm, b, "__import__", import_builtin);
    crate::vm::native::def_no_keywords(vm, b, "eval", eval);
    crate::vm::native::def_no_keywords(vm, b, "globals", globals);
    crate::vm::native::def_no_keywords(vm, b, "locals", locals);
    def(vm, b, "exec", exec);
    def(vm, b, "compile", compile::compile);
    let builtins_mod = vm.alloc(Object::Module { name: "builtins".into(), dict: b });
    vm.heap.incref(b);
    register(vm, "builtins", builtins_mod);
    sys::make_sys(vm);
    // `site` gives CPython these two; the REPL's users reach for them.
    def(vm, b, "exit", sys::quitter);
    def(vm, b, "quit", sys::quitter);
    site::install(vm);
}

/// The native modules, made on first import (`vm/import.rs`): a module a host never imports
/// costs its interpreters nothing, and one left out by a feature is not built at all.
fn native_module(name: &str) -> Option<crate::vm::slots::MakeModule> {
    Some(match name {
        "math" => math::make_math,
        "_heapq" => heapq::make_heapq,
        "_bisect" => bisect::make_bisect,
        "_functools" => functools_native::make_functools,
        "_reap_operator" => operator_native::make_operator,
        "_reap_collections" => tuple_getter::make_collections,
        "_reap_callables" => callables::make_callables,
        "_reap_itertools" => itertools_next::make_itertools,
        "_frozen_importlib" | "_frozen_importlib_external" => module_spec::make_machinery,
        "_reap_time" => time::make_time,
        #[cfg(feature = "numbers")]
        "_random" => random::make_random,
        #[cfg(feature = "data")]
        "array" => array::make_array,
        #[cfg(feature = "data")]
        "_reap_digest_blocks" => digest_blocks::make_digest_blocks,
        #[cfg(feature = "data")]
        "_struct" => struct_::make_struct,
        #[cfg(feature = "data")]
        "_reap_json" => json::make_json,
        #[cfg(feature = "data")]
        "_zlib" => zlib::make_zlib,
        #[cfg(feature = "text")]
        "_sre" => sre::make_sre,
        #[cfg(feature = "text")]
        "_reap_charmap" => charmap::make_charmap,
        #[cfg(feature = "text")]
        "unicodedata" => unicodedata::make_unicodedata,
        #[cfg(feature = "files")]
        "_subprocess" => subprocess::make_subprocess,
        #[cfg(feature = "files")]
        "_signal" => signal::make_signal,
        #[cfg(feature = "devtools")]
        "reap" => reap::make_reap,
        _ => return None,
    })
}

pub fn register(vm: &mut Vm, name: &str, module: Value) {
    if let Some(m) = module.as_obj()
        && let crate::object::Object::Module { dict, .. } = *vm.heap.get(m)
    {
        // (The builtins check their keywords themselves.)
        if name != "builtins" {
            vm.function_shapes(dict, &[]);
        }
    }
    let modules = vm.modules;
    vm.dict_set_str(modules, name, module);
}

/// Modules written in Python and built into the binary, so `reap` needs no files beside it.
/// The modules built into the binary, native or written in Python (for the REPL's completion).
pub const MODULE_NAMES: &[&str] = &[
    "__future__",
    "_functools",
    "_operator",
    "_thread",
    "abc",
    #[cfg(feature = "devtools")]
    "argparse",
    #[cfg(feature = "data")]
    "array",
    "ast",
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
    #[cfg(feature = "devtools")]
    "cmd",
    #[cfg(feature = "devtools")]
    "code",
    "codecs",
    #[cfg(feature = "devtools")]
    "codeop",
    "collections",
    "colorsys",
    "concurrent",
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
    "getpass",
    #[cfg(feature = "files")]
    "filecmp",
    #[cfg(feature = "files")]
    "fileinput",
    #[cfg(feature = "files")]
    "glob",
    #[cfg(feature = "data")]
    "graphlib",
    "grp",
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
    "pwd",
    "queue",
    #[cfg(feature = "data")]
    "quopri",
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
    #[cfg(feature = "files")]
    "signal",
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

/// The namespaces `eval`/`exec` run in: the ones given, else the caller's globals.
fn eval_namespaces(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    fname: &str,
) -> PyResult<(ObjId, ObjId)> {
    let g = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "globals")).filter(|v| *v != Value::None);
    let l = args.get(2).copied().or_else(|| kwarg(vm, kwargs, "locals")).filter(|v| *v != Value::None);
    // Globals must be a dict (a subclass's dict inside it: its own methods are not used,
    // as in CPython); locals may be any mapping.
    let globals_of = |vm: &mut Vm, v: Value| -> PyResult<ObjId> {
        match vm.payload(v).as_obj().filter(|id| matches!(vm.heap.get(*id), Object::Dict(_))) {
            Some(id) => Ok(id),
            None if fname == "eval" => {
                Err(vm
                    .new_exc(ExcKind::TypeError, "globals must be a real dict; try eval(expr, {}, mapping)"))
            }
            None => {
                let tn = vm.type_name(v);
                Err(vm.new_exc(ExcKind::TypeError, &format!("{fname}() globals must be a dict, not {tn}")))
            }
        }
    };
    let locals = match l {
        Some(l) => match l.as_obj() {
            Some(id)
                if matches!(vm.heap.get(id), Object::Dict(_))
                    || vm.has_attr_on_type(vm.type_of(l), "__getitem__") =>
            {
                Some(id)
            }
            // CPython words this differently for `exec` and `eval`.
            _ if fname == "exec" => {
                let tn = vm.type_name(l);
                return Err(
                    vm.new_exc(ExcKind::TypeError, &format!("locals must be a mapping or None, not {tn}"))
                );
            }
            _ => return Err(vm.new_exc(ExcKind::TypeError, "locals must be a mapping")),
        },
        None => None,
    };
    let globals = match g {
        Some(g) => globals_of(vm, g)?,
        // Neither given: the caller's namespaces, its variables too if it is a function.
        None => {
            let globals = vm.frames.current_globals().unwrap_or(vm.builtins);
            if locals.is_none()
                && let Some(d) = vm.current_locals()
            {
                // The frame's object keeps the dict; the borrow outlives the call.
                vm.decref_id(d);
                return Ok((globals, d));
            }
            globals
        }
    };
    Ok((globals, locals.unwrap_or(globals)))
}

fn globals(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "globals", args, 0, 0)?;
    let g = vm.frames.current_globals().unwrap_or(vm.builtins);
    vm.heap.incref(g);
    Ok(Value::Obj(g))
}

fn locals(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "locals", args, 0, 0)?;
    match vm.current_locals() {
        Some(l) => Ok(Value::Obj(l)),
        None => Err(vm.new_exc(ExcKind::SystemError, "frame does not exist")),
    }
}

fn eval(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "eval", args, 1, 3)?;
    if let Some(code) = compile::code_of(vm, args[0]) {
        let (globals, locals) = eval_namespaces(vm, args, kwargs, "eval")?;
        return vm.run_code(code, globals, locals);
    }
    let src = source_text(vm, args[0], "eval")?;
    let src = src.trim_start_matches([' ', '\t']).to_string();
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
    // `exec(source, globals=None, locals=None, /, *, closure=None)`.
    let names = ["", "", "", "closure"];
    let [.., closure] = crate::vm::args::bind_args(vm, "exec", args, kwargs, names, 3, 1)?;
    if closure.is_some_and(|c| c != Value::None) {
        return Err(vm.new_exc(ExcKind::TypeError, "closure can only be used when source is a code object"));
    }
    if let Some(code) = compile::code_of(vm, args[0]) {
        let (globals, locals) = eval_namespaces(vm, args, kwargs, "exec")?;
        let v = vm.run_code(code, globals, locals)?;
        vm.decref(v);
        return Ok(Value::None);
    }
    let src = source_text(vm, args[0], "exec")?;
    let (globals, locals) = eval_namespaces(vm, args, kwargs, "exec")?;
    let module = match reap_lang::check_module(&src, "<string>") {
        Ok(m) => m,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    let v = vm.run_module_ast(&module, &src, "<string>", globals, locals)?;
    vm.decref(v);
    Ok(Value::None)
}

/// The text of `eval`'s or `exec`'s source: a str, or bytes-like source decoded as a file's
/// (UTF-8 or the encoding its PEP 263 comment declares).
fn source_text(vm: &mut Vm, v: Value, fname: &str) -> PyResult<String> {
    let text = match vm.str_of(v) {
        Some(s) => s.to_string(),
        None => {
            let Some(bytes) = crate::types::bytes::bytes_of(vm, v) else {
                let msg = format!("{fname}() arg 1 must be a string, bytes or code object");
                return Err(vm.new_exc(ExcKind::TypeError, &msg));
            };
            if bytes.contains(&0) {
                refuse_null_bytes(vm, "\0")?;
            }
            match reap_lang::decode_source_with(
                &bytes,
                "<string>",
                reap_lang::SourceKind::Bytes,
                &vm.slots.source_decoder,
            ) {
                Ok(t) => t,
                Err(e) => return Err(vm.syntax_error(&e)),
            }
        }
    };
    refuse_null_bytes(vm, &text)?;
    Ok(text)
}

/// Source given as a string may not hold a NUL (CPython's error has no location: the
/// string is refused before it is read).
pub(crate) fn refuse_null_bytes(vm: &mut Vm, src: &str) -> PyResult<()> {
    if !src.contains('\0') {
        return Ok(());
    }
    // Made by the class, so that its `msg` is set as for any SyntaxError a script makes.
    let cls = Value::Obj(vm.exc_type(ExcKind::SyntaxError));
    let msg = vm.new_str("source code string cannot contain null bytes".to_string());
    let made = vm.call(cls, &[msg], &[]);
    vm.decref(msg);
    match made?.as_obj() {
        Some(e) => Err(e),
        None => Err(vm.new_exc(ExcKind::SystemError, "SyntaxError() made no exception")),
    }
}

fn import_builtin(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let [name, globals, _, fromlist, level] =
        crate::vm::args::bind_args(vm, "__import__", args, kwargs, names, 5, 1)?;
    let name_value = name.unwrap_or(Value::None);
    let Some(name) = vm.str_of(name_value).map(str::to_string) else {
        return Err(vm.new_exc(ExcKind::TypeError, "module name must be a string"));
    };
    let level = match level {
        Some(l) => crate::vm::args::index_arg(vm, l)?,
        None => 0.into(),
    };
    let Some(level) = num_traits::ToPrimitive::to_u32(&level) else {
        return Err(vm.new_exc(ExcKind::ValueError, "level must be >= 0"));
    };
    if name.is_empty() && level == 0 {
        return Err(vm.new_exc(ExcKind::ValueError, "Empty module name"));
    }
    // A relative import is resolved against the globals given; otherwise the importing code
    // is the caller (a host's import restrictions judge it by its module).
    let given = globals.and_then(Value::as_obj).filter(|&g| matches!(vm.heap.get(g), Object::Dict(_)));
    let globals = given.or_else(|| vm.frames.current_globals()).unwrap_or(vm.builtins);
    // Any true iterable is a fromlist (`fromlist=['join']`); the import machinery reads a tuple.
    let fromlist = match fromlist {
        Some(f) if vm.truthy(f)? => {
            let items = vm.iterate_to_vec(f)?;
            vm.new_tuple(items)
        }
        _ => Value::None,
    };
    let r = vm.import(&name, level, fromlist, globals);
    vm.decref(fromlist);
    r
}
