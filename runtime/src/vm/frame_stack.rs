//! What the running frames keep outside the Rust stack, as a part of the VM: one entry per
//! running frame where the evaluation loop or a builtin needs to find it (the globals `eval`
//! defaults to, a class body's namespace, the frame object a traceback made), and stacks kept
//! for reuse so a call does not allocate.

use crate::value::{ObjId, Value};

pub struct FrameStack {
    /// The globals of each running frame, innermost last (what `eval` and `exec` default to).
    pub(crate) globals: Vec<ObjId>,
    /// The namespace dict of each running frame that has one (module and class bodies).
    pub(crate) locals: Vec<Option<ObjId>>,
    /// The frame object of each running frame that has one (counted), innermost last.
    pub(crate) objects: Vec<Option<ObjId>>,
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
            globals: Vec::new(),
            locals: Vec::new(),
            objects: Vec::new(),
            readers: [Value::None; 3],
            spare_stacks: Vec::new(),
            spare_fast: Vec::new(),
        }
    }
}

impl FrameStack {
    /// The innermost running frame's globals.
    pub(crate) fn current_globals(&self) -> Option<ObjId> {
        self.globals.last().copied()
    }
}
