//! `Interpreter`: one interpreter, owning its heap, running scripts, source strings and REPL
//! entries, and ending with CPython's shutdown sequence when dropped.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::modules::module_spec;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;
use crate::vm::Vm;

/// `__main__`'s name for code typed at the REPL: it has no `__file__`, unlike a pipe's.
const INTERACTIVE: &str = "<interactive>";

/// An interpreter: its own heap, modules and state. Nothing is shared between interpreters.
pub struct Interpreter {
    pub(crate) vm: Vm,
    /// `__main__`'s globals, once made (a reference of ours, until shutdown).
    pub(crate) main: Option<crate::heap::ObjId>,
    /// Set by `crate::embed::Builder`: the host's limits and output buffers.
    pub(crate) embed: Option<crate::embed::Embedding>,
}

/// What became of an entry typed at the REPL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interactive {
    /// Ran (its errors printed).
    Done,
    /// Not a complete statement yet: more lines are needed.
    Incomplete,
    /// `SystemExit` was raised: leave with this status.
    Exit(i32),
}

impl Default for Interpreter {
    fn default() -> Self {
        Self::new()
    }
}

/// Dropping an interpreter runs its shutdown sequence (if a script has not already: `atexit`
/// handlers, live finalizers, module globals) and then frees every object it made.
impl Drop for Interpreter {
    fn drop(&mut self) {
        self.take_apart(true);
    }
}

/// A VM with the builtin types, functions and modules installed.
fn set_up_vm() -> Vm {
    let mut vm = Vm::new();
    crate::types::install_slots(&mut vm);
    crate::modules::install_all(&mut vm);
    vm.builtins_installed();
    vm
}

impl Interpreter {
    /// An interpreter as `python3` starts one: output to the process's stdout (block-buffered
    /// when it is not a terminal) and stderr, files and every module allowed, no limits. The
    /// same as `crate::embed::Builder::standalone().build()`; [`crate::embed::Builder`] configures one.
    ///
    /// From the second interpreter of a process on, its VM is a copy of one set up once (see
    /// `vm/image.rs`): several times cheaper than building the builtin types and modules
    /// again, for a host that makes many interpreters, at the price of keeping that one VM for
    /// the life of the process. The first is built directly: the `reap` command makes no other.
    pub fn new() -> Interpreter {
        static IMAGE: Mutex<Option<Vm>> = Mutex::new(None);
        static FIRST_MADE: AtomicBool = AtomicBool::new(false);
        if !FIRST_MADE.swap(true, Ordering::Relaxed) {
            return Interpreter { vm: set_up_vm(), main: None, embed: None };
        }
        let mut image = IMAGE.lock().unwrap_or_else(PoisonError::into_inner);
        let image = image.get_or_insert_with(|| {
            let mut vm = set_up_vm();
            vm.interner.freeze();
            vm
        });
        let vm = image.duplicate().unwrap_or_else(set_up_vm);
        Interpreter { vm, main: None, embed: None }
    }

    /// Runs a script as `__main__`, as `python FILE args...` does, then the shutdown sequence,
    /// and returns the exit status. Errors are printed to stderr in CPython's format.
    pub fn run_main(&mut self, path: &Path, source: &[u8], argv: &[String]) -> i32 {
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let file = abs.to_string_lossy().to_string();
        let dir = abs.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
        let status = self.run_source(&file, source, argv, &dir);
        self.shutdown();
        status
    }

    /// Runs source as `__main__` under the name `filename` (`"<string>"` for `-c`,
    /// `"<stdin>"` for a pipe), with `sys.argv` and `sys.path[0]` as given, and returns the exit
    /// status; the interpreter stays up (see [`Interpreter::shutdown`]).
    pub fn run_source(&mut self, filename: &str, source: &[u8], argv: &[String], path0: &str) -> i32 {
        self.set_sys(argv, path0);
        let globals = self.main_globals(filename);
        let status = match self.vm.exec_source(source, filename, globals) {
            Ok(()) => 0,
            Err(e) => self.report_uncaught(e),
        };
        self.vm.run_doomed();
        self.vm.flush();
        status
    }

    /// Makes `__main__` as an interactive session has it (no `__file__`), with `sys.argv`
    /// `['']` and the current folder first on `sys.path`: the REPL's start.
    pub fn start_interactive(&mut self) {
        self.set_sys(&[String::new()], "");
        self.main_globals(INTERACTIVE);
    }

    /// Runs one entry typed at the REPL in `__main__`: its expression statements print their
    /// values (kept in `_`), errors are printed. `Incomplete` asks for more lines; as at
    /// CPython's prompt, a blank last line ends a block, so a block still incomplete then (a
    /// `try` without `except`) is an error, while open brackets or strings go on.
    pub fn run_interactive(&mut self, source: &str) -> Interactive {
        let ended = source.trim_end_matches([' ', '\t']).ends_with("\n\n");
        let module = match reap_lang::check_module(source, "<stdin>") {
            Ok(m) => m,
            Err(e) if e.incomplete && (e.open.is_some() || !ended) => return Interactive::Incomplete,
            Err(mut e) => {
                if e.incomplete {
                    // CPython reports it at the blank line that ended the entry.
                    let blank = source.trim_end_matches([' ', '\t']).lines().count() as u32;
                    (e.lineno, e.offset, e.end_lineno, e.end_offset) = (blank, 1, blank, 1);
                    e.text = Some("\n".to_string());
                }
                self.vm.flush();
                let _ = std::io::Write::write_all(&mut self.vm.io.err, e.render().as_bytes());
                return Interactive::Done;
            }
        };
        let globals = self.main_globals(INTERACTIVE);
        let r = self.vm.run_module_ast_mode(&module, source, "<stdin>", globals, globals, true);
        let result = match r {
            Ok(v) => {
                self.vm.decref(v);
                Interactive::Done
            }
            Err(e) if self.vm.isinstance(Value::Obj(e), self.vm.exc_type(ExcKind::SystemExit)) => {
                Interactive::Exit(self.report_uncaught(e))
            }
            Err(e) => {
                self.report_uncaught(e);
                Interactive::Done
            }
        };
        self.vm.run_doomed();
        self.vm.flush();
        result
    }

    /// The names of `__main__` and the builtins, for the REPL's completion: those that name
    /// something callable end with `(`, as CPython's `rlcompleter` offers them.
    pub fn main_names(&mut self) -> Vec<String> {
        let globals = self.main_globals(INTERACTIVE);
        let mut names = self.completions_in(globals);
        names.extend(self.completions_in(self.vm.builtins));
        names
    }

    fn completions_in(&self, dict: crate::value::ObjId) -> Vec<String> {
        let Object::Dict(t) = self.vm.heap.get(dict) else { return Vec::new() };
        t.iter()
            .filter_map(|(_, e)| {
                let name = self.vm.str_of(e.key)?;
                Some(format!("{name}{}", call_postfix(&self.vm, e.value)))
            })
            .collect()
    }

    /// `dir()` of what a dotted name (`os.path`, `obj`) names in `__main__`, for completing
    /// attributes (those callable ending with `(`); empty if it names nothing. Properties of
    /// the object's class are listed without being run.
    pub fn attribute_names(&mut self, dotted: &str) -> Vec<String> {
        let globals = self.main_globals(INTERACTIVE);
        let mut parts = dotted.split('.');
        let Some(first) = parts.next() else { return Vec::new() };
        let vm = &mut self.vm;
        let Some(mut obj) = vm.dict_get_str(globals, first).or_else(|| vm.dict_get_str(vm.builtins, first))
        else {
            return Vec::new();
        };
        vm.incref(obj);
        for part in parts {
            let name = vm.intern(part);
            let next = vm.getattr(obj, name);
            vm.decref_id(name);
            vm.decref(obj);
            match next {
                Ok(v) => obj = v,
                Err(e) => {
                    vm.decref_id(e);
                    return Vec::new();
                }
            }
        }
        let dir = vm.dict_get_str(vm.builtins, "dir");
        let listed = match dir {
            Some(d) => vm.call(d, &[obj], &[]),
            None => Ok(Value::None),
        };
        let names: Vec<String> = match listed {
            Ok(l) => {
                let names = match l.as_obj().map(|id| vm.heap.get(id)) {
                    Some(Object::List(items)) => {
                        items.iter().filter_map(|&v| vm.str_of(v).map(str::to_string)).collect()
                    }
                    _ => Vec::new(),
                };
                vm.decref(l);
                names
            }
            Err(e) => {
                vm.decref_id(e);
                Vec::new()
            }
        };
        let class = vm.type_of(obj);
        let names = names
            .into_iter()
            .map(|n| {
                let name = vm.intern(&n);
                // A property is not run to see whether its value is callable, as in 3.11's
                // `rlcompleter`: completing must not have effects.
                let described =
                    vm.lookup_in_mro(class, name).and_then(|d| d.as_obj()).map(|d| vm.heap.get(d));
                if matches!(described, Some(Object::Property { .. })) {
                    vm.decref_id(name);
                    return n;
                }
                let value = vm.getattr(obj, name);
                vm.decref_id(name);
                match value {
                    Ok(v) => {
                        let postfix = call_postfix(vm, v);
                        vm.decref(v);
                        format!("{n}{postfix}")
                    }
                    Err(e) => {
                        vm.decref_id(e);
                        n
                    }
                }
            })
            .collect();
        vm.decref(obj);
        vm.run_doomed();
        names
    }

    /// Modules that `import` can find: those built in and the `.py` files beside the script.
    pub fn module_names(&self) -> Vec<String> {
        let mut names: Vec<String> = crate::modules::MODULE_NAMES.iter().map(|s| s.to_string()).collect();
        if let Ok(dir) = std::fs::read_dir(".") {
            for entry in dir.flatten() {
                let p = entry.path();
                if p.extension().is_some_and(|e| e == "py")
                    && let Some(stem) = p.file_stem().and_then(|s| s.to_str())
                {
                    names.push(stem.to_string());
                }
            }
        }
        names
    }

    /// Whether the shutdown could not flush a script's replacement for `sys.stdout` or
    /// `sys.stderr` (reported as an ignored exception): `python3` then exits with status 120.
    pub fn shutdown_flush_failed(&self) -> bool {
        self.vm.exit.flush_failed
    }

    /// `atexit` handlers, live finalizers and the module teardown, as at the end of a script.
    /// Runs once.
    pub fn shutdown(&mut self) {
        // Our hold on `__main__`'s globals goes first: at exit they die with the module.
        if let Some(g) = self.main.take() {
            self.vm.decref_id(g);
        }
        self.vm.shutdown();
    }

    /// How many objects the heap holds, not counting the immortal ones (interned names, code
    /// constants, builtin types): what a leak check compares before and after some work.
    ///
    /// ```
    /// let mut interp = reap_runtime::Interpreter::new();
    /// interp.exec("pass", "t.py").unwrap();
    /// let before = interp.live_objects();
    /// interp.exec("x = [[1, 2], {'a': (3, 4)}]\ndel x\n", "t.py").unwrap();
    /// assert_eq!(interp.live_objects(), before);
    /// ```
    pub fn live_objects(&self) -> usize {
        self.vm.heap.mortal_objects()
    }

    /// Takes the interpreter apart, as dropping it does (the shutdown sequence first, if it has
    /// not run), and lists what its heap still holds: the type name and reference count of each
    /// object that was not freed. A sound heap leaves nothing, which Reap's heap tests check
    /// for every script of its corpus.
    ///
    /// ```
    /// let mut interp = reap_runtime::Interpreter::new();
    /// interp.exec("class Node:\n    pass\na = Node()\na.me = a\n", "t.py").unwrap();
    /// assert_eq!(interp.teardown(), vec![]);
    /// ```
    pub fn teardown(mut self) -> Vec<(String, u32)> {
        self.take_apart(false);
        let vm = &self.vm;
        vm.heap
            .live()
            .filter(|&(id, _, _)| !vm.heap.is_immortal(id))
            .map(|(id, count, _)| (vm.type_name(Value::Obj(id)), count))
            .collect()
    }

    /// `quick`: when nothing would run at exit, skip the walk that frees each object (the heap
    /// goes with the VM): a drop, not a check that every object can be freed.
    fn take_apart(&mut self, quick: bool) {
        self.vm.release_handles();
        if quick && self.vm.ends_quietly() {
            // Nothing left to run: the heap goes with the VM, without being walked.
            self.vm.flush();
            return;
        }
        if self.embed.as_ref().is_some_and(|e| e.hosted) {
            self.shutdown_budget();
        }
        self.shutdown();
        self.vm.teardown();
    }

    /// `sys.argv` and `sys.path` for an embedded interpreter, and its `__main__`.
    pub(crate) fn prepare_main(&mut self, argv: &[String], path: &[String]) {
        self.set_sys(argv, "");
        let vm = &mut self.vm;
        if let Some(d) = vm.module_dict("sys") {
            let items: Vec<Value> = path.iter().map(|p| vm.new_str(p.clone())).collect();
            let l = vm.new_list(items);
            vm.dict_set_str(d, "path", l);
        }
        self.main_globals("<host>");
    }

    /// `__main__`'s globals (made on first use).
    pub(crate) fn globals_dict(&mut self) -> crate::heap::ObjId {
        self.main_globals("<host>")
    }

    /// `sys.path` as `[dir]`.
    pub(crate) fn set_sys_path(&mut self, dir: &str) {
        let vm = &mut self.vm;
        if let Some(d) = vm.module_dict("sys") {
            let dir = vm.new_str(dir);
            let path = vm.new_list(vec![dir]);
            vm.dict_set_str(d, "path", path);
        }
    }

    pub(crate) fn set_sys(&mut self, argv: &[String], path0: &str) {
        let vm = &mut self.vm;
        if let Some(d) = vm.module_dict("sys") {
            let args: Vec<Value> = argv.iter().map(|a| vm.new_str(a.clone())).collect();
            let l = vm.new_list(args);
            vm.dict_set_str(d, "argv", l);
            // The script's folder, then the folders the host (or PYTHONPATH) named.
            let (safe, extra) = self.embed.as_ref().map_or((false, &[][..]), |e| (e.safe_path, &e.path[..]));
            let first = (!safe).then(|| path0.to_string());
            let items: Vec<Value> =
                first.into_iter().chain(extra.iter().cloned()).map(|p| vm.new_str(p)).collect();
            let path = vm.new_list(items);
            vm.dict_set_str(d, "path", path);
        }
    }

    /// The globals of `__main__`, made on first use: for a script `file`, `<string>` (`-c`),
    /// `<stdin>` (a pipe), [`INTERACTIVE`] or `<host>`.
    pub(crate) fn main_globals(&mut self, file: &str) -> crate::heap::ObjId {
        if let Some(g) = self.main {
            return g;
        }
        let vm = &mut self.vm;
        // As in CPython: the import system first, then `__main__` with the `BuiltinImporter`
        // as its loader, then (running a file) the file's loader in its place. A host's own
        // `__main__` is not a script's: it has no loader, and creating an interpreter makes
        // none of the import system's classes.
        let script = file != "<host>";
        let builtin_importer = if script { module_spec::builtin_importer(vm) } else { Value::None };
        let globals = vm.new_dict();
        let name = vm.new_str("__main__");
        vm.dict_set_str(globals, "__name__", name);
        for key in ["__doc__", "__package__"] {
            vm.dict_set_str(globals, key, Value::None);
        }
        // The module is made before the globals hold anything the collector tracks (which
        // makes them tracked, as CPython's dicts): the collector then meets it first, and
        // what `__main__` holds is released at exit in CPython's order.
        let main = vm.alloc(Object::Module { name: "__main__".into(), dict: globals });
        let modules = vm.modules;
        vm.dict_set_str(modules, "__main__", main);
        if script {
            vm.dict_set_str(globals, "__loader__", builtin_importer);
        }
        vm.dict_set_str(globals, "__spec__", Value::None);
        let annotations = vm.new_dict();
        vm.dict_set_str(globals, "__annotations__", Value::Obj(annotations));
        let builtins = vm.dict_get_str(vm.modules, "builtins").unwrap_or(Value::None);
        vm.incref(builtins);
        vm.dict_set_str(globals, "__builtins__", builtins);
        if !file.starts_with('<') || file == "<stdin>" {
            let f = vm.new_str(file);
            vm.dict_set_str(globals, "__file__", f);
            vm.dict_set_str(globals, "__cached__", Value::None);
        }
        if !file.starts_with('<') {
            let loader = module_spec::file_loader(vm, "__main__", file);
            vm.dict_set_str(globals, "__loader__", loader);
        }
        // Held, so a script that removes `__main__` from `sys.modules` leaves the REPL a
        // namespace to run in.
        vm.heap.incref(globals);
        self.main = Some(globals);
        globals
    }

    /// Prints an uncaught exception as CPython does and gives the exit status it implies.
    pub(crate) fn report_uncaught(&mut self, e: crate::heap::ObjId) -> i32 {
        let vm = &mut self.vm;
        vm.flush();
        let exc = Value::Obj(e);
        if vm.isinstance(exc, vm.exc_type(ExcKind::SystemExit)) {
            let code = vm.system_exit_code(e);
            let status = match code {
                Value::None => 0,
                // CPython reads the status as a C long (-1 when it does not fit) cast to int.
                v if vm.is_int(v) => vm.as_i64(v).unwrap_or(-1) as i32,
                v => {
                    let s = vm.str(v).unwrap_or_default();
                    let _ = std::io::Write::write_all(&mut vm.io.err, format!("{s}\n").as_bytes());
                    1
                }
            };
            vm.decref(code);
            vm.decref_id(e);
            return status;
        }
        // As CPython's `PyErr_Print`: the exception stays reachable as `sys.last_value` (its
        // traceback keeps the frames' variables) until `sys` is cleared at shutdown, after the
        // `atexit` handlers ran.
        set_sys_last(vm, e);
        // A syntax error found while compiling prints as the front end renders it.
        let rendered = match vm.heap.get(e) {
            Object::Instance(_) => {
                vm.instance_attr_str(e, "__reap_rendered__").and_then(|r| vm.str_of(r).map(str::to_string))
            }
            _ => None,
        };
        // A script's own `sys.excepthook` gets the exception instead.
        if has_custom_excepthook(vm) {
            vm.excepthook(e);
            return 1;
        }
        let text = match rendered {
            Some(r) if !has_traceback(vm, e) => r,
            _ => vm.format_exception(e),
        };
        let _ = std::io::Write::write_all(&mut vm.io.err, text.as_bytes());
        // An uncaught KeyboardInterrupt ends the process as SIGINT would (128 + 2).
        let status = if vm.isinstance(exc, vm.exc_type(ExcKind::KeyboardInterrupt)) { 130 } else { 1 };
        vm.decref_id(e);
        status
    }
}

/// Whether a script replaced `sys.excepthook`.
fn has_custom_excepthook(vm: &Vm) -> bool {
    let Some(d) = vm.module_dict("sys") else { return false };
    match (vm.dict_get_str(d, "excepthook"), vm.dict_get_str(d, "__excepthook__")) {
        (Some(hook), Some(original)) => !hook.is(original),
        _ => false,
    }
}

fn has_traceback(vm: &Vm, e: crate::heap::ObjId) -> bool {
    matches!(vm.heap.get(e), Object::Instance(i) if i.exc().is_some_and(|x| !x.traceback.is_empty()))
}

/// `sys.last_type`, `sys.last_value` and `sys.last_traceback`: the uncaught exception just
/// reported (borrowed).
fn set_sys_last(vm: &mut Vm, e: crate::heap::ObjId) {
    let Some(sys) = vm.module_dict("sys") else { return };
    vm.store_exc_info(sys, e, ["last_type", "last_value", "last_traceback"]);
}

/// What `rlcompleter` puts after a completed name: `(` for a callable, `()` for one that
/// takes no arguments.
fn call_postfix(vm: &crate::vm::Vm, v: Value) -> &'static str {
    if !vm.callable(v) {
        return "";
    }
    let no_parameters = |f: Value, bound: u32| match f.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Function(f)) => {
            let c = &f.code;
            c.argcount == bound && c.kwonlyargcount == 0 && !c.flags.varargs && !c.flags.varkw
        }
        _ => false,
    };
    let none = match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Function(_)) => no_parameters(v, 0),
        Some(&Object::BoundMethod { func, .. }) => no_parameters(func, 1),
        Some(Object::Type(t)) if t.layout == crate::object::Layout::Object && t.module != "builtins" => {
            let cls = v.as_obj().unwrap_or(vm.builtins);
            let user = |name| {
                vm.lookup_in_mro(cls, name)
                    .filter(|f| matches!(f.as_obj().map(|id| vm.heap.get(id)), Some(Object::Function(_))))
            };
            match (user(vm.common.init), user(vm.common.new)) {
                (None, None) => true,
                (Some(init), None) => no_parameters(init, 1),
                _ => false,
            }
        }
        _ => false,
    };
    if none { "()" } else { "(" }
}
