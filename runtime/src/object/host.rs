//! The trait a host's Rust type implements to live in the heap (`Object::Host`). It sits
//! below the VM because the heap and the collector call it; `embed::host` builds classes on it.

use std::any::Any;
use std::sync::{Arc, Mutex};

use crate::value::Value;

/// References the host gave up (dropped handles and kept values), from any thread and at any
/// time (even after the interpreter is gone, when nobody reads them any more): the
/// interpreter releases them when the host next calls it, and when a host function returns.
#[derive(Default)]
pub struct Released {
    values: Mutex<Vec<Value>>,
}

impl Released {
    pub(crate) fn push(&self, v: Value) {
        // A poisoned lock only means another thread panicked while pushing: the list is
        // still a list of values.
        let mut values = self.values.lock().unwrap_or_else(|p| p.into_inner());
        values.push(v);
    }

    pub(crate) fn take(&self) -> Vec<Value> {
        let mut values = self.values.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::take(&mut *values)
    }
}

/// A script value a host object keeps: a reference it owns, reported by `trace` and handed
/// back by `clear`, so the collector sees it and can break cycles through it. Made only by
/// the interpreter (as a host function's argument); neither copied nor cloned, so each is one
/// reference. Dropped by the host (replaced, say), it gives its reference back as a
/// [`Handle`](crate::embed::Handle) does.
pub struct Keep {
    /// `None` once handed back through `clear`.
    value: Option<Value>,
    owner: Arc<Released>,
}

impl Keep {
    /// Takes over a reference to `value`.
    pub(crate) fn new(value: Value, owner: Arc<Released>) -> Keep {
        Keep { value: Some(value), owner }
    }

    /// The value, borrowed.
    pub(crate) fn value(&self) -> Value {
        self.value.unwrap_or(Value::None)
    }

    /// The reference, handed to the caller (the collector breaking a cycle).
    pub(crate) fn into_value(mut self) -> Value {
        self.value.take().unwrap_or(Value::None)
    }
}

impl Drop for Keep {
    fn drop(&mut self) {
        if let Some(v @ Value::Obj(_)) = self.value.take() {
            self.owner.push(v);
        }
    }
}

impl std::fmt::Debug for Keep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keep").finish_non_exhaustive()
    }
}

/// A Rust type whose values scripts can hold. Values of the script it keeps (as [`Keep`]) must
/// be reported by `trace` and handed back by `clear`,
/// so the collector sees them and can break cycles through them; everything else is plain Rust
/// data.
pub trait HostObject: Any + Send {
    /// Calls `visit` with each Reap value held.
    fn trace(&self, visit: &mut dyn FnMut(&Keep)) {
        let _ = visit;
    }

    /// Gives up every value `trace` reports (pushed onto `out`, which releases them): the
    /// collector breaking a cycle.
    fn clear(&mut self, out: &mut Vec<Keep>) {
        let _ = out;
    }
}
