//! `Handle`: a script object the host keeps. A [`Value`] is only borrowed while the
//! interpreter lends it (inside a conversion); a handle owns a reference, so the object stays
//! alive however long the host holds it, and the reference is given back when the last clone
//! of the handle is dropped, on any thread, even after the interpreter is gone.
//!
//! ```
//! use reap_runtime::embed::{Builder, Handle, HostError};
//! use std::sync::{Arc, Mutex};
//!
//! let mut interp = Builder::new().build();
//! let kept: Arc<Mutex<Vec<Handle>>> = Arc::default();
//! let k = Arc::clone(&kept);
//! interp.function("on_change", &["callback"], move |f: Handle| -> Result<(), HostError> {
//!     k.lock().unwrap().push(f);
//!     Ok(())
//! });
//! interp.exec("on_change(lambda new: new * 2)\n", "config.py").unwrap();
//! // The lambda is alive although the script holds it nowhere.
//! let callback = kept.lock().unwrap().pop().unwrap();
//! assert_eq!(interp.call_handle::<i64>(&callback, (21,)).unwrap(), 42);
//! ```

use std::sync::Arc;

use super::{Context, FromPy, IntoPy, Mismatch};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::host_config::Released;

/// An owned reference to a script object (see the module's documentation). Cloning shares
/// the reference; the interpreter that made it is the only one it can be used with (another
/// one reports an error).
#[derive(Clone)]
pub struct Handle {
    held: Arc<Held>,
}

struct Held {
    value: Value,
    owner: Arc<Released>,
}

impl Drop for Held {
    fn drop(&mut self) {
        if matches!(self.value, Value::Obj(_)) {
            self.owner.push(self.value);
        }
    }
}

/// Handles are equal when they name the same object (`is`, not `==`: comparing by value
/// would run script code).
impl PartialEq for Handle {
    fn eq(&self, other: &Handle) -> bool {
        self.is(other)
    }
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handle").finish_non_exhaustive()
    }
}

/// What using a handle with an interpreter that did not make it raises.
pub(crate) const FOREIGN: &str = "the handle names an object of another interpreter";

impl Handle {
    /// A handle owning a new reference to `v`.
    pub(crate) fn new(cx: &mut Context<'_>, v: Value) -> Handle {
        let value = cx.vm.share(v);
        Handle { held: Arc::new(Held { value, owner: Arc::clone(&cx.vm.host.released) }) }
    }

    /// The object, borrowed, if `cx`'s interpreter made the handle.
    pub(crate) fn value_in(&self, vm: &Vm) -> Option<Value> {
        Arc::ptr_eq(&self.held.owner, &vm.host.released).then_some(self.held.value)
    }

    /// Whether `self` and `other` name the same object (`is`).
    pub fn is(&self, other: &Handle) -> bool {
        Arc::ptr_eq(&self.held.owner, &other.held.owner) && self.held.value.is(other.held.value)
    }
}

impl FromPy for Handle {
    fn from_py(cx: &mut Context<'_>, v: Value) -> Result<Self, Mismatch> {
        Ok(Handle::new(cx, v))
    }
}

impl IntoPy for Handle {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        (&self).into_py(cx)
    }
}

impl IntoPy for &Handle {
    fn into_py(self, cx: &mut Context<'_>) -> Value {
        match self.value_in(cx.vm) {
            Some(v) => cx.vm.share(v),
            None => {
                cx.vm.host.conversion_error.get_or_insert_with(|| FOREIGN.to_string());
                Value::None
            }
        }
    }
}
