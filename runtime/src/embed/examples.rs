//! Running examples as `doctest` does: each in a namespace the host keeps (not `__main__`'s),
//! compiled under a name of the host's choosing (`<doctest NAME[i]>`) as a REPL entry whose
//! expression values are echoed through `sys.displayhook`, with the source kept so that
//! tracebacks show its lines. What went wrong comes back as text, for the host to compare.

use std::sync::Arc;

use super::interpreter::Interpreter;
use crate::heap::ObjId;
use crate::object::exc_kind::ExcKind;
use crate::value::Value;

/// A namespace examples run in, held by the host until [`Interpreter::release_namespace`].
#[derive(Debug)]
pub struct Namespace(ObjId);

/// How an example ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExampleOutcome {
    Ran,
    /// It raised: `last` is the exception's last line (`ValueError: bad\n`; for a syntax
    /// error, the `SyntaxError: msg` line alone), `traceback` what CPython would print for it.
    Raised {
        last: String,
        traceback: String,
    },
}

impl Interpreter {
    /// Imports module `name` (with `dir` alone on `sys.path`); on failure, the traceback.
    pub fn import_module(&mut self, name: &str, dir: &str) -> Result<(), String> {
        self.set_sys_path(dir);
        let globals = self.vm.new_dict();
        let r = self.vm.import(name, 0, Value::None, globals);
        self.vm.decref_id(globals);
        let r = match r {
            Ok(m) => {
                self.vm.decref(m);
                Ok(())
            }
            Err(e) => {
                let text = self.vm.format_exception(e);
                self.vm.decref_id(e);
                Err(text)
            }
        };
        self.vm.run_doomed();
        self.vm.flush();
        r
    }

    /// A fresh namespace: a copy of the globals of the imported module `module`, or one
    /// holding only `__name__ = '__main__'`, as doctest makes them.
    pub fn new_namespace(&mut self, module: Option<&str>) -> Namespace {
        let vm = &mut self.vm;
        if let Some(d) = module.and_then(|m| vm.module_dict(m))
            && let Ok(Value::Obj(copy)) = vm.dict_copy(Value::Obj(d))
        {
            return Namespace(copy);
        }
        let globals = vm.new_dict();
        let name = vm.new_str("__main__");
        vm.dict_set_str(globals, "__name__", name);
        Namespace(globals)
    }

    /// Runs one example's source in `ns` under `filename`.
    pub fn run_example(&mut self, ns: &Namespace, source: &str, filename: &str) -> ExampleOutcome {
        let r = match reap_lang::check_module(source, filename) {
            Ok(module) => {
                // Tracebacks show an example's lines, as doctest's patched `linecache` does.
                self.vm.io.sources.insert(Arc::from(filename), Arc::from(source));
                self.vm
                    .run_module_ast_mode(&module, source, filename, ns.0, ns.0, true)
                    .map(|v| self.vm.decref(v))
            }
            Err(e) => Err(self.vm.syntax_error(&e)),
        };
        let outcome = match r {
            Ok(()) => ExampleOutcome::Ran,
            Err(e) => {
                let outcome = self.describe(e);
                self.vm.decref_id(e);
                outcome
            }
        };
        self.vm.run_doomed();
        self.vm.flush();
        outcome
    }

    /// Empties a namespace and lets it go, and `builtins._` with it, as doctest does after
    /// each docstring's examples (finalizers of what they made run now).
    pub fn release_namespace(&mut self, ns: Namespace) {
        let vm = &mut self.vm;
        let clear = vm.intern("clear");
        match vm.getattr(Value::Obj(ns.0), clear) {
            Ok(f) => {
                match vm.call(f, &[], &[]) {
                    Ok(v) => vm.decref(v),
                    Err(e) => vm.decref_id(e),
                }
                vm.decref(f);
            }
            Err(e) => vm.decref_id(e),
        }
        vm.decref_id(clear);
        let b = vm.builtins;
        vm.dict_set_str(b, "_", Value::None);
        vm.decref_id(ns.0);
        vm.run_doomed();
        vm.flush();
    }

    fn describe(&mut self, e: ObjId) -> ExampleOutcome {
        let vm = &mut self.vm;
        let syntax = vm.isinstance(Value::Obj(e), vm.exc_type(ExcKind::SyntaxError));
        let rendered =
            vm.instance_attr_str(e, "__reap_rendered__").and_then(|r| vm.str_of(r).map(str::to_string));
        let traced = matches!(vm.heap.get(e), crate::object::Object::Instance(i)
            if i.exc().is_some_and(|x| !x.traceback.is_empty()));
        let mut traceback = match rendered {
            Some(r) if !traced => r,
            _ => vm.format_exception(e),
        };
        // A compile error has no frames of its own, but CPython's comes through doctest's
        // `exec(compile(...))` and so prints under the header.
        if !traceback.starts_with("Traceback (most recent call last):\n")
            && !traceback.contains("\nTraceback")
        {
            traceback.insert_str(0, "Traceback (most recent call last):\n");
        }
        let last = if syntax {
            // Only the message line counts for a syntax error, not where it points.
            let kind = vm.type_name(Value::Obj(e));
            let msg = vm.instance_attr_str(e, "msg").and_then(|m| vm.str_of(m).map(str::to_string));
            match msg {
                Some(m) => format!("{kind}: {m}\n"),
                None => vm.exception_line(e),
            }
        } else {
            vm.exception_line(e)
        };
        ExampleOutcome::Raised { last, traceback }
    }
}
