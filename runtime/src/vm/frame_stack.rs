//! What the running frames keep outside the Rust stack, as a part of the VM: one entry per
//! running frame where the evaluation loop or a builtin needs to find it (the globals `eval`
//! defaults to, a class body's namespace, the frame object a traceback made), and stacks kept
//! for reuse so a call does not allocate.

use std::sync::Arc;

use crate::object::code::Code;
use crate::object::frame::FrameState;
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
    /// Where its variables, then its cells, start on the data stack (`FrameStack::fast`).
    pub(crate) base: usize,
}

impl Running {
    pub(crate) fn new(
        globals: ObjId,
        locals: Option<ObjId>,
        object: Option<ObjId>,
        source: FrameSource,
        base: usize,
    ) -> Running {
        Running { globals, locals, object, source, ip: 0, base }
    }
}

#[derive(Default)]
pub struct FrameStack {
    /// The running frames, innermost last.
    pub(crate) running: Vec<Running>,
    /// The data stack: every running frame's variables, then its cells (as `Value::Obj`),
    /// the innermost frame's last, as CPython 3.11 keeps frames' `localsplus`. They live here,
    /// not in the frames the evaluation loop holds, so that the runtime can read the variables
    /// of any running frame (`f_locals`, `locals()` called from a builtin, `eval` in a
    /// function). A call appends the callee's, its return truncates them.
    pub(crate) fast: Vec<Option<Value>>,
    /// Value stacks and fast-local arrays of finished frames, for the next calls to reuse.
    pub(crate) spare_stacks: Vec<Vec<Value>>,
    pub(crate) spare_fast: Vec<Vec<Option<Value>>>,
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

    /// Frame `f` starts running as `entry`: its variables and cells move onto the data stack.
    /// A generator does this on every resume, so the copies are plain slice copies and a frame
    /// without cells (most) skips their conversion.
    #[inline]
    pub(crate) fn enter(&mut self, mut entry: Running, f: &mut FrameState) {
        let base = self.fast.len();
        self.fast.extend_from_slice(&f.fast);
        f.fast.clear();
        f.cells_at = self.fast.len();
        if !f.cells.is_empty() {
            self.fast.extend(f.cells.iter().map(|&c| Some(Value::Obj(c))));
            f.cells.clear();
        }
        f.base = base;
        entry.base = base;
        self.running.push(entry);
    }

    /// The innermost frame, `f`, suspends (a generator yielded): its variables and cells go
    /// back to it. Its entry.
    #[inline]
    pub(crate) fn suspend(&mut self, f: &mut FrameState) -> Option<Running> {
        let end = self.fast.len();
        let cells_at = f.cells_at.min(end);
        if cells_at < end {
            f.cells.extend(self.fast[cells_at..].iter().filter_map(|c| c.and_then(|c| c.as_obj())));
        }
        let base = f.base.min(cells_at);
        f.fast.extend_from_slice(&self.fast[base..cells_at]);
        // The values moved to `f`: nothing to release here.
        self.fast.truncate(base);
        self.running.pop()
    }

    /// The cell at `at` of the data stack: where the frame put it, never replaced.
    #[inline(always)]
    pub(crate) fn cell(&self, at: usize) -> Option<ObjId> {
        match self.fast.get(at) {
            Some(Some(Value::Obj(c))) => Some(*c),
            _ => None,
        }
    }

    /// The variables, then the cells, of the running frame at `slot` (0 is the outermost).
    pub(crate) fn variables_at(&self, slot: usize) -> Option<&[Option<Value>]> {
        let start = self.running.get(slot)?.base;
        let end = self.running.get(slot + 1).map_or(self.fast.len(), |r| r.base);
        self.fast.get(start..end)
    }
}
