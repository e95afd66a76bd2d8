//! `reap.trace_finalizers(True)`: a line on stderr each time a finalizer runs (`__del__`, a
//! weak reference's callback, a `weakref.finalize`), saying why: the object's count reached
//! zero, the cycle collector found it in a generation, or the interpreter is exiting.

use crate::object::{Object, address};
use crate::value::Value;
use crate::vm::Vm;

/// Why finalizers are running now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Cause {
    /// An object's reference count reached zero.
    #[default]
    Count,
    /// The cycle collector is collecting this generation (and the younger ones).
    Collected(u8),
    /// The interpreter is shutting down.
    Exit,
}

impl Vm {
    /// Prints the trace line for a finalizer about to run (`what`), if tracing is on.
    pub(crate) fn trace_finalizer(&mut self, what: impl FnOnce(&mut Vm) -> String) {
        if !self.dealloc.trace {
            return;
        }
        let what = what(self);
        let why = match self.dealloc.cause {
            Cause::Count => "its reference count reached zero".to_string(),
            Cause::Collected(g) => format!("the cycle collector found it unreachable (generation {g})"),
            Cause::Exit => "the interpreter is exiting".to_string(),
        };
        self.flush();
        let _ = std::io::Write::write_all(&mut self.io.err, format!("[reap] {what}: {why}\n").as_bytes());
    }

    /// An object as a repr shows it, without running any of its Python code (a finalizer's
    /// object may be half torn down, and its `__repr__` could resurrect it).
    pub fn describe(&mut self, v: Value) -> String {
        let Some(id) = v.as_obj() else {
            return self.repr(v).unwrap_or_else(|e| {
                self.decref_id(e);
                "?".into()
            });
        };
        match self.heap.get(id) {
            Object::Instance(_) => {
                let t = self.type_obj(self.type_of(v));
                // As CPython's default repr: builtin classes go without their module.
                let module = if t.module == "builtins" { String::new() } else { format!("{}.", t.module) };
                format!("<{module}{} object at {}>", t.qualname, address(id))
            }
            Object::Function(_)
            | Object::Type(_)
            | Object::Module { .. }
            | Object::Builtin(_)
            | Object::Str(_) => self.repr(v).unwrap_or_else(|e| {
                self.decref_id(e);
                "?".into()
            }),
            _ => format!("<{} object at {}>", self.type_name(v), address(id)),
        }
    }
}
