//! A frame: one activation of a code object. Frames live on the Rust stack while they run
//! (each Python call is a nested `run_frame`); a generator keeps its frame in the heap between
//! runs.

use std::sync::Arc;

use crate::object::code::Code;
use crate::value::ObjId;
use crate::value::Value;

/// An active `try`/`with`: where to go on an exception, and the stack height to restore.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub depth: usize,
    /// How many exceptions the frame was handling when the block was set up: an exception
    /// that leaves an `except` body for this block's handler ends those handlers' turn.
    pub handling: u32,
}

/// A frame is its code and the state of running it, apart so that the evaluation loop can
/// borrow the code while it changes the state, without counting one more reference to the
/// code (an atomic operation) on every call.
pub struct Frame {
    pub code: Arc<Code>,
    pub state: FrameState,
}

impl std::ops::Deref for Frame {
    type Target = FrameState;
    fn deref(&self) -> &FrameState {
        &self.state
    }
}

impl std::ops::DerefMut for Frame {
    fn deref_mut(&mut self) -> &mut FrameState {
        &mut self.state
    }
}

pub struct FrameState {
    pub ip: usize,
    pub stack: Vec<Value>,
    /// The variables of a frame not running (about to start, or a suspended generator's).
    /// While it runs they are on the VM's data stack, from `base`, and this is empty.
    pub fast: Vec<Option<Value>>,
    /// Cells for `cellvars`, then the closure's cells for `freevars`; while the frame runs,
    /// on the data stack from `cells_at`, after the variables.
    pub cells: Vec<ObjId>,
    /// Where the running frame's variables and cells start on the data stack.
    pub base: usize,
    pub cells_at: usize,
    pub globals: ObjId,
    /// The namespace dict of a module or class body.
    pub locals: Option<ObjId>,
    pub blocks: Vec<Block>,
    /// The exceptions this frame's `except` bodies are handling (its entries on top of
    /// `Vm::handled` while it runs).
    pub handling: u32,
    /// An exception to raise at the next instruction (`generator.throw`).
    pub pending: Option<ObjId>,
    /// A suspended generator's frame object, if one was made; while a frame runs, its object
    /// is in `Vm::frame_objs`.
    pub obj: Option<ObjId>,
}

impl FrameState {
    /// Every reference the frame owns.
    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.stack);
        out.extend(self.fast.iter().flatten());
        out.extend(self.cells.iter().map(|&c| Value::Obj(c)));
        out.push(Value::Obj(self.globals));
        out.extend(self.locals.map(Value::Obj));
        out.extend(self.pending.map(Value::Obj));
        out.extend(self.obj.map(Value::Obj));
    }

    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    pub fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::None)
    }
}
