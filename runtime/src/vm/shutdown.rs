//! What happens when an interpreter ends, in CPython's order (`Py_FinalizeEx`): `atexit`
//! handlers (the finalizers' exit hook among them), a collection, the modules removed from
//! `sys.modules` and collected, then the modules still alive wiped and collected again. So the
//! `__del__` methods and weak reference callbacks of objects alive at exit run as in CPython.

use crate::object::{Object, WeakKind};
use crate::value::Value;
use crate::vm::Vm;

/// The end of an interpreter's life, as a part of the VM.
#[derive(Default)]
pub struct ExitState {
    /// `atexit` handlers, oldest first: (function, args tuple, kwargs dict or None), owned;
    /// `None` where one was unregistered or has run.
    pub(crate) handlers: Vec<Option<(Value, Value, Value)>>,
    /// Shutdown has removed the modules: tracebacks print no source lines any more.
    pub(crate) finalizing_modules: bool,
    /// The shutdown sequence ran (it runs once).
    pub(crate) done: bool,
    /// Flushing a script's replacement for `sys.stdout` or `sys.stderr` at exit failed:
    /// CPython then exits with status 120.
    pub(crate) flush_failed: bool,
}

impl Vm {
    /// Drops the registry's references to the finalizers still alive; they will not run at exit
    /// any more (their exit pass is over) but stay alive while something else holds them.
    pub(crate) fn release_finalizer_registry(&mut self) {
        for f in self.finalize.reset() {
            self.decref_id(f);
            self.run_doomed();
        }
    }

    /// Runs once; later calls do nothing.
    pub fn shutdown(&mut self) {
        if self.exit.done {
            return;
        }
        self.exit.done = true;
        self.run_doomed();
        self.dealloc.cause = crate::vm::finalizer_trace::Cause::Exit;
        self.run_atexit();
        self.flush_std_streams();
        self.flush();
        if self.heap.gc.enabled {
            self.collect(2);
        }

        self.delete_special_sys_names();

        // Every module but `sys` and `builtins` leaves `sys.modules`; weak references tell
        // which survive that.
        let modules = self.modules;
        let entries: Vec<(Value, Value)> = match self.heap.get(modules) {
            Object::Dict(t) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        let mut survivors = Vec::new();
        for (k, m) in entries {
            let name = self.str_of(k).unwrap_or("").to_string();
            if name == "sys" || name == "builtins" {
                continue;
            }
            if let Some(id) = m.as_obj()
                && matches!(self.heap.get(id), Object::Module { .. })
            {
                let w = self.heap.alloc(Object::WeakRef(crate::object::WeakRef {
                    referent: Some(id),
                    callback: Value::None,
                    hash: None,
                    kind: WeakKind::Ref,
                    owner: None,
                }));
                self.link_weakref(id, w, true);
                survivors.push(w);
            }
            self.dict_del_str(modules, &name);
        }
        // The finalizers' registry lives in the `weakref` module in CPython, which has just left
        // `sys.modules`: from here it holds the finalizers no more than any other module's data
        // does, so a finalizer (and what its callback keeps alive, a module's namespace among
        // them) dies with the cycles it is part of, while `print` and the rest still exist.
        self.release_finalizer_registry();
        self.exit.finalizing_modules = true;
        self.run_doomed();
        self.restore_builtins();
        self.collect(2);

        // Modules imported later are wiped first: names with one leading underscore, then the
        // rest, set to None (`_PyModule_ClearDict`).
        for &w in survivors.iter().rev() {
            let Some(m) = crate::vm::weakref::referent(self, w) else { continue };
            let Object::Module { dict, .. } = self.heap.get(m) else { continue };
            let dict = *dict;
            self.heap.incref(m);
            for underscored in [true, false] {
                let keys: Vec<Value> = match self.heap.get(dict) {
                    Object::Dict(t) => t.iter().map(|(_, e)| e.key).collect(),
                    _ => Vec::new(),
                };
                for k in keys {
                    let Some(name) = self.str_of(k).map(str::to_string) else { continue };
                    let single = name.starts_with('_') && !name.starts_with("__");
                    if (underscored && !single) || name == "__builtins__" {
                        continue;
                    }
                    self.dict_set_str(dict, &name, Value::None);
                    self.run_doomed();
                }
            }
            self.decref_id(m);
        }
        for w in survivors {
            self.decref_id(w);
        }
        self.run_doomed();
        self.collect(2);
        self.flush();
    }
}

impl Vm {
    /// Runs the handlers registered so far, newest first; those registered meanwhile do not
    /// run. An exception is reported and the rest still run.
    pub fn run_atexit(&mut self) {
        let n = self.exit.handlers.len();
        for i in (0..n).rev() {
            let Some((f, a, k)) = self.exit.handlers.get_mut(i).and_then(Option::take) else { continue };
            match self.call_packed(f, a, k) {
                Ok(v) => self.decref(v),
                Err(e) => self.write_unraisable(e, "Exception ignored in atexit callback", f),
            }
            self.decref(f);
            self.decref(a);
            self.decref(k);
            self.run_doomed();
        }
        for (f, a, k) in std::mem::take(&mut self.exit.handlers).into_iter().flatten() {
            self.decref(f);
            self.decref(a);
            self.decref(k);
        }
    }
}

impl Vm {
    /// The first step of CPython's `finalize_modules`: `builtins._` and the `sys` attributes
    /// that hold on to the program's objects are set to None, so an uncaught exception kept as
    /// `sys.last_value` (and the frames its traceback holds) dies before the modules go.
    fn delete_special_sys_names(&mut self) {
        // First the REPL's last value, `builtins._`, whose finalizer still needs the builtins.
        let builtins = self.builtins;
        if self.dict_get_str(builtins, "_").is_some() {
            self.dict_set_str(builtins, "_", Value::None);
            self.run_doomed();
        }
        const NAMES: &[&str] = &[
            "path",
            "argv",
            "ps1",
            "ps2",
            "last_type",
            "last_value",
            "last_traceback",
            "path_hooks",
            "path_importer_cache",
            "meta_path",
            "__interactivehook__",
        ];
        let Some(sys) = self.module_dict("sys") else { return };
        for name in NAMES {
            self.dict_set_str(sys, name, Value::None);
            self.run_doomed();
        }
        // The standard streams the program started with come back, so that finalizers print
        // where they would have (a script may have set `sys.stdout = None`).
        for (name, original) in [("stdin", "__stdin__"), ("stdout", "__stdout__"), ("stderr", "__stderr__")] {
            let v = self.dict_get_str(sys, original).unwrap_or(Value::None);
            self.incref(v);
            self.dict_set_str(sys, name, v);
            self.run_doomed();
        }
    }

    /// CPython's `flush_std_files`: a script's own `sys.stdout` (and `sys.stderr`) is flushed
    /// unless it says it is closed; a failure is reported (stdout's) and remembered for the
    /// exit status. The interpreter's own streams are flushed with its output.
    fn flush_std_streams(&mut self) {
        let Some(sys) = self.module_dict("sys") else { return };
        for (name, original, report) in [("stdout", "__stdout__", true), ("stderr", "__stderr__", false)] {
            let Some(stream) = self.dict_get_str(sys, name) else { continue };
            if stream == Value::None || self.dict_get_str(sys, original).is_some_and(|o| o.is(stream)) {
                continue;
            }
            let stream = self.share(stream);
            let closed = match self.getattr_str(stream, "closed") {
                Ok(c) => {
                    let b = self.truthy(c).unwrap_or_else(|e| {
                        self.decref_id(e);
                        false
                    });
                    self.decref(c);
                    b
                }
                Err(e) => {
                    self.decref_id(e);
                    false
                }
            };
            if !closed {
                let flushed = self.getattr_str(stream, "flush").and_then(|f| {
                    let r = self.call(f, &[], &[]);
                    self.decref(f);
                    r
                });
                match flushed {
                    Ok(v) => self.decref(v),
                    Err(e) => {
                        self.exit.flush_failed = true;
                        if report {
                            self.write_unraisable(e, "Exception ignored in", stream);
                        } else {
                            self.decref_id(e);
                        }
                    }
                }
            }
            self.decref(stream);
        }
    }

    /// CPython's `finalize_restore_builtins`: the builtins go back to what they were when the
    /// interpreter started, before `site` and `io` added to them. What the program added or
    /// replaced goes (and may die now), and so do `open`, `exit`, `quit`, `help` and the
    /// other names added at start-up: a finalizer that runs later finds no `open`.
    fn restore_builtins(&mut self) {
        const ADDED_AT_START: &[&str] = &["open", "exit", "quit", "help", "copyright", "credits", "license"];
        let b = self.builtins;
        let entries: Vec<(Value, Value)> = match self.heap.get(b) {
            Object::Dict(t) => t.iter().map(|(_, e)| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (k, v) in entries {
            let Some(name) = self.str_of(k).map(str::to_string) else { continue };
            // The runtime's own are its types (immortal) and its functions under their names.
            let own = match v.as_obj() {
                None => true,
                Some(id) => {
                    self.heap.is_immortal(id)
                        || matches!(self.heap.get(id), Object::Builtin(f) if f.receiver.is_none() && f.name == name)
                }
            };
            let programs = !own && !name.starts_with("__");
            if programs || ADDED_AT_START.contains(&name.as_str()) {
                self.dict_del_str(b, &name);
                self.run_doomed();
            }
        }
    }
}
