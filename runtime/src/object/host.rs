//! The trait a host's Rust type implements to live in the heap (`Object::Host`). It sits
//! below the VM because the heap and the collector call it; `embed::host` builds classes on it.

use std::any::Any;

use crate::value::Value;

/// A Rust type whose values scripts can hold. Values of the script it keeps (as
/// [`Keep`](crate::embed::host::Keep)) must be reported by `trace` and handed back by `clear`,
/// so the collector sees them and can break cycles through them; everything else is plain Rust
/// data.
pub trait HostObject: Any + Send {
    /// Calls `visit` with each Reap value held.
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        let _ = visit;
    }

    /// Gives up every value `trace` reports (pushed onto `out`, which releases them): the
    /// collector breaking a cycle.
    fn clear(&mut self, out: &mut Vec<Value>) {
        let _ = out;
    }
}
