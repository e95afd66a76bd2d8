//! What the running frames keep outside the Rust stack, as a part of the VM: one entry per
//! running frame where the evaluation loop or a builtin needs to find it (the globals `eval`
//! defaults to, a class body's namespace, the frame object a traceback made), and stacks kept
//! for reuse so a call does not allocate.

use crate::value::{ObjId, Value};

/// What the runtime finds of one running frame.
#[derive(Clone, Copy)]
pub(crate) struct Running {
    /// Its globals (what `eval` and `exec` default to).
    pub(crate) globals: ObjId,
    /// Its namespace dict, if it has one (module and class bodies).
    pub(crate) locals: Option<ObjId>,
    /// Its frame object, if one was made (counted).
    pub(crate) object: Option<ObjId>,
}

pub struct FrameStack {
    /// The running frames, innermost last.
    pub(crate) running: Vec<Running>,
    /// The builtins `locals`, `vars` and `dir`: called with no arguments inside a function they
    /// need the caller's frame, which only the evaluation loop can see.
    pub(crate) readers: [Value; 3],
    /// Value stacks and fast-local arrays of finished frames, for the next calls to reuse.
    pub(crate) spare_stacks: Vec<Vec<Value>>,
    pub(crate) spare_fast: Vec<Vec<Option<Value>>>,
}

impl Default for FrameStack {
    fn default() -> FrameStack {
        FrameStack {
            running: Vec::new(),
            readers: [Value::None; 3],
            spare_stacks: Vec::new(),
            spare_fast: Vec::new(),
        }
    }
}

impl FrameStack {
    /// The innermost running frame's globals.
    pub(crate) fn current_globals(&self) -> Option<ObjId> {
        self.running.last().map(|r| r.globals)
    }

    /// The innermost running frame's namespace dict, if it has one.
    pub(crate) fn current_locals(&self) -> Option<ObjId> {
        self.running.last().and_then(|r| r.locals)
    }
}
