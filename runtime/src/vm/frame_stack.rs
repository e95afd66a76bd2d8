//! What the running frames keep outside the Rust stack, as a part of the VM: one entry per
//! running frame where the evaluation loop or a builtin needs to find it (the globals `eval`
//! defaults to, a class body's namespace, the frame object a traceback made), and stacks kept
//! for reuse so a call does not allocate.

use std::sync::Arc;

use crate::object::code::Code;
use crate::value::{ObjId, Value};

/// What a running frame runs, for `f_code` and `f_lineno` of frames other than the innermost
/// (`sys._getframe`, `f_back`). A function or generator is named, not its code cloned: the
/// caller holds it for the call, and a reference count moved on every call costs time.
pub(crate) enum FrameSource {
    /// A function's body: the function object (borrowed).
    Function(ObjId),
    /// A generator's body: the generator object (borrowed; it keeps its code).
    Generator(ObjId),
    /// A module's code or `exec`'s.
    Code(Arc<Code>),
}

/// What the runtime finds of one running frame.
pub(crate) struct Running {
    /// Its globals (what `eval` and `exec` default to).
    pub(crate) globals: ObjId,
    /// Its namespace dict, if it has one (module and class bodies).
    pub(crate) locals: Option<ObjId>,
    /// Its frame object, if one was made (counted).
    pub(crate) object: Option<ObjId>,
    pub(crate) source: FrameSource,
    /// The instruction of its latest call: noted when it calls, which is when another frame
    /// can look at it.
    pub(crate) ip: usize,
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

    /// Notes that the innermost frame calls out at instruction `ip`.
    #[inline(always)]
    pub(crate) fn note_call(&mut self, ip: usize) {
        if let Some(r) = self.running.last_mut() {
            r.ip = ip;
        }
    }

    /// The innermost running frame's namespace dict, if it has one.
    pub(crate) fn current_locals(&self) -> Option<ObjId> {
        self.running.last().and_then(|r| r.locals)
    }
}
