//! Reap's runtime: a reference-counted heap that each interpreter owns, a compiler from the
//! front end's AST to bytecode, the VM that runs it, the object model and builtins.
//!
//! Start reading at [`Interpreter`], then `vm/eval.rs` (the loop) and `heap/mod.rs` (ownership).

pub mod builtins;
pub mod compiler;
pub mod heap;
pub mod object;
pub mod value;
pub mod vm;

use std::path::Path;

pub use reap_lang as lang;

use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// An interpreter: its own heap, modules and state. Nothing is shared between interpreters.
pub struct Interpreter {
    pub vm: Vm,
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
        self.vm.teardown();
    }
}

impl Interpreter {
    pub fn new() -> Interpreter {
        Interpreter { vm: Vm::new() }
    }

    /// Runs a script as `__main__`, as `python FILE args...` does, and returns the exit status.
    /// Errors are printed to stderr in CPython's format.
    pub fn run_main(&mut self, path: &Path, source: &[u8], argv: &[String]) -> i32 {
        let vm = &mut self.vm;
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let file = abs.to_string_lossy().to_string();
        if let Some(sys) = vm.dict_get_str(vm.modules, "sys")
            && let Some(Object::Module { dict, .. }) = sys.as_obj().map(|id| vm.heap.get(id))
        {
            let d = *dict;
            let args: Vec<Value> = argv.iter().map(|a| vm.new_str(a.clone())).collect();
            let l = vm.new_list(args);
            vm.dict_set_str(d, "argv", l);
            let dir = abs.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            let dir = vm.new_str(dir);
            let path = vm.new_list(vec![dir]);
            vm.dict_set_str(d, "path", path);
        }
        let globals = vm.new_dict();
        let name = vm.new_str("__main__");
        vm.dict_set_str(globals, "__name__", name);
        let f = vm.new_str(file.clone());
        vm.dict_set_str(globals, "__file__", f);
        let main = vm.alloc(Object::Module { name: "__main__".into(), dict: globals });
        let modules = vm.modules;
        vm.dict_set_str(modules, "__main__", main);
        let status = match vm.exec_source(source, &file, globals) {
            Ok(()) => 0,
            Err(e) => self.report_uncaught(e),
        };
        self.vm.flush();
        self.vm.shutdown();
        status
    }

    /// Prints an uncaught exception as CPython does and gives the exit status it implies.
    fn report_uncaught(&mut self, e: heap::ObjId) -> i32 {
        let vm = &mut self.vm;
        vm.flush();
        let exc = Value::Obj(e);
        if vm.isinstance(exc, vm.exc_type("SystemExit")) {
            let args = match vm.heap.get(e) {
                Object::Instance(i) => i.exc.as_ref().map(|x| x.args),
                _ => None,
            };
            let code = match args.and_then(|a| a.as_obj()).map(|a| vm.heap.get(a)) {
                Some(Object::Tuple(t)) if t.len() == 1 => t[0],
                Some(Object::Tuple(t)) if t.len() > 1 => args.unwrap_or(Value::None),
                _ => Value::None,
            };
            let status = match code {
                Value::None => 0,
                v if vm.is_int(v) => vm.as_i64(v).unwrap_or(1) as i32,
                v => {
                    let s = vm.str(v).unwrap_or_default();
                    let _ = std::io::Write::write_all(&mut vm.err, format!("{s}\n").as_bytes());
                    1
                }
            };
            vm.decref_id(e);
            return status;
        }
        // A syntax error found while compiling prints as the front end renders it.
        let rendered = match vm.heap.get(e) {
            Object::Instance(i) => i
                .dict
                .and_then(|d| vm.dict_get_str(d, "__reap_rendered__"))
                .and_then(|r| vm.str_of(r).map(str::to_string)),
            _ => None,
        };
        // A script's own `sys.excepthook` gets the exception instead.
        if let Some(hook) = custom_excepthook(vm) {
            let t = Value::Obj(vm.type_of(exc));
            vm.incref(t);
            let r = vm.call(hook, &[t, exc, Value::None], &[]);
            vm.decref(t);
            vm.decref(hook);
            match r {
                Ok(v) => vm.decref(v),
                Err(he) => {
                    let text = format!(
                        "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                        vm.format_exception(he),
                        vm.format_exception(e)
                    );
                    let _ = std::io::Write::write_all(&mut vm.err, text.as_bytes());
                    vm.decref_id(he);
                }
            }
            vm.decref_id(e);
            return 1;
        }
        let text = match rendered {
            Some(r) if !has_traceback(vm, e) => r,
            _ => vm.format_exception(e),
        };
        let _ = std::io::Write::write_all(&mut vm.err, text.as_bytes());
        vm.decref_id(e);
        1
    }
}

/// `sys.excepthook` if a script replaced it (a new reference).
fn custom_excepthook(vm: &mut Vm) -> Option<Value> {
    let sys = vm.dict_get_str(vm.modules, "sys")?;
    let Some(Object::Module { dict, .. }) = sys.as_obj().map(|id| vm.heap.get(id)) else { return None };
    let d = *dict;
    let hook = vm.dict_get_str(d, "excepthook")?;
    let original = vm.dict_get_str(d, "__excepthook__")?;
    if hook.is(original) {
        return None;
    }
    Some(vm.share(hook))
}

fn has_traceback(vm: &Vm, e: heap::ObjId) -> bool {
    matches!(vm.heap.get(e), Object::Instance(i) if i.exc.as_ref().is_some_and(|x| !x.traceback.is_empty()))
}
